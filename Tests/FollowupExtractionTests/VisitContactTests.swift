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
        ("fr", "- Conseil d'administration pour voter le budget : mardi 26 janvier à 17 h", "2027-01-26", "17:00"),
        ("es", "- Consejo de administración: martes 26 de enero a las 17:00", "2027-01-26", "17:00"),
        ("de", "- Die Vorstandssitzung ist am Dienstag, 26.01., um 17 Uhr", "2027-01-26", "17:00"),
    ] as [(String, String, String, String)])
    func visitIsTheNextContact(language: String, line: String, date: String, time: String) throws {
        let record = try extract("Notes\n\n" + line + "\n", date: Self.reference, language: language)
        #expect(record.nextContact?.date == date, "\(line)")
        #expect(record.nextContact?.time == time, "\(line)")
    }

    /// A call proposed as a question whose day follows ("Wollen wir nochmal telefonieren? Donnerstag, 28., um zehn?"),
    /// and a demonstration asked for whose day the next turn names ("…отдельную демонстрацию." "Давайте в четверг,
    /// двадцать восьмого, в 14:00?").
    @Test func aProposedCallOrDemoWithItsDayInTheNextSentence() throws {
        let german = try extract("""
            Thomas Lindner: Guten Tag, Frau Roth.
            Sabine Roth: Guten Tag, Herr Lindner.
            Thomas Lindner: Wollen wir nochmal telefonieren, wenn das Angebot da ist? Donnerstag, 28., um zehn?
            Sabine Roth: Donnerstag, 28. Januar, 10 Uhr, passt.
            """, date: Self.reference, language: "de")
        #expect(german.nextContact?.date == "2027-01-28" && german.nextContact?.time == "10:00", "\(String(describing: german.nextContact))")
        let russian = try extract("""
            Ольга Белова: Добрый день.
            Павел Смирнов: Добрый день.
            Ольга Белова: Для руководителей филиалов я бы хотела отдельную демонстрацию.
            Павел Смирнов: Конечно. Давайте в четверг, двадцать восьмого, в 14:00?
            Ольга Белова: В четверг в 14:00 могу.
            """, date: Self.reference, language: "ru")
        #expect(russian.nextContact?.date == "2027-01-28" && russian.nextContact?.time == "14:00", "\(String(describing: russian.nextContact))")
    }
}
