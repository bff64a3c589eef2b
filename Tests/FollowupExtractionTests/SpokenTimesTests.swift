import FollowupExtraction
import FollowupTestSupport
import Testing

/// Clock times said in words as transcripts write them: a 24-hour clock ("в шестнадцать тридцать"), and an hour
/// said before its day ("a las once el miércoles"). Text written for these tests; 2027-05-24 is a Monday.
@Suite("Spoken times")
struct SpokenTimesTests {
    static func firstDate(_ text: String, _ language: String) throws -> (date: String, time: String?)? {
        try extract(text + "\n", date: "2027-05-24", language: language).dates.first.map { ($0.date, $0.time) }
    }

    @Test("a spelled 24-hour clock after an at-word is exact", arguments: [
        ("Созвон в четверг в шестнадцать тридцать.", "ru", "16:30"),
        ("Созвон в четверг в шестнадцать ноль-ноль.", "ru", "16:00"),
        ("Созвон в четверг в семнадцать сорок пять.", "ru", "17:45"),
        ("Call on Thursday at fifteen thirty.", "en", "15:30"),
        ("Reunión el jueves a las dieciséis treinta.", "es", "16:30"),
    ])
    func twentyFourHourClock(text: String, language: String, time: String) throws {
        let found = try Self.firstDate(text, language)
        #expect(found?.date == "2027-05-27" && found?.time == time, "\(String(describing: found))")
    }

    /// After the weekday too: set 32's "Ретро в пятницу в три" was Friday the 3rd (September 3), not Friday at three.
    @Test("an hour after an at-word is that day's time, said before its day or after it", arguments: [
        ("Próxima llamada: a las once el miércoles.", "es", "2027-05-26", "11:00"),
        ("Let's talk at three on Thursday.", "en", "2027-05-27", "15:00"),
        ("Созвон в пять в четверг.", "ru", "2027-05-27", "17:00"),
        ("Ретро в пятницу в три, как обычно.", "ru", "2027-05-28", "15:00"),
        ("Созвон в четверг в 4.", "ru", "2027-05-27", "16:00"),
        ("Reunión el jueves a las 4.", "es", "2027-05-27", "16:00"),
    ])
    func hourBeforeItsDay(text: String, language: String, date: String, time: String) throws {
        let found = try Self.firstDate(text, language)
        #expect(found?.date == date && found?.time == time, "\(String(describing: found))")
    }

    @Test func aDayNumberRightAfterTheWeekdayStaysTheDay() throws {
        #expect(try Self.firstDate("Созвон в пятницу 4 июня.", "ru")?.date == "2027-06-04")
        #expect(try Self.firstDate("Llamada el viernes 4 de junio.", "es")?.date == "2027-06-04")
    }

    @Test("a count is no time: 'a las dos personas el miércoles', 'шестнадцать тридцать' without an at-word")
    func countsStayCounts() throws {
        #expect(try Self.firstDate("Vienen a las dos personas el miércoles.", "es")?.time == nil)
        #expect(try extract("Участников шестнадцать, тридцать мест в зале.\n", date: "2027-05-24", language: "ru").dates.allSatisfy { $0.time == nil })
    }

    @Test("French and Spanish say the day before its month as a cardinal; German counts stay counts")
    func cardinalDays() throws {
        let french = try extract("Rendez-vous jeudi quatre mars à quatorze heures.\n", date: "2027-02-24", language: "fr").dates.first
        #expect(french?.date == "2027-03-04" && french?.time == "14:00", "\(String(describing: french))")
        #expect(try extract("Reunión el cuatro de marzo.\n", date: "2027-02-24", language: "es").dates.first?.date == "2027-03-04")
        #expect(try extract("Wir haben drei März-Termine.\n", date: "2027-02-24", language: "de").dates.isEmpty)
    }
}
