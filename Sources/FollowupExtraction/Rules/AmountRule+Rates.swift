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
        var rates: [AmountMatch] = []
        var index = 0
        while index < tokens.count {
            guard !found.contains(where: { $0.range.contains(index) }), let number = bareNumber(sentence, at: index, context) else {
                index += 1
                continue
            }
            defer { index = number.end }
            let per = number.end
            guard per + 1 < tokens.count, sentence.isWord(per, .perWord), tokens[per + 1].kind == .word,
                isUnit(per, sentence, context), isUnit(per + 1, sentence, context),
                !Self.isNumberWord(sentence, per + 1, lexicon), !lexicon.stopWords.contains(tokens[per + 1].key),
                !sentence.isWord(per + 1, .percentWord), !sentence.isWord(per + 1, .minorUnit), number.value > 0
            else { continue }
            rates.append(AmountMatch(range: index..<per, value: number.value, currency: nil, period: nil, text: sentence.text(index..<per),
                                     spokenUnit: tokens[per + 1].key))
        }
        return rates
    }

    /// No period starts at `index`, or only a unit rate ("per unit", "pro Stück").
    private func isUnit(_ index: Int, _ sentence: SentenceView, _ context: RuleContext) -> Bool {
        context.compiled.periods.match(sentence.tokens, at: index).map { $0.value == Lexicon.unitRate } ?? true
    }

    /// Digits ("32", "4 200") or a run of number words ICU reads whole ("thirty-two", "vierundzwanzig").
    private func bareNumber(_ sentence: SentenceView, at index: Int, _ context: RuleContext) -> (value: Double, end: Int)? {
        let tokens = sentence.tokens
        if Self.isNumber(tokens[index]) {
            // Only where the number starts: not the "5" of "1.5" nor the second group of "4 200".
            guard index == 0 || !Self.isNumber(tokens[index - 1]) else { return nil }
            return numberValue(sentence, at: index, context.lexicon).flatMap { $0.magnitude ? nil : ($0.value, $0.end) }
        }
        guard let spellOut = context.spellOut, index == 0 || !Self.isNumberWord(sentence, index - 1, context.lexicon),
            Self.isNumberWord(sentence, index, context.lexicon) || isCompoundNumber(tokens[index], spellOut)
        else { return nil }
        var end = index + 1
        while end < tokens.count, end - index < 8,
            Self.isNumberWord(sentence, end, context.lexicon)
                || (tokens[end].key == "-" || sentence.isWord(end, .numberJoiner)) && end + 1 < tokens.count
                    && Self.isNumberWord(sentence, end + 1, context.lexicon)
        {
            end += 1
        }
        return Self.wholeNumber(sentence.text(index..<end).lowercased(), spellOut).map { ($0, end) }
    }
}
