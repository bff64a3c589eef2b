/// A message without a subject is the first thing a busy reader skips.
struct SubjectMissingRule: LintRule {
    let id = "subject-missing"
    let guidance = "A follow-up needs a clear subject that says what it is about."
    let languageSpecific = false

    func check(_ context: LintContext) -> [Finding] {
        guard context.draft.isMail else { return [] }
        if let subject = context.draft.subject, !subject.text.allSatisfy(\.isWhitespace) { return [] }
        return [context.finding(id)]
    }
}
