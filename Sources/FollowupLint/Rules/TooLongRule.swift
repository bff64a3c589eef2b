/// A follow-up is read in a minute: the main points of the agreements, not the meeting again.
struct TooLongRule: LintRule {
    let id = "too-long"
    let guidance = "A follow-up is short: only the main points of the agreements, under 300 words."
    let languageSpecific = false
    static let maxWords = 300

    func check(_ context: LintContext) -> [Finding] {
        let count = context.lines.reduce(0) { $0 + $1.words.words.count }
        guard count > Self.maxWords else { return [] }
        return [context.finding(id, detail: String(count))]
    }
}
