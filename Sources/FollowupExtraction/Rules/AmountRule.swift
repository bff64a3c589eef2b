import FollowupText

/// Finds money: symbols and codes before or after ("$12,500", "12,500 USD", "€1.2M", "£300k",
/// "₽100 000", "100 тыс. руб."), magnitude words and suffixes (k, thousand, M, mn, million, bn,
/// тыс., млн), spelled-out numbers through ICU's rule-based spell-out ("twenty thousand dollars"),
/// locale-aware separators ("1.234,56 €"), ranges ("$10-12k" gives two amounts: 10,000 and
/// 12,000, both USD), and periods after or before the amount ("per month", "/mo", "annual",
/// "one-time", "ежемесячно").
/// A bare number said about money ("budget is 40k") keeps `currency: nil`.
/// Ignores percentages, years, times, counts and durations.
struct AmountRule: Rule {
    var family: RuleFamily { .amounts }
    var reads: Set<RuleFamily> { [] }
    var openers: TokenClass { .amountStart }

    func apply(to sentence: SentenceView, in context: RuleContext, found: inout SentenceFindings) {
        found.amounts = matches(in: sentence, context: context)
        for index in found.amounts.indices {
            found.amounts[index].role = AmountRoles.role(of: found.amounts[index].range, in: sentence, context: context)
        }
    }

    func matches(in sentence: SentenceView, context: RuleContext) -> [AmountMatch] {
        let tokens = sentence.tokens
        var result: [AmountMatch] = []
        var index = 0
        let compiled = context.compiled
        while index < tokens.count {
            // A word right before a currency may be a number in one word ("siebenhundert Euro").
            if !sentence.roles(index).contains(.amountStart),
                !(tokens[index].kind == .word && index + 1 < tokens.count && sentence.roles(index + 1).contains(.amountStart)
                    && context.lexicon.currencies[tokens[index].key] == nil)
            {
                index += 1
                continue
            }
            if let found = amount(at: index, sentence: sentence, context: context) {
                for var match in found {
                    match.text = sentence.text(match.range)
                    result.append(match)
                }
                index = found.map(\.range.upperBound).max()!
            } else {
                index += 1
            }
        }
        let rates = spokenRates(in: sentence, context: context, besides: result)
        if !rates.isEmpty { result = (result + rates).sorted { $0.range.lowerBound < $1.range.lowerBound } }
        // Periods: after the amount, or an adjective before it ("monthly fee of $500").
        for i in result.indices where result[i].period == nil {
            var position = result[i].range.upperBound
            var skipped = 0
            let limit = i + 1 < result.count ? result[i + 1].range.lowerBound : tokens.count
            while position < limit, skipped <= 4 {
                if let period = compiled.periods.match(tokens, at: position) {
                    result[i].period = period.value
                    result[i].range = result[i].range.lowerBound..<(position + period.length)
                    result[i].text = sentence.text(result[i].range)
                    break
                }
                // "per seat per month", "$15,000, one-time", "$18,000, paid upfront", "+ VAT per month"
                let key = tokens[position].key
                if key == "/" || sentence.isWord(position, .perWord), position + 2 < limit, compiled.periods.match(tokens, at: position) == nil {
                    // "per device per month", "$41/user/month": a unit, then the period right after it.
                    if compiled.periods.match(tokens, at: position + 2) == nil { break }
                    position += 2
                    skipped += 2
                    continue
                }
                if !sentence.isWord(position, .periodGap) && !Self.periodGapSymbols.contains(key) {
                    // "3,200 USD for expedited trucking, one-time", "$4,000 travel (one-time)": a period after a
                    // comma or in parentheses later in the same clause.
                    if let later = (position..<min(limit, position + 5)).first(where: { tokens[$0].key == "," || tokens[$0].key == "(" }),
                        later + 1 < limit, let period = compiled.periods.match(tokens, at: later + 1),
                        !(position..<later).contains(where: { Self.isNumber(tokens[$0]) || sentence.isWord($0, .conjunction) })
                    {
                        result[i].period = period.value
                    }
                    break
                }
                position += 1
                skipped += 1
            }
            if result[i].period == nil {
                let earliest = i > 0 ? result[i - 1].range.upperBound : 0
                var back = result[i].range.lowerBound - 1
                while back >= earliest, back >= result[i].range.lowerBound - 7 {
                    if let period = compiled.periods.match(tokens, at: back), back + period.length <= result[i].range.lowerBound {
                        result[i].period = period.value
                        break
                    }
                    // "setup fee, $3,000": one comma right before the amount may separate its label.
                    if [",", ";", "."].contains(tokens[back].key) && !(tokens[back].key == "," && back == result[i].range.lowerBound - 1) { break }
                    back -= 1
                }
            }
        }
        // A range shares its period and currency: "$10-12k per month" (one match's range), "$10k and $12k a month"; not
        // two sums side by side ("bei 8.400 Euro im Monat 1.260 Euro").
        for i in result.indices.dropLast() where result[i].range.lowerBound == result[i + 1].range.lowerBound
            || result[i].range.upperBound < result[i + 1].range.lowerBound && result[i].range.upperBound >= result[i + 1].range.lowerBound - 2
            && (result[i].range.upperBound..<result[i + 1].range.lowerBound).allSatisfy({ j in
                ["-", "–", "—"].contains(tokens[j].key) || sentence.isWord(j, .rangeWord) || sentence.isWord(j, .conjunction)
            })
        {
            if result[i].period == nil { result[i].period = result[i + 1].period }
            if result[i + 1].period == nil { result[i + 1].period = result[i].period }
        }
        return result
    }

    /// Symbols that may stand between an amount and its period (the words are `WordClass.periodGap`).
    static let periodGapSymbols: Set<String> = ["+", ",", "(", ")", ".", "—", "-", "–"]

    static func isNumber(_ token: Token) -> Bool {
        token.kind == .number || token.key.first.map { $0.isASCII && $0.isNumber } == true
    }

    /// One or two (a range) amounts starting at `index`.
    private func amount(at index: Int, sentence: SentenceView, context: RuleContext) -> [AmountMatch]? {
        let tokens = sentence.tokens
        let lexicon = context.lexicon
        var position = index
        var currency: String?
        // Currency before: "$", "USD", "EUR 40,000", "US$"
        if let code = currencyCode(sentence, at: position, context.compiled) {
            currency = code.code
            position += code.length
            if position < tokens.count, tokens[position].key == "-" { position += 1 }
        }
        guard position < tokens.count else { return nil }
        var number: (value: Double, end: Int, magnitude: Bool)?
        number = numberValue(sentence, at: position, lexicon)
        if number == nil, currency == nil || tokens[position].kind == .word {
            // Spelled out: "twenty thousand dollars", "five hundred euros".
            number = spelledNumber(sentence, at: position, context: context) ?? fractionOfMagnitude(sentence, at: position, context: context)
        }
        guard var first = number else { return nil }
        // Not a time, a percentage or a date.
        if first.end < tokens.count, tokens[first.end].key == "%" || tokens[first.end].key == "%." || sentence.isWord(first.end, .percentWord) { return nil }
        // "10:30" is a time; "£35,000: Northgate asked…" is an amount before a colon.
        if first.end + 1 < tokens.count, tokens[first.end].key == ":", !tokens[first.end].spaceBefore, !tokens[first.end + 1].spaceBefore,
            tokens[first.end + 1].kind == .number, tokens[first.end + 1].key.count == 2
        {
            return nil
        }
        var end = first.end
        // A range: "$10-12k", "10–12 тыс. руб.", "$10k to $12k", "from 10 to 12 million"
        var second: (value: Double, end: Int, magnitude: Bool)?
        if end + 1 < tokens.count, ["-", "–", "—"].contains(tokens[end].key) || sentence.isWord(end, .rangeWord) {
            var next = end + 1
            var secondCurrency: String?
            if let code = currencyCode(sentence, at: next, context.compiled) {
                secondCurrency = code.code
                next += code.length
            }
            if next < tokens.count, let value = numberValue(sentence, at: next, lexicon),
                secondCurrency == nil || secondCurrency == currency, climbs(from: first, to: value, at: next, sentence, lexicon)
            {
                let trailingCurrency = currencyCode(sentence, at: value.end, context.compiled)
                // Only a range of money: a currency somewhere, or a magnitude.
                if currency != nil || secondCurrency != nil || trailingCurrency != nil || value.magnitude || first.magnitude {
                    second = value
                    end = value.end
                }
            }
        }
        // "10 millones de dólares", "2 millions de $": a link word between a magnitude and its currency.
        if currency == nil, first.magnitude || second?.magnitude == true, end + 1 < tokens.count, sentence.isWord(end, .currencyLink),
            currencyCode(sentence, at: end + 1, context.compiled) != nil
        {
            end += 1
        }
        // "$285,000 MXN": a symbol several currencies share, then the code that says which.
        if currency != nil, index < tokens.count, tokens[index].kind == .symbol, second == nil,
            let code = currencyCode(sentence, at: end, context.compiled), code.length == 1, tokens[end].key.count == 3,
            tokens[end].key.allSatisfy(\.isLetter)
        {
            currency = code.code
            end += code.length
        }
        // Currency after: "12,500 USD", "20k euros", "1,5 млн рублей", "100 тыс. руб."
        if currency == nil, let code = currencyCode(sentence, at: end, context.compiled) {
            currency = code.code
            end += code.length
            if end < tokens.count, tokens[end].key == ".", !tokens[end].spaceBefore, sentence.isWord(end - 1, .abbreviationWithDot) {
                end += 1
            }
            // "15 Dollar und 15 Cent", "zwei Euro fünfzig", "15 dollars 50": the minor unit after the major.
            if second == nil, !first.magnitude, let minor = minorUnits(sentence, at: end, context: context) {
                first.value += Double(minor.value) / 100
                end = minor.end
            }
        }
        if let s = second {
            // "$10-12k": the magnitude of the second applies to the first.
            if s.magnitude && !first.magnitude, let multiplier = trailingMagnitude(tokens, s.end, lexicon) {
                first.value *= multiplier
            }
        }
        if currency == nil {
            // A bare number about money: needs a magnitude or a money word nearby, and must not be a count.
            let periodAfter = end < tokens.count && context.compiled.periods.match(tokens, at: end) != nil
                && (first.magnitude || first.value >= 100)
            guard isMoneyContext(tokens, index, end, lexicon) || periodAfter else { return nil }
            // "PR #482", "№ 15", "Microsoft-365-Lizenzen", "COVID-19": a number that names something.
            if index > 0, ["#", "№"].contains(tokens[index - 1].key), !tokens[index].spaceBefore { return nil }
            let hyphenGlued = { (hyphen: Int, word: Int) in
                tokens.indices.contains(hyphen) && tokens.indices.contains(word) && tokens[hyphen].key == "-" && tokens[word].kind == .word
            }
            if hyphenGlued(index - 1, index - 2), !tokens[index - 1].spaceBefore, !tokens[index].spaceBefore { return nil }
            if hyphenGlued(end, end + 1), !tokens[end].spaceBefore, !tokens[end + 1].spaceBefore { return nil }
            guard first.magnitude || first.value >= 100 else { return nil }
            if end < tokens.count, tokens[end].kind == .word, !context.compiled.periods.contains(tokens, in: end..<(end + 1)),
                !sentence.isWord(end, .countContinuation),
                !first.magnitude
            {
                return nil  // "40 seats", "200 people"
            }
            if !first.magnitude, first.value >= 1900, first.value <= 2100, tokens[index].key.count == 4 { return nil }  // a year
        }
        var matches = [AmountMatch(range: index..<(second == nil ? end : first.end), value: first.value, currency: currency, period: nil, text: "")]
        if let s = second {
            matches[0].range = index..<end
            matches.append(AmountMatch(range: index..<end, value: s.value, currency: currency, period: nil, text: ""))
        }
        return matches
    }

    private func trailingMagnitude(_ tokens: [Token], _ end: Int, _ lexicon: Lexicon) -> Double? {
        // Recover the multiplier from the second number's own tokens: the suffix or the following word.
        for position in stride(from: end - 1, through: max(0, end - 3), by: -1) {
            let key = tokens[position].key
            if let m = lexicon.magnitudes[key] { return m }
            let digits = key.prefix(while: { $0.isNumber || $0 == "." || $0 == "," })
            if !digits.isEmpty, let m = lexicon.magnitudes[String(key.dropFirst(digits.count))] { return m }
        }
        return nil
    }

    private func isMoneyContext(_ tokens: [Token], _ start: Int, _ end: Int, _ lexicon: Lexicon) -> Bool {
        let from = max(0, start - 6)
        let to = min(tokens.count, end + 3)
        for i in from..<to where i < start || i >= end {
            if lexicon.moneyWords.contains(tokens[i].key) { return true }
        }
        return false
    }

    private func currencyCode(_ sentence: SentenceView, at index: Int, _ compiled: CompiledLexicon) -> (code: String, length: Int)? {
        let tokens = sentence.tokens
        let lexicon = compiled.lexicon
        guard index < tokens.count else { return nil }
        let key = tokens[index].key
        // "US$" is cut as "us", "$"
        if let phrase = compiled.currencyPhrases.match(tokens, at: index), phrase.length > 1 { return (phrase.value, phrase.length) }
        if let code = lexicon.currencies[key] {
            // "try" and "р" are words too: "try" is never read as a code, "р" only right after a number.
            if sentence.isWord(index, .wordLikeCurrency) { return nil }
            if sentence.isWord(index, .currencyAfterNumber), index > 0,
                !Self.isNumber(tokens[index - 1]) && lexicon.magnitudes[tokens[index - 1].key] == nil
            {
                return nil
            }
            return (code, 1)
        }
        // Symbols fused to letters by ICU: "$" alone is a symbol token; "руб." handled by the caller.
        return nil
    }

    /// A number at `index` with its magnitude: "12,500", "12.5k", "1.2M", "1,5 млн", "100 000",
    /// "300k", "1.234,56".
    func numberValue(_ sentence: SentenceView, at index: Int, _ lexicon: Lexicon) -> (value: Double, end: Int, magnitude: Bool)? {
        let tokens = sentence.tokens
        guard index < tokens.count else { return nil }
        let key = tokens[index].key
        // "12'500": the Swiss thousands apostrophe stays inside the number (ICU keeps it one token).
        let numeric = key.prefix(while: { ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," || $0 == "'" })
        guard let firstChar = numeric.first, firstChar.isNumber else { return nil }
        var end = index + 1
        var text = String(numeric)
        // Space-grouped thousands: "100 000", "1 500 000"
        if text.count <= 3, !text.contains(",") && !text.contains(".") || lexicon.decimalComma {
            while end < tokens.count, tokens[end].spaceBefore, tokens[end].kind == .number,
                tokens[end].key.count >= 3, tokens[end].key.prefix(3).allSatisfy(\.isNumber),
                tokens[end].key.count == 3 || (tokens[end].key.dropFirst(3).first.map { $0 == "," || $0 == "." } ?? false)
            {
                text += tokens[end].key
                end += 1
            }
        }
        guard var value = parseDecimal(text, lexicon) else { return nil }
        var magnitude = false
        let suffix = String(key.dropFirst(numeric.count))
        if !suffix.isEmpty {
            guard let multiplier = lexicon.magnitudes[suffix] else { return nil }
            value *= multiplier
            magnitude = true
        } else if end < tokens.count, let multiplier = lexicon.magnitudes[tokens[end].key],
            !(sentence.isWord(end, .fusedMagnitude) && tokens[end].spaceBefore),
            !(sentence.isWord(end, .magnitudeNotFinal) && end + 1 >= tokens.count)
        {
            value *= multiplier
            magnitude = true
            end += 1
            if end < tokens.count, tokens[end].key == ".", !tokens[end].spaceBefore { end += 1 }  // "тыс."
            // "mil millones", "thousand million": a larger magnitude right after multiplies again.
            if end < tokens.count, let larger = lexicon.magnitudes[tokens[end].key], larger > multiplier, !sentence.isWord(end, .fusedMagnitude) {
                value *= larger
                end += 1
            }
        }
        return (value, end, magnitude)
    }

    /// "12,500" → 12500; "1.234,56" → 1234.56; "1,5" → 1.5 (decimal comma); "12.5" → 12.5.
    func parseDecimal(_ text: String, _ lexicon: Lexicon) -> Double? {
        let text = text.contains("'") ? text.replacing("'", with: "") : text
        let hasComma = text.contains(",")
        let hasDot = text.contains(".")
        var normalized = text
        if hasComma && hasDot {
            let lastComma = text.lastIndex(of: ",")!
            let lastDot = text.lastIndex(of: ".")!
            if lastComma > lastDot {
                normalized = text.replacing(".", with: "").replacing(",", with: ".")
            } else {
                normalized = text.replacing(",", with: "")
            }
        } else if hasComma {
            let groups = text.split(separator: ",", omittingEmptySubsequences: false)
            let grouping = groups.count > 1 && groups.dropFirst().allSatisfy { $0.count == 3 } && groups[0].count <= 3
            normalized = grouping && !(lexicon.decimalComma && groups.count == 2 && groups[0] == "0")
                ? text.replacing(",", with: "") : text.replacing(",", with: ".")
            if lexicon.decimalComma && groups.count == 2 && groups[1].count != 3 { normalized = text.replacing(",", with: ".") }
        } else if hasDot {
            let groups = text.split(separator: ".", omittingEmptySubsequences: false)
            let grouping = groups.count > 2 || (groups.count == 2 && groups[1].count == 3 && lexicon.decimalComma)
            normalized = grouping ? text.replacing(".", with: "") : text
        }
        if normalized.hasSuffix(".") { normalized.removeLast() }
        return Double(normalized)
    }

    /// A number word of a spelled amount ("few" and "couple" count, but spell no amount).
    static func isNumberWord(_ sentence: SentenceView, _ index: Int, _ lexicon: Lexicon) -> Bool {
        let key = sentence.tokens[index].key
        return sentence.isWord(index, .spelledNumber) || lexicon.numberWords[key] != nil && !sentence.isWord(index, .vagueCount)
    }

    /// "twenty thousand dollars": ICU's rule-based spell-out parses the words before a currency word.
    private func spelledNumber(_ sentence: SentenceView, at index: Int, context: RuleContext) -> (value: Double, end: Int, magnitude: Bool)? {
        guard let spellOut = context.spellOut else { return nil }
        let tokens = sentence.tokens
        let lexicon = context.lexicon
        // The run of number words ("twenty", "five hundred and fifty", "двадцать тысяч"), then a currency word.
        var end = index
        while end < tokens.count, end - index < 8,
            Self.isNumberWord(sentence, end, lexicon)
                || (end > index && (tokens[end].key == "-" || sentence.isWord(end, .numberJoiner) || isCompoundNumber(tokens[end], spellOut)))
        {
            end += 1
        }
        // "siebenhundert Euro", "achtundsiebzig Millionen Dollar": one compound word ICU can read.
        // The currency after it is checked first: ICU's lenient parse is slow, and most long words are no number.
        if end == index, index + 1 < tokens.count, tokens[index].kind == .word, tokens[index].key.count >= 5 {
            let key = tokens[index].key
            var after = index + 1
            var multiplier = 1.0
            if let magnitude = lexicon.magnitudes[tokens[after].key], after + 1 < tokens.count {
                multiplier = magnitude
                after += 1
            }
            if after < tokens.count, lexicon.currencies[tokens[after].key] != nil || tokens[after].key == "-" && after + 1 < tokens.count
                && lexicon.currencies[tokens[after + 1].key] != nil,
                let parsed = Self.wholeNumber(key, spellOut)
            {
                let value = parsed * multiplier
                return (value, tokens[after].key == "-" ? after + 1 : after, value >= 1000)
            }
        }
        var currencyAt = end  // "dos millones de dólares", "cinq millions de yens": a link word after the magnitude.
        if end > index, end + 1 < tokens.count, lexicon.magnitudes[tokens[end - 1].key] != nil, sentence.isWord(end, .currencyLink),
            lexicon.currencies[tokens[end + 1].key] != nil
        {
            currencyAt = end + 1
        }
        guard end > index, currencyAt < tokens.count, lexicon.currencies[tokens[currencyAt].key] != nil,  // "un euro quatre-vingt-dix":
            !sentence.isWord(index, .indefiniteArticle) || end - index > 1 || minorUnits(sentence, at: currencyAt + 1, context: context) != nil
        else { return nil }  // an article is a number when the minor unit follows the currency
        // ICU must read the whole run as one number.
        guard let value = Self.wholeNumber(sentence.text(index..<end).lowercased(), spellOut) else {
            return composedNumber(sentence, index..<end, lexicon, spellOut).map { ($0, currencyAt, $0 >= 1000) }
        }
        return (value, currencyAt, value >= 1000)
    }
}
