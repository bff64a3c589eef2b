import FollowupText

/// "bis KW 50", "by CW 50": a week named by its ISO number (`Lexicon.calendarWeekWords`) is
/// due on its Friday, the working week's last day, in the year that puts it nearest the reference day.
extension DateRule {
    func parseCalendarWeek(_ sentence: SentenceView, at index: Int, context: RuleContext) -> DateMatch? {
        let tokens = sentence.tokens
        let words = context.lexicon.calendarWeekWords
        guard !words.isEmpty else { return nil }
        let end = index + 2
        guard words.contains(tokens[index].key), end <= tokens.count, tokens[index + 1].kind == .number,
            let week = Int(tokens[index + 1].key), (1...53).contains(week)
        else { return nil }
        let d = context.referenceDate
        let fridays = [d.year - 1, d.year, d.year + 1].compactMap { DateRule.friday(ofISOWeek: week, in: $0) }
        guard let nearest = fridays.min(by: { abs($0.daysSinceEpoch - d.daysSinceEpoch) < abs($1.daysSinceEpoch - d.daysSinceEpoch) })
        else { return nil }
        return make(index..<end, nearest)
    }

    /// ISO 8601: week 1 holds the year's first Thursday (so January 4th); weeks start on Monday.
    static func friday(ofISOWeek week: Int, in year: Int) -> CivilDate? {
        guard let january4 = CivilDate(year: year, month: 1, day: 4) else { return nil }
        let firstMonday = january4.adding(days: 1 - january4.weekday)
        let friday = firstMonday.adding(days: 7 * (week - 1) + 4)
        // Week 53 exists only in years whose last week holds a Thursday of theirs.
        guard friday.adding(days: -1).year == year else { return nil }
        return friday
    }
}
