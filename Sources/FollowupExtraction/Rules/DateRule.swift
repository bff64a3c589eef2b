import FollowupText

/// A date (and maybe a time) the sentence names, resolved against the reference date.
struct DateMatch: Sendable {
    /// Token range, including a leading "by"/"on"/"до" that belongs to the expression.
    var range: Range<Int>
    var date: CivilDate
    var time: TimeOfDay?
    /// Preceded by a deadline word ("by", "until", "до", "к").
    var isDeadline: Bool
    /// Written out in full (a day and month, or a numeric date), as opposed to relative ("Friday").
    var isAbsolute: Bool
    /// The other reading of a numeric date like 03/04 when the locale does not settle it.
    var otherReading: CivilDate?
    var text: String
}

/// Finds date expressions: the contract's table, row by row.
///
/// Finds: today/tomorrow/EOD/EOW/EOM/EOQ and their phrases, weekdays with this/next/last/by/on,
/// "in N days/weeks/months", "within N business days", "the 15th", month-day in every order
/// ("Dec 5", "5 December", "December 5th", "5 декабря"), ISO, slashed and dotted numeric dates,
/// times ("3pm", "15:00", "noon", "9:30 am", "at 10", "в 10 утра") attached to a date before or
/// after them, and a time alone after a deadline word ("by 5pm" is today).
/// Ignores: month names without a day ("in December"), "May" as a verb, fractions ("1/2",
/// "24/7"), bare numbers.
struct DateRule {
    func matches(in sentence: SentenceView, context: RuleContext) -> [DateMatch] {
        let tokens = sentence.tokens
        let compiled = context.compiled
        // Only a weekday needs to know whether the sentence is about the past: work it out then.
        let past = LazyFlag { isPastSentence(sentence) }
        var result: [DateMatch] = []
        var index = 0
        while index < tokens.count {
            if !sentence.classes[index].contains(.dateStart) {
                index += 1
                continue
            }
            guard var core = parseCore(sentence, at: index, context: context, compiled: compiled, past: past) else {
                // A time first: "3pm Friday", "at 10 on Wednesday", "by 5pm".
                if let time = TimeParser.parse(sentence, at: index, lexicon: context.lexicon) {
                    var next = time.end
                    while next < tokens.count, tokens[next].key.isAny(of: [",", "on", "this", "в", "во", "-", "–"]) { next += 1 }
                    if next < tokens.count, var core = parseCore(sentence, at: next, context: context, compiled: compiled, past: past) {
                        core.time = core.time ?? time.time
                        core.range = index..<core.range.upperBound
                        result.append(finish(core, sentence: sentence, compiled: compiled, previousEnd: result.last?.range.upperBound ?? 0))
                        index = core.range.upperBound
                        continue
                    }
                    if hasDeadlineWordBefore(tokens, index, compiled) {
                        let match = DateMatch(range: index..<time.end, date: context.referenceDate, time: time.time,
                                              isDeadline: true, isAbsolute: false, otherReading: nil, text: "")
                        result.append(finish(match, sentence: sentence, compiled: compiled, previousEnd: result.last?.range.upperBound ?? 0))
                        index = time.end
                        continue
                    }
                    index = time.end
                    continue
                }
                index += 1
                continue
            }
            // "Wednesday Dec 2", "Friday, 27 November", "Monday Jan 4, 9am": one date, the explicit one wins.
            var next = core.range.upperBound
            while next < tokens.count, tokens[next].key.isAny(of: [",", "(", "the", "on", "в", "во"]) { next += 1 }
            if next < tokens.count, next > core.range.upperBound || !core.isAbsolute,
                let second = parseCore(sentence, at: next, context: context, compiled: compiled, past: past),
                second.isAbsolute != core.isAbsolute || second.isAbsolute || second.date == core.date
                    || core.date == context.referenceDate && second.date > core.date
            {
                // "end of day Thursday": the day named second is the day meant.
                let explicit = second.isAbsolute || core.date == context.referenceDate ? second : core
                core = DateMatch(range: core.range.lowerBound..<second.range.upperBound, date: explicit.date,
                                 time: second.time ?? core.time, isDeadline: core.isDeadline || second.isDeadline,
                                 isAbsolute: true, otherReading: explicit.otherReading, text: "")
                if second.range.upperBound < tokens.count, tokens[second.range.upperBound].key == ")" {
                    core.range = core.range.lowerBound..<(second.range.upperBound + 1)
                }
            }
            if core.time == nil, let time = timeAfter(sentence, core.range.upperBound, context.lexicon) {
                core.time = time.time
                core.range = core.range.lowerBound..<time.end
            }
            result.append(finish(core, sentence: sentence, compiled: compiled, previousEnd: result.last?.range.upperBound ?? 0))
            index = core.range.upperBound
        }
        return result
    }

    /// Extends the match back over "by", "on", "until", "до", "к" and sets its text.
    private func finish(_ match: DateMatch, sentence: SentenceView, compiled: CompiledLexicon, previousEnd: Int) -> DateMatch {
        var match = match
        let tokens = sentence.tokens
        var start = match.range.lowerBound
        var steps = 0
        while start > previousEnd, steps < 3 {
            let key = tokens[start - 1].key
            if compiled.deadlineWords.match(tokens, at: start - 1) != nil {
                match.isDeadline = true
                start -= 1
            } else if key.isAny(of: ["on", "the", "this", "at", "в", "во", "на", "of", "end", "no", "later", "than", "or"]),
                start - 1 >= previousEnd
            {
                start -= 1
            } else {
                // "no later than": a multi-word deadline phrase ending here.
                var found = false
                for length in 2...3 where start - length >= previousEnd {
                    if let phrase = compiled.deadlineWords.match(tokens, at: start - length), phrase.length == length {
                        match.isDeadline = true
                        start -= length
                        found = true
                        break
                    }
                }
                if !found { break }
            }
            steps += 1
        }
        // Keep only a leading deadline word or "on": not a stray "the".
        while start < match.range.lowerBound, tokens[start].key.isAny(of: ["the", "this", "at", "of"]) { start += 1 }
        match.range = start..<match.range.upperBound
        match.text = sentence.text(match.range)
        return match
    }

    private func hasDeadlineWordBefore(_ tokens: [Token], _ index: Int, _ compiled: CompiledLexicon) -> Bool {
        guard index > 0 else { return false }
        if compiled.deadlineWords.match(tokens, at: index - 1) != nil { return true }
        return index > 1 && compiled.deadlineWords.match(tokens, at: index - 2)?.length == 2
    }

    private func timeAfter(_ sentence: SentenceView, _ index: Int, _ lexicon: Lexicon) -> (time: TimeOfDay, end: Int)? {
        let tokens = sentence.tokens
        var next = index
        var skipped = 0
        // "next Thursday, 9:30", "in four weeks, same time, 10am": a few linking words may come first.
        while next < tokens.count, skipped < 4,
            tokens[next].key.isAny(of: [",", "at", "@", "by", "around", "from", "-", "–", "—", "before", "until", "в", "во", "к", "до", "с", "(", "starting",
             "same", "time", "slot", "usual"]) || lexicon.atWords.contains(tokens[next].key)
        {
            next += 1
            skipped += 1
        }
        guard next < tokens.count, let time = TimeParser.parse(sentence, at: next, lexicon: lexicon, allowBareHour: skipped > 0) else {
            return nil
        }
        return (time.time, time.end)
    }

    // MARK: Cores

    private func parseCore(
        _ sentence: SentenceView, at index: Int, context: RuleContext, compiled: CompiledLexicon, past: LazyFlag
    ) -> DateMatch? {
        let tokens = sentence.tokens
        let lexicon = context.lexicon
        let d = context.referenceDate

        if let relative = compiled.relativeDays.match(tokens, at: index) {
            return make(index..<(index + relative.length), resolve(relative.value, d))
        }
        if let weekday = parseWeekday(sentence, at: index, context: context, past: past) { return weekday }
        if let monthDay = parseMonthDay(sentence, at: index, context: context) { return monthDay }
        if let numeric = parseNumeric(sentence, at: index, context: context) { return numeric }
        if let duration = parseDuration(sentence, at: index, context: context) { return duration }
        // "the 15th", "15th", "15-го", "15 числа"
        if let (day, length) = ordinalDay(tokens, at: index, lexicon),
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

    private func make(_ range: Range<Int>, _ date: CivilDate, absolute: Bool = false, other: CivilDate? = nil) -> DateMatch {
        DateMatch(range: range, date: date, time: nil, isDeadline: false, isAbsolute: absolute, otherReading: other, text: "")
    }

    private func resolve(_ relative: RelativeDay, _ d: CivilDate) -> CivilDate {
        switch relative {
        case .offset(let days): return d.adding(days: days)
        case .endOfWeek, .thisWeek:
            // Friday of D's week; on a weekend, the next week's Friday.
            let wd = d.weekday
            return wd <= 5 ? d.adding(days: 5 - wd) : d.adding(days: 12 - wd)
        case .endOfNextWeek:
            return d.adding(days: 5 - d.weekday + 7)
        case .nextWeek:
            return d.adding(days: 8 - d.weekday)
        case .endOfMonth: return d.lastDayOfMonth
        case .endOfNextMonth: return d.adding(months: 1).lastDayOfMonth
        case .nextMonth:
            let next = d.adding(months: 1)
            return CivilDate(year: next.year, month: next.month, day: 1)!
        case .endOfQuarter: return d.lastDayOfQuarter
        case .endOfYear: return CivilDate(year: d.year, month: 12, day: 31)!
        }
    }

    private func parseWeekday(_ sentence: SentenceView, at index: Int, context: RuleContext, past: LazyFlag) -> DateMatch? {
        let tokens = sentence.tokens
        let lexicon = context.lexicon
        let d = context.referenceDate
        var position = index
        enum Modifier { case none, next, last, this }
        var modifier = Modifier.none
        if lexicon.nextWords.contains(tokens[position].key) || tokens[position].key.isAny(of: ["coming", "this"])
            || lexicon.lastWords.contains(tokens[position].key)
        {
            guard position + 1 < tokens.count, lexicon.weekdays[tokens[position + 1].key] != nil else { return nil }
            let key = tokens[position].key
            modifier = lexicon.nextWords.contains(key) ? .next : lexicon.lastWords.contains(key) ? .last : .this
            position += 1
        }
        guard let weekday = lexicon.weekdays[tokens[position].key] else { return nil }
        // "sat", "sun", "wed", "mar" are words too: only as a weekday when capitalized or after a date word.
        let key = tokens[position].key
        if key.isAny(of: ["sat", "sun", "wed", "thu", "ср", "вс", "пт", "пн", "вт", "чт", "сб"]), modifier == .none {
            let before = position > 0 ? tokens[position - 1].key : ""
            let prepositions: Set<String> = ["by", "on", "until", "till", "before", "due", "next", "this", "до", "к", "в", "во", ","]
            if !(sentence.isCapitalized(position) && key.count == 3) && !prepositions.contains(before) { return nil }
        }
        var end = position + 1
        // "Sunday-school", "Friday-night drinks": a weekday inside a compound is no date.
        if end + 1 < tokens.count, tokens[end].key == "-", !tokens[end].spaceBefore, !tokens[end + 1].spaceBefore, tokens[end + 1].kind == .word {
            return nil
        }
        if position > 1, tokens[position - 1].key == "-", !tokens[position].spaceBefore, !tokens[position - 1].spaceBefore, tokens[position - 2].kind == .word {
            return nil
        }
        if end < tokens.count, lexicon.nextWordsAfter.contains(tokens[end].key) {
            modifier = .next
            end += 1
        }
        var date: CivilDate
        let wd = d.weekday
        // "Monday next week", "Friday this week"
        if end + 1 < tokens.count, let relative = context.compiled.relativeDays.match(tokens, at: end),
            relative.value == .nextWeek || relative.value == .endOfWeek
        {
            let monday = d.adding(days: 1 - wd)
            date = relative.value == .nextWeek ? monday.adding(days: 7 + weekday - 1) : monday.adding(days: weekday - 1)
            return make(index..<(end + relative.length), date)
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

    private func parseMonthDay(_ sentence: SentenceView, at index: Int, context: RuleContext) -> DateMatch? {
        let tokens = sentence.tokens
        let lexicon = context.lexicon
        // Month first: "Dec 5", "December 5th", "Dec. 5, 2026"
        if let month = lexicon.months[tokens[index].key] {
            var next = index + 1
            if next < tokens.count, tokens[next].key == "." { next += 1 }
            guard next < tokens.count, let (day, length) = dayNumber(tokens, at: next, lexicon) else { return nil }
            var end = next + length
            var year: Int?
            if end + 1 < tokens.count, tokens[end].key == ",", let y = yearNumber(tokens[end + 1]) {
                year = y
                end += 2
            } else if end < tokens.count, let y = yearNumber(tokens[end]), !tokens[end].key.contains(":") {
                year = y
                end += 1
            }
            // "May" is also a verb: only a month with a day right after it (done above).
            return dated(index..<end, day: day, month: month, year: year, context: context)
        }
        // Day first: "5 December", "5th of December", "5 декабря 2026"
        if let (day, length) = dayNumber(tokens, at: index, lexicon) {
            var next = index + length
            if next < tokens.count, tokens[next].key == "of" { next += 1 }
            // "3. Dezember", "15. Dezember": the ordinal dot German writes after the day.
            if next + 1 < tokens.count, tokens[next].key == ".", !tokens[next].spaceBefore, lexicon.months[tokens[next + 1].key] != nil {
                next += 1
            }
            guard next < tokens.count, let month = lexicon.months[tokens[next].key] else { return nil }
            var end = next + 1
            if end < tokens.count, tokens[end].key == "." { end += 1 }
            var year: Int?
            if end < tokens.count, let y = yearNumber(tokens[end]) {
                year = y
                end += 1
                if end < tokens.count, tokens[end].key.isAny(of: ["г", "года", "г."]) { end += 1 }
            }
            return dated(index..<end, day: day, month: month, year: year, context: context)
        }
        return nil
    }

    private func dated(_ range: Range<Int>, day: Int, month: Int, year: Int?, context: RuleContext) -> DateMatch? {
        if let year {
            guard let date = CivilDate(year: year, month: month, day: day) else { return nil }
            return make(range, date, absolute: true)
        }
        guard let date = nearest(day: day, month: month, to: context.referenceDate) else { return nil }
        return make(range, date, absolute: true)
    }

    /// The occurrence of day-month nearest to `d`, within half a year either way.
    func nearest(day: Int, month: Int, to d: CivilDate) -> CivilDate? {
        var best: CivilDate?
        for year in (d.year - 1)...(d.year + 1) {
            guard let candidate = CivilDate(year: year, month: month, day: day) else { continue }
            if best == nil || abs(candidate.daysSinceEpoch - d.daysSinceEpoch) < abs(best!.daysSinceEpoch - d.daysSinceEpoch) {
                best = candidate
            }
        }
        return best
    }

    private func parseNumeric(_ sentence: SentenceView, at index: Int, context: RuleContext) -> DateMatch? {
        let tokens = sentence.tokens
        let token = tokens[index]
        guard token.kind == .number else { return nil }
        let key = token.key
        // ISO 2026-12-05
        if key.count == 4, let year = Int(key), index + 4 < tokens.count, tokens[index + 1].key == "-", tokens[index + 3].key == "-",
            let month = Int(tokens[index + 2].key), let day = Int(tokens[index + 4].key), tokens[index + 2].key.count <= 2
        {
            guard let date = CivilDate(year: year, month: month, day: day) else { return nil }
            return make(index..<(index + 5), date, absolute: true)
        }
        // Dotted 23.11.2026 or 5.12 (one ICU token)
        if key.contains(".") {
            let parts = key.split(separator: ".", omittingEmptySubsequences: false)
            if parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]), var year = Int(parts[2]), parts[2].count == 4 || parts[2].count == 2 {
                if year < 100 { year += 2000 }
                guard let date = CivilDate(year: year, month: month, day: day) else { return nil }
                return make(index..<(index + 1), date, absolute: true)
            }
            if parts.count == 2, context.lexicon.dayFirst, parts[1].count == 2, let day = Int(parts[0]), let month = Int(parts[1]),
                index > 0, context.compiled.deadlineWords.match(tokens, at: index - 1) != nil
                    || tokens[index - 1].key.isAny(of: ["с", "на", "в", "on"]),
                let date = nearest(day: day, month: month, to: context.referenceDate)
            {
                var end = index + 1
                if end < tokens.count, tokens[end].key == ".", !tokens[end].spaceBefore { end += 1 }
                return make(index..<end, date, absolute: true)
            }
            return nil
        }
        // Slashed 12/5, 12/5/2026, 03/04/26
        guard index + 2 < tokens.count, tokens[index + 1].key == "/", !tokens[index + 1].spaceBefore, !tokens[index + 2].spaceBefore,
            let a = Int(key), let b = Int(tokens[index + 2].key), key.count <= 2, tokens[index + 2].key.count <= 2
        else { return nil }
        var end = index + 3
        var year: Int?
        if end + 1 < tokens.count, tokens[end].key == "/", !tokens[end].spaceBefore, let y = Int(tokens[end + 1].key),
            tokens[end + 1].key.count == 4 || tokens[end + 1].key.count == 2
        {
            year = y < 100 ? 2000 + y : y
            end += 2
        }
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
            let other = us == eu || monthFirst.settled ? nil : (monthFirst.first ? eu : us)
            return make(index..<end, chosen, absolute: true, other: other)
        }
    }

    /// Month first (en-US) or day first, and whether the locale settles it.
    private func monthFirstReading(_ context: RuleContext) -> (first: Bool, settled: Bool) {
        if let locale = context.locale?.lowercased().replacing("_", with: "-") {
            if locale == "en-us" || locale.hasSuffix("-us") || locale == "en-ph" || locale == "en-ca" { return (true, true) }
            if locale.contains("-") || locale.count == 2 && locale != "en" { return (false, true) }
        }
        return (!context.lexicon.dayFirst, false)
    }

    private func parseDuration(_ sentence: SentenceView, at index: Int, context: RuleContext) -> DateMatch? {
        let tokens = sentence.tokens
        let lexicon = context.lexicon
        let d = context.referenceDate
        var position = index
        let key = tokens[position].key
        let within = lexicon.withinWords.contains(key)
        guard lexicon.inWords.contains(key) || within else { return nil }
        position += 1
        // "within the next 3 days", "in the next two weeks"
        while position < tokens.count, tokens[position].key.isAny(of: ["the", "next", "following", "of"]) { position += 1 }
        guard position < tokens.count else { return nil }
        var count = 1
        var sawCount = false
        if let n = Int(tokens[position].key), tokens[position].kind == .number, n > 0, n < 400 {
            count = n
            sawCount = true
            position += 1
        } else if let n = lexicon.numberWords[tokens[position].key] {
            count = n
            sawCount = true
            position += 1
            if position < tokens.count, tokens[position].key == "of" { position += 1 }  // "a couple of weeks"
        }
        guard position < tokens.count else { return nil }
        var business = false
        if lexicon.businessWords.contains(tokens[position].key) {
            business = true
            position += 1
        }
        guard position < tokens.count, let unit = lexicon.durationUnits[tokens[position].key] else { return nil }
        // "in days" without a number is vague; a singular unit ("in a week", "через неделю") is one.
        if !sawCount, tokens[position].key.hasSuffix("s") && lexicon.code == "en" { return nil }
        var end = position + 1
        if end < tokens.count, tokens[end].key.isAny(of: ["'", "’"]) { end += 1 }
        if end < tokens.count, tokens[end].key == "time" { end += 1 }
        let date: CivilDate
        switch unit {
        case .days(let per) where business && per == 1:
            var day = d
            var left = count
            while left > 0 {
                day = day.adding(days: 1)
                if day.weekday <= 5 { left -= 1 }
            }
            date = day
        case .days(let per): date = d.adding(days: per * count)
        case .months(let per): date = d.adding(months: per * count)
        }
        // "within" starts the expression: include it ("within 3 business days"); Russian "в течение" too.
        var start = index
        if within, index > 0, tokens[index - 1].key.isAny(of: ["в", "в пределах"]) { start = index - 1 }
        return make(start..<end, date)
    }

    // MARK: Numbers

    /// A day of month: "5", "05", "5th", "15-го".
    private func dayNumber(_ tokens: [Token], at index: Int, _ lexicon: Lexicon) -> (Int, Int)? {
        if let ordinal = ordinalDay(tokens, at: index, lexicon) { return ordinal }
        let token = tokens[index]
        guard token.kind == .number, token.key.count <= 2, let day = Int(token.key), (1...31).contains(day) else { return nil }
        return (day, 1)
    }

    /// "15th", "1st", "15-го", "15 числа": a day written as an ordinal.
    private func ordinalDay(_ tokens: [Token], at index: Int, _ lexicon: Lexicon) -> (Int, Int)? {
        let key = tokens[index].key
        let digits = key.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= 2, let day = Int(digits), (1...31).contains(day) else { return nil }
        let suffix = String(key.dropFirst(digits.count))
        if !suffix.isEmpty { return lexicon.ordinalSuffixes.contains(suffix) ? (day, 1) : nil }
        if index + 2 < tokens.count, tokens[index + 1].key == "-", lexicon.ordinalSuffixes.contains(tokens[index + 2].key) {
            return (day, 3)
        }
        if index + 1 < tokens.count, tokens[index + 1].key == "числа" { return (day, 2) }
        return nil
    }

    private func yearNumber(_ token: Token) -> Int? {
        guard token.kind == .number, token.key.count == 4, let year = Int(token.key), (1990...2100).contains(year) else { return nil }
        return year
    }

    /// About the past: a past-tense marker and nothing that points forward.
    private func isPastSentence(_ sentence: SentenceView) -> Bool {
        var past = false
        for (index, token) in sentence.tokens.enumerated() {
            if sentence.word(index, in: .pastMarker) { past = true }
            if sentence.word(index, in: [.commitmentMarker, .deadlineWord, .nextWord, .firstPersonFutureVerb, .thirdPersonFutureVerb])
                || token.key.utf8.last == UInt8(ascii: "l") && token.key.hasSuffix("'ll") || token.key == "going"
            {
                return false
            }
        }
        return past
    }
}

/// A flag computed on first use.
final class LazyFlag {
    private let compute: () -> Bool
    private(set) lazy var value: Bool = compute()
    init(_ compute: @escaping () -> Bool) { self.compute = compute }
}
