import FollowupExtraction

/// With the notes at hand: "$4,500 per quarter" where the meeting said per month is the
/// misunderstanding the follow-up was meant to prevent.
struct AmountDiffersRule: LintRule {
    let id = "amount-differs"
    let guidance = "With --notes: amounts in the draft have the notes' value, currency and period."
    let languageSpecific = false

    func check(_ context: LintContext) -> [Finding] {
        guard let notes = context.notes else { return [] }
        var findings: [Finding] = []
        for amount in context.record.amounts {
            guard let line = amount.source?.line else { continue }
            let same = notes.amounts.filter { $0.value == amount.value }
            guard !same.isEmpty, !same.contains(where: { Self.agrees($0, amount) }) else { continue }
            if let clash = same.first(where: { Self.clashes($0, amount) }) {
                findings.append(context.finding(id, line: line, excerpt: clash.text ?? "", detail: amount.text ?? ""))
            }
        }
        // The same sentence of the notes, restated with another value.
        let noted = Set(notes.amounts.map(\.value))
        for original in notes.amounts {
            guard let source = original.source, let match = NotesMatching.bestLine(for: source.text, context) else { continue }
            let stated = context.record.amounts.filter { $0.source?.line == match.line.number }
            guard let first = stated.first, !stated.contains(where: { $0.value == original.value }),
                stated.allSatisfy({ !noted.contains($0.value) }), first.currency == original.currency
            else { continue }
            findings.append(context.finding(id, line: match.line.number, excerpt: original.text ?? "", detail: first.text ?? ""))
        }
        return findings
    }

    static func agrees(_ a: ExtractionRecord.Amount, _ b: ExtractionRecord.Amount) -> Bool {
        (a.currency == nil || b.currency == nil || a.currency == b.currency) && (a.period == nil || b.period == nil || a.period == b.period)
    }

    static func clashes(_ a: ExtractionRecord.Amount, _ b: ExtractionRecord.Amount) -> Bool {
        (a.period != nil && b.period != nil && a.period != b.period) || (a.currency != nil && b.currency != nil && a.currency != b.currency)
    }
}
