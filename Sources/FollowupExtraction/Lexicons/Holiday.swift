import FollowupText

/// A day a business calendar names: fixed ("Christmas", "Tag der Deutschen Einheit"), counted
/// from Easter ("Good Friday", "Pfingstmontag"), the n-th weekday of a month ("Thanksgiving"), or
/// counted from the first Sunday of Advent ("Totensonntag").
public enum Holiday: Sendable, Equatable {
    case fixed(month: Int, day: Int)
    /// Days after Western Easter Sunday (negative before it).
    case easter(Int)
    /// Days after Orthodox Easter Sunday.
    case orthodoxEaster(Int)
    /// The `n`-th `weekday` (1 Monday … 7 Sunday) of `month`, −1 for the last; then `offset` days.
    case weekdayOfMonth(month: Int, weekday: Int, n: Int, offset: Int = 0)
    /// Days after the first Sunday of Advent.
    case advent(Int)

    /// The holiday in `year`, nil when that year has no such day.
    public func date(in year: Int) -> CivilDate? {
        guard CivilDate.supportedYears.contains(year) else { return nil }
        switch self {
        case .fixed(let month, let day):
            return CivilDate(year: year, month: month, day: day)
        case .easter(let offset):
            return CivilDate.easterSunday(year: year).adding(days: offset)
        case .orthodoxEaster(let offset):
            return CivilDate.orthodoxEasterSunday(year: year).adding(days: offset)
        case .weekdayOfMonth(let month, let weekday, let n, let offset):
            guard let first = CivilDate(year: year, month: month, day: 1) else { return nil }
            if n < 0 {
                let last = first.lastDayOfMonth
                return last.adding(days: -((last.weekday - weekday + 7) % 7) + offset)
            }
            return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (n - 1) + offset)
        case .advent(let offset):
            // The fourth Sunday of Advent is the last Sunday before Christmas Day.
            let christmas = CivilDate(year: year, month: 12, day: 25)!
            let fourth = christmas.adding(days: -(christmas.weekday == 7 ? 7 : christmas.weekday))
            return fourth.adding(days: -21 + offset)
        }
    }
}

extension Holiday {
    /// A holiday written as a short rule, so a lexicon lists its calendar as plain strings:
    /// "12-25" (fixed), "easter-2", "orthodox+0", "advent-7", "11/4/4+1" (month/weekday/n, then
    /// days after: the day after the fourth Thursday of November), "05/1/-1" (May's last Monday).
    public init?(rule: String) {
        func signed(_ text: Substring) -> Int? { text.isEmpty ? 0 : Int(text.hasPrefix("+") ? text.dropFirst() : text) }
        for (prefix, make) in [("easter", Holiday.easter), ("orthodox", Holiday.orthodoxEaster), ("advent", Holiday.advent)]
        where rule.hasPrefix(prefix) {
            guard let offset = signed(rule.dropFirst(prefix.count)) else { return nil }
            self = make(offset)
            return
        }
        let parts = rule.split(separator: "/")
        if parts.count == 3 {
            let last = parts[2].split(separator: "+", maxSplits: 1)
            guard let month = Int(parts[0]), let weekday = Int(parts[1]), let n = last.first.flatMap({ Int($0) }),
                (1...12).contains(month), (1...7).contains(weekday), (1...5).contains(n) || n == -1
            else { return nil }
            let offset = last.count == 2 ? Int(last[1]) : 0
            guard let offset else { return nil }
            self = .weekdayOfMonth(month: month, weekday: weekday, n: n, offset: offset)
            return
        }
        let day = rule.split(separator: "-")
        guard day.count == 2, let month = Int(day[0]), let dayOfMonth = Int(day[1]),
            CivilDate(year: 2000, month: month, day: dayOfMonth) != nil
        else { return nil }
        self = .fixed(month: month, day: dayOfMonth)
    }

    /// A lexicon's holidays from their rules; a rule that does not parse stops the program at
    /// start-up (and every test), never silently.
    public static func table(_ rules: [String: String]) -> [String: Holiday] {
        var table: [String: Holiday] = [:]
        for (name, rule) in rules {
            guard let holiday = Holiday(rule: rule) else { preconditionFailure("holiday rule '\(rule)' for '\(name)' does not parse") }
            table[name] = holiday
            if name.contains("'") { table[name.replacingOccurrences(of: "'", with: "’")] = holiday }
        }
        return table
    }
}
