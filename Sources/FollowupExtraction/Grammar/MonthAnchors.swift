import FollowupText

/// A day counted inside a month the sentence names: "the first Friday of next month", "the second
/// Monday in March", "the 20th of next month", "the last Friday of the month".
extension DateRule {
    func parseInMonth(_ sentence: SentenceView, at index: Int, context: RuleContext) -> DateMatch? {
        let tokens = sentence.tokens
        let lexicon = context.lexicon
        // "first Friday", "2nd Monday": which weekday of the month; or "20th": which day.
        var weekday: Int?
        var n: Int
        var position: Int
        if let ordinal = lexicon.ordinalWords[tokens[index].key], ordinal <= 5, index + 1 < tokens.count,
            let day = lexicon.weekdays[tokens[index + 1].key]
        {
            n = ordinal
            weekday = day
            position = index + 2
        } else if lexicon.lastWords.contains(tokens[index].key), index + 1 < tokens.count, let day = lexicon.weekdays[tokens[index + 1].key] {
            // "the last Friday of the month", "le dernier vendredi du mois": counted from the month's end.
            n = -1
            weekday = day
            position = index + 2
        } else if let (number, length) = ordinalDay(tokens, at: index, lexicon, context.compiled) {
            position = index + length
            if position < tokens.count, let day = lexicon.weekdays[tokens[position].key], number <= 5 {
                n = number
                weekday = day
                position += 1
            } else {
                n = number
            }
        } else {
            return nil
        }
        guard position + 1 < tokens.count, sentence.isWord(position, .ofWord) || lexicon.inWords.contains(tokens[position].key),
            let (month, end, relative) = namedMonth(sentence, at: position + 1, context: context),
            weekday != nil || relative  // "the 5th of March" is a month day, read as such
        else { return nil }
        func day(in month: CivilDate) -> CivilDate? {
            guard let weekday else { return CivilDate(year: month.year, month: month.month, day: n) }
            return Holiday.weekdayOfMonth(month: month.month, weekday: weekday, n: n).date(in: month.year).flatMap { $0.month == month.month ? $0 : nil }
        }
        var date = day(in: month)
        // "the 5th of the month", "the last Friday of the month" said after that day: the next one, as "the 15th" is.
        // Not "this month", "previous month": only the month said with an article or an of-word.
        if let passed = date, passed < context.referenceDate, lexicon.durationUnits[tokens[end - 1].key] == .months(1),
            end - 2 >= position, !sentence.isWord(end - 2, .thisWord), sentence.isWord(end - 2, .dateLeadInDropped)
                || sentence.isWord(end - 2, .ofWord) || lexicon.inWords.contains(tokens[end - 2].key)
        {
            date = day(in: month.adding(months: 1))
        }
        return date.map { make(index..<end, $0, absolute: true) }
    }

    /// "next month", "this month", "last month", "March": the month's first day and where the words end.
    private func namedMonth(_ sentence: SentenceView, at index: Int, context: RuleContext) -> (first: CivilDate, end: Int, relative: Bool)? {
        let tokens = sentence.tokens
        let lexicon = context.lexicon
        let d = context.referenceDate
        var position = index
        if sentence.isWord(position, .dateLeadInDropped), !sentence.isWord(position, .thisWord), position + 1 < tokens.count,
            lexicon.months[tokens[position].key] == nil
        {
            position += 1
        }
        // "of the month", "du mois": the month of the reference day; "du mois prochain": the word after says which.
        if lexicon.durationUnits[tokens[position].key] == .months(1) {
            // "del mes que viene": one small word may come first.
            var at = position + 1
            if at + 1 < tokens.count, lexicon.stopWords.contains(tokens[at].key), lexicon.nextWordsAfter.contains(tokens[at + 1].key) { at += 1 }
            let after = at < tokens.count ? tokens[at].key : ""
            let shift = lexicon.nextWordsAfter.contains(after) ? 1 : lexicon.lastWordsAfter.contains(after) ? -1 : 0
            let month = d.adding(months: shift)
            return (CivilDate(year: month.year, month: month.month, day: 1)!, shift == 0 ? position + 1 : at + 1, true)
        }
        if let month = lexicon.months[tokens[position].key] {
            guard let middle = nearest(day: 15, month: month, to: d) else { return nil }
            return (CivilDate(year: middle.year, month: month, day: 1)!, position + 1, false)
        }
        guard position + 1 < tokens.count, lexicon.durationUnits[tokens[position + 1].key] == .months(1),
            let shift = unitShift(sentence, at: position, lexicon)
        else { return nil }
        let month = d.adding(months: shift)
        return (CivilDate(year: month.year, month: month.month, day: 1)!, position + 2, true)
    }

    /// "next" +1, "last" −1, "this" 0 before a calendar unit ("next month", "letzten Jahres"); nil for other words.
    func unitShift(_ sentence: SentenceView, at index: Int, _ lexicon: Lexicon) -> Int? {
        let key = sentence.tokens[index].key
        if lexicon.nextWords.contains(key) { return 1 }
        if lexicon.lastWords.contains(key) { return -1 }
        return sentence.isWord(index, .thisWord) ? 0 : nil
    }
}
