import FollowupICU
import Testing

@testable import FollowupRendering

@Suite struct TimeZoneComponentTests {
    @Test(arguments: [(3600, "+0100"), (-12600, "-0330"), (0, "+0000"), (20700, "+0545"), (-18000, "-0500")])
    func offsetsAreWrittenAsSignedHoursAndMinutes(seconds: Int, expected: String) {
        #expect(TimeZoneComponent.offsetText(seconds) == expected)
    }

    @Test func berlinAcrossSpringAndAutumnHasBothObservances() throws {
        let zone = try #require(ICUTimeZone("Europe/Berlin"))
        // 2026-01-10 to 2026-12-10 (UTC millis): EU rules, last Sundays of March and October.
        let lines = try TimeZoneComponent.lines(zone: zone, fromUTCMillis: 1_768_003_200_000, toUTCMillis: 1_796_860_800_000)
        #expect(lines.first == "BEGIN:VTIMEZONE")
        #expect(lines.contains("TZID:Europe/Berlin"))
        let text = lines.joined(separator: "\n")
        // In effect on 10 January: the switch to winter time on Sun 26 Oct 2025, 03:00 summer time.
        #expect(text.contains("BEGIN:STANDARD\nDTSTART:20251026T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nEND:STANDARD"))
        // Sun 29 Mar 2026, 02:00 winter time → summer time.
        #expect(text.contains("BEGIN:DAYLIGHT\nDTSTART:20260329T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nEND:DAYLIGHT"))
        // Sun 25 Oct 2026, 03:00 summer time → winter time.
        #expect(text.contains("BEGIN:STANDARD\nDTSTART:20261025T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nEND:STANDARD"))
        #expect(lines.last == "END:VTIMEZONE")
    }

    @Test func zoneWithoutRecentTransitionsGetsOneStandardObservance() throws {
        let zone = try #require(ICUTimeZone("Asia/Tokyo"))
        let lines = try TimeZoneComponent.lines(zone: zone, fromUTCMillis: 1_795_400_000_000, toUTCMillis: 1_795_500_000_000)
        #expect(lines == [
            "BEGIN:VTIMEZONE", "TZID:Asia/Tokyo", "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0900",
            "TZOFFSETTO:+0900", "END:STANDARD", "END:VTIMEZONE",
        ])
    }
}
