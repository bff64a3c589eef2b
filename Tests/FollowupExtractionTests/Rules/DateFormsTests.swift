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

    @Test("a year-first date with a month word where its day should be reads no year-first date (it once crashed)")
    func yearFirstWithWordAtTheEnd() throws {
        let found = try RuleBench().dates(in: "Back 2020/23/Sep.").dates
        #expect(found.allSatisfy { $0.date.year != 2020 })
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

/// Parts of day and clock forms around a date. D is Monday 2026-11-23.
@Suite("Parts of day and clocks with dates")
struct DayPartTests {
    /// The first date's day and time, "-" for no time.
    static func first(_ text: String, _ lexicon: Lexicon = .english) throws -> String {
        let found = try #require(try RuleBench(lexicon).dates(in: text).dates.first, "no date in \(text)")
        return found.date.iso + " " + (found.time?.description ?? "-")
    }

    @Test("a part of day in, after or just before the date settles an hour said without am or pm", arguments: [
        ("Call me this morning at 7.", "2026-11-23", "07:00"),
        ("Let's talk tomorrow morning at seven.", "2026-11-24", "07:00"),
        ("We start in the morning at 7.", "2026-11-23", "07:00"),
        ("Dinner tonight at 8.", "2026-11-23", "20:00"),
        ("It broke last night at 8.", "2026-11-22", "20:00"),
        ("Meet at 7:00 on next Sunday afternoon.", "2026-12-06", "19:00"),
        ("Back at five-thirty tomorrow evening.", "2026-11-24", "17:30"),
        ("Call at 7 tomorrow.", "2026-11-24", "19:00"),
    ])
    func settled(text: String, date: String, time: String) throws {
        #expect(try Self.first(text) == date + " " + time)
    }

    @Test("Spanish 'mañana' alone is tomorrow, not the morning", arguments: [
        ("Te llamo mañana a las 5.", "2026-11-24", "17:00"),
        ("Te llamo mañana a las 5 de la mañana.", "2026-11-24", "05:00"),
    ])
    func spanishTomorrow(text: String, date: String, time: String) throws {
        #expect(try Self.first(text, .spanish) == date + " " + time)
    }

    @Test("clock forms around a date", arguments: [
        ("Tomorrow after 4pm suits me.", "2026-11-24", "16:00"),
        ("Logged Wed Oct 26 15:50:06 2016.", "2016-10-26", "15:50"),
        ("Due 05/31/2027:14:15", "2027-05-31", "14:15"),
        ("The deadline is midnight.", "2026-11-24", "00:00"),
        ("We meet on Monday the thirtieth at six pm.", "2026-11-30", "18:00"),
    ])
    func clockForms(text: String, date: String, time: String) throws {
        #expect(try Self.first(text) == date + " " + time)
    }

    @Test("'la soirée' is as often a party as an evening: with an article alone it is no date")
    func frenchEvent() throws {
        #expect(try RuleBench(.french).dates(in: "Pour la soirée, j'ai reçu trois devis.").dates.isEmpty)
        #expect(try Self.first("On se parle dans la soirée.", .french) == "2026-11-23 -")
    }

    @Test("a part of day alone gives no clock time: the contract's 'tonight' is the day")
    func dayPartAlone() throws {
        #expect(try Self.first("Send it tonight.") == "2026-11-23 -")
    }

    @Test("'next hour' moves the meeting's clock, and only when it is known")
    func nextHour() throws {
        let clocked = try RuleBench(time: TimeOfDay(hour: 16, minute: 40)).dates(in: "Within the next hour.").dates.first
        #expect(clocked?.time?.description == "17:40")
        #expect(try RuleBench().dates(in: "At the last minute.").dates.isEmpty)
    }
}

