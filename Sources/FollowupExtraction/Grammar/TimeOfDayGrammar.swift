import FollowupText

/// Times of day: "3pm", "3 pm", "15:00", "9:30 am", "9:30am", "noon", "at 10", "в 10 утра",
/// with an optional range end ("10-11am", "10:00–11:00") that is consumed and dropped.
///
/// Not a rule: `DateRule` reads times through it, before and after a date.
enum TimeOfDayGrammar {
    enum Meridiem { case am, pm }

    /// - Parameter allowBareHour: accept "10" alone (after "at", "в").
    static func parse(_ sentence: SentenceView, at index: Int, compiled: CompiledLexicon, allowBareHour: Bool = false)
        -> (time: TimeOfDay, end: Int)?
    {
        let tokens = sentence.tokens
        let lexicon = compiled.lexicon
        guard index < tokens.count else { return nil }
        let key = tokens[index].key
        if let named = lexicon.namedTimes[key], let time = TimeOfDay(hour: named.hour, minute: named.minute) {
            return (time, index + 1)
        }
        var hour: Int
        var minute = 0
        var end: Int
        var meridiem: Meridiem?
        var explicit = false
        // "ten a.m.", "four pm", "ten o'clock": a spelled hour needs its meridiem.
        if let spelled = lexicon.numberWords[key], (1...12).contains(spelled), !sentence.isWord(index, .indefiniteArticle), index + 1 < tokens.count {
            let next = tokens[index + 1].key
            var hour = spelled
            if let m = meridiemOf(next, lexicon) {
                if m == .pm && hour < 12 { hour += 12 }
                if m == .am && hour == 12 { hour = 0 }
                var end = index + 2
                if end < tokens.count, tokens[end].key == "." { end += 1 }
                return TimeOfDay(hour: hour, minute: 0).map { ($0, end) }
            }
            if sentence.isWord(index + 1, .oClock) {
                if (1...7).contains(hour) { hour += 12 }
                return TimeOfDay(hour: hour, minute: 0).map { ($0, index + 2) }
            }
        }
        // "at ten", "в десять", "um zehn": after an at-word a spelled hour is a time, like "at 10".
        if allowBareHour, let spelled = lexicon.numberWords[key], (1...12).contains(spelled), !sentence.isWord(index, .indefiniteArticle),
            index + 1 >= tokens.count || tokens[index + 1].kind != .word || meridiemOf(tokens[index + 1].key, lexicon) != nil
                || lexicon.morningWords.contains(tokens[index + 1].key) || lexicon.eveningWords.contains(tokens[index + 1].key)
        {
            var hour = spelled
            var end = index + 1
            if end < tokens.count, let m = meridiemOf(tokens[end].key, lexicon) ?? (lexicon.eveningWords.contains(tokens[end].key) ? .pm : lexicon.morningWords.contains(tokens[end].key) ? .am : nil) {
                if m == .pm && hour < 12 { hour += 12 }
                if m == .am && hour == 12 { hour = 0 }
                end += 1
            } else if (1...7).contains(hour) {
                hour += 12  // "at four" in business talk is 16:00
            }
            return TimeOfDay(hour: hour, minute: 0).map { ($0, end) }
        }
        let digits = key.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= 2, let h = Int(digits) else {
            // "at 10" handled only with a number; "в 10 утра" likewise.
            return nil
        }
        hour = h
        let suffix = String(key.dropFirst(digits.count))
        if !suffix.isEmpty, let marker = lexicon.hourMarkers.first(where: { suffix.hasPrefix($0) }) {
            // "15h", "15h30", "9h45": the hour marker of 24-hour French and Spanish times.
            let rest = suffix.dropFirst(marker.count)
            guard rest.isEmpty || rest.count == 2 && rest.allSatisfy({ $0.isASCII && $0.isNumber }), let m = Int(rest.isEmpty ? "0" : rest) else { return nil }
            minute = m
            explicit = true
            end = index + 1
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
            }
        } else if index + 2 < tokens.count, tokens[index + 1].key == ":" || tokens[index + 1].key == ".",
            !tokens[index + 1].spaceBefore, !tokens[index + 2].spaceBefore
        {
            let next = tokens[index + 2].key
            let minuteDigits = next.prefix(while: { $0.isASCII && $0.isNumber })
            guard minuteDigits.count == 2, let m = Int(minuteDigits) else { return nil }
            if tokens[index + 1].key == "." && !lexicon.decimalComma && next.count == 2 { return nil }  // 1.50 is money
            minute = m
            explicit = true
            end = index + 3
            let rest = String(next.dropFirst(2))
            if !rest.isEmpty {
                guard let mer = meridiemOf(rest, lexicon) else { return nil }
                meridiem = mer
            }
        } else {
            // A lone decimal "1.5" is not a time; an ICU token "9.30" is (German/Russian notes).
            if key.contains(".") || key.contains(",") {
                let parts = key.split(separator: key.contains(".") ? "." : ",")
                guard parts.count == 2, parts[1].count == 2, let m = Int(parts[1]), lexicon.decimalComma || allowBareHour else { return nil }
                minute = m
                explicit = true
            }
            end = index + 1
        }
        // "a las 9 de la mañana", "8 h du soir": words between the hour and its part of day.
        if meridiem == nil, lexicon.dayPartAfterHour {
            var next = end
            while next < tokens.count, next - end < 2, sentence.isWord(next, .dayPartLeadIn) { next += 1 }
            if next > end, next < tokens.count, lexicon.morningWords.contains(tokens[next].key) || lexicon.eveningWords.contains(tokens[next].key) {
                end = next
            }
        }
        if meridiem == nil, end < tokens.count {
            if let m = meridiemOf(tokens[end].key, lexicon) {
                meridiem = m
                explicit = true
                end += 1
            } else if lexicon.morningWords.contains(tokens[end].key) && lexicon.dayPartAfterHour {
                meridiem = .am
                explicit = true
                end += 1
            } else if lexicon.eveningWords.contains(tokens[end].key) && lexicon.dayPartAfterHour {
                meridiem = .pm
                explicit = true
                end += 1
            }
        }
        guard explicit || allowBareHour else { return nil }
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        if let meridiem {
            guard (1...12).contains(hour) else { return nil }
            if meridiem == .pm && hour < 12 { hour += 12 }
            if meridiem == .am && hour == 12 { hour = 0 }
        } else if !explicit {
            // "at 4" in business talk is 16:00; "at 9" is 09:00.
            guard (1...12).contains(hour) || (13...23).contains(hour) else { return nil }
            if (1...7).contains(hour) { hour += 12 }
        }
        // A range "10-11am" or "10:00–11:00": keep the start, consume the end.
        if end + 1 < tokens.count, ["-", "–", "—"].contains(tokens[end].key) || sentence.isWord(end, .timeRangeWord),
            let rangeEnd = parse(sentence, at: end + 1, compiled: compiled, allowBareHour: true)
        {
            if meridiem == nil, rangeEnd.time.hour >= 12, hour < 12, hour + 12 <= rangeEnd.time.hour { hour += 12 }
            end = rangeEnd.end
        }
        // A zone abbreviation after the time is read, not converted: notes' times are local.
        if end < tokens.count, sentence.isWord(end, .timeZone) {
            end += 1
        }
        guard let time = TimeOfDay(hour: hour, minute: minute) else { return nil }
        return (time, end)
    }

    private static func meridiemOf(_ text: String, _ lexicon: Lexicon) -> Meridiem? {
        if lexicon.amWords.contains(text) { return .am }
        if lexicon.pmWords.contains(text) { return .pm }
        return nil
    }
}
