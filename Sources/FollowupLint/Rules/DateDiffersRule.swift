/// With the notes at hand: the draft gives each item the date the meeting agreed on.
struct DateDiffersRule: LintRule {
    let id = "date-differs"
    let guidance = "With --notes: each item's date in the draft is the date in the notes."
    let languageSpecific = false

    func check(_ context: LintContext) -> [Finding] {
        guard let notes = context.notes else { return [] }
        var findings: [Finding] = []
        for item in notes.actionItems {
            guard let due = item.due, let match = NotesMatching.bestLine(for: item.task, context) else { continue }
            let stated = context.record.dates.filter { $0.source?.line == match.line.number }
            guard !stated.isEmpty, !stated.contains(where: { $0.date == due.date }) else { continue }
            findings.append(context.finding(id, line: match.line.number, excerpt: due.text ?? due.date, detail: stated[0].text))
        }
        return findings
    }
}
