import Foundation
import FollowupExtraction
import Testing

@testable import FollowupRendering

/// Unfolded content lines of the VEVENT whose SUMMARY starts with `summary`.
func event(_ calendar: String, summary: String) -> [String]? {
    let unfolded = calendar.replacingOccurrences(of: "\r\n ", with: "")
    var current: [String] = []
    var inside = false
    for line in unfolded.components(separatedBy: "\r\n") {
        if line == "BEGIN:VEVENT" { inside = true; current = [] }
        if inside { current.append(line) }
        if line == "END:VEVENT" {
            inside = false
            if current.contains(where: { $0.hasPrefix("SUMMARY:" + summary) }) { return current }
        }
    }
    return nil
}

@Suite struct CalendarRendererTests {
    func render(_ record: ExtractionRecord = Fixtures.acme(), settings: RenderSettings = Fixtures.settings()) throws -> String {
        try CalendarRenderer(settings: settings).render([record])
    }

    @Test func calendarHeaderIsPublishWithProductID() throws {
        let calendar = try render()
        #expect(calendar.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//followup//followup 0.1//EN\r\n"))
        #expect(calendar.contains("\r\nMETHOD:PUBLISH\r\n"))
        #expect(calendar.hasSuffix("END:VCALENDAR\r\n"))
        // CRLF everywhere: no LF without its CR.
        #expect(!calendar.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func timedDeadlineIsInTheMeetingZoneWithAMatchingTimeZone() throws {
        let lines = try #require(event(try render(), summary: "Alice: send the revised proposal"))
        #expect(lines.contains("DTSTART;TZID=Europe/Berlin:20261127T150000"))
        #expect(lines.contains("DTEND;TZID=Europe/Berlin:20261127T153000"))
        #expect(lines.contains("TRIGGER:-P1D"))
        #expect(try render().contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"))
    }

    @Test func dateOnlyDeadlineIsAllDayWithExclusiveEnd() throws {
        let lines = try #require(event(try render(), summary: "Bob: check the price floor with finance"))
        #expect(lines.contains("DTSTART;VALUE=DATE:20261124"))
        #expect(lines.contains("DTEND;VALUE=DATE:20261125"))
        // Midnight minus 15 hours: 09:00 the day before.
        #expect(lines.contains("TRIGGER:-PT15H"))
    }

    @Test func descriptionNamesMeetingSourceAndOtherAttendees() throws {
        let lines = try #require(event(try render(), summary: "Alice: send the revised proposal"))
        let description = try #require(lines.first { $0.hasPrefix("DESCRIPTION:") })
        #expect(description == "DESCRIPTION:Meeting: ACME renewal call\\, Mon\\, Nov 23\\nFrom the notes (line 14): Alice will send the revised proposal by Friday 3pm\\nOther attendees: Bob Lee\\, Dana Whitfield")
    }

    /// Set 32's calendars quoted `<v …>` tags and whole Whisper JSON segments: the description quotes the words said.
    @Test("a transcript's source line is quoted without its markup", arguments: [
        "<v Alice Chen>Alice will send the revised proposal by Friday 3pm</v>",
        #"{"id": 7, "start": 41.0, "end": 44.5, "text": " Alice will send the revised proposal by Friday 3pm", "speaker": "Alice Chen"},"#,
    ])
    func transcriptMarkupStaysOutOfTheDescription(line: String) throws {
        var record = Fixtures.acme()
        let index = try #require(record.actionItems.firstIndex { $0.source?.line == 14 })
        record.actionItems[index].source?.text = line
        let lines = try #require(event(try render(record), summary: "Alice: send the revised proposal"))
        let description = try #require(lines.first { $0.hasPrefix("DESCRIPTION:") })
        #expect(description.contains("From the notes (line 14): Alice will send the revised proposal by Friday 3pm\\n"), "\(description)")
        #expect(!description.contains("<v") && !description.contains("start"), "\(description)")
    }

    @Test func itemsWithoutDueDateHaveNoEvent() throws {
        #expect(event(try render(), summary: "book the venue") == nil)
        #expect(try render().components(separatedBy: "BEGIN:VEVENT").count - 1 == 4)  // 2 items, call, check-back
    }

    @Test(arguments: [(2, "TRIGGER:-P2D", "TRIGGER:-PT39H"), (1, "TRIGGER:-P1D", "TRIGGER:-PT15H")])
    func reminderLeadIsConfigurable(lead: Int, timed: String, allDay: String) throws {
        let calendar = try render(settings: Fixtures.settings(lead: lead))
        #expect(try #require(event(calendar, summary: "Alice:")).contains(timed))
        #expect(try #require(event(calendar, summary: "Bob:")).contains(allDay))
    }

    @Test func leadZeroWritesNoAlarm() throws {
        let calendar = try render(settings: Fixtures.settings(lead: 0))
        #expect(try #require(event(calendar, summary: "Alice:")).allSatisfy { $0 != "BEGIN:VALARM" })
    }

    @Test func checkBackIsThreeWorkingDaysAfterTheMeeting() throws {
        // Mon 23 Nov + 3 working days = Thu 26 Nov.
        let lines = try #require(event(try render(), summary: "No reply from Dana Whitfield? Follow up"))
        #expect(lines.contains("DTSTART;VALUE=DATE:20261126"))
        #expect(lines.contains("DTEND;VALUE=DATE:20261127"))
    }

    @Test func checkBackSkipsTheWeekend() throws {
        var record = Fixtures.acme()
        record.meeting.date = "2026-11-26"  // Thursday → Fri, Mon, Tue
        let lines = try #require(event(try render(record), summary: "No reply from"))
        #expect(lines.contains("DTSTART;VALUE=DATE:20261201"))
    }

    @Test func nextContactWithTimeIsAConfirmedHalfHour() throws {
        let lines = try #require(event(try render(), summary: "Call: ACME renewal call"))
        #expect(lines.contains("DTSTART;TZID=Europe/Berlin:20261202T090000"))
        #expect(lines.contains("DTEND;TZID=Europe/Berlin:20261202T093000"))
        #expect(lines.contains("STATUS:CONFIRMED"))
    }

    @Test func withoutNextContactATentativeProposalAtTheNextFavourableSlot() throws {
        let lines = try #require(event(try render(Fixtures.acme(nextContact: nil)), summary: "Proposed call: ACME renewal call"))
        #expect(lines.contains("DTSTART;TZID=Europe/Berlin:20261125T080000"))
        #expect(lines.contains("DTEND;TZID=Europe/Berlin:20261125T083000"))
        #expect(lines.contains("STATUS:TENTATIVE"))
    }

    @Test func nextContactWithoutTimeIsTentativeAtTheWindowStart() throws {
        let record = Fixtures.acme(nextContact: ExtractionRecord.NextContact(date: "2026-12-03", time: nil, text: "call Thursday", source: nil))
        let lines = try #require(event(try render(record), summary: "Call: ACME renewal call"))
        #expect(lines.contains("DTSTART;TZID=Europe/Berlin:20261203T080000"))
        #expect(lines.contains("STATUS:TENTATIVE"))
    }

    @Test func configuredCallWindowsAreUsed() throws {
        var settings = Fixtures.settings()
        settings.callWindows = [RenderSettings.CallWindow(weekdays: [5], startMinute: 16 * 60 + 30, endMinute: 17 * 60)]
        settings.callMinutes = 45
        let lines = try #require(event(try render(Fixtures.acme(nextContact: nil), settings: settings), summary: "Proposed call"))
        #expect(lines.contains("DTSTART;TZID=Europe/Berlin:20261127T163000"))
        #expect(lines.contains("DTEND;TZID=Europe/Berlin:20261127T171500"))
    }

    @Test func uidsAreStableAcrossRunsAndClocksButSequenceAndStampFollowTheClock() throws {
        let first = try render()
        let later = try render(settings: Fixtures.settings(now: Fixtures.now + 3_600))
        func values(_ calendar: String, _ name: String) -> [String] {
            calendar.components(separatedBy: "\r\n").filter { $0.hasPrefix(name + ":") }
        }
        #expect(values(first, "UID") == values(later, "UID"))
        #expect(Set(values(first, "UID")).count == 4)
        #expect(values(first, "DTSTAMP").allSatisfy { $0 == "DTSTAMP:20261123T170000Z" })
        #expect(values(later, "DTSTAMP").allSatisfy { $0 == "DTSTAMP:20261123T180000Z" })
        // Minutes since the meeting day began (UTC): 17:00 → 1020, 18:00 → 1080.
        #expect(values(first, "SEQUENCE").allSatisfy { $0 == "SEQUENCE:1020" })
        #expect(values(later, "SEQUENCE").allSatisfy { $0 == "SEQUENCE:1080" })
        #expect(first == (try render()))
    }

    @Test func movingADeadlineKeepsItsUID() throws {
        var moved = Fixtures.acme()
        moved.actionItems[0].due = ExtractionRecord.Due(date: "2026-11-30", time: "10:00", text: "Monday")
        let uid = { (calendar: String) in event(calendar, summary: "Alice:")?.first { $0.hasPrefix("UID:") } }
        #expect(try uid(render()) != nil)
        #expect(try uid(render()) == uid(render(moved)))
    }

    @Test func theSameTaskTwiceGetsTwoUIDs() throws {
        var record = Fixtures.acme()
        record.actionItems.append(record.actionItems[0])
        let calendar = try render(record)
        let uids = calendar.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
        #expect(uids.count == 5)
        #expect(Set(uids).count == 5)
    }

    @Test func todosAreWrittenOnlyWhenAsked() throws {
        #expect(!(try render()).contains("BEGIN:VTODO"))
        let calendar = try render(settings: Fixtures.settings(todos: true))
        #expect(calendar.components(separatedBy: "BEGIN:VTODO").count - 1 == 2)
        #expect(calendar.contains("DUE;TZID=Europe/Berlin:20261127T150000"))
        #expect(calendar.contains("DUE;VALUE=DATE:20261124"))
    }

    @Test func organizerIsTheConfiguredSender() throws {
        #expect(try render().contains("\r\nORGANIZER;CN=\"Alice Chen\":mailto:alice@example.com\r\n"))
    }

    @Test func perPersonCalendarHoldsOnlyTheirItems() throws {
        let calendar = try CalendarRenderer(settings: Fixtures.settings()).render([Fixtures.acme()], owner: "Bob Lee")
        #expect(calendar.components(separatedBy: "BEGIN:VEVENT").count - 1 == 1)
        #expect(event(calendar, summary: "Bob: check the price floor") != nil)
    }

    @Test func hostileTextStaysInsideItsProperty() throws {
        let calendar = try render(Fixtures.hostile())
        let lines = calendar.components(separatedBy: "\r\n")
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 4)
        #expect(lines.filter { $0 == "END:VEVENT" }.count == 4)
        #expect(!lines.contains { $0.hasPrefix("SUMMARY:pwned") })
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
    }
}
