import FollowupExtraction
import FollowupTestSupport
import Testing

/// The contract's date-resolution table (`extraction-json.md`, "Resolving relative dates"), row
/// by row. Every expected date below was worked out by hand from the table; weeks start on Monday.
///
/// Unless a test says otherwise the reference date D is Monday 2026-11-23: its week runs from
/// Monday 23 to Sunday 29 November, and the week after it from Monday 30 November to Sunday
/// 6 December.
@Suite("Dates: the contract's resolution table")
struct DateRuleTests {
    static let monday = "2026-11-23"

    /// One row: the expression as written after "Alice will send the deck", and the day it means.
    struct Row: CustomTestStringConvertible, Sendable {
        var expression: String
        var expected: String
        var testDescription: String { "\"\(expression)\" → \(expected)" }
        init(_ expression: String, _ expected: String) {
            self.expression = expression
            self.expected = expected
        }
    }

    /// Checks that the only date in "Alice will send the deck EXPRESSION." (or in `sentence`,
    /// when given) resolves to `expected`, and that it is the action item's deadline.
    static func check(_ row: Row, reference: String, locale: String? = nil, sentence: String? = nil) throws {
        let text = (sentence ?? "Alice will send the deck \(row.expression).") + "\n"
        let record = try extract(text, date: reference, locale: locale)
        #expect(record.dates.map(\.date) == [row.expected], "\(row.expression) on \(reference)")
        #expect(record.actionItems.count == 1, "\(row.expression): one action item")
        #expect(record.actionItems.first?.due?.date == row.expected, "\(row.expression): the item's due date")
    }

    // MARK: Rows about D itself and the days after it

    @Test("today, EOD, end of day, tonight → D", arguments: [
        Row("today", "2026-11-23"), Row("by EOD", "2026-11-23"), Row("by end of day", "2026-11-23"),
        Row("tonight", "2026-11-23"),
    ])
    func today(_ row: Row) throws { try Self.check(row, reference: Self.monday) }

    @Test("tomorrow → D + 1", arguments: [Row("tomorrow", "2026-11-24")])
    func tomorrow(_ row: Row) throws { try Self.check(row, reference: Self.monday) }

    @Test("by / on / this Friday → the first Friday after D", arguments: [
        Row("by Friday", "2026-11-27"), Row("on Friday", "2026-11-27"), Row("this Friday", "2026-11-27"),
    ])
    func thisFriday(_ row: Row) throws { try Self.check(row, reference: Self.monday) }

    @Test("next Friday → the Friday of the week after D's week", arguments: [Row("next Friday", "2026-12-04")])
    func nextFriday(_ row: Row) throws { try Self.check(row, reference: Self.monday) }

    @Test("end of the week, EOW → the Friday of D's week", arguments: [
        Row("by the end of the week", "2026-11-27"), Row("by end of week", "2026-11-27"), Row("by EOW", "2026-11-27"),
    ])
    func endOfWeek(_ row: Row) throws { try Self.check(row, reference: Self.monday) }

    @Test("next week (no day) → the Monday of the week after D's week", arguments: [Row("next week", "2026-11-30")])
    func nextWeek(_ row: Row) throws { try Self.check(row, reference: Self.monday) }

    @Test("end of the month, EOM → the last day of D's month", arguments: [
        Row("by the end of the month", "2026-11-30"), Row("by EOM", "2026-11-30"),
    ])
    func endOfMonth(_ row: Row) throws { try Self.check(row, reference: Self.monday) }

    @Test("end of the quarter, EOQ → the last day of D's calendar quarter", arguments: [
        Row("by the end of the quarter", "2026-12-31"), Row("by EOQ", "2026-12-31"),
    ])
    func endOfQuarter(_ row: Row) throws { try Self.check(row, reference: Self.monday) }

    @Test("end of the quarter in the quarter's first month")
    func endOfQuarterEarly() throws {
        // D = 2026-04-02, second quarter: April to June.
        try Self.check(Row("by EOQ", "2026-06-30"), reference: "2026-04-02")
    }

    @Test("in N days / weeks / months → D + N days, 7·N days, N calendar months", arguments: [
        Row("in 3 days", "2026-11-26"), Row("in two weeks", "2026-12-07"), Row("in 2 months", "2027-01-23"),
    ])
    func inN(_ row: Row) throws { try Self.check(row, reference: Self.monday) }

    @Test("31 January + 1 month is the last day of February", arguments: [
        ("2026-01-31", "2026-02-28"),  // 2026 is not a leap year
        ("2028-01-31", "2028-02-29"),  // 2028 is
    ])
    func monthEnd(reference: String, expected: String) throws {
        try Self.check(Row("in 1 month", expected), reference: reference)
    }

    @Test("within N business days counts Monday to Friday only")
    func businessDays() throws {
        // From Monday 23: Tue 24, Wed 25, Thu 26.
        try Self.check(Row("within 3 business days", "2026-11-26"), reference: Self.monday)
        // From Thursday 26: Fri 27, (weekend), Mon 30, Tue 1 December.
        try Self.check(Row("within 3 business days", "2026-12-01"), reference: "2026-11-26")
    }

    @Test("the 15th → the next 15th on or after D", arguments: [
        ("2026-11-23", "2026-12-15"),  // past this month's 15th: next month's
        ("2026-11-10", "2026-11-15"),  // before it: this month's
        ("2026-11-15", "2026-11-15"),  // on it: D itself ("on or after")
    ])
    func theFifteenth(reference: String, expected: String) throws {
        try Self.check(Row("by the 15th", expected), reference: reference)
    }

    @Test("Dec 5 in every spelling", arguments: [
        Row("by Dec 5", "2026-12-05"), Row("by 5 December", "2026-12-05"), Row("by December 5th", "2026-12-05"),
        Row("by 12/5", "2026-12-05"), Row("by 2026-12-05", "2026-12-05"),
    ])
    func dayAndMonth(_ row: Row) throws { try Self.check(row, reference: Self.monday, locale: "en-US") }

    @Test("a day and month is the occurrence nearest D, within half a year either way", arguments: [
        Row("by Jan 10", "2027-01-10"),  // on 23 Nov, next January
        Row("by Oct 2", "2026-10-02"),  // on 23 Nov, this October
    ])
    func nearestOccurrence(_ row: Row) throws { try Self.check(row, reference: Self.monday) }

    @Test("a deadline that resolves before D goes to questions")
    func deadlineInPast() throws {
        let record = try extract("Alice will send the deck by Oct 2.\n", date: Self.monday)
        #expect(record.actionItems.first?.due?.date == "2026-10-02")
        #expect(record.questionReasons.contains("deadline-in-past"))
    }

    @Test("a weekday in a past-tense sentence is the most recent such day before D", arguments: [
        ("We met on Monday.", "2026-11-16"),  // D is a Monday: not D itself, the one before
        ("Bob sent it Tuesday.", "2026-11-17"),
        ("We spoke last Friday.", "2026-11-20"),
    ])
    func pastTense(sentence: String, expected: String) throws {
        let record = try extract(sentence + "\n", date: Self.monday)
        #expect(record.dates.map(\.date) == [expected])
        #expect(record.actionItems.isEmpty)
    }

    // MARK: Numeric dates and the locale

    @Test("03/04/2026 reads by the locale", arguments: [
        ("en-US", "2026-03-04"), ("en-GB", "2026-04-03"), ("de", "2026-04-03"), ("ru", "2026-04-03"),
    ])
    func numericByLocale(locale: String, expected: String) throws {
        let record = try extract("Alice will send the deck by 03/04/2026.\n", date: Self.monday, locale: locale)
        #expect(record.dates.map(\.date) == [expected])
        #expect(!record.questionReasons.contains("two-way-date"), "the locale settles it")
    }

    @Test("03/04/2026 in English notes without a locale reads month first and asks")
    func numericUnknownLocaleEnglish() throws {
        let record = try extract("Alice will send the deck by 03/04/2026.\n", date: Self.monday)
        #expect(record.dates.map(\.date) == ["2026-03-04"])
        #expect(record.questionReasons.filter { $0 == "two-way-date" }.count == 1)
    }

    @Test("03/04/2026 in Russian notes without a locale reads day first and asks")
    func numericUnknownLocaleRussian() throws {
        let record = try extract("Иван пришлёт договор до 03/04/2026.\n", date: Self.monday)
        #expect(record.dates.map(\.date) == ["2026-04-03"])
        #expect(record.questionReasons.filter { $0 == "two-way-date" }.count == 1)
    }

    @Test("an impossible reading settles a numeric date: 13/04 can only be 13 April")
    func impossibleReading() throws {
        let record = try extract("Alice will send the deck by 13/04/2026.\n", date: Self.monday)
        #expect(record.dates.map(\.date) == ["2026-04-13"])
        #expect(!record.questionReasons.contains("two-way-date"))
    }

    // MARK: Each weekday as the reference date

    /// The week of Monday 2026-11-23, day by day.
    static let week = ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"]

    @Test("by Friday on each weekday: the first Friday after D, never D", arguments: zip(week, [
        "2026-11-27", "2026-11-27", "2026-11-27", "2026-11-27",
        "2026-12-04",  // on a Friday, a week later
        "2026-12-04", "2026-12-04",
    ]))
    func byFridayEachWeekday(reference: String, expected: String) throws {
        try Self.check(Row("by Friday", expected), reference: reference)
    }

    @Test("next Friday on each weekday: the Friday of the following week", arguments: zip(week, Array(
        repeating: "2026-12-04", count: 7)))
    func nextFridayEachWeekday(reference: String, expected: String) throws {
        try Self.check(Row("next Friday", expected), reference: reference)
    }

    @Test("end of week on each weekday: this week's Friday, or next week's from the weekend", arguments: zip(week, [
        "2026-11-27", "2026-11-27", "2026-11-27", "2026-11-27",
        "2026-11-27",  // D itself when D is the Friday
        "2026-12-04", "2026-12-04",  // Saturday and Sunday: the next week's Friday
    ]))
    func endOfWeekEachWeekday(reference: String, expected: String) throws {
        try Self.check(Row("by end of week", expected), reference: reference)
    }

    // MARK: Across a year boundary

    @Test("across a year boundary (D = Monday 2026-12-28)", arguments: [
        Row("next week", "2027-01-04"), Row("by Jan 5", "2027-01-05"), Row("in two weeks", "2027-01-11"),
        Row("by end of month", "2026-12-31"), Row("by EOQ", "2026-12-31"),
    ])
    func yearBoundary(_ row: Row) throws { try Self.check(row, reference: "2026-12-28") }

    @Test("across a year boundary (D = Thursday 2026-12-31)", arguments: [
        Row("tomorrow", "2027-01-01"), Row("by Friday", "2027-01-01"), Row("next Friday", "2027-01-08"),
        Row("by the 15th", "2027-01-15"),
    ])
    func yearBoundaryNewYearsEve(_ row: Row) throws { try Self.check(row, reference: "2026-12-31") }

    // MARK: Times

    @Test("times attach to the date", arguments: [
        ("by Friday 3pm", "2026-11-27", "15:00"),
        ("by Friday at 15:00", "2026-11-27", "15:00"),
        ("tomorrow at noon", "2026-11-24", "12:00"),
        ("tomorrow at 9:30 am", "2026-11-24", "09:30"),
        ("on Wednesday at 10", "2026-11-25", "10:00"),
    ])
    func times(expression: String, date: String, time: String) throws {
        let record = try extract("Alice will send the deck \(expression).\n", date: Self.monday)
        #expect(record.dates.count == 1)
        #expect(record.dates.first?.date == date)
        #expect(record.dates.first?.time == time)
        #expect(record.actionItems.first?.due?.time == time)
    }

    @Test("a date without a time has a null time")
    func noTime() throws {
        let record = try extract("Alice will send the deck by Friday.\n", date: Self.monday)
        #expect(record.dates.first?.time == nil)
        #expect(record.actionItems.first?.due?.time == nil)
    }

    @Test("due.text is the expression as written")
    func dueText() throws {
        let record = try extract("Alice will send the deck by Friday 3pm.\n", date: Self.monday)
        #expect(record.actionItems.first?.due?.text == "by Friday 3pm")
        #expect(record.dates.first?.text == "by Friday 3pm")
    }

    // MARK: Russian

    @Test("Russian rows", arguments: [
        Row("Иван пришлёт договор до пятницы.", "2026-11-27"),
        Row("Иван пришлёт договор к 15 декабря.", "2026-12-15"),
        Row("Иван пришлёт договор на следующей неделе.", "2026-11-30"),
        Row("Иван пришлёт договор в следующую пятницу.", "2026-12-04"),
        Row("Иван пришлёт договор до конца месяца.", "2026-11-30"),
        Row("Иван пришлёт договор через две недели.", "2026-12-07"),
        Row("Иван пришлёт договор в течение 3 рабочих дней.", "2026-11-26"),
        Row("Иван пришлёт договор до 05.12.2026.", "2026-12-05"),
        Row("Иван пришлёт договор к 5 декабря.", "2026-12-05"),
    ])
    func russian(_ row: Row) throws {
        try Self.check(row, reference: Self.monday, sentence: row.expression)
    }

    @Test("Russian: завтра в 15:00 is tomorrow at 15:00")
    func russianTime() throws {
        let record = try extract("Иван пришлёт договор завтра в 15:00.\n", date: Self.monday)
        #expect(record.language == "ru")
        #expect(record.dates.map(\.date) == ["2026-11-24"])
        #expect(record.dates.first?.time == "15:00")
    }

    // MARK: What is not a date

    @Test("a weekday inside a word is not a deadline")
    func weekdayInsideWord() throws {
        let record = try extract("Alice will update the Sunday-school roster.\n", date: Self.monday)
        #expect(record.dates.isEmpty)
        #expect(record.actionItems.first?.due == nil)
    }

    @Test("a plural weekday is a habit, not one day")
    func pluralWeekday() throws {
        let record = try extract("We usually meet on Mondays.\n", date: Self.monday)
        #expect(record.dates.isEmpty)
    }

    @Test("\"may\" as a verb is not the month")
    func mayAsVerb() throws {
        let record = try extract("We may sign the renewal.\n", date: Self.monday)
        #expect(record.dates.isEmpty)
    }

    @Test("\"May 5\" is the month")
    func mayAsMonth() throws {
        // On 23 Nov 2026, 5 May 2027 (163 days ahead) is nearer than 5 May 2026 (202 days back).
        let record = try extract("Alice will send the deck by May 5.\n", date: Self.monday)
        #expect(record.dates.map(\.date) == ["2027-05-05"])
    }

    @Test("fractions and figures of speech are not dates", arguments: [
        "We offer 24/7 support.", "We will spend 1/2 of the budget on ads.",
    ])
    func fractions(sentence: String) throws {
        let record = try extract(sentence + "\n", date: Self.monday)
        #expect(record.dates.isEmpty)
    }

    @Test("a month without a day does not resolve to one day")
    func monthWithoutDay() throws {
        let record = try extract("The launch slipped into December.\n", date: Self.monday)
        #expect(record.dates.isEmpty)
    }

    @Test("dates are listed in document order, with 1-based lines")
    func documentOrder() throws {
        let record = try extract(
            "Sync\n\nWe met on Monday.\nAlice will send the deck by Friday.\nBob will call back tomorrow.\n",
            date: Self.monday)
        #expect(record.dates.map(\.date) == ["2026-11-16", "2026-11-27", "2026-11-24"])
        #expect(record.dates.compactMap(\.source?.line) == [3, 4, 5])
    }
}
