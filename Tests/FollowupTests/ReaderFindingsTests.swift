import Foundation
import Followup
import FollowupExtraction
import FollowupTestSupport
import Testing

/// What readers of generated follow-ups flagged (issue 13's 20-note reading), each class on notes
/// written for it here: abbreviations that cut a task, titles before names, a call time nobody said,
/// a meeting's day in its title, a deadline taken for a meeting, a weekday that settles 12/2.
@Suite struct ReaderFindingsTests {
    static func followUp(_ notes: String) throws -> (text: String, record: ExtractionRecord) {
        try SendableTextTests.followUp(notes)
    }

    @Test("a dot after 'incl.', 'inkl.' or 'approx.' ends no task", arguments: [
        ("Laura to send the updated plan incl. headcount phasing to the board by Friday", "send the updated plan incl. headcount phasing to the board"),
        ("Mark will ship approx. 20 samples to Denver by Monday", "ship approx. 20 samples to Denver"),
    ])
    func abbreviationsKeepTheTask(line: String, task: String) throws {
        let (_, record) = try Self.followUp("Call 2026-12-03\n\n- \(line)\n- Dana will book the room by Tuesday\n")
        #expect(record.actionItems.first?.task == task, "\(record.actionItems.map(\.task))")
    }

    @Test func germanAbbreviationKeepsItsCapitalisedNoun() throws {
        let (_, record) = try Self.followUp("""
            Protokoll: Lieferantengespräch Büroausstattung
            Datum: 01.12.2026
            Teilnehmer: Sabine Hartmann, Herr Schulz

            Aufgaben
            - Herr Schulz: überarbeitetes Angebot inkl. Rabatt und Skonto bis Freitag.
            - Sabine: Stellplan für beide Etagen bis 15.01.
            """)
        let item = try #require(record.actionItems.first)
        #expect(item.task == "überarbeitetes Angebot inkl. Rabatt und Skonto")
        #expect(record.meeting.title == "Lieferantengespräch Büroausstattung")
    }

    @Test func aNameAfterATitleKeepsTheTitle() throws {
        let (text, _) = try Self.followUp("""
            Protokoll: Lieferantengespräch
            Datum: 01.12.2026
            Teilnehmer: Sabine Hartmann, Herr Schulz

            Aufgaben
            - Herr Schulz: überarbeitetes Angebot bis Freitag.
            - Sabine: Stellplan für beide Etagen bis 15.01.
            """)
        #expect(text.contains("- Herr Schulz: überarbeitetes Angebot"), "\(text)")
        #expect(!text.contains("- Herr:"))
        #expect(text.contains("Herr Schulz"))
    }

    @Test func aDayWithoutATimeIsNotGivenOne() throws {
        let (text, _) = try Self.followUp("""
            Board update
            Date: 2026-12-03

            - Peter to circulate the written consent by Dec 10
            - Next board meeting: March 11, 2027
            """)
        #expect(text.contains("Let's speak again on Thu, Mar 11."), "\(text)")
        #expect(!text.contains("suit you"))
    }

    @Test func germanDayWithoutTimeEndsWithOneDot() throws {
        let (text, _) = try Self.followUp("""
            Besprechung Einkauf
            Datum: 01.12.2026

            - Jörg klärt die Monitorarme bis nächsten Dienstag.
            - Nächster Termin: Donnerstag, 10.12.
            """)
        #expect(text.contains("Wir sprechen uns wieder am Do., 10. Dez."), "\(text)")
        #expect(!text.contains("Dez.."))
    }

    @Test func aTitleThatNamesTheMeetingKindGivesItsDay() throws {
        let (text, record) = try Self.followUp("""
            стендап 03.12 команда мобилки

            Ксюша:
            - Артур, скинь мне список багов по оплате до конца дня
            - ретро перенесли на вторник 16:00
            """)
        #expect(record.meeting.date == "2026-12-03")
        #expect(record.nextContact?.date == "2026-12-08")
        #expect(record.nextContact?.time == "16:00")
        #expect(!text.contains("4 дек."), "\(text)")
    }

    @Test func aDeadlineWithAMeetingWordIsNoNextMeeting() throws {
        let (_, record) = try Self.followUp("""
            hiring sync  3 dec

            - kate to get finance approval by friday
            - interview panel training: everyone finishes by end of month
            """)
        #expect(record.nextContact == nil)
    }

    @Test func theWeekdaySettlesHowANumericDateReads() throws {
        let (text, record) = try Self.followUp("""
            # Acme pricing call
            **Tue, Dec 1, 2026**

            | Owner | Action | Due |
            |---|---|---|
            | Nina | Security questionnaire to Omar | Thu 12/3 |
            | Omar | Pilot workspace ready | Fri 12/4 |
            """)
        #expect(record.actionItems.map { $0.due?.date } == ["2026-12-03", "2026-12-04"])
        #expect(!record.questions.contains { $0.reason == "two-way-date" }, "\(record.questions.map(\.text))")
        #expect(!text.contains("mean December"))
    }
}
