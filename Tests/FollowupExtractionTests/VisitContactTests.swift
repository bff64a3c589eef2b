import FollowupExtraction
import FollowupTestSupport
import Testing

/// The next time the sides meet is often no call but a visit, an inspection or a presentation ("site visit",
/// "presentation" were English contact nouns; the other four languages lacked them). Reference: Wednesday 2027-01-20;
/// the expected days were worked out on a calendar. Notes written for these tests.
@Suite struct VisitContactTests {
    static let reference = "2027-01-20"

    @Test("a visit, an inspection or a presentation with its day and time", arguments: [
        ("de", "- Besichtigung der Halle: Dienstag, 26.01., 10 Uhr, vor Ort", "2027-01-26", "10:00"),
        ("es", "- Visita técnica al hotel el miércoles 27 de enero a las 11:00", "2027-01-27", "11:00"),
        ("fr", "- Visite sur place le jeudi 28 janvier à 10 h", "2027-01-28", "10:00"),
        ("ru", "- Презентация макетов: четверг, 28 января, в 15:00", "2027-01-28", "15:00"),
    ] as [(String, String, String, String)])
    func visitIsTheNextContact(language: String, line: String, date: String, time: String) throws {
        let record = try extract("Notes\n\n" + line + "\n", date: Self.reference, language: language)
        #expect(record.nextContact?.date == date, "\(line)")
        #expect(record.nextContact?.time == time, "\(line)")
    }
}
