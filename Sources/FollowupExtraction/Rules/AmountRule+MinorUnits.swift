import FollowupText

/// The minor unit after an amount: "15 Dollar und 15 Cent", "zwei Euro fünfzig", "15 dollars 50", "thirteen dollars and
/// forty-five cents".
extension AmountRule {
    /// Cents after a currency word: an optional joiner, a number up to 99, then a minor-unit word
    /// ("cent", "céntimos") or the end of the clause.
    func minorUnits(_ sentence: SentenceView, at index: Int, context: RuleContext) -> (value: Int, end: Int)? {
        let tokens = sentence.tokens
        var position = index
        if position < tokens.count, sentence.isWord(position, .numberJoiner) { position += 1 }
        guard position < tokens.count else { return nil }
        let key = tokens[position].key
        let value: Int
        var next = position + 1
        if tokens[position].kind == .number, key.count <= 2, let n = Int(key) {
            value = n
        } else if let spellOut = context.spellOut, Self.isNumberWord(sentence, position, context.lexicon) || isCompoundNumber(tokens[position], spellOut) {
            // "forty-five", "cuarenta y cinco", "quatre-vingt-dix-huit", "fünfundvierzig": the run of number words (or one
            // compound), read whole.
            next = Self.numberWordRunEnd(sentence, from: position, context.lexicon)
            let phrase = sentence.text(position..<next).lowercased()
            guard let parsed = Self.wholeNumber(phrase, spellOut), parsed < 100 else { return nil }
            value = Int(parsed)
        } else {
            return nil
        }
        guard (1...99).contains(value) else { return nil }
        if next < tokens.count, sentence.isWord(next, .minorUnit) { return (value, next + 1) }
        if next == tokens.count || [".", ",", ";", "!", "?", ")"].contains(tokens[next].key) { return (value, next) }
        // "deux euros dix le kilo", "un euro quatre-vingt-dix-huit hors taxe": a little word or a word before a period
        // after it (no noun: "deux euros dix personnes" counts people).
        if tokens[next].kind == .word,
            context.lexicon.stopWords.contains(tokens[next].key) || sentence.isWord(next, .perWord) || sentence.isWord(next, .periodGap)
        {
            return (value, next)
        }
        return nil
    }
}
