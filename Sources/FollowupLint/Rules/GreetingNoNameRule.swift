/// "Hello," and "Dear Sir or Madam" greet nobody: the guidance is a greeting by name.
struct GreetingNoNameRule: LintRule {
    let id = "greeting-no-name"
    let guidance = "The greeting names the people (\"Hi Dana,\"); a group greeting (\"Hi all\") is fine for a group, \"Dear Sir or Madam\" is not."

    func check(_ context: LintContext) -> [Finding] {
        guard let greeting = GreetingMissingRule.greetingLine(context) else { return [] }
        let line = greeting.words
        let excerpt = greeting.line.text.trimmingCharacters(in: " \t")
        if context.lexicon.impersonalAddress.matches(line) {
            return [context.finding(id, line: greeting.line.number, column: 1, excerpt: excerpt)]
        }
        // Whatever the line says besides the greeting words: a name, a group, or nothing.
        var rest = line.words.indices.filter { $0 < greeting.range.first || $0 > greeting.range.last }
        for phrase in context.lexicon.greetings.phrases {
            if let more = line.find(phrase) { rest.removeAll { $0 >= more.first && $0 <= more.last } }
        }
        if rest.isEmpty { return [context.finding(id, line: greeting.line.number, column: 1, excerpt: excerpt)] }
        return []
    }
}
