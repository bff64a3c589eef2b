@testable import FollowupExtraction
import Testing

/// `DateRule` alone. D is Monday 2026-11-23.
@Suite("DateRule alone")
struct DateRuleUnitTests {
    @Test("weekdays, month days and relative days resolve against D", arguments: [
        ("Send it by Friday.", "2026-11-27", true),
        ("We meet on Dec 5.", "2026-12-05", false),
        ("Ship it in two weeks.", "2026-12-07", false),
        ("Done by end of next week.", "2026-12-04", true),
    ])
    func english(text: String, date: String, deadline: Bool) throws {
        let found = try RuleBench().dates(in: text)
        let first = try #require(found.dates.first)
        #expect(first.date.iso == date)
        #expect(first.isDeadline == deadline)
    }

    @Test("numeric dates: year first with slashes, and dashes with a year in either order", arguments: [
        ("Send it by 2015/08/12.", "2015-08-12"),
        ("Send it by 21-04-2016.", "2016-04-21"),
        ("Send it by 9-18-15.", "2015-09-18"),
        ("Send it by 2026-12-05.", "2026-12-05"),
    ])
    func numeric(text: String, date: String) throws {
        #expect(try RuleBench().dates(in: text).dates.map(\.date.iso) == [date])
    }

    @Test("a count and a unit placed by the word after them: later, from now, ago", arguments: [
        ("Ship it two weeks from now.", "2026-12-07"),
        ("We spoke 3 days ago.", "2026-11-20"),
        ("The review is 2 business days later.", "2026-11-25"),
        ("They signed a year ago.", "2025-11-23"),
    ])
    func durationFromHere(text: String, date: String) throws {
        #expect(try RuleBench().dates(in: text).dates.map(\.date.iso) == [date])
    }

    @Test("a dashed pair without a year is a range, not a date")
    func dashedRange() throws {
        #expect(try RuleBench().dates(in: "We are open 9-5 every day.").dates.isEmpty)
    }

    @Test("a date and the time after it are one match")
    func dateWithTime() throws {
        let first = try #require(try RuleBench().dates(in: "Call on Wednesday at 3pm.").dates.first)
        #expect(first.date.iso == "2026-11-25")
        #expect(first.time?.description == "15:00")
        #expect(first.text == "on Wednesday at 3pm")
    }

    @Test("Russian case forms and deadline prepositions come from the Russian lexicon")
    func russian() throws {
        let first = try #require(try RuleBench(.russian).dates(in: "Пришлю договор до пятницы.").dates.first)
        #expect(first.date.iso == "2026-11-27")
        #expect(first.isDeadline)
    }

    @Test("an English word class does not fire on another language's text")
    func noMixing() throws {
        // "sat" is an ambiguous English weekday; in German text it is no word of the class at all.
        #expect(try RuleBench(.english).sentence("We sat at the table.").isWord(1, .ambiguousWeekday))
        #expect(try !RuleBench(.german).sentence("Wir sat am Tisch.").isWord(1, .ambiguousWeekday))
    }

    @Test("fractions and a month without a day are no dates", arguments: ["Half is 1/2 of it.", "Launch in December."])
    func noDate(text: String) throws {
        #expect(try RuleBench().dates(in: text).dates.isEmpty)
    }
}
