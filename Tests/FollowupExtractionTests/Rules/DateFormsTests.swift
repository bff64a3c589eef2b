@testable import FollowupExtraction
import FollowupText
import Testing

/// Day-month forms with words and short years. D is Monday 2026-11-23.
@Suite("Date forms: days in words, short years")
struct DateFormsTests {
    @Test("a day in words next to a month, and a year after it", arguments: [
        ("Ship it on May eighth, 2027.", "2027-05-08"),
        ("The twenty-fourth of May works.", "2027-05-24"),
        ("Signed on Aug 9, 96.", "1996-08-09"),
        ("Founded 3 Aug 96", "1996-08-03"),
        ("Invoice dated 21-APR-16", "2016-04-21"),
        ("Incorporated July 4th of 1995.", "1995-07-04"),
    ])
    func forms(text: String, date: String) throws {
        #expect(try RuleBench().dates(in: text).dates.first?.date.iso == date)
    }

    @Test("words that only look like a day or a year are not one", arguments: [
        ("We may first need to check.", [String]()),
        ("Dec 5, 10 people came.", ["2026-12-05"]),
    ])
    func lookalikes(text: String, dates: [String]) throws {
        let found = try RuleBench().dates(in: text).dates
        #expect(found.map(\.date.iso) == dates)
        #expect(found.allSatisfy { $0.time == nil })
    }
}

/// A day counted inside a month the sentence names. D is Monday 2026-11-23.
@Suite("Days inside a named month")
struct InMonthTests {
    @Test("the n-th weekday, or a day, of next, this or a named month", arguments: [
        ("Let's meet the first Friday of next month.", "2026-12-04"),
        ("Review on the second Monday in March.", "2027-03-08"),
        ("Pay by the 20th of next month.", "2026-12-20"),
        ("It was the first Sunday in this month.", "2026-11-01"),
    ])
    func inMonth(text: String, date: String) throws {
        #expect(try RuleBench().dates(in: text).dates.first?.date.iso == date)
    }
}
