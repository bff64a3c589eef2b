/// A letter that starts without a greeting reads as a form, not as a note to a person.
struct GreetingMissingRule: LintRule {
    let id = "greeting-missing"
    let guidance = "A follow-up opens with a greeting by name."

    func check(_ context: LintContext) -> [Finding] {
        guard !context.contentLines.isEmpty, GreetingMissingRule.greetingLine(context) == nil else { return [] }
        return [context.finding(id)]
    }

    /// The greeting among the first two non-empty body lines.
    static func greetingLine(_ context: LintContext) -> (line: Draft.Line, words: WordLine, range: (first: Int, last: Int))? {
        for entry in context.contentLines.prefix(2) {
            for phrase in context.lexicon.greetings.phrases {
                if let range = entry.words.find(phrase) { return (entry.line, entry.words, range) }
            }
        }
        return nil
    }
}
