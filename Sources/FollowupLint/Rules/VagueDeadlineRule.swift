/// "Soon" and "next time" are not dates: tasks with them slip.
struct VagueDeadlineRule: LintRule {
    let id = "vague-deadline"
    let guidance = "Deadlines and next steps carry dates, not \"soon\", \"ASAP\" or \"next time\"."

    func check(_ context: LintContext) -> [Finding] {
        guard let table = context.lexicon.phraseRules[id] else { return [] }
        var findings: [Finding] = []
        for entry in context.contentLines where !NoCallToActionRule.isClosing(entry.words, context) {
            if let match = table.firstMatch(in: entry.words) {
                findings.append(context.finding(id, line: entry.line.number, column: match.column, excerpt: match.excerpt))
            }
        }
        return findings
    }
}
