import FollowupDocument
import FollowupText

extension Analysis {
    /// Runs the registry's rules over every sentence and assembles the record: what each sentence
    /// keeps (`Assembly/SentencePolicy.swift`, two sentences behind the rules, for deadline
    /// fragments), merged duplicates, questions, and the record itself.
    mutating func run() -> ExtractionRecord {
        resolveMeetingDate()
        let context = self.context()
        let rules = RuleRegistry.rules(for: options.families)
        let openers = rules.map(\.openers)
        var kept = KeptFindings()
        // The findings of sentences `first`, `first + 1`, ... not yet kept: at most three.
        var window: [SentenceFindings] = []
        var first = 0
        for sentence in sentences {
            var found = SentenceFindings()
            for (rule, opener) in zip(rules, openers) where opener.isEmpty || !sentence.mask.isDisjoint(with: opener) {
                rule.apply(to: sentence, in: context, found: &found)
            }
            window.append(found)
            if window.count == 3 {
                keep(window[0], at: first, following: window[1...], into: &kept)
                window.removeFirst()
                first += 1
            }
        }
        while !window.isEmpty {
            keep(window[0], at: first, following: window[1...], into: &kept)
            window.removeFirst()
            first += 1
        }
        kept.candidates = mergeDuplicates(kept.candidates, compiled: context.compiled)
        return record(from: kept)
    }
}
