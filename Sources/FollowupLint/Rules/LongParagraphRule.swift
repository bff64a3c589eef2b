/// A paragraph past 80 words is detail the follow-up does not need.
struct LongParagraphRule: LintRule {
    let id = "long-paragraph"
    let guidance = "No paragraph over 80 words: a follow-up is not the place for detail."
    let languageSpecific = false
    static let maxWords = 80

    func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        var start: Int?
        var count = 0
        func close() {
            if let start, count > Self.maxWords { findings.append(context.finding(id, line: start, detail: String(count))) }
            start = nil
            count = 0
        }
        for entry in context.lines {
            if entry.words.words.isEmpty || LintContext.isListItem(entry.line.text) {
                close()
                continue
            }
            if start == nil { start = entry.line.number }
            count += entry.words.words.count
        }
        close()
        return findings
    }
}
