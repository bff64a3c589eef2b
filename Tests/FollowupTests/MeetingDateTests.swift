import Followup
import FollowupText
import Testing

/// The meeting's day read from the notes themselves (no `--date`); today is Friday 2026-12-04.
@Suite("Meeting date from the notes' first lines")
struct MeetingDateTests {
    static func meetingDate(_ notes: String, file: String) throws -> String {
        let today = try #require(CivilDate(iso: "2026-12-04"))
        let options = PipelineOptions(timeZone: "UTC", today: today)
        return try Pipeline(options: options).process(bytes: Array(notes.utf8), source: file).record.meeting.date
    }

    @Test("a Markdown title's date, whatever else the title holds", arguments: [
        "# #checkout-squad standup — Thu Nov 19\n\n- Dana will fix the retry by Friday\n",
        "# Q4 check-in w/ north-west team, Nov 19\n\n- Dana will fix the retry by Friday\n",
    ])
    func markdownTitle(notes: String) throws {
        #expect(try Self.meetingDate(notes, file: "standup.md") == "2026-11-19")
    }

    @Test("a date in one cell of a piped header line")
    func pipedHeader() throws {
        let notes = "ACCOUNT: Harbor Labs\nACTIVITY: Discovery call 2 | 9/22/26 | 45 min | Zoom\nOWNER: Marcus\n\nMarcus will send the pricing by Friday.\n"
        #expect(try Self.meetingDate(notes, file: "crm.txt") == "2026-09-22")
    }

    @Test("a labelled date line wins over a holiday the title names")
    func labelledOverHoliday() throws {
        let notes = "# Acta: Campaña de Navidad\n\n**Fecha:** 20/10/2026\n\n- Lucía enviará el brief el viernes.\n"
        #expect(try Self.meetingDate(notes, file: "acta.md") == "2026-10-20")
    }
}
