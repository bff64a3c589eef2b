/// A subject is read in a list: past ten words or 70 characters it is cut off.
struct SubjectLongRule: LintRule {
    let id = "subject-long"
    let guidance = "A subject is short: at most ten words or 70 characters, so a mail list shows all of it."
    let languageSpecific = false
    static let maxWords = 10
    static let maxCharacters = 70

    func check(_ context: LintContext) -> [Finding] {
        guard let subject = context.draft.subject else { return [] }
        let text = LintLexicons.withoutReplyPrefixes(subject.text)
        let words = text.split(whereSeparator: \.isWhitespace).filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }.count
        guard words > Self.maxWords || text.count > Self.maxCharacters else { return [] }
        let detail = words > Self.maxWords ? "\(words) words" : "\(text.count) characters"
        return [context.finding(id, line: subject.number, excerpt: text, detail: detail)]
    }
}
