@testable import FollowupExtraction
import FollowupText
import Testing

/// Spans of time with clock units, counted by hand from Monday 2026-11-23 at 16:40.
@Suite("Durations: hours, minutes, compound spans")
struct DurationGrammarTests {
    static let clock = TimeOfDay(hour: 16, minute: 40)

    func first(_ text: String, _ lexicon: Lexicon = .english, time: TimeOfDay? = clock) throws -> (String, String?) {
        let found = try RuleBench(lexicon, time: time).dates(in: text)
        let date = try #require(found.dates.first, "no date in \(text)")
        return (date.date.iso, date.time?.description)
    }

    @Test("a clock span lands on a time when the meeting's clock is known", arguments: [
        ("I'll call back in 20 minutes.", "2026-11-23", "17:00"),
        ("The export finishes in 8 hours.", "2026-11-24", "00:40"),
        ("We spoke half an hour ago.", "2026-11-23", "16:10"),
        ("Ping me within 1.5 hours.", "2026-11-23", "18:10"),
        ("The build broke 2hr ago.", "2026-11-23", "14:40"),
        ("Restart in 1 day 2 hours and 5 minutes.", "2026-11-24", "18:45"),
        ("Back in about 3 hours.", "2026-11-23", "19:40"),
    ])
    func english(text: String, date: String, time: String) throws {
        #expect(try first(text) == (date, time))
    }

    @Test("without the meeting's clock only whole days move, and no time is invented", arguments: [
        ("I'll call back in 20 minutes.", "2026-11-23"),
        ("The data is purged in 48 hours.", "2026-11-25"),
    ])
    func noClock(text: String, date: String) throws {
        #expect(try first(text, time: nil) == (date, nil))
    }

    @Test("compound and modified day spans", arguments: [
        ("We met 1 month and 2 days ago.", "2026-10-21"),
        ("Give it a couple of days.", ""),
        ("Results in a couple of days.", "2026-11-25"),
        ("Over the next 2 weeks we test it.", "2026-12-07"),
        ("In the last two weeks sales fell.", "2026-11-09"),
        ("+2 months, 5 days", "2027-01-28"),
    ])
    func days(text: String, date: String) throws {
        let found = try RuleBench(time: Self.clock).dates(in: text).dates
        #expect(found.first?.date.iso ?? "" == date)
    }

    @Test("the other languages: their units, fractions and lead-ins", arguments: [
        ("через полчаса", "ru", "2026-11-23", "17:10"),
        ("5 дней 2 часа назад что-то сломалось", "ru", "2026-11-18", "14:40"),
        ("in einer halben Stunde", "de", "2026-11-23", "17:10"),
        ("vor 3 Stunden", "de", "2026-11-23", "13:40"),
        ("en media hora", "es", "2026-11-23", "17:10"),
        ("hace 2 horas", "es", "2026-11-23", "14:40"),
        ("dans une demi-heure", "fr", "2026-11-23", "17:10"),
        ("il y a 5 minutes", "fr", "2026-11-23", "16:35"),
    ])
    func languages(text: String, code: String, date: String, time: String) throws {
        let lexicon = try #require(Lexicons.lexicon(for: code))
        #expect(try first(text, lexicon) == (date, time))
    }

    @Test("vague or unrelated counts are no span", arguments: [
        "We'll know in minutes.",
        "It takes 20 minutes to set up.",
        "5-7 days is the usual lead time.",
        "The meeting lasted two hours.",
    ])
    func notSpans(text: String) throws {
        #expect(try RuleBench(time: Self.clock).dates(in: text).dates.isEmpty)
    }
}
