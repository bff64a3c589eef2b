import FollowupText

/// Clock times said in words: "half past nine", "a quarter to seven", "twenty minutes past five",
/// "20 min past eight", "five-thirty". The words are the lexicon's (`clockFractions`,
/// `minutesPastWords`, `minutesToWords`, `numberWords`).
extension TimeOfDayGrammar {
    static func spokenClock(_ sentence: SentenceView, at index: Int, compiled: CompiledLexicon) -> Reading? {
        minutesAroundHour(sentence, at: index, compiled: compiled) ?? hourThenMinuteWords(sentence, at: index, compiled: compiled)
            ?? hourJoinedToMinutes(sentence, at: index, compiled: compiled) ?? halfBeforeHour(sentence, at: index, compiled: compiled)
    }

    /// "um halb acht", "gegen halb 8": half an hour before the hour named (7:30), after an at-word or before a part of day.
    private static func halfBeforeHour(_ sentence: SentenceView, at index: Int, compiled: CompiledLexicon) -> Reading? {
        let tokens = sentence.tokens
        let lexicon = compiled.lexicon
        guard lexicon.halfBeforeHourWords.contains(tokens[index].key), index + 1 < tokens.count, let hour = hourWord(tokens[index + 1], lexicon)
        else { return nil }
        return clockInWords(sentence, at: index, hour: hour == 1 ? 12 : hour - 1, minute: 30, end: index + 2, compiled: compiled)
    }

    /// "las ocho y diez", "a las siete menos cuarto", "huit heures et demie", "neuf heures moins le quart": an hour,
    /// then minutes after a joiner (`hourMinuteJoiners`) or before a to-word, in words or as a fraction. A time only
    /// after an at-word, with an hour marker, or before a meridiem or a part of day ("dos y tres" may be a count).
    private static func hourJoinedToMinutes(_ sentence: SentenceView, at index: Int, compiled: CompiledLexicon) -> Reading? {
        let tokens = sentence.tokens
        let lexicon = compiled.lexicon
        guard !lexicon.hourMinuteJoiners.isEmpty else { return nil }
        let said = lexicon.numberWords[tokens[index].key] ?? (tokens[index].kind == .number ? Int(tokens[index].key) : nil)
        guard let said, (1...23).contains(said) else { return nil }
        var next = index + 1
        let marked = next < tokens.count && lexicon.hourMarkers.contains(tokens[next].key)
        if marked { next += 1 }
        guard next + 1 < tokens.count else { return nil }
        let back = lexicon.minutesToWords.contains(tokens[next].key)
        guard back || lexicon.hourMinuteJoiners.contains(tokens[next].key) else { return nil }
        next += 1
        if next + 1 < tokens.count, lexicon.stopWords.contains(tokens[next].key), lexicon.clockFractions[tokens[next + 1].key] != nil { next += 1 }
        var minutes: Int
        if let fraction = lexicon.clockFractions[tokens[next].key] {
            minutes = fraction
        } else if let number = lexicon.numberWords[tokens[next].key], (1...59).contains(number) {
            minutes = number
        } else {
            return nil
        }
        next += 1
        if next < tokens.count, lexicon.durationUnits[tokens[next].key] == .seconds(60) { next += 1 }
        if said > 12 {
            guard marked || afterAtWord(sentence, index, lexicon) else { return nil }
            let total = said * 60 + (back ? -minutes : minutes)
            return TimeOfDay(hour: total / 60, minute: total % 60).map { Reading(time: $0, end: next) }
        }
        let total = (said * 60 + (back ? -minutes : minutes) + 12 * 60) % (12 * 60)
        return clockInWords(sentence, at: index, hour: total / 60 == 0 ? 12 : total / 60, minute: total % 60, end: next, compiled: compiled,
                            marked: marked)
    }

    /// "quarter past 3", "ten past six", "20 minutes to 5": minutes counted from or to an hour. A
    /// count is minutes only in words before a past-word ("ten past six"), or with a minute unit.
    private static func minutesAroundHour(_ sentence: SentenceView, at index: Int, compiled: CompiledLexicon) -> Reading? {
        let tokens = sentence.tokens
        let lexicon = compiled.lexicon
        let key = tokens[index].key
        var minutes: Int
        var counted = false
        if let fraction = lexicon.clockFractions[key] {
            minutes = fraction
        } else if let number = lexicon.numberWords[key] ?? (tokens[index].kind == .number ? Int(key) : nil), (1...59).contains(number) {
            minutes = number
            counted = true
        } else {
            return nil
        }
        var next = index + 1
        // "twenty five past", "twenty-five to"
        if counted, minutes >= 20, minutes % 10 == 0, next < tokens.count {
            let unitAt = tokens[next].key == "-" && !tokens[next].spaceBefore ? next + 1 : next
            if unitAt < tokens.count, let unit = lexicon.numberWords[tokens[unitAt].key], (1...9).contains(unit) {
                minutes += unit
                next = unitAt + 1
            }
        }
        var withUnit = false
        if next < tokens.count, lexicon.durationUnits[tokens[next].key] == .seconds(60) {
            withUnit = true
            next += 1
        }
        guard next + 1 < tokens.count else { return nil }
        let past = lexicon.minutesPastWords.contains(tokens[next].key)
        guard past || lexicon.minutesToWords.contains(tokens[next].key) else { return nil }
        // "from 2 to 4", "5 after 6": a count without a unit is minutes only in words, before a past-word ("ten past six").
        if counted, !withUnit, !past || tokens[index].kind == .number { return nil }
        guard let hour = hourWord(tokens[next + 1], lexicon) else { return nil }
        let total = (hour * 60 + (past ? minutes : -minutes) + 12 * 60) % (12 * 60)
        return settled(sentence, hour: total / 60 == 0 ? 12 : total / 60, minute: total % 60, end: next + 2, compiled: compiled)
    }

    /// "five-thirty", "seven forty-five": a spelled hour and spelled minutes, a time only after an
    /// at-word or before a meridiem or a part of day. A 24-hour clock after an at-word is exact: "в шестнадцать
    /// тридцать" (16:30), "в шестнадцать ноль-ноль" (16:00, its minutes two zeros).
    private static func hourThenMinuteWords(_ sentence: SentenceView, at index: Int, compiled: CompiledLexicon) -> Reading? {
        let tokens = sentence.tokens
        let lexicon = compiled.lexicon
        guard let hour = lexicon.numberWords[tokens[index].key], (1...23).contains(hour) else { return nil }
        let fullDay = hour > 12
        if fullDay, !afterAtWord(sentence, index, lexicon) { return nil }
        var next = index + 1
        if next < tokens.count, tokens[next].key == "-", !tokens[next].spaceBefore { next += 1 }
        guard next < tokens.count, var minute = lexicon.numberWords[tokens[next].key], (10...59).contains(minute) || fullDay && minute == 0
        else { return nil }
        next += 1
        if minute == 0 {
            if next < tokens.count, tokens[next].key == "-" { next += 1 }
            guard next < tokens.count, lexicon.numberWords[tokens[next].key] == 0 else { return nil }
            next += 1
        }
        if minute >= 20, minute % 10 == 0, next < tokens.count {
            let unitAt = tokens[next].key == "-" && !tokens[next].spaceBefore ? next + 1 : next
            if unitAt < tokens.count, let unit = lexicon.numberWords[tokens[unitAt].key], (1...9).contains(unit) {
                minute += unit
                next = unitAt + 1
            }
        }
        if fullDay { return TimeOfDay(hour: hour, minute: minute).map { Reading(time: $0, end: next) } }
        return clockInWords(sentence, at: index, hour: hour, minute: minute, end: next, compiled: compiled)
    }

    /// A clock said in words is a time only after an at-word ("at five-thirty", "a las ocho y diez"), with an hour marker,
    /// or when a meridiem or part of day settles it ("five-thirty in the morning"): else it may be a count.
    private static func clockInWords(_ sentence: SentenceView, at index: Int, hour: Int, minute: Int, end: Int, compiled: CompiledLexicon,
                             marked: Bool = false) -> Reading? {
        guard let reading = settled(sentence, hour: hour, minute: minute, end: end, compiled: compiled),
            marked || afterAtWord(sentence, index, compiled.lexicon) || reading.openHour == nil
        else { return nil }
        return reading
    }

    private static func afterAtWord(_ sentence: SentenceView, _ index: Int, _ lexicon: Lexicon) -> Bool {
        index > 0 && lexicon.atWords.contains(sentence.tokens[index - 1].key)
    }

    /// An hour in digits or words, 1–12.
    private static func hourWord(_ token: Token, _ lexicon: Lexicon) -> Int? {
        let hour = lexicon.numberWords[token.key] ?? (token.kind == .number ? Int(token.key) : nil)
        return hour.flatMap { (1...12).contains($0) ? $0 : nil }
    }

    /// The time with a meridiem or part of day said after it ("in the evening"), or with the hour
    /// left open for the date's part of day (and business hours: "ten to five" is 16:50).
    private static func settled(_ sentence: SentenceView, hour: Int, minute: Int, end: Int, compiled: CompiledLexicon) -> Reading? {
        let tokens = sentence.tokens
        let lexicon = compiled.lexicon
        var next = end
        while next < tokens.count, next - end < 2, sentence.isWord(next, .dayPartLeadIn) { next += 1 }
        if next < tokens.count, let said = meridiemOf(tokens[next].key, lexicon) ?? dayPart(sentence, at: next, lexicon) {
            var after = next + 1
            if after < tokens.count, tokens[after].key == "." { after += 1 }
            return TimeOfDay(hour: said.hour(hour), minute: minute).map { Reading(time: $0, end: after) }
        }
        return TimeOfDay(hour: (1...7).contains(hour) ? hour + 12 : hour, minute: minute).map { Reading(time: $0, end: end, openHour: hour) }
    }
}
