import FollowupExtraction
/// "100 thousand per month or per quarter?": an amount without its period is the classic
/// misunderstanding a follow-up exists to catch.
struct AmountNoPeriodRule: LintRule {
    let id = "amount-no-period"
    let guidance = "Amounts carry their period (\"100k\" — per month, per quarter or once?), unless the draft asks exactly that."
    let languageSpecific = false

    func check(_ context: LintContext) -> [Finding] {
        let questions = context.contentLines.filter { $0.line.text.contains("?") }
        let questionLines = Set(questions.map(\.line.number))
        // Values the draft asks about ("Is the 20k one-time or monthly?"), however they are written.
        let askedValues = Set(context.record.amounts.filter { questionLines.contains($0.source?.line ?? -1) }.map(\.value))
        var findings: [Finding] = []
        for amount in context.record.amounts where amount.period == nil {
            guard let line = amount.source?.line, let entry = context.lines.first(where: { $0.line.number == line }) else { continue }
            let written = amount.text ?? ""
            if entry.line.text.contains("?") || askedValues.contains(amount.value) { continue }
            if questions.contains(where: { Self.mentions($0.line.text, amount: written) }) { continue }
            // The line, not the sentence: "120 000 руб. в час" would split after "руб.".
            if context.lexicon.periodWords.matches(entry.words) { continue }
            // "$83 per label", "a credit of $1,200", "£140k for Q3": what the extractor asks no period of either.
            if Lexicons.lexicon(for: context.record.language)?.needsNoPeriod(written, in: entry.line.text) ?? false { continue }
            let column = entry.line.text.range(of: written).map { entry.line.text.distance(from: entry.line.text.startIndex, to: $0.lowerBound) + 1 }
            findings.append(context.finding(id, line: line, column: column, excerpt: written))
        }
        return findings
    }

    /// Whether a question names the amount: the amount's digits are one of its numbers.
    static func mentions(_ text: String, amount: String) -> Bool {
        guard let digits = numbers(amount).first else { return false }
        return numbers(text).contains(digits)
    }

    /// The numbers of a text as digit strings, group separators dropped ("12,500" → "12500").
    static func numbers(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if character.isNumber {
                current.append(character)
            } else if !current.isEmpty, ",. \u{A0}\u{202F}'".contains(character), index + 1 < characters.count, characters[index + 1].isNumber {
                continue
            } else if !current.isEmpty {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
