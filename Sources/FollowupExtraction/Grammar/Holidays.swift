import FollowupText

/// Holidays a business calendar knows: "Easter 2018", "next Thanksgiving", "Pfingstmontag im
/// nächsten Jahr", "el día del padre del 2015", "Noël", "день победы".
extension DateRule {
    func parseHoliday(_ sentence: SentenceView, at index: Int, context: RuleContext) -> DateMatch? {
        let tokens = sentence.tokens
        let lexicon = context.lexicon
        let d = context.referenceDate
        // "next Easter" +1, "last Christmas" −1, "this Thanksgiving" 0
        let shift = unitShift(sentence, at: index, lexicon)
        let position = shift == nil ? index : index + 1
        guard let holiday = context.compiled.holidays.match(tokens, at: position) else { return nil }
        var end = position + holiday.length
        var year: Int?
        if let (named, after) = holidayYear(sentence, at: end, context: context) {
            year = named
            end = after
        }
        let date: CivilDate?
        switch (year, shift) {
        case (let year?, _):
            date = holiday.value.date(in: year)
        case (nil, 1):
            let candidates: [CivilDate] = [d.year, d.year + 1].compactMap { holiday.value.date(in: $0) }
            date = candidates.first { $0 > d }
        case (nil, -1):
            let candidates: [CivilDate] = [d.year, d.year - 1].compactMap { holiday.value.date(in: $0) }
            date = candidates.first { $0 < d }
        case (nil, 0):
            date = holiday.value.date(in: d.year)
        default:
            // The occurrence nearest the meeting, as for a day and month without a year.
            date = nearest(to: d) { holiday.value.date(in: $0) }
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
