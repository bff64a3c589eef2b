import FollowupText

/// "I can do thirty-two per vehicle per month", "Vierundzwanzig pro Stück", "4200 за человека": a price a conversation
/// says without its currency once a sum per the same unit has named it. Found here with none (`AmountMatch.spokenUnit`);
/// assembly gives it that earlier sum's currency, or drops it when no sum priced the unit before
/// (`Analysis.withConversationCurrency`): "We seat eight per table" is a count.
extension AmountRule {
    /// Numbers no other amount of the sentence covers, right before "per" and a unit that is not a period ("two per
    /// week" may count meetings) nor a number ("treinta por ciento").
    func spokenRates(in sentence: SentenceView, context: RuleContext, besides found: [AmountMatch]) -> [AmountMatch] {
        let tokens = sentence.tokens
        let lexicon = context.lexicon
        // Most sentences say no "per": nothing to read.
        guard tokens.indices.contains(where: { sentence.isWord($0, .perWord) }) else { return [] }
        var rates: [AmountMatch] = []
        var index = 0
        while index < tokens.count {
            guard !found.contains(where: { $0.range.contains(index) }), let per = numberRunEnd(sentence, at: index, context) else {
                index += 1
                continue
            }
            defer { index = per }
            // The unit first: ICU reads the words only before one.
            guard per + 1 < tokens.count, sentence.isWord(per, .perWord), tokens[per + 1].kind == .word,
                isUnit(per, sentence, context), isUnit(per + 1, sentence, context),
                !Self.isNumberWord(sentence, per + 1, lexicon), !lexicon.stopWords.contains(tokens[per + 1].key),
                !sentence.isWord(per + 1, .percentWord), !sentence.isWord(per + 1, .minorUnit),
                let value = bareValue(sentence, index..<per, context), value > 0
            else { continue }
            rates.append(AmountMatch(range: index..<per, value: value, currency: nil, period: nil, text: sentence.text(index..<per),
                                     spokenUnit: tokens[per + 1].key))
        }
        return rates
    }

    /// No period starts at `index`, or only a unit rate ("per unit", "pro Stück").
    private func isUnit(_ index: Int, _ sentence: SentenceView, _ context: RuleContext) -> Bool {
        context.compiled.periods.match(sentence.tokens, at: index).map { $0.value == Lexicon.unitRate } ?? true
    }

    /// Where a number that starts at `index` ends: digits ("32", "4 200") or a run of number words ("thirty-two",
    /// "vierundzwanzig", "twenty-seven fifty").
    private func numberRunEnd(_ sentence: SentenceView, at index: Int, _ context: RuleContext) -> Int? {
        let tokens = sentence.tokens
        if Self.isNumber(tokens[index]) {
            // Only where the number starts: not the "5" of "1.5" nor the second group of "4 200".
            guard index == 0 || !Self.isNumber(tokens[index - 1]) else { return nil }
            return numberValue(sentence, at: index, context.lexicon).flatMap { $0.magnitude ? nil : $0.end }
        }
        guard let spellOut = context.spellOut, index == 0 || !Self.isNumberWord(sentence, index - 1, context.lexicon) else { return nil }
        if !Self.isNumberWord(sentence, index, context.lexicon) {
            // One compound word ("vierunddreißig"): ICU's lenient parse is slow, so only right before "per".
            guard index + 1 < tokens.count, sentence.isWord(index + 1, .perWord), isCompoundNumber(tokens[index], spellOut) else { return nil }
            return index + 1
        }
        return Self.numberWordRunEnd(sentence, from: index, context.lexicon)
    }

    /// The value of the number in `run`, read as people say prices: units then cents ("twenty-seven fifty" 27.50, "one
    /// thirty-seven" 1.37, "тридцать четыре восемьдесят" 34.80), or thousands then hundreds ("четыре двести" 4 200,
    /// "восемьдесят шесть семьсот" 86 700), where ICU would read a year's way ("twenty-seven fifty" 2 750); otherwise
    /// as ICU reads it whole ("twenty-five hundred").
    private func bareValue(_ sentence: SentenceView, _ run: Range<Int>, _ context: RuleContext) -> Double? {
        let tokens = sentence.tokens
        if Self.isNumber(tokens[run.lowerBound]) { return numberValue(sentence, at: run.lowerBound, context.lexicon)?.value }
        guard let spellOut = context.spellOut else { return nil }
        // The last group of words that no hyphen joins to the one before it.
        if let split = stride(from: run.upperBound - 1, to: run.lowerBound, by: -1).first(where: { tokens[$0].key != "-" && tokens[$0 - 1].key != "-" }),
            let head = Self.wholeNumber(sentence.text(run.lowerBound..<split).lowercased(), spellOut),
            let tail = Self.wholeNumber(sentence.text(split..<run.upperBound).lowercased(), spellOut),
            head == head.rounded(), tail == tail.rounded()
        {
            if (1...99).contains(head), (10...99).contains(tail) { return head + tail / 100 }
            // Not "four hundred": a hundred alone needs its multiplier.
            if (1...999).contains(head), (200...999).contains(tail) { return head * 1000 + tail }
        }
        return Self.wholeNumber(sentence.text(run).lowercased(), spellOut)
    }
}
