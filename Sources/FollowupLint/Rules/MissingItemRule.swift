/// With the notes at hand: every agreed task belongs in the follow-up.
struct MissingItemRule: LintRule {
    let id = "missing-item"
    let guidance = "With --notes: every action item of the notes is in the draft."
    let languageSpecific = false

    func check(_ context: LintContext) -> [Finding] {
        guard let notes = context.notes else { return [] }
        var findings: [Finding] = []
        for item in notes.actionItems where NotesMatching.bestLine(for: item.task, context) == nil {
            let detail = [item.owner, item.due.map { $0.text ?? $0.date }].compactMap { $0 }.joined(separator: ", ")
            findings.append(context.finding(id, excerpt: item.task, detail: detail.isEmpty ? item.task : detail, notesLine: item.source?.line))
        }
        return findings
    }
}
