import FollowupText

/// Numeric dates (ISO, dotted, slashed with their two readings) and day numbers.
extension DateRule {
    func parseNumeric(_ sentence: SentenceView, at index: Int, context: RuleContext) -> DateMatch? {
        let tokens = sentence.tokens
        let token = tokens[index]
        guard token.kind == .number else { return nil }
        let key = token.key
        // ISO 2026-12-05, and year first with slashes: 2015/08/12, or with the month's name: 2019/aug/01
        if key.count == 4, let year = Int(key), index + 4 < tokens.count, tokens[index + 1].key == "-" || tokens[index + 1].key == "/",
            tokens[index + 3].key == tokens[index + 1].key,
            let month = tokens[index + 2].key.count <= 2 ? Int(tokens[index + 2].key) : context.lexicon.months[tokens[index + 2].key]
        {
            // "2015-07-31T12:00:00": ISO 8601's date and time are one ICU token around the "T".
            let dayAndHour = tokens[index + 4].key.split(maxSplits: 1, whereSeparator: { !$0.isNumber }).map(String.init)
            guard let first = dayAndHour.first, let day = Int(first), let date = CivilDate(year: year, month: month, day: day) else { return nil }
            var match = make(index..<(index + 5), date, absolute: true)
            if dayAndHour.count == 2, let hour = Int(dayAndHour[1]), index + 6 < tokens.count, tokens[index + 5].key == ":",
                let minute = Int(tokens[index + 6].key.prefix(2)), let time = TimeOfDay(hour: hour, minute: minute)
            {
                var end = index + 7
                if end + 1 < tokens.count, tokens[end].key == ":", !tokens[end].spaceBefore, !tokens[end + 1].spaceBefore { end += 2 }
                match.time = time
                match.range = index..<end
            }
            return match
        }
        // Dotted 23.11.2026 or 5.12 (one ICU token)
        if key.contains(".") {
            let parts = key.split(separator: ".", omittingEmptySubsequences: false)
            // "2015.5.13": year first.
            if parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) {
                guard let date = CivilDate(year: year, month: month, day: day) else { return nil }
                return make(index..<(index + 1), date, absolute: true)
            }
            if parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]), var year = Int(parts[2]), parts[2].count == 4 || parts[2].count == 2 {
                if year < 100 { year = fullYear(year, near: context.referenceDate) }
                guard let date = CivilDate(year: year, month: month, day: day) else { return nil }
                return make(index..<(index + 1), date, absolute: true)
            }
            // Where decimals take a comma (de, ru), "08.12" can only be a date; elsewhere it needs a
            // deadline word before it, or "1.50" would be one.
            // "um 18.12 Uhr" is a time.
            // "Fr 28.5.", "bis 3.6.": a one-digit month with the date's closing dot, or after a weekday.
            let glued = index + 1 < tokens.count && tokens[index + 1].key == "." && !tokens[index + 1].spaceBefore
            let shortMonth = parts.count == 2 && parts[1].count == 1 && (glued || index > 0 && context.lexicon.weekdays[tokens[index - 1].key] != nil)
            if parts.count == 2, context.lexicon.dayFirst, parts[1].count == 2 || shortMonth, let day = Int(parts[0]), let month = Int(parts[1]),
                !(index + 1 < tokens.count && context.lexicon.hourMarkers.contains(tokens[index + 1].key)),
                context.lexicon.decimalComma || index > 0 && (context.compiled.deadlineWords.match(tokens, at: index - 1) != nil
                    || sentence.isWord(index - 1, .numericDatePreposition)),
                let date = nearest(day: day, month: month, to: context.referenceDate)
            {
                var end = index + 1
                if end < tokens.count, tokens[end].key == ".", !tokens[end].spaceBefore { end += 1 }
                return make(index..<end, date, absolute: true)
            }
            return nil
        }
        // "02 04 2009", "2 4 2009": day, month and a four-digit year apart, day first.
        if key.count <= 2, index + 2 < tokens.count, tokens[index + 1].kind == .number, tokens[index + 1].key.count <= 2,
            tokens[index + 1].spaceBefore, tokens[index + 2].spaceBefore, let year = yearNumber(tokens[index + 2]),
            let day = Int(key), let month = Int(tokens[index + 1].key), context.lexicon.dayFirst,
            let date = CivilDate(year: year, month: month, day: day)
        {
            return make(index..<(index + 3), date, absolute: true)
        }
        // Slashed 12/5, 12/5/2026, 03/04/26; dashed only with a year (21-04-2016, 9-18-15), since
        // "9-5" alone is a range of hours.
        let separator = index + 1 < tokens.count ? tokens[index + 1].key : ""
        guard index + 2 < tokens.count, separator == "/" || separator == "-", !tokens[index + 1].spaceBefore, !tokens[index + 2].spaceBefore,
            let a = Int(key), let b = Int(tokens[index + 2].key), key.count <= 2, tokens[index + 2].key.count <= 2
        else { return nil }
        var end = index + 3
        var year: Int?
        if end + 1 < tokens.count, tokens[end].key == separator, !tokens[end].spaceBefore, !tokens[end + 1].spaceBefore,
            let y = Int(tokens[end + 1].key), tokens[end + 1].key.count == 4 || tokens[end + 1].key.count == 2
        {
            year = y < 100 ? fullYear(y, near: context.referenceDate) : y
            end += 2
        }
        if separator == "-" && year == nil { return nil }
        // Fractions and figures of speech: 1/2, 3/4, 24/7, 50/50.
        if year == nil && ((b <= 4 && a < b) || (a == 24 && b == 7) || a == b && a > 12) { return nil }
        let monthFirst = monthFirstReading(context)
        func build(_ month: Int, _ day: Int) -> CivilDate? {
            if let year { return CivilDate(year: year, month: month, day: day) }
            return nearest(day: day, month: month, to: context.referenceDate)
        }
        let usReading = build(a, b)
        let euReading = build(b, a)
        switch (usReading, euReading) {
        case (nil, nil): return nil
        case (let us?, nil): return make(index..<end, us, absolute: true)
        case (nil, let eu?): return make(index..<end, eu, absolute: true)
        case (let us?, let eu?):
            let chosen = monthFirst.first ? us : eu
            var other = us == eu || monthFirst.settled ? nil : (monthFirst.first ? eu : us)
            // Evidence enough: the language's reading is an upcoming day and the other one already past
            // ("11/12/2026" said on 3 December 2026 is 11 December, not 12 November), unless the
            // sentence is about the past.
            let d = context.referenceDate
            if let second = other, chosen >= d, chosen <= d.adding(days: 183), second < d,
                !isPastSentence(sentence, context.compiled)
            {
                other = nil
            }
            // "3/12 12h" in notes of 3 December: one reading is the meeting's own day.
            if other != nil, us == d || eu == d {
                return make(index..<end, d, absolute: true)
            }
            return make(index..<end, chosen, absolute: true, other: other)
        }
    }

    /// Month first (en-US) or day first, and whether the locale settles it.
    func monthFirstReading(_ context: RuleContext) -> (first: Bool, settled: Bool) {
        if let locale = context.locale, let monthFirst = LocaleConventions.monthFirst(locale) { return (monthFirst, true) }
        return (!context.lexicon.dayFirst, false)
    }

    // MARK: Numbers

    /// A day of month: "5", "05", "5th", "15-го".
    func dayNumber(_ tokens: [Token], at index: Int, _ lexicon: Lexicon, _ compiled: CompiledLexicon) -> (Int, Int)? {
        if let ordinal = ordinalDay(tokens, at: index, lexicon, compiled) { return ordinal }
        let token = tokens[index]
        guard token.kind == .number, token.key.count <= 2, let day = Int(token.key), (1...31).contains(day) else { return nil }
        return (day, 1)
    }

    /// "15th", "1st", "15-го", "15 числа": a day written as an ordinal.
    func ordinalDay(_ tokens: [Token], at index: Int, _ lexicon: Lexicon, _ compiled: CompiledLexicon) -> (Int, Int)? {
        let key = tokens[index].key
        let digits = key.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= 2, let day = Int(digits), (1...31).contains(day) else { return nil }
        let suffix = String(key.dropFirst(digits.count))
        if !suffix.isEmpty { return lexicon.ordinalSuffixes.contains(suffix) ? (day, 1) : nil }
        if index + 2 < tokens.count, tokens[index + 1].key == "-", lexicon.ordinalSuffixes.contains(tokens[index + 2].key) {
            return (day, 3)
        }
        if index + 1 < tokens.count, compiled.isWord(tokens[index + 1].key, .dayNoun) { return (day, 2) }
        // "antes del 28", "para el 28", "avant le 28": a bare day after a deadline phrase of two words, with nothing
        // after it that makes it a count, a time or a sum.
        if index >= 2, lexicon.deadlineWords.contains(tokens[index - 2].key + " " + tokens[index - 1].key),
            index + 1 == tokens.count || [",", ";", ")", "?", "!"].contains(tokens[index + 1].key)
                || tokens[index + 1].key == "." && (index + 2 == tokens.count || tokens[index + 2].spaceBefore)
        {
            return (day, 1)
        }
        return nil
    }

    /// A two-digit year in the century that puts it within fifty years of `d` ("26" is 2026 in
    /// 2026, "89" is 1989): the sliding window date parsers use.
    func fullYear(_ twoDigits: Int, near d: CivilDate) -> Int {
        var year = d.year - d.year % 100 + twoDigits
        if year > d.year + 50 { year -= 100 } else if year < d.year - 50 { year += 100 }
        return year
    }

    func yearNumber(_ token: Token) -> Int? {
        guard token.kind == .number, token.key.count == 4, let year = Int(token.key), (1900...2199).contains(year) else { return nil }
        return year
    }

    /// A two-digit year closing a date ("Aug 9, 96", "3 Aug 96"): nothing but punctuation after it,
    /// so "Dec 5, 10 people" keeps its count.
    func shortYear(_ tokens: [Token], at index: Int, near d: CivilDate) -> Int? {
        guard index < tokens.count, tokens[index].kind == .number, tokens[index].key.count == 2, let short = Int(tokens[index].key),
            index + 1 == tokens.count || tokens[index + 1].kind == .symbol && tokens[index + 1].key != ":" && tokens[index + 1].key != "%"
        else { return nil }
        return fullYear(short, near: d)
    }

    /// "send it over on the eighth", "by the twenty-first.": a day in words after a little word, where no noun
    /// follows it ("the eighth option" is no day); not "first" to "third", which mostly count points ("So first, …"),
    /// nor one after "and" ("And fourth, we need to hire").
    /// A word in the case a date takes ("созвон двадцать третьего", "тогда пятнадцатого в 16:00": an ending of three
    /// letters or more among the ordinal suffixes) needs no little word before it.
    func ordinalDayWord(_ tokens: [Token], at index: Int, _ lexicon: Lexicon, _ compiled: CompiledLexicon) -> (Int, Int)? {
        guard index > 0, !compiled.isWord(tokens[index - 1].key, .indefiniteArticle), !compiled.isWord(tokens[index - 1].key, .conjunction),
            let (day, length) = dayWord(tokens, at: index, lexicon), day >= 4
        else { return nil }
        let last = tokens[index + length - 1].key
        guard lexicon.stopWords.contains(tokens[index - 1].key)
            || lexicon.ordinalSuffixes.contains(where: { $0.count >= 3 && last.hasSuffix($0) })
        else { return nil }
        let next = index + length
        guard next == tokens.count || tokens[next].kind != .word && tokens[next].key != "-" || lexicon.stopWords.contains(tokens[next].key) else { return nil }
        return (day, length)
    }

    /// "eighth", "twenty-fourth", "twenty first": a day of month in words.
    func dayWord(_ tokens: [Token], at index: Int, _ lexicon: Lexicon) -> (Int, Int)? {
        let key = tokens[index].key
        if let day = lexicon.ordinalWords[key] { return (day, 1) }
        guard let tens = lexicon.numberWords[key], tens == 20 || tens == 30 else { return nil }
        var next = index + 1
        if next < tokens.count, tokens[next].key == "-", !tokens[next].spaceBefore { next += 1 }
        guard next < tokens.count, let unit = lexicon.ordinalWords[tokens[next].key], unit < 10, tens + unit <= 31 else { return nil }
        return (tens + unit, next + 1 - index)
    }

    /// "para el quince", "d'ici le vingt-cinq", "antes del treinta": a day said as a cardinal after a deadline phrase of
    /// two words or more, as the digits are after one ("para el 15"); nothing after it may make it a count or a time.
    func cardinalDayAfterDeadline(_ sentence: SentenceView, at index: Int, context: RuleContext) -> (Int, Int)? {
        let tokens = sentence.tokens
        // The compiled phrase table, as the date rule reads deadline words: no string is built per token.
        guard context.lexicon.cardinalDays, index >= 2, tokens[index].kind == .word,
            (max(0, index - 4)...(index - 2)).contains(where: { start in
                context.compiled.deadlineWords.match(tokens, at: start).map { start + $0.length == index } ?? false
            }),
            let (day, end) = cardinalDayWords(sentence, at: index, context: context),
            // "hasta el quince por ciento", "avant le quinze pour cent" are shares.
            end == tokens.count || !sentence.isWord(end, .percentWord) && !sentence.isWord(end, .perWord) && tokens[end].key != "%"
                && !(end + 1 < tokens.count && AmountRule.isNumberWord(sentence, end + 1, context.lexicon))
        else { return nil }
        return (day, end - index)
    }

    /// "el jueves veintiocho", "le jeudi vingt-huit", "el martes treinta y uno": Spanish and French say the day as a
    /// cardinal, read whole by ICU's spell-out; only after a weekday, and with no noun after it ("el viernes dos personas").
    func cardinalDayWords(_ sentence: SentenceView, at index: Int, context: RuleContext) -> (day: Int, end: Int)? {
        guard let spellOut = context.spellOut else { return nil }
        let tokens = sentence.tokens
        // "veintiocho", "vingt-huit": one word ICU reads whole (only here, after a weekday: its parse is slow).
        func isNumber(_ i: Int) -> Bool {
            AmountRule.isNumberWord(sentence, i, context.lexicon)
                || tokens[i].kind == .word && tokens[i].key.count >= 5 && AmountRule.wholeNumber(tokens[i].key, spellOut) != nil
        }
        // One pass, each word read once: the run ends after its last number word ("treinta y uno", not "treinta y").
        var end = index
        var position = index
        while position < tokens.count, position - index < 4 {
            if isNumber(position) {
                end = position + 1
            } else if position == index || !(tokens[position].key == "-" && !tokens[position].spaceBefore || sentence.isWord(position, .numberJoiner)) {
                break
            }
            position += 1
        }
        guard end > index, !sentence.isWord(index, .indefiniteArticle),
            let value = AmountRule.wholeNumber(sentence.text(index..<end).lowercased(), spellOut), value == value.rounded(),
            (1...31).contains(value)
        else { return nil }
        if end < tokens.count {
            let key = tokens[end].key
            // "jueves diez horas", "Thursday two o'clock": a time, not a day.
            if context.lexicon.hourMarkers.contains(key) || sentence.isWord(end, .oClock) || context.lexicon.amWords.contains(key)
                || context.lexicon.pmWords.contains(key) || context.lexicon.durationUnits[key] != nil
                || tokens[end].kind == .word && !context.lexicon.stopWords.contains(key) && !sentence.isWord(end, .timeLink)
                // "Monday one of us…" counts; "jueves veintiocho de enero" is a day.
                || sentence.isWord(end, .ofWord) && !(end + 1 < tokens.count && context.lexicon.months[tokens[end + 1].key] != nil)
            {
                return nil
            }
        }
        return (Int(value), end)
    }
}
