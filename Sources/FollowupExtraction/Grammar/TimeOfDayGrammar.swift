import FollowupText

/// Times of day: "3pm", "3 pm", "15:00", "9:30 am", "9:30am", "noon", "at 10", "в 10 утра",
/// with an optional range end ("10-11am", "10:00–11:00") that is consumed and dropped.
///
/// Not a rule: `DateRule` reads times through it, before and after a date.
enum TimeOfDayGrammar {
    /// What settles a 12-hour clock: "am"/"morning", "pm"/"evening", or "night" (11 at night is
    /// 23:00, 2 or 5 at night is 02:00 or 05:00: "um 5 Uhr in der Nacht").
    enum Meridiem {
        case am, pm, night

        func hour(_ hour: Int) -> Int {
            switch self {
            case .am: hour == 12 ? 0 : hour
            case .pm: hour < 12 ? hour + 12 : hour
            case .night: hour == 12 ? 0 : hour < 6 ? hour : hour + 12
            }
        }
    }

    /// A time as read: `openHour` is the hour as said (1–12) when nothing settled morning or
    /// evening ("at 7", "7:00"), so a part of day elsewhere in the date may still settle it.
    struct Reading {
        var time: TimeOfDay
        var end: Int
        var openHour: Int? = nil
        /// Said as a word ("noon", "midnight", "полночь"), not as digits.
        var isNamed = false
    }

    /// - Parameter allowBareHour: accept "10" alone (after "at", "в").
    /// - Parameter afterDate: the hour follows a date and an at-word ("Friday at four once the refs are in"): a spelled
    ///   hour is a time whatever word follows it.
    static func parse(
        _ sentence: SentenceView, at index: Int, compiled: CompiledLexicon, allowBareHour: Bool = false, afterDate: Bool = false
    ) -> Reading? {
        let tokens = sentence.tokens
        let lexicon = compiled.lexicon
        guard index < tokens.count else { return nil }
        // "noonish", "11ish": the approximate ending says nothing more than the time.
        var key = tokens[index].key
        var approximate = false
        if let suffix = lexicon.approximateSuffixes.first(where: { key.count > $0.count && key.hasSuffix($0) }) {
            key = String(key.dropLast(suffix.count))
            approximate = true
        }
        if let named = lexicon.namedTimes[key], let time = TimeOfDay(hour: named.hour, minute: named.minute) {
            return Reading(time: time, end: index + 1, isNamed: true)
        }
        if let spoken = spokenClock(sentence, at: index, compiled: compiled) { return spoken }
        // "ten a.m.", "four pm", "ten o'clock": a spelled hour needs its meridiem.
        if let spelled = lexicon.numberWords[key], (1...12).contains(spelled), !sentence.isWord(index, .indefiniteArticle), index + 1 < tokens.count {
            let next = tokens[index + 1].key
            var hour = spelled
            if let m = meridiemOf(next, lexicon) {
                var end = index + 2
                if end < tokens.count, tokens[end].key == "." { end += 1 }
                return TimeOfDay(hour: m.hour(hour), minute: 0).map { Reading(time: $0, end: end) }
            }
            if sentence.isWord(index + 1, .oClock) {
                if (1...7).contains(hour) { hour += 12 }
                return TimeOfDay(hour: hour, minute: 0).map { Reading(time: $0, end: index + 2, openHour: spelled) }
            }
        }
        // "neun Uhr", "dix heures du soir", "vingt heures": a spelled hour with the hour marker, read as "9 Uhr", "20 heures";
        // "dix-sept heures", "vingt-deux heures": tens and a unit joined by a hyphen are one hour.
        let compound = spelledNumber(tokens, at: index, key: key, lexicon)
        let marker = compound?.end ?? index + 1
        if let spelled = compound?.value, (0...23).contains(spelled), !sentence.isWord(index, .indefiniteArticle),
            marker < tokens.count, lexicon.hourMarkers.contains(tokens[marker].key)
        {
            var hour = spelled
            var end = marker + 1
            // "neuf heures trente", "neun Uhr dreißig": minutes in words after the marker.
            let minutes = spelledMinutes(sentence, at: end, lexicon)
            if let minutes { end = minutes.end }
            var next = end
            while next < tokens.count, next - end < 2, sentence.isWord(next, .dayPartLeadIn) { next += 1 }
            if (1...12).contains(hour), next < tokens.count, let part = meridiemOf(tokens[next].key, lexicon) ?? dayPart(sentence, at: next, lexicon) {
                hour = part.hour(hour)
                end = next + 1
            }
            return TimeOfDay(hour: hour, minute: minutes?.minute ?? 0).map { Reading(time: $0, end: end) }
        }
        // "at ten", "в десять", "um zehn": after an at-word a spelled hour is a time, like "at 10"; "a las dos de la
        // tarde": with its part of day after lead-in words.
        let partAfterSpelled = allowBareHour && lexicon.dayPartAfterHour && lexicon.numberWords[key] != nil
            ? dayPartAfterLeadIns(sentence, from: index + 1, lexicon) : nil
        if allowBareHour, let spelled = lexicon.numberWords[key], (1...12).contains(spelled), !sentence.isWord(index, .indefiniteArticle),
            afterDate || index + 1 >= tokens.count || tokens[index + 1].kind != .word || meridiemOf(tokens[index + 1].key, lexicon) != nil
                || dayPart(sentence, at: index + 1, lexicon) != nil || partAfterSpelled != nil
        {
            var hour = spelled
            var end = index + 1
            var open: Int?
            if end < tokens.count, let m = meridiemOf(tokens[end].key, lexicon) ?? dayPart(sentence, at: end, lexicon) {
                hour = m.hour(hour)
                end += 1
            } else if let part = partAfterSpelled {
                hour = part.meridiem.hour(hour)
                end = part.end
            } else {
                open = hour
                if (1...7).contains(hour) { hour += 12 }  // "at four" in business talk is 16:00
            }
            return TimeOfDay(hour: hour, minute: 0).map { Reading(time: $0, end: end, openHour: open) }
        }
        let digits = key.prefix(while: { $0.isASCII && $0.isNumber })
        // "1140 a.m.", "0930am": four digits are an hour and minutes only with a meridiem after them.
        if (3...4).contains(digits.count), let number = Int(digits) {
            let suffix = String(key.dropFirst(digits.count))
            let said = suffix.isEmpty ? (index + 1 < tokens.count ? meridiemWord(tokens[index + 1].key, lexicon) : nil) : meridiemOf(suffix, lexicon)
            guard let said, (1...12).contains(number / 100), let time = TimeOfDay(hour: said.hour(number / 100), minute: number % 100) else { return nil }
            return Reading(time: time, end: suffix.isEmpty ? index + 2 : index + 1)
        }
        guard !digits.isEmpty, digits.count <= 2, var hour = Int(digits) else {
            // "at 10" handled only with a number; "в 10 утра" likewise.
            return nil
        }
        var minute = 0
        var end: Int
        var meridiem: Meridiem?
        var explicit = approximate
        let suffix = String(key.dropFirst(digits.count))
        if !suffix.isEmpty, let marker = lexicon.hourMarkers.first(where: { suffix.hasPrefix($0) }) {
            // "15h", "15h30", "9h45": the hour marker of 24-hour French and Spanish times.
            let rest = suffix.dropFirst(marker.count)
            guard rest.isEmpty || rest.count == 2 && rest.allSatisfy({ $0.isASCII && $0.isNumber }), let m = Int(rest.isEmpty ? "0" : rest) else { return nil }
            minute = m
            explicit = true
            end = index + 1
        } else if suffix.hasPrefix("."), suffix.count >= 3, suffix.dropFirst().prefix(2).allSatisfy({ $0.isASCII && $0.isNumber }),
            let m = Int(suffix.dropFirst().prefix(2))
        {
            // "8.30pm", "8.30 pm", "um 9.30 Uhr", "в 9.30": one token; a decimal ("1.50") is not a time.
            let rest = String(suffix.dropFirst(3))
            if !rest.isEmpty {
                guard let said = meridiemOf(rest, lexicon) else { return nil }
                meridiem = said
            } else {
                let next = index + 1 < tokens.count ? tokens[index + 1].key : ""
                // "at 1.50 each" is a price where decimals take a point.
                guard allowBareHour && lexicon.decimalComma || meridiemWord(next, lexicon) != nil || lexicon.hourMarkers.contains(next)
                else { return nil }
            }
            minute = m
            explicit = true
            end = index + 1
            if lexicon.hourMarkers.contains(index + 1 < tokens.count ? tokens[index + 1].key : "") { end += 1 }
        } else if !suffix.isEmpty {
            // "3pm", "10am", "3p"
            guard let m = meridiemOf(suffix, lexicon) else { return nil }
            meridiem = m
            explicit = true
            end = index + 1
        } else if index + 1 < tokens.count, lexicon.hourMarkers.contains(tokens[index + 1].key) {
            // "15 h", "15 h 30", "16 heures"
            explicit = true
            end = index + 2
            if end < tokens.count, tokens[end].kind == .number, tokens[end].key.count == 2, let m = Int(tokens[end].key) {
                minute = m
                end += 1
            } else if let spelled = spelledMinutes(sentence, at: end, lexicon) {
                minute = spelled.minute  // "16 heures trente"
                end = spelled.end
            }
        } else if index + 2 < tokens.count, tokens[index + 1].key == ":" || tokens[index + 1].key == ".",
            !tokens[index + 1].spaceBefore, !tokens[index + 2].spaceBefore
        {
            let next = tokens[index + 2].key
            let minuteDigits = next.prefix(while: { $0.isASCII && $0.isNumber })
            guard minuteDigits.count == 2, let m = Int(minuteDigits) else { return nil }
            end = index + 3
            var rest = String(next.dropFirst(2))
            // "20:32:13", "7:56:30 pm": seconds are read and dropped.
            if rest.isEmpty, tokens[index + 1].key == ":", end + 1 < tokens.count, tokens[end].key == ":", !tokens[end].spaceBefore,
                !tokens[end + 1].spaceBefore, tokens[end + 1].key.prefix(2).allSatisfy({ $0.isASCII && $0.isNumber }), tokens[end + 1].key.count >= 2,
                !tokens[end + 1].key.dropFirst(2).contains(where: { $0.isNumber })
            {
                rest = String(tokens[end + 1].key.dropFirst(2))
                end += 2
            }
            // 1.50 is money; "8.30 pm" is a time.
            if tokens[index + 1].key == ".", !lexicon.decimalComma, next.count == 2,
                end >= tokens.count || meridiemOf(tokens[end].key, lexicon) == nil
            {
                return nil
            }
            minute = m
            explicit = true
            if !rest.isEmpty {
                guard let mer = meridiemOf(rest, lexicon) else { return nil }
                meridiem = mer
            } else if end < tokens.count, lexicon.hourMarkers.contains(tokens[end].key) {
                end += 1  // "um 19:00 Uhr", "à 10:30 h"
            }
        } else {
            end = index + 1
        }
        // "a las 9 de la mañana", "8 h du soir", "6 in the morning": words between the hour and its part of day.
        if meridiem == nil, lexicon.dayPartAfterHour {
            var next = end
            while next < tokens.count, next - end < 2, sentence.isWord(next, .dayPartLeadIn) { next += 1 }
            if next > end, next < tokens.count, dayPart(sentence, at: next, lexicon) != nil {
                end = next
            }
        }
        if meridiem == nil, end < tokens.count {
            if let m = meridiemOf(tokens[end].key, lexicon) ?? (lexicon.dayPartAfterHour ? dayPart(sentence, at: end, lexicon) : nil) {
                meridiem = m
                explicit = true
                end += 1
            }
        }
        guard explicit || allowBareHour else { return nil }
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        var open: Int?
        if let meridiem {
            guard (1...12).contains(hour) else { return nil }
            hour = meridiem.hour(hour)
        } else {
            if (1...12).contains(hour) { open = hour }
            if !explicit {
                // "at 4" in business talk is 16:00; "at 9" is 09:00.
                if (1...7).contains(hour) { hour += 12 }
            }
        }
        // A range "10-11am" or "10:00–11:00": keep the start, consume the end.
        if end + 1 < tokens.count, ["-", "–", "—"].contains(tokens[end].key) || sentence.isWord(end, .timeRangeWord),
            let rangeEnd = parse(sentence, at: end + 1, compiled: compiled, allowBareHour: true)
        {
            if meridiem == nil, rangeEnd.time.hour >= 12, hour < 12, hour + 12 <= rangeEnd.time.hour { hour += 12 }
            if rangeEnd.openHour == nil { open = nil }
            end = rangeEnd.end
        }
        // A zone abbreviation after the time is read, not converted: notes' times are local. After "p.m." too.
        let zoneAt = end < tokens.count && tokens[end].key == "." && !tokens[end].spaceBefore ? end + 1 : end
        if zoneAt < tokens.count, sentence.isWord(zoneAt, .timeZone) {
            end = zoneAt + 1
        }
        guard let time = TimeOfDay(hour: hour, minute: minute) else { return nil }
        return Reading(time: time, end: end, openHour: open)
    }

    /// A part of day after one or two lead-in words from `index` ("de la tarde", "in the evening"), and where it ends.
    static func dayPartAfterLeadIns(_ sentence: SentenceView, from index: Int, _ lexicon: Lexicon) -> (meridiem: Meridiem, end: Int)? {
        var next = index
        while next < sentence.tokens.count, next - index < 2, sentence.isWord(next, .dayPartLeadIn) { next += 1 }
        guard next > index, next < sentence.tokens.count, let part = dayPart(sentence, at: next, lexicon) else { return nil }
        return (part, next + 1)
    }

    /// The meridiem token `index` gives as a part of day, where it is one: "mañana" and "Morgen" alone
    /// are tomorrow, a part of day only after a lead-in word ("de la mañana", "heute Morgen").
    static func dayPart(_ sentence: SentenceView, at index: Int, _ lexicon: Lexicon) -> Meridiem? {
        let key = sentence.tokens[index].key
        if lexicon.dayPartsAfterLeadInOnly.contains(key), index == 0 || !sentence.isWord(index - 1, .dayPartLeadIn) { return nil }
        return dayPartOf(key, lexicon)
    }

    /// The meridiem a part-of-day word gives an hour: "morning", "evening", "night", "утра", "abends".
    private static func dayPartOf(_ text: String, _ lexicon: Lexicon) -> Meridiem? {
        if lexicon.morningWords.contains(text) { return .am }
        if lexicon.eveningWords.contains(text) { return .pm }
        if lexicon.nightWords.contains(text) { return .night }
        return nil
    }

    /// A meridiem said as a word of its own after a number: "$350 a month", "$8.20 a quarter" have an
    /// article, not a.m. (a one-letter meridiem counts only fused: "3p").
    private static func meridiemWord(_ word: String, _ lexicon: Lexicon) -> Meridiem? {
        word.count > 1 ? meridiemOf(word, lexicon) : nil
    }

    static func meridiemOf(_ text: String, _ lexicon: Lexicon) -> Meridiem? {
        if lexicon.amWords.contains(text) { return .am }
        if lexicon.pmWords.contains(text) { return .pm }
        return nil
    }

    /// Minutes in words after an hour marker, in fives: "trente", "quinze", "dreißig", "quarante-cinq".
    static func spelledMinutes(_ sentence: SentenceView, at index: Int, _ lexicon: Lexicon) -> (minute: Int, end: Int)? {
        guard let number = spelledNumber(sentence.tokens, at: index, lexicon), (5...55).contains(number.value), number.value % 5 == 0
        else { return nil }
        return (number.value, number.end)
    }

    /// A number in words, and where it ends: "neun", or tens and a unit joined by a hyphen ("dix-sept", "quarante-cinq").
    /// `key` stands for the first word's key when a suffix was taken off it ("elevenish").
    static func spelledNumber(_ tokens: [Token], at index: Int, key: String? = nil, _ lexicon: Lexicon) -> (value: Int, end: Int)? {
        guard index < tokens.count, let value = lexicon.numberWords[key ?? tokens[index].key] else { return nil }
        if value % 10 == 0, index + 2 < tokens.count, tokens[index + 1].key == "-", !tokens[index + 1].spaceBefore,
            !tokens[index + 2].spaceBefore, let unit = lexicon.numberWords[tokens[index + 2].key], (1...9).contains(unit)
        {
            return (value + unit, index + 3)
        }
        return (value, index + 1)
    }
}
