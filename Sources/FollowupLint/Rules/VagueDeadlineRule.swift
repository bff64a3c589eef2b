/// "Soon" and "next time" are not dates: tasks with them slip.
struct VagueDeadlineRule: LintRule {
    let id = "vague-deadline"
    let guidance = "Deadlines and next steps carry dates, not \"soon\", \"ASAP\" or \"next time\"."

    func check(_ context: LintContext) -> [Finding] {
        guard let table = context.lexicon.phraseRules[id] else { return [] }
        var findings: [Finding] = []
        // A line with a date has its deadline ("as soon as we get it, by Jan 4"); a question asks for one.
        let dated = Set(context.record.dates.compactMap { $0.source?.line })
        for entry in context.contentLines where !NoCallToActionRule.isClosing(entry.words, context) {
            if dated.contains(entry.line.number) { continue }
            if entry.line.text.contains("?"), context.lexicon.dateQuestions.matches(entry.words) { continue }
            if let match = table.firstMatch(in: entry.words) {
                findings.append(context.finding(id, line: entry.line.number, column: match.column, excerpt: match.excerpt))
            }
        }
        return findings
    }
}
