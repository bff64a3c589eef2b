import FollowupDocument
import FollowupText

/// Open questions asked in the meeting and left open: lines under an "Open questions" heading,
/// "Open question:", "TBD", "to confirm", "unclear whether" (`Lexicon.openQuestionOpeners`).
struct OpenQuestionRule: Rule {
    var family: RuleFamily { .questions }
    var reads: Set<RuleFamily> { [] }
    /// A section is enough: no shortcut.
    var openers: TokenClass { [] }

    func apply(to sentence: SentenceView, in context: RuleContext, found: inout SentenceFindings) {
        found.openQuestion = matches(in: sentence, context: context)
    }

    func matches(in sentence: SentenceView, context: RuleContext) -> String? {
        // "Télétravail : passer à 3 jours ?": the topic labelling an open point belongs to its question.
        if sentence.utterance.section == .questions { return (sentence.topicLabel(context) ?? "") + sentence.fullText }
        if let opener = context.compiled.openQuestionOpeners.match(sentence.tokens, at: 0) {
            // "open q: do they need the API in phase one?": the question, without its label.
            var start = opener.length
            if start < sentence.tokens.count, sentence.tokens[start].key == ":" { start += 1 }
            let labelled = sentence.tokens[start - 1].key == ":"
            // "…if the rate is comparable... TBD": a marker alone after the point it marks asks about that point.
            if !labelled, !sentence.opensUtterance, sentence.tokens[start...].allSatisfy({ $0.kind != .word }) {
                return sentence.utterance.text.trimmingWhitespace()
            }
            guard labelled, start < sentence.tokens.count else { return sentence.fullText }
            let rest = sentence.text(start..<sentence.tokens.count).trimmingWhitespace()
            return rest.contains(where: \.isLetter) ? rest.prefix(1).uppercased() + rest.dropFirst() : sentence.fullText
        }
        return nil
    }
}
