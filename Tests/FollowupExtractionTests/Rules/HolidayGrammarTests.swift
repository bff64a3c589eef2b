@testable import FollowupExtraction
import FollowupText
import Testing

/// Holidays, with dates looked up in published calendars. D is Monday 2026-11-23.
@Suite("Holidays")
struct HolidayGrammarTests {
    @Test("Easter by the computus, in both churches", arguments: [
        (2018, "2018-04-01", "2018-04-08"), (2019, "2019-04-21", "2019-04-28"),
        (2026, "2026-04-05", "2026-04-12"), (2027, "2027-03-28", "2027-05-02"),
    ])
    func easter(year: Int, western: String, orthodox: String) {
        #expect(CivilDate.easterSunday(year: year).iso == western)
        #expect(CivilDate.orthodoxEasterSunday(year: year).iso == orthodox)
    }

    @Test("named days in each language, with or without a year", arguments: [
        ("Ship it before Christmas.", "en", "2026-12-25"),
        ("Thanksgiving 2026 is a holiday.", "en", "2026-11-26"),
        ("They close on Black Friday.", "en", "2026-11-27"),
        ("Launch after next Easter.", "en", "2027-03-28"),
        ("Sales dipped at last Easter.", "en", "2026-04-05"),
        ("Memorial Day of 2026", "en", "2026-05-25"),
        ("Bis zum Buß- und Bettag 2026", "de", "2026-11-18"),
        ("Am 1. Advent ist Markt.", "de", "2026-11-29"),
        ("Pfingstmontag im nächsten Jahr", "de", "2027-05-17"),
        ("Volví el día del padre del 2015", "es", "2015-06-21"),
        ("Je reviens le lundi de Pâques 2027", "fr", "2027-03-29"),
        ("Вернусь на Пасху 2026", "ru", "2026-04-12"),
    ])
    func named(text: String, code: String, date: String) throws {
        let lexicon = try #require(Lexicons.lexicon(for: code))
        let found = try RuleBench(lexicon).dates(in: text).dates
        #expect(found.first?.date.iso == date)
    }
}
