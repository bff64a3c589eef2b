import FollowupExtraction
import FollowupTestSupport
import Testing

/// Calls are agreed aloud: "Donnerstag, neun Uhr", "à dix heures", a time said on its own right after the day
/// ("В одиннадцать?"), a time before its date ("à 10 h le mardi 9 mars"). Reference: Wednesday 2027-01-20; the expected
/// days were worked out on a calendar.
@Suite struct SpelledTimeTests {
    static let reference = "2027-01-20"

    /// The last three: a time before its date reads on through the whole date.
    @Test("an hour in words with the hour marker, or a time before its date", arguments: [
        ("de", "Treffen wir uns Donnerstag, neun Uhr.", "2027-01-21", "09:00"),
        ("de", "Montag acht Uhr passt.", "2027-01-25", "08:00"),
        ("de", "Der Termin ist am Freitag um acht Uhr abends.", "2027-01-22", "20:00"),
        ("fr", "On se rappelle le mercredi 27 janvier, à dix heures.", "2027-01-27", "10:00"),
        ("fr", "Le dîner est jeudi à vingt heures.", "2027-01-21", "20:00"),
        ("fr", "On refait un point mardi vingt-six, à quatorze heures.", "2027-01-26", "14:00"),
        ("fr", "Le conseil d'administration : mardi 26 janvier à dix-sept heures.", "2027-01-26", "17:00"),
        ("es", "Nos vemos el jueves a las dieciséis horas.", "2027-01-21", "16:00"),
        ("de", "Das Treffen ist Freitag um siebzehn Uhr.", "2027-01-22", "17:00"),
        ("fr", "On se voit à 10 h le mardi 9 février.", "2027-02-09", "10:00"),
        ("es", "Nos vemos a las 10:00 el martes 9 de febrero.", "2027-02-09", "10:00"),
        ("de", "Der Verkauf findet um 19:00 Uhr am 22.12.2027 statt.", "2027-12-22", "19:00"),
        // After a day and an at-word, an hour in words is a time whatever word follows it.
        ("en", "Let's regroup Friday at four once the refs are in.", "2027-01-22", "16:00"),
        ("ru", "Давайте в четверг в двенадцать коротко созвонимся.", "2027-01-21", "12:00"),
        ("es", "¿Os va bien el lunes a las diez por videollamada?", "2027-01-25", "10:00"),
        // Minutes in words after the hour marker.
        ("fr", "On se rappelle mardi vingt-six, à neuf heures trente ?", "2027-01-26", "09:30"),
        ("fr", "Le point est jeudi à 16 heures quinze.", "2027-01-21", "16:15"),
        ("fr", "Rendez-vous vendredi à onze heures quarante-cinq.", "2027-01-22", "11:45"),
        ("de", "Wir telefonieren am Dienstag um neun Uhr dreißig.", "2027-01-26", "09:30"),
    ] as [(String, String, String, String)])
    func hourWithMarker(language: String, sentence: String, date: String, time: String) throws {
        let record = try extract(sentence + "\n", date: Self.reference, language: language)
        #expect(record.dates.map(\.date) == [date], "\(sentence)")
        #expect(record.dates.first?.time == time, "\(sentence)")
    }

    @Test func aDottedHourWithItsMarkerIsNoDate() throws {
        let record = try extract("Lass uns um 18.12 Uhr einen Kaffee trinken.\n", date: Self.reference, language: "de")
        #expect(record.dates.map(\.date) == [Self.reference])
        #expect(record.dates.first?.time == "18:12")
    }

    /// A sentence that is only an at-word and an hour in words, after the proposed day, is that call's time; a count
    /// after "a" ("Il y en a trois.") is none.
    @Test func aTimeSaidAloneAfterTheDayIsTheCallsTime() throws {
        let russian = try extract("""
            Андрей Козлов: Созвонимся в следующий вторник? В одиннадцать?
            Ольга Смирнова: Да, давайте.
            """, date: Self.reference, language: "ru")
        #expect(russian.nextContact?.date == "2027-01-26")
        #expect(russian.nextContact?.time == "11:00")
        let spanish = try extract("""
            Ana Ruiz: Pues hablamos el jueves veintiocho, ¿te parece? Sobre las nueve.
            Luis Vega: Vale, perfecto.
            """, date: Self.reference, language: "es")
        #expect(spanish.nextContact?.date == "2027-01-28")
        #expect(spanish.nextContact?.time == "09:00")
        let count = try extract("Pour les salles, il y en a trois.\n", date: Self.reference, language: "fr")
        #expect(count.dates.isEmpty)
    }

    /// A weekly meeting's time said with its weekday, its first day said without a time: the first is the next contact,
    /// at that time. "Today at 4pm" stays today.
    @Test func aRecurringTimeAndTheFirstDayAreOneMeeting() throws {
        let russian = try extract("- Статус-встречи еженедельно по четвергам в 10:00, первая — 28.01.\n", date: Self.reference, language: "ru")
        #expect(russian.nextContact?.date == "2027-01-28")
        #expect(russian.nextContact?.time == "10:00")
        let french = try extract("- Prochain point : tous les mardis à 9 h 30 en visio, premier point le mardi 26 janvier.\n", date: Self.reference, language: "fr")
        #expect(french.nextContact?.date == "2027-01-26")
        #expect(french.nextContact?.time == "09:30")
        let today = try extract("- Quick call today at 4pm, and the deck is due Friday.\n", date: Self.reference, language: "en")
        #expect(today.nextContact?.date == Self.reference)
    }
}
