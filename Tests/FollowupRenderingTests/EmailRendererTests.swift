import Foundation
import FollowupExtraction
import Testing

@testable import FollowupRendering

@Suite struct EmailRendererTests {
    func message(_ record: ExtractionRecord = Fixtures.acme(), settings: RenderSettings = Fixtures.settings()) throws -> String {
        try EmailRenderer(settings: settings).render(record).message
    }

    /// The header block, unfolded, as (name, value) pairs.
    func headers(_ message: String) -> [(String, String)] {
        let head = message.components(separatedBy: "\r\n\r\n")[0].replacingOccurrences(of: "\r\n ", with: " ")
        return head.components(separatedBy: "\r\n").map { line in
            let parts = line.split(separator: ":", maxSplits: 1)
            return (String(parts[0]), parts.count > 1 ? String(parts[1].dropFirst()) : "")
        }
    }

    @Test func linesKeptForTheSenderStayOutOfTheMessageAndItsReminders() throws {
        var record = Fixtures.acme()
        let aside = Fixtures.source(20, "Internal: finance lets us go to 80,000 RUB per quarter, don't mention")
        record.decisions.append(ExtractionRecord.Decision(id: "D2", text: "finance lets us go to 80,000 RUB per quarter", source: aside))
        record.actionItems.append(ExtractionRecord.ActionItem(
            id: "A4", task: "ask finance about the floor", owner: "Alice Chen",
            due: ExtractionRecord.Due(date: "2026-11-25", time: nil, text: "Wednesday"), amountIds: [], source: aside))
        let (message, review) = try EmailRenderer(settings: Fixtures.settings()).render(record)
        #expect(!message.contains("80,000") && !message.contains("ask finance"))
        let parts = message.components(separatedBy: "\r\n\r\n")
        let calendar = parts.compactMap { Data(base64Encoded: $0.replacingOccurrences(of: "\r\n", with: "")) }
            .compactMap { String(data: $0, encoding: .utf8) }.filter { $0.contains("BEGIN:VCALENDAR") }
        #expect(calendar.count == 1 && !calendar[0].contains("ask finance"), "\(calendar)")
        #expect(review.contains { $0.contains("marked internal") && $0.contains("20") }, "\(review)")
    }

    @Test func headersComeFromSettingsAndParticipants() throws {
        let fields = Dictionary(headers(try message()), uniquingKeysWith: { a, _ in a })
        #expect(fields["From"] == "Alice Chen <alice@example.com>")
        #expect(fields["To"] == "Bob Lee <bob@example.com>, Dana Whitfield <dana@acme-corp.com>")
        #expect(fields["Subject"] == "Follow-up: ACME renewal call, Nov 23")
        // Mon 23 Nov 2026 17:00 UTC is 18:00 in Berlin (winter time, +0100).
        #expect(fields["Date"] == "Mon, 23 Nov 2026 18:00:00 +0100")
        #expect(fields["MIME-Version"] == "1.0")
        #expect(fields["Message-ID"]?.hasSuffix("@example.com>") == true)
        #expect(fields["Content-Type"]?.hasPrefix("multipart/mixed; boundary=\"=_followup_mixed_") == true)
    }

    @Test func configuredAndFlaggedRecipientsComeFirstAndDuplicatesOnce() throws {
        var settings = Fixtures.settings()
        settings.to = ["Boss <boss@example.com>", "bob@example.com"]
        settings.cc = ["team@example.com"]
        let fields = Dictionary(headers(try message(settings: settings)), uniquingKeysWith: { a, _ in a })
        #expect(fields["To"] == "Boss <boss@example.com>, bob@example.com, Dana Whitfield <dana@acme-corp.com>")
        #expect(fields["Cc"] == "team@example.com")
    }

    @Test func noRecipientsSendsTheDraftToTheSender() throws {
        var record = Fixtures.acme()
        record.meeting.participants = record.meeting.participants.map { Fixtures.Record.Person(name: $0.name) }
        let fields = Dictionary(headers(try message(record)), uniquingKeysWith: { a, _ in a })
        #expect(fields["To"] == "Alice Chen <alice@example.com>")
    }

    @Test func nonASCIISubjectIsEncoded() throws {
        var record = Fixtures.acme()
        record.meeting.title = "Продление ACME"
        let raw = try message(record).components(separatedBy: "\r\n\r\n")[0]
        #expect(raw.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(raw.contains("Subject: =?UTF-8?B?"))
    }

    @Test func layoutIsMixedAlternativeAndCalendar() throws {
        let text = try message()
        let plain = try #require(text.range(of: "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable"))
        let html = try #require(text.range(of: "Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable"))
        let calendar = try #require(text.range(of: "Content-Type: text/calendar; charset=UTF-8; method=PUBLISH;"))
        #expect(plain.lowerBound < html.lowerBound && html.lowerBound < calendar.lowerBound)
        #expect(text.contains("Content-Disposition: attachment; filename=\"follow-up-2026-11-23.ics\""))
    }

    /// The check-back ("No reply from …? Follow up") is the sender's own reminder: the calendar the others
    /// receive has the deadlines and the next call, not it.
    @Test func theAttachedCalendarHasNoCheckBack() throws {
        let text = try message()
        let start = try #require(text.range(of: "Content-Transfer-Encoding: base64\r\n\r\n"))
        let body = text[start.upperBound...].prefix { $0 != "-" }.filter { !$0.isWhitespace }
        let calendar = try #require(Data(base64Encoded: String(body)).flatMap { String(data: $0, encoding: .utf8) })
        #expect(calendar.contains("BEGIN:VEVENT"))
        #expect(!calendar.contains("No reply from"))
        #expect(try CalendarRenderer(settings: Fixtures.settings()).render([Fixtures.acme()]).contains("No reply from"))
        // Nor the lines of notes the events come from: the others have no notes to look them up in.
        #expect(calendar.contains("SUMMARY:Alice: send the revised proposal"), "\(calendar)")
        #expect(!calendar.replacingOccurrences(of: "\r\n ", with: "").contains("From the notes"), "\(calendar)")
        let own = try CalendarRenderer(settings: Fixtures.settings()).render([Fixtures.acme()]).replacingOccurrences(of: "\r\n ", with: "")
        #expect(own.contains("From the notes (line 14)"))
    }

    @Test func hostileNamesAndTasksAddNoHeaderAndNoPart() throws {
        let text = try message(Fixtures.hostile())
        let names = headers(text).map { $0.0 }
        #expect(!names.contains("Bcc"))
        #expect(names.filter { $0 == "To" }.count == 1)
        // The bad address is left out; the valid participant stays.
        let to = try #require(headers(text).first { $0.0 == "To" }).1
        #expect(!to.contains("evil@example.org"))
        #expect(to.contains("<x@example.org>"))
        let boundaries = text.components(separatedBy: "\r\n").filter { $0.hasPrefix("--=_followup_") }
        #expect(boundaries.count == 6)  // mixed ×2 + close, alternative ×2 + close
    }

    @Test func noLineIsOver998AndEncodedLinesAreWithin78() throws {
        let lines = try message(Fixtures.hostile()).components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 998 })
        #expect(lines.allSatisfy { $0.utf8.count <= 78 })
        #expect(lines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
    }

    @Test func outputIsDeterministicForAFixedClock() throws {
        #expect(try message() == message())
        #expect(try message() != message(settings: Fixtures.settings(now: Fixtures.now + 60)))
    }
}
