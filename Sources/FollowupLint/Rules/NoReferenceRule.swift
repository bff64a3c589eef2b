/// "After our call on Tuesday": the reader should know at once which contact this follows.
struct NoReferenceRule: LintRule {
    let id = "no-reference"
    let guidance = "A follow-up refers to the previous contact (\"after our call on Tuesday\")."

    func check(_ context: LintContext) -> [Finding] {
        guard !context.contentLines.isEmpty else { return [] }
        let subjectWords = context.draft.subject.map { WordLine($0.text) }
        if context.contentLines.contains(where: { context.lexicon.contactWords.matches($0.words) }) { return [] }
        if let subjectWords, context.lexicon.contactWords.matches(subjectWords), context.contentLines.count < 3 { return [] }
        return [context.finding(id)]
    }
}
