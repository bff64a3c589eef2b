import FollowupExtraction

extension LintReport {
    /// `draft.txt:12:5: pushy-tone: message` and the fix on the next line, like a compiler.
    public func text(path: String) -> String {
        var output = ""
        for finding in findings {
            var place = path
            if let line = finding.line {
                place += ":\(line)"
                if let column = finding.column { place += ":\(column)" }
            } else if let notes = finding.notesLine {
                place += " (notes line \(notes))"
            }
            output += "\(place): \(finding.rule): \(finding.message)\n"
            if !finding.fix.isEmpty { output += "    \(language == "ru" ? "Как исправить" : "Fix"): \(finding.fix)\n" }
        }
        return output
    }

    /// One object per draft: `{"draft", "language", "findings": [...]}`.
    public func json(path: String) -> JSONValue {
        .object([
            ("draft", .string(path)),
            ("language", .string(language)),
            ("warnings", .array(warnings.map { .string($0) })),
            ("findings", .array(findings.map { finding in
                .object([
                    ("rule", .string(finding.rule)),
                    ("line", finding.line.map { .number(Double($0)) } ?? .null),
                    ("column", finding.column.map { .number(Double($0)) } ?? .null),
                    ("notesLine", finding.notesLine.map { .number(Double($0)) } ?? .null),
                    ("excerpt", finding.excerpt.map { .string($0) } ?? .null),
                    ("message", .string(finding.message)),
                    ("fix", .string(finding.fix)),
                ])
            })),
        ])
    }
}
