/// The reader should see who writes and how to answer: a closing, then the name.
struct NoSignatureRule: LintRule {
    let id = "no-signature"
    let guidance = "A follow-up ends with a closing and the sender's name (and contact details for the reply)."

    func check(_ context: LintContext) -> [Finding] {
        let lines = context.contentLines
        guard !lines.isEmpty else { return [] }
        // A closing among the last lines, with a name after it (on the next line, or after a comma).
        for (offset, entry) in lines.suffix(6).enumerated().reversed() {
            guard NoCallToActionRule.isClosing(entry.words, context) else { continue }
            let isLast = offset == min(6, lines.count) - 1
            if !isLast { return [] }
            let closing = context.lexicon.closings.phrases.compactMap { entry.words.find($0) }.max { $0.last < $1.last }!
            if entry.words.words.count > closing.last + 1, entry.line.text.contains(",") { return [] }
            return [context.finding(id)]
        }
        // A sign-off with only a dash and a name ("— Anna") also names the sender.
        if let last = lines.last, last.line.text.trimmingCharacters(in: " ").hasPrefix("—") || last.line.text.trimmingCharacters(in: " ").hasPrefix("--") {
            return []
        }
        return [context.finding(id)]
    }
}
