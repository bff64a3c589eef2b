/// A rule that is only a phrase table: each language's `phraseRules[id]` (pushy tone, filler,
/// jargon, diminutives). A new table of this kind needs no code.
struct PhraseRule: LintRule {
    let id: String
    let guidance: String

    func check(_ context: LintContext) -> [Finding] {
        guard let table = context.lexicon.phraseRules[id] else { return [] }
        var findings: [Finding] = []
        for (line, words) in context.linesWithSubject {
            if let match = table.firstMatch(in: words) {
                findings.append(context.finding(id, line: line.number, column: match.column, excerpt: match.excerpt))
            }
        }
        return findings
    }
}
