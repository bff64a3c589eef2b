import FollowupDocument
import FollowupText

extension Analysis {
    /// Runs the registry's rules over every sentence, then assembles the record: what each
    /// sentence keeps (`Assembly/SentencePolicy.swift`), deadlines from short fragments, merged
    /// duplicates, questions, and the record itself.
    mutating func run() -> ExtractionRecord {
        resolveMeetingDate()
        let context = self.context()
        let rules = RuleRegistry.rules(for: options.families)
        var findings: [SentenceFindings] = []
        findings.reserveCapacity(sentences.count)
        for sentence in sentences {
            var found = SentenceFindings()
            for rule in rules {
                let openers = rule.openers
                if !openers.isEmpty && sentence.mask.isDisjoint(with: openers) { continue }
                rule.apply(to: sentence, in: context, found: &found)
            }
            findings.append(found)
        }
        var kept = keep(findings, context: context)
        kept.candidates = mergeDuplicates(kept.candidates, compiled: context.compiled)
        return record(from: kept)
    }
}
