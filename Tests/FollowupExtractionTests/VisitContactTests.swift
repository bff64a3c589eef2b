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

    /// "Can we do Wednesday morning? The twenty-seventh, ten o'clock?" "Wednesday the twenty-seventh at ten works.": a day
    /// and time asked and said back in the next turn is when the sides meet again, though nobody named a call; in a
    /// Whisper transcript, which names no speakers, too. A day asked and not said back is no next contact.
    @Test func aDayAndTimeAskedAndSaidBackIsTheNextContact() throws {
        let turns = ["Hi Greg.", "Hi Olivia.", "I'd like to bring our contractor through. Can we do Wednesday morning? The twenty-seventh, ten o'clock?",
                     "Wednesday the twenty-seventh at ten works. I'll meet you in the lobby.", "Perfect."]
        let labelled = try extract(zip(["Olivia Grant", "Greg Hall", "Olivia Grant", "Greg Hall", "Olivia Grant"], turns).map { "\($0): \($1)" }
            .joined(separator: "\n"), date: Self.reference)
        #expect(labelled.nextContact?.date == "2027-01-27" && labelled.nextContact?.time == "10:00", "\(String(describing: labelled.nextContact))")
        let segments = turns.enumerated().map { #"{"start": \#($0.offset * 5).0, "end": \#($0.offset * 5 + 4).0, "text": " \#($0.element)"}"# }
        let whisper = try extract(#"{"text": "", "segments": ["# + segments.joined(separator: ", ") + "]}", date: Self.reference, file: "call.json")
        #expect(whisper.nextContact?.date == "2027-01-27" && whisper.nextContact?.time == "10:00", "\(String(describing: whisper.nextContact))")
        let unanswered = try extract("""
            Olivia Grant: Hi Greg.
            Greg Hall: Hi Olivia.
            Olivia Grant: Can we do Wednesday the twenty-seventh, ten o'clock?
            Greg Hall: I'm travelling that week, sorry.
            """, date: Self.reference)
        #expect(unanswered.nextContact == nil, "\(String(describing: unanswered.nextContact))")
    }

    /// The day set with its time, then said again without it at the goodbye ("Thursday the twenty-first, two Pacific.
    /// I'll send an invite." … "Talk Thursday."): the contact keeps the time.
    @Test func theDaySaidAgainKeepsItsTime() throws {
        let record = try extract("""
            Rachel Ford: Can we get back together on Thursday the twenty-first, two p.m. Pacific?
            Shauna Lee: That works.
            Rachel Ford: Great. Thursday the twenty-first, two Pacific. I will send an invite.
            Shauna Lee: Thanks.
            Rachel Ford: Of course. Talk Thursday.
            """, date: Self.reference)
        #expect(record.nextContact?.date == "2027-01-21" && record.nextContact?.time == "14:00", "\(String(describing: record.nextContact))")
    }

    /// Someone else's meeting ("We have a partners' meeting next Thursday", "the board's meeting on Monday") is not the
    /// next contact; the call set after it is. "Next week's call" still is one.
    @Test func someoneElsesMeetingIsNoContact() throws {
        let record = try extract("""
            Notes

            - We have a partners' meeting next Thursday, so the sign-off comes by the end of next week.
            - Shall we do a quick call after that? Say Friday the twenty-ninth, eleven o'clock?
            """, date: Self.reference, language: "en")
        #expect(record.nextContact?.date == "2027-01-29", "\(String(describing: record.nextContact))")
        let board = try extract("Notes\n\n- The Board's meeting is on Monday, they decide there.\n", date: Self.reference, language: "en")
        #expect(board.nextContact == nil, "\(String(describing: board.nextContact))")
        let ours = try extract("Notes\n\n- Next week's call: Tuesday at 10am.\n", date: Self.reference, language: "en")
        #expect(ours.nextContact?.date == "2027-01-26", "\(String(describing: ours.nextContact))")
        let lets = try extract("Notes\n\n- Great. So let's check in again next Tuesday at 7pm, same link.\n", date: Self.reference, language: "en")
        #expect(lets.nextContact?.date == "2027-01-26", "\(String(describing: lets.nextContact))")
    }

    /// Set 32's standup: "code freeze is tomorrow at noon … Same time tomorrow for standup" set the next standup at
    /// noon. "Same time" is this meeting's own time: none when the notes do not give it.
    @Test func sameTimeIsTheMeetingsOwnTime() throws {
        let transcript = "Reminder, code freeze is tomorrow at noon.\nDemo on Friday at eleven.\nSame time tomorrow for standup. Thanks all.\n"
        let untimed = try extract("Standup\n\n" + transcript, date: Self.reference, language: "en")
        #expect(untimed.nextContact?.date == "2027-01-21" && untimed.nextContact?.time == nil, "\(String(describing: untimed.nextContact))")
    }
}
