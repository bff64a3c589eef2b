import FollowupText

/// Holidays a business calendar knows: "Easter 2018", "next Thanksgiving", "Pfingstmontag im
/// nächsten Jahr", "el día del padre del 2015", "Noël", "день победы".
extension DateRule {
    func parseHoliday(_ sentence: SentenceView, at index: Int, context: RuleContext) -> DateMatch? {
        let tokens = sentence.tokens
        let lexicon = context.lexicon
        let d = context.referenceDate
        var position = index
        // "next Easter", "last Christmas", "this Thanksgiving"
        var direction = 0
        let key = tokens[index].key
        if lexicon.nextWords.contains(key) { direction = 1 } else if lexicon.lastWords.contains(key) { direction = -1 }
        if direction != 0 || sentence.isWord(index, .thisWord) { position += 1 }
        guard let holiday = context.compiled.holidays.match(tokens, at: position) else { return nil }
        var end = position + holiday.length
        var year: Int?
        if let (named, after) = holidayYear(sentence, at: end, context: context) {
            year = named
            end = after
        }
        let date: CivilDate?
        if let year {
            date = holiday.value.date(in: year)
        } else if direction == 1 {
            let candidates: [CivilDate] = [d.year, d.year + 1].compactMap { holiday.value.date(in: $0) }
            date = candidates.first { $0 > d }
        } else if direction == -1 {
            let candidates: [CivilDate] = [d.year, d.year - 1].compactMap { holiday.value.date(in: $0) }
            date = candidates.first { $0 < d }
        } else if sentence.isWord(index, .thisWord) {
            date = holiday.value.date(in: d.year)
        } else {
            // The occurrence nearest the meeting, as for a day and month without a year.
            let candidates: [CivilDate] = ((d.year - 1)...(d.year + 1)).compactMap { holiday.value.date(in: $0) }
            date = candidates.min { a, b in abs(a.daysSinceEpoch - d.daysSinceEpoch) < abs(b.daysSinceEpoch - d.daysSinceEpoch) }
        }
        return date.map { make(index..<end, $0, absolute: true) }
    }

    /// The year after a holiday: "2018", "of 2015", "del 2015", "im Jahr 2020", "of this year",
    /// "im nächsten Jahr", "letzten Jahres".
    private func holidayYear(_ sentence: SentenceView, at index: Int, context: RuleContext) -> (year: Int, end: Int)? {
        let tokens = sentence.tokens
        let lexicon = context.lexicon
        var position = index
        while position < tokens.count, position - index < 3,
            tokens[position].key == "," || lexicon.holidayYearLinks.contains(tokens[position].key)
        {
            position += 1
        }
        guard position < tokens.count else { return nil }
        if let year = yearNumber(tokens[position]) {
            var end = position + 1
            if end < tokens.count, sentence.isWord(end, .yearWord) { end += 1 }
            return (year, end)
        }
        // "this year", "next year", "letzten Jahres": a year unit with its modifier.
        guard position + 1 < tokens.count, lexicon.durationUnits[tokens[position + 1].key] == .months(12),
            let shift = unitShift(sentence, at: position, lexicon)
        else { return nil }
        return (context.referenceDate.year + shift, position + 2)
    }
}
