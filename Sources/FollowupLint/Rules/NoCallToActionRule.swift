/// A follow-up without a request leaves the next step to chance.
struct NoCallToActionRule: LintRule {
    let id = "no-call-to-action"
    let guidance = "A follow-up ends with one concrete call to action: a call, a meeting, or a reply by a date."

    func check(_ context: LintContext) -> [Finding] {
        guard !context.contentLines.isEmpty, NoCallToActionRule.requests(context).isEmpty else { return [] }
        return [context.finding(id)]
    }

    /// The body's requests, questions and proposals: (line, sentence).
    static func requests(_ context: LintContext) -> [(line: Int, sentence: String)] {
        var result: [(Int, String)] = []
        for entry in context.contentLines where !isClosing(entry.words, context) {
            for sentence in LintContext.sentences(entry.line.text) {
                let words = WordLine(sentence)
                if sentence.contains("?") || context.lexicon.callToAction.matches(words) {
                    result.append((entry.line.number, sentence))
                }
            }
        }
        return result
    }

    /// "Thanks," "Best regards": a closing is not a request ("Thanks in advance" neither).
    static func isClosing(_ words: WordLine, _ context: LintContext) -> Bool {
        guard let found = context.lexicon.closings.phrases.compactMap({ words.find($0) }).min(by: { ($0.first, -$0.last) < ($1.first, -$1.last) })
        else { return false }
        return found.first == 0 && words.words.count <= found.last + 4
    }
}
