/// The point of a follow-up is writing the agreements back, so misunderstandings surface.
struct NoRecapRule: LintRule {
    let id = "no-recap"
    let guidance = "A follow-up restates briefly what was agreed, with owners and dates."

    func check(_ context: LintContext) -> [Finding] {
        guard !context.contentLines.isEmpty else { return [] }
        for entry in context.contentLines {
            if LintContext.isListItem(entry.line.text) || context.lexicon.recapPhrases.matches(entry.words) { return [] }
        }
        return [context.finding(id)]
    }
}
