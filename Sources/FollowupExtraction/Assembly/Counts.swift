import FollowupText

extension Analysis {
    /// "So, current contract is 250 seats. … let's contract 250.": a bare number (no currency, no magnitude) that the
    /// notes elsewhere use to count things ("250 seats") is that count, not money, and nobody is asked its period.
    func withoutCounts(_ amounts: [(AmountMatch, SentenceView)]) -> [(AmountMatch, SentenceView)] {
        let bare = amounts.filter { amount, _ in amount.currency == nil }
        guard !bare.isEmpty else { return amounts }
        let compiled = CompiledLexicon.shared(lexicon)
        var counted = Set<Double>()
        for sentence in sentences {
            let tokens = sentence.tokens
            for index in tokens.indices.dropLast() where tokens[index].kind == .number {
                let next = tokens[index + 1]
                guard next.kind == .word, lexicon.currencies[next.key] == nil, lexicon.magnitudes[next.key] == nil,
                    !lexicon.stopWords.contains(next.key), !lexicon.unitRateWords.contains(next.key),
                    compiled.periods.match(tokens, at: index + 1) == nil, let value = Double(tokens[index].key)
                else { continue }
                counted.insert(value)
            }
        }
        return amounts.filter { amount, sentence in
            amount.currency != nil || !counted.contains(amount.value) || sentence.text(amount.range).contains(where: \.isLetter)
        }
    }
}
