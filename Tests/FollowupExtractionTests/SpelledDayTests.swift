import FollowupExtraction
import FollowupTestSupport
import Testing

/// Spanish and French say the day of the month as a cardinal ("el jueves veintiocho", "le jeudi vingt-huit"); after a
/// weekday it names which Thursday. Reference: Wednesday 2027-01-20; the expected days were worked out on a calendar.
@Suite struct SpelledDayTests {
    static let reference = "2027-01-20"

    @Test("a weekday and its day in words", arguments: [
        ("es", "Nos vemos el jueves veintiocho a las diez.", "2027-01-28", "10:00"),
        ("es", "Ana manda la propuesta el viernes doce.", "2027-02-12", nil),
        ("es", "Hablamos el domingo treinta y uno.", "2027-01-31", nil),
        ("fr", "On se rappelle le jeudi vingt-huit à 10 h.", "2027-01-28", "10:00"),
        ("fr", "Marc envoie le devis vendredi douze.", "2027-02-12", nil),
    ] as [(String, String, String, String?)])
    func weekdayAndCardinal(language: String, sentence: String, date: String, time: String?) throws {
        let record = try extract(sentence + "\n", date: Self.reference, language: language)
        #expect(record.dates.map(\.date) == [date], "\(sentence)")
        #expect(record.dates.first?.time == time, "\(sentence)")
    }

    /// A number after a weekday that counts something, or is said as a time, is no day; a past tense after "let's" does
    /// not make the weekday the last one (set 33: "Let's speak again on Friday once you've had the RCA" was last Friday).
    @Test("a count, a time or a past tense after a weekday leaves its day", arguments: [
        ("es", "El viernes dos personas vienen a la oficina.", "2027-01-22"),
        ("en", "Let's talk Monday, one of us will call.", "2027-01-25"),
        ("en", "Let's speak again on Friday once you've had the report.", "2027-01-22"),
        ("ru", "Давайте созвонимся в пятницу, когда вы получили отчёт.", "2027-01-22"),
    ])
    func countAfterWeekday(language: String, sentence: String, date: String) throws {
        let record = try extract(sentence + "\n", date: Self.reference, language: language)
        #expect(record.dates.map(\.date) == [date], "\(sentence)")
    }

    /// After a deadline phrase ("para el", "d'ici le") a cardinal is the day of the month, as the digits are ("para el
    /// 15"): the next such day on or after the reference; a share or a count after it keeps it a number.
    @Test("a cardinal day after a deadline phrase", arguments: [
        ("es", "Ana enviará la propuesta para el quince.", "2027-02-15"),
        ("es", "Ana enviará la propuesta antes del veinticinco.", "2027-01-25"),
        ("fr", "Anne enverra le devis d'ici le quinze.", "2027-02-15"),
        ("fr", "Anne enverra le devis avant le vingt-cinq.", "2027-01-25"),
    ])
    func cardinalAfterDeadline(language: String, sentence: String, date: String) throws {
        let record = try extract(sentence + "\n", date: Self.reference, language: language)
        #expect(record.dates.map(\.date) == [date], "\(sentence)")
        #expect(record.actionItems.first?.due?.date == date, "\(sentence)")
    }

    @Test("a share after a deadline phrase is no day", arguments: [
        ("es", "Subimos el precio hasta el quince por ciento."),
        ("fr", "On baisse le prix avant le quinze pour cent."),
    ])
    func shareAfterDeadline(language: String, sentence: String) throws {
        let record = try extract(sentence + "\n", date: Self.reference, language: language)
        #expect(record.dates.isEmpty, "\(sentence)")
    }
}
