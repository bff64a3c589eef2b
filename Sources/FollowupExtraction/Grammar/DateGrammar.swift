import FollowupText

/// The cores of a date: relative days, weekdays with their modifiers, day and month in either order.
extension DateRule {
    // MARK: Cores

    func parseCore(
        _ sentence: SentenceView, at index: Int, context: RuleContext, compiled: CompiledLexicon, past: LazyFlag
    ) -> DateMatch? {
        let tokens = sentence.tokens
        let lexicon = context.lexicon
        let d = context.referenceDate

        if let holiday = parseHoliday(sentence, at: index, context: context) { return holiday }
        if let week = parseCalendarWeek(sentence, at: index, context: context) { return week }
        if let inMonth = parseInMonth(sentence, at: index, context: context) { return inMonth }
        // "Guten Morgen", "good evening": a greeting names no day.
        let greeted = index > 0 && lexicon.greetingWords.contains(tokens[index - 1].key)
        // "las nueve de la mañana": after two lead-ins, a word that alone is tomorrow is the morning.
        let partOfDay = index >= 2 && lexicon.dayPartsAfterLeadInOnly.contains(tokens[index].key)
            && sentence.isWord(index - 1, .dayPartLeadIn) && sentence.isWord(index - 2, .dayPartLeadIn)
        if !greeted, !partOfDay, let relative = compiled.relativeDays.match(tokens, at: index) {
            // "next week Sunday", "next week, on Wednesday": that day of the week after D's.
            if relative.value == .nextWeek {
                var next = index + relative.length
                while next < tokens.count, tokens[next].key == "," || sentence.isWord(next, .dateLink) { next += 1 }
                if next < tokens.count, let weekday = lexicon.weekdays[tokens[next].key] {
                    let monday = d.adding(days: 1 - d.weekday)
                    return make(index..<(next + 1), monday.adding(days: 7 + weekday - 1))
                }
            }
            return make(index..<(index + relative.length), resolve(relative.value, d))
        }
        // "in the morning", "during the late afternoon", "вечером", "прошлой ночью": a part of a day.
        if !greeted, let part = compiled.dayParts.match(tokens, at: index) {
            return make(index..<(index + part.length), d.adding(days: part.value))
        }
        // "end of October", "bis Ende Oktober", "a finales de octubre", "fin novembre": the month's last day; "mid-April",
        // "Mitte April", "mediados de abril": its 15th.
        if let phrase = compiled.monthPart.match(tokens, at: index), index + phrase.length < tokens.count,
            let month = lexicon.months[tokens[index + phrase.length].key]
        {
            var end = index + phrase.length + 1
            var year: Int?
            if end < tokens.count, let y = yearNumber(tokens[end]) {
                year = y
                end += 1
            }
            let middle = year.flatMap { CivilDate(year: $0, month: month, day: 15) } ?? nearest(day: 15, month: month, to: d)
            if let middle { return make(index..<end, phrase.value ? middle.lastDayOfMonth : Self.middle(of: middle), absolute: true) }
        }
        if let weekday = parseWeekday(sentence, at: index, context: context, past: past) { return weekday }
        if let monthDay = parseMonthDay(sentence, at: index, context: context) { return monthDay }
        if let numeric = parseNumeric(sentence, at: index, context: context) { return numeric }
        if let duration = parseDuration(sentence, at: index, context: context) { return duration }
        if let duration = parseDurationFromHere(sentence, at: index, context: context) { return duration }
        if let duration = parseDurationAfterLeadIn(sentence, at: index, context: context) { return duration }
        if let relative = parseRelativeUnit(sentence, at: index, context: context) { return relative }
        // "the 15th", "15th", "15-го", "15 числа", "para el quince"
        if let (day, length) = ordinalDay(tokens, at: index, lexicon, context.compiled) ?? ordinalDayWord(tokens, at: index, lexicon, context.compiled)
            ?? cardinalDayAfterDeadline(sentence, at: index, context: context),
            index == 0 || lexicon.months[tokens[index - 1].key] == nil
        {
            do {
                var date = CivilDate(year: d.year, month: d.month, day: min(day, CivilDate.daysIn(month: d.month, year: d.year)))!
                if date < d {
                    let next = d.adding(months: 1)
                    date = CivilDate(year: next.year, month: next.month, day: min(day, CivilDate.daysIn(month: next.month, year: next.year)))!
                }
                return make(index..<(index + length), date)
            }
        }
        return nil
    }

    /// A month's middle: its 15th, or the Friday before when the 15th is a weekend ("mi-juillet" 2029 is Friday 13 July):
    /// a vague day lands on a working one.
    static func middle(of date: CivilDate) -> CivilDate {
        let fifteenth = CivilDate(year: date.year, month: date.month, day: 15)!
        return fifteenth.adding(days: -max(0, fifteenth.weekday - 5))
    }

    func make(_ range: Range<Int>, _ date: CivilDate, absolute: Bool = false, other: CivilDate? = nil) -> DateMatch {
        DateMatch(range: range, date: date, time: nil, isDeadline: false, isAbsolute: absolute, otherReading: other, text: "")
    }

    func resolve(_ relative: RelativeDay, _ d: CivilDate) -> CivilDate {
        switch relative {
        case .offset(let days): return d.adding(days: days)
        case .endOfWeek, .thisWeek:
            // Friday of D's week; on a weekend, the next week's Friday.
            let wd = d.weekday
            return wd <= 5 ? d.adding(days: 5 - wd) : d.adding(days: 12 - wd)
        case .endOfNextWeek:
            return d.adding(days: 5 - d.weekday + 7)
        case .nextWeek, .weekAfterThat:
            return d.adding(days: 8 - d.weekday)
        case .midNextWeek:
            return d.adding(days: 10 - d.weekday)
        case .midMonth: return d.day <= 15 ? Self.middle(of: d) : resolve(.midNextMonth, d)
        case .midNextMonth: return Self.middle(of: d.adding(months: 1))
        case .endOfMonth: return d.lastDayOfMonth
        case .endOfNextMonth: return d.adding(months: 1).lastDayOfMonth
        case .nextMonth:
            let next = d.adding(months: 1)
            return CivilDate(year: next.year, month: next.month, day: 1)!
        case .endOfQuarter: return d.lastDayOfQuarter
        case .endOfYear: return CivilDate(year: d.year, month: 12, day: 31)!
        }
    }

    func parseWeekday(_ sentence: SentenceView, at index: Int, context: RuleContext, past: LazyFlag) -> DateMatch? {
        let tokens = sentence.tokens
        let lexicon = context.lexicon
        let d = context.referenceDate
        var position = index
        enum Modifier { case none, next, last, this }
        var modifier = Modifier.none
        if lexicon.nextWords.contains(tokens[position].key) || sentence.isWord(position, .thisWord)
            || lexicon.lastWords.contains(tokens[position].key)
        {
            let key = tokens[position].key
            var after = position + 1
            // "к след. среде": an abbreviated modifier keeps its dot.
            if after < tokens.count, tokens[after].key == ".", !tokens[after].spaceBefore, lexicon.inlineAbbreviations.contains(key) { after += 1 }
            guard after < tokens.count, lexicon.weekdays[tokens[after].key] != nil else { return nil }
            modifier = lexicon.nextWords.contains(key) ? .next : lexicon.lastWords.contains(key) ? .last : .this
            position = after
        }
        guard let weekday = lexicon.weekdays[tokens[position].key] else { return nil }
        // "sat", "sun", "wed", "mar" are words too: only as a weekday when capitalized or after a date word.
        let key = tokens[position].key
        if sentence.isWord(position, .ambiguousWeekday), modifier == .none {
            let afterPreposition = position > 0 && (tokens[position - 1].key == "," || sentence.isWord(position - 1, .weekdayPreposition))
            // "PR up thu am", "refund test - thu eod": a part of the day after it; a day said relatively only with no pronoun
            // or article before ("we sat today", "the sun this morning").
            let beforePartOfDay = partOfDay(sentence, at: position + 1, context: context).map { part in
                !part.relative || position == 0 || !lexicon.stopWords.contains(tokens[position - 1].key)
            } ?? false
            if !(sentence.isCapitalized(position) && key.count == 3) && !afterPreposition && !beforePartOfDay { return nil }
        }
        var end = position + 1
        // "Sunday-school", "Friday-night drinks": a weekday inside a compound is no date.
        if end + 1 < tokens.count, tokens[end].key == "-", !tokens[end].spaceBefore, !tokens[end + 1].spaceBefore, tokens[end + 1].kind == .word {
            return nil
        }
        if position > 1, tokens[position - 1].key == "-", !tokens[position].spaceBefore, !tokens[position - 1].spaceBefore, tokens[position - 2].kind == .word {
            return nil
        }
        if end < tokens.count, let length = context.compiled.nextWordsAfter.match(tokens, at: end)?.length {
            // "el jueves que viene", "vendredi prochain".
            modifier = .next
            end += length
        } else if end < tokens.count, lexicon.lastWordsAfter.contains(tokens[end].key) {
            modifier = .last
            end += 1
        }
        var date: CivilDate
        let wd = d.weekday
        // "Monday next week", "Friday this week", "Sunday of next week"
        var weekStart = end
        if weekStart + 1 < tokens.count, sentence.isWord(weekStart, .weekOf) { weekStart += 1 }
        if weekStart + 1 < tokens.count, let relative = context.compiled.relativeDays.match(tokens, at: weekStart),
            relative.value == .nextWeek || relative.value == .endOfWeek
        {
            let monday = d.adding(days: 1 - wd)
            date = relative.value == .nextWeek ? monday.adding(days: 7 + weekday - 1) : monday.adding(days: weekday - 1)
            return make(index..<(weekStart + relative.length), date)
        }
        switch modifier {
        case .next where lexicon.nextWeekdayMeaning == .followingWeek:
            date = d.adding(days: 1 - wd + 7 + weekday - 1)
        case .last:
            date = d.adding(days: -(((wd - weekday) + 7) % 7 == 0 ? 7 : ((wd - weekday) + 7) % 7))
        case .none where past.value && !hasDeadlineWordBefore(tokens, index, context.compiled):
            date = d.adding(days: -(((wd - weekday) + 7) % 7 == 0 ? 7 : ((wd - weekday) + 7) % 7))
        default:
            let ahead = ((weekday - wd) + 7) % 7
            date = d.adding(days: ahead == 0 ? 7 : ahead)
        }
        return make(index..<end, date)
    }

    /// "am", "pm", "morning", "eod", "end of day" said right after a day: a part of that day, how many tokens, and
    /// whether it is a day said relatively ("eod" is "today" too).
    func partOfDay(_ sentence: SentenceView, at index: Int, context: RuleContext) -> (length: Int, relative: Bool)? {
        guard index < sentence.tokens.count else { return nil }
        if TimeOfDayGrammar.meridiemOf(sentence.tokens[index].key, context.lexicon) != nil
            || TimeOfDayGrammar.dayPart(sentence, at: index, context.lexicon) != nil
        {
            return (1, false)
        }
        guard let relative = context.compiled.relativeDays.match(sentence.tokens, at: index), relative.value == .offset(0) else { return nil }
        return (relative.length, true)
    }

    func parseMonthDay(_ sentence: SentenceView, at index: Int, context: RuleContext) -> DateMatch? {
        let tokens = sentence.tokens
        let lexicon = context.lexicon
        // Month first: "Dec 5", "December 5th", "Dec. 5, 2026"
        if let month = lexicon.months[tokens[index].key] {
            var next = index + 1
            if next < tokens.count, tokens[next].key == "." { next += 1 }
            // "May eighth": a day in words only after a capitalised month ("we may first need" is no date).
            let spelled = next < tokens.count && sentence.isCapitalized(index) ? dayWord(tokens, at: next, lexicon) : nil
            guard next < tokens.count, let (day, length) = dayNumber(tokens, at: next, lexicon, context.compiled) ?? spelled else { return nil }
            var end = next + length
            var year: Int?
            if end < tokens.count, sentence.isWord(end, .ofWord), end + 1 < tokens.count, let y = yearNumber(tokens[end + 1]) {
                // "July 4th of 1995"
                year = y
                end += 2
            } else if end + 1 < tokens.count, tokens[end].key == ",",
                let y = yearNumber(tokens[end + 1]) ?? shortYear(tokens, at: end + 1, near: context.referenceDate)
            {
                year = y
                end += 2
            } else if end < tokens.count, let y = yearNumber(tokens[end]), !tokens[end].key.contains(":") {
                year = y
                end += 1
            }
            // "May" is also a verb: only a month with a day right after it (done above).
            return dated(index..<end, day: day, month: month, year: year, context: context)
        }
        // Day first: "5 December", "5th of December", "5 декабря 2026", "twenty-fourth of May"
        let cardinal = lexicon.cardinalDays ? lexicon.numberWords[tokens[index].key].flatMap { (1...31).contains($0) ? ($0, 1) : nil } : nil
        if let (day, length) = dayNumber(tokens, at: index, lexicon, context.compiled) ?? dayWord(tokens, at: index, lexicon) ?? cardinal {
            var next = index + length
            if next < tokens.count, context.compiled.isWord(tokens[next].key, .ofWord) { next += 1 }
            // "31-dic-1994", "23/Sep/2020": the month between separators.
            var separator: String?
            if next + 1 < tokens.count, tokens[next].key == "-" || tokens[next].key == "/", !tokens[next].spaceBefore,
                !tokens[next + 1].spaceBefore, lexicon.months[tokens[next + 1].key] != nil
            {
                separator = tokens[next].key
                next += 1
            }
            // "3. Dezember", "15. Dezember": the ordinal dot German writes after the day.
            if next + 1 < tokens.count, tokens[next].key == ".", !tokens[next].spaceBefore, lexicon.months[tokens[next + 1].key] != nil {
                next += 1
            }
            guard next < tokens.count, let month = lexicon.months[tokens[next].key] else { return nil }
            var end = next + 1
            if end < tokens.count, tokens[end].key == "." { end += 1 }
            var year: Int?
            if let separator, end + 1 < tokens.count, tokens[end].key == separator, !tokens[end].spaceBefore,
                let y = yearNumber(tokens[end + 1]) ?? shortYear(tokens, at: end + 1, near: context.referenceDate)
            {
                year = y
                end += 2
            } else if end < tokens.count, let y = yearNumber(tokens[end]) ?? shortYear(tokens, at: end, near: context.referenceDate) {
                year = y
                end += 1
                // "17 декабря 2026 г. в 15:00": the abbreviation's dot belongs to it, so the time after it is the date's.
                if end < tokens.count, sentence.isWord(end, .yearWord) {
                    end += 1
                    if end < tokens.count, tokens[end].key == ".", !tokens[end].spaceBefore { end += 1 }
                }
            } else if end + 1 < tokens.count, tokens[end].key == "," || sentence.isWord(end, .ofWord) || lexicon.inWords.contains(tokens[end].key),
                let y = yearNumber(tokens[end + 1])
            {
                // "12 de enero de 2016", "5 December, 2026", "28 June in 2027"
                year = y
                end += 2
            }
            return dated(index..<end, day: day, month: month, year: year, context: context)
        }
        return nil
    }

    func dated(_ range: Range<Int>, day: Int, month: Int, year: Int?, context: RuleContext) -> DateMatch? {
        if let year {
            guard let date = CivilDate(year: year, month: month, day: day) else { return nil }
            return make(range, date, absolute: true)
        }
        guard let date = nearest(day: day, month: month, to: context.referenceDate) else { return nil }
        return make(range, date, absolute: true)
    }

    /// The occurrence of day-month nearest to `d`, within half a year either way.
    func nearest(day: Int, month: Int, to d: CivilDate) -> CivilDate? {
        nearest(to: d) { CivilDate(year: $0, month: month, day: day) }
    }

    /// Of a yearly day (`inYear` gives it for a year), the occurrence nearest to `d`: last year's, this
    /// year's or next year's; the earlier one on a tie.
    func nearest(to d: CivilDate, _ inYear: (Int) -> CivilDate?) -> CivilDate? {
        let candidates = ((d.year - 1)...(d.year + 1)).compactMap(inYear)
        return candidates.min { abs($0.daysSinceEpoch - d.daysSinceEpoch) < abs($1.daysSinceEpoch - d.daysSinceEpoch) }
    }
}
