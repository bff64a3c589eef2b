/// With the notes at hand: the draft names the owner the meeting agreed on.
struct OwnerDiffersRule: LintRule {
    let id = "owner-differs"
    let guidance = "With --notes: each item's owner in the draft is the owner in the notes."
    let languageSpecific = false

    func check(_ context: LintContext) -> [Finding] {
        guard let notes = context.notes else { return [] }
        let people = Set(notes.meeting.participants.map(\.name) + notes.actionItems.compactMap(\.owner))
        var findings: [Finding] = []
        for item in notes.actionItems {
            guard let owner = item.owner, people.contains(owner), let match = NotesMatching.bestLine(for: item.task, context),
                !NotesMatching.mentions(owner, in: match.words)
            else { continue }
            guard let other = people.sorted().first(where: { $0 != owner && NotesMatching.mentions($0, in: match.words) && !NotesMatching.mentions($0, in: WordLine(item.task)) })
            else { continue }
            findings.append(context.finding(id, line: match.line.number, excerpt: owner, detail: other))
        }
        return findings
    }
}
