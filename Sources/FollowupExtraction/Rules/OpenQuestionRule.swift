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
        if sentence.utterance.section == .questions { return sentence.fullText }
        if context.compiled.openQuestionOpeners.match(sentence.tokens, at: 0) != nil { return sentence.fullText }
        return nil
    }
}
