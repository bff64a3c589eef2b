import FollowupICU
import FollowupText

/// Spelled amounts ICU reads only in parts: several magnitudes ("один миллион восемьсот тысяч рублей", "un millón
/// ochocientos mil euros"), and a fraction of a magnitude ("half a million", "полтора миллиона", "eineinhalb
/// Millionen", "medio millón").
extension AmountRule {
    /// "three quarters billion", "a quarter million", "half a million", "полтора миллиона", "un demi-million":
    /// a fraction word (`Lexicon.fractionWords`), then a magnitude of a thousand or more.
    func fractionOfMagnitude(_ sentence: SentenceView, at index: Int, context: RuleContext) -> (value: Double, end: Int, magnitude: Bool)? {
        let tokens = sentence.tokens
        guard let fraction = context.compiled.fractions.match(tokens, at: index) else { return nil }
        var position = index + fraction.length
        if position < tokens.count, tokens[position].key == "-" || sentence.isWord(position, .indefiniteArticle) { position += 1 }
        guard position < tokens.count, let magnitude = context.lexicon.magnitudes[tokens[position].key], magnitude >= 1e3 else { return nil }
        return (fraction.value * magnitude, position + 1, true)
    }

    /// A word of five letters or more that ICU reads whole as a number ("восемьсот", "achthunderttausend",
    /// "ochocientos"): inside a run of number words only, as ICU's lenient parse is slow.
    func isCompoundNumber(_ token: Token, _ spellOut: NumberFormat) -> Bool {
        token.kind == .word && token.key.count >= 5 && Self.wholeNumber(token.key, spellOut) != nil
    }

    /// Where the run of number words from `start` ends: words joined by a hyphen or a joiner ("forty-five", "cuarenta y
    /// cinco", "quatre-vingt-dix-huit", seven tokens), at most eight tokens.
    static func numberWordRunEnd(_ sentence: SentenceView, from start: Int, _ lexicon: Lexicon) -> Int {
        let tokens = sentence.tokens
        var end = start + 1
        while end < tokens.count, end - start < 8, isNumberWord(sentence, end, lexicon)
            || (tokens[end].key == "-" || sentence.isWord(end, .numberJoiner)) && end + 1 < tokens.count && isNumberWord(sentence, end + 1, lexicon)
        {
            end += 1
        }
        return end
    }

    /// The positive number ICU reads from all of `phrase` ("forty-five", "achthunderttausend"), or nil when it
    /// reads none or only a part.
    static func wholeNumber(_ phrase: String, _ spellOut: NumberFormat) -> Double? {
        guard let parsed = spellOut.parsePrefix(phrase), parsed.utf8Length == phrase.utf8.count, parsed.value > 0 else { return nil }
        return parsed.value
    }

    /// The run `range` read group by group when ICU cannot read it whole: each magnitude multiplies the words
    /// before it ("один миллион | восемьсот тысяч" = 1 × 10⁶ + 800 × 10³), and the words after the last one add.
    func composedNumber(_ sentence: SentenceView, _ range: Range<Int>, _ lexicon: Lexicon, _ spellOut: NumberFormat) -> Double? {
        var total = 0.0
        var group = range.lowerBound
        var previous = Double.infinity
        for index in range {
            guard let magnitude = lexicon.magnitudes[sentence.tokens[index].key], magnitude >= 1e3 else { continue }
            // Magnitudes fall from left to right: "thousand million" is no sum of parts.
            guard magnitude < previous else { return nil }
            previous = magnitude
            guard let value = group == index ? 1 : groupValue(sentence, group..<index, spellOut) else { return nil }
            total += value * magnitude
            group = index + 1
        }
        guard total > 0 else { return nil }
        if group < range.upperBound {
            guard let rest = groupValue(sentence, group..<range.upperBound, spellOut), rest < previous else { return nil }
            total += rest
        }
        return total
    }

    private func groupValue(_ sentence: SentenceView, _ range: Range<Int>, _ spellOut: NumberFormat) -> Double? {
        Self.wholeNumber(sentence.text(range).lowercased(), spellOut)
    }
}
