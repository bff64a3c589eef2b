import FollowupExtraction
import FollowupTestSupport
import Testing

/// A day written out with its weekday is that day, the meeting's own day too (set 36: "17.02, чт" on Thursday the 17th
/// was read as the Thursday after). Text written for this test.
@Suite("A written day with its weekday")
struct WrittenDayTests {
    @Test("today's date with today's weekday is today", arguments: ["04.12, пт, переговорка", "Fri 12/4, room 2"])
    func todayAsWritten(line: String) throws {
        let record = try extract("Встреча\n\(line)\n\n- Дмитрий пришлёт оффер до среды\n", date: "2026-12-04")
        let written = record.dates.first { $0.source?.line == 2 }
        #expect(written?.date == "2026-12-04", "\(record.dates)")
    }
}
