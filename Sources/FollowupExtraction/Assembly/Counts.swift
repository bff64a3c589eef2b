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
                    !lexicon.stopWords.contains(next.key), !lexicon.sums.unitRateWords.contains(next.key),
                    compiled.periods.match(tokens, at: index + 1) == nil, let value = Double(tokens[index].key)
                else { continue }
                counted.insert(value)
            }
        }
        return amounts.filter { amount, sentence in
            amount.currency != nil || !counted.contains(amount.value) || sentence.text(amount.range).contains(where: \.isLetter)
        }
    }

    /// "Sixteen twenty-five a pound … we go through twenty pounds a week": where the notes price something per pound
    /// (a number or a currency, then "a", "per" or "/" before the word), "pounds" is that weight, not sterling
    /// (`Lexicon.unitCurrencyWords`); "£" and "GBP" stay money.
    func withoutWeights(_ amounts: [(AmountMatch, SentenceView)]) -> [(AmountMatch, SentenceView)] {
        let units = lexicon.unitCurrencyWords
        func unitWord(_ amount: AmountMatch, _ sentence: SentenceView) -> String? {
            amount.range.lazy.map { sentence.tokens[$0].key }.first { units.contains($0) }
        }
        guard !units.isEmpty, amounts.contains(where: { unitWord($0.0, $0.1) != nil }) else { return amounts }
        let pricedPerUnit = sentences.contains { sentence in
            let tokens = sentence.tokens
            return tokens.indices.dropFirst(2).contains { index in
                guard units.contains(tokens[index].key),
                    tokens[index - 1].key == "/" || sentence.isWord(index - 1, .perWord) || sentence.isWord(index - 1, .indefiniteArticle)
                else { return false }
                let price = index - 2
                return tokens[price].kind == .number || AmountRule.isNumberWord(sentence, price, lexicon) || lexicon.currencies[tokens[price].key] != nil
            }
        }
        // Any form of the word: "a pound" makes "twenty pounds" a weight too.
        return pricedPerUnit ? amounts.filter { unitWord($0.0, $0.1) == nil } : amounts
    }

    /// "…thirty-eight dollars per vehicle per month. … I can do thirty-two per vehicle per month.": a price said per
    /// unit with no currency (`AmountMatch.spokenUnit`) is in the currency of the last sum before it said per that
    /// unit; with none, it is no money ("We seat eight per table"), and is dropped.
    func withConversationCurrency(_ amounts: [(AmountMatch, SentenceView)]) -> [(AmountMatch, SentenceView)] {
        guard amounts.contains(where: { $0.0.spokenUnit != nil }) else { return amounts }
        var priced: [String: String] = [:]
        return amounts.compactMap { amount, sentence in
            guard let unit = amount.spokenUnit else {
                if let currency = amount.currency {
                    // The unit words of the sum and the few tokens after it ("$38 per vehicle", "38 € pro Stück").
                    let tokens = sentence.tokens
                    for index in amount.range.lowerBound..<min(tokens.count, amount.range.upperBound + Self.unitReach)
                    where index > 0 && sentence.isWord(index - 1, .perWord) {
                        priced[tokens[index].key] = currency
                    }
                }
                return (amount, sentence)
            }
            guard let currency = priced[unit] else { return nil }
            var rate = amount
            rate.currency = currency
            return (rate, sentence)
        }
    }

    /// Tokens after a sum where its unit may stand ("38 dollars per vehicle": "dollars", "per", "vehicle").
    static let unitReach = 3
}
