/// Capitals and "!!!" read as shouting; a date says urgency better.
struct ShoutingRule: LintRule {
    let id = "shouting"
    let guidance = "No shouting: repeated \"!!\"/\"?!\", capitalised emphasis (\"ASAP\", \"URGENT\", \"СРОЧНО\") or whole phrases in capitals."
    let languageSpecific = false

    func check(_ context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for (line, words) in context.linesWithSubject {
            if let excerpt = shout(line.text, words, context) {
                findings.append(context.finding(id, line: line.number, excerpt: excerpt))
            }
        }
        return findings
    }

    private func shout(_ text: String, _ line: WordLine, _ context: LintContext) -> String? {
        for mark in ["!!", "?!", "!?"] where text.contains(mark) { return mark }
        var run: [WordLine.Word] = []
        for word in line.words {
            let letters = word.original.filter(\.isLetter)
            let caps = letters.count >= 2 && letters.allSatisfy(\.isUppercase)
            if caps, context.lexicon.shoutingWords.contains(word.original) { return word.original }
            if caps {
                run.append(word)
                if run.count >= 3 { return run.map(\.original).joined(separator: " ") }
            } else {
                run = []
            }
        }
        return nil
    }
}
