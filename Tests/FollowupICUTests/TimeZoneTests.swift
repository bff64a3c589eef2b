import Testing
import FollowupICU

@Suite("ICUTimeZone: offsets and DST transitions from ICU's zone data")
struct TimeZoneTests {
    // UTC milliseconds, worked out by hand from the calendar (1 day = 86 400 000 ms).
    static let winterNoonUTC = 1_768_478_400_000.0  // 2026-01-15T12:00Z
    static let summerNoonUTC = 1_784_116_800_000.0  // 2026-07-15T12:00Z
    static let springForward = 1_774_746_000_000.0  // 2026-03-29T01:00Z: 02:00 CET → 03:00 CEST
    static let fallBack = 1_792_890_000_000.0  // 2026-10-25T01:00Z: 03:00 CEST → 02:00 CET

    @Test("known IANA IDs open; unknown ones are nil instead of GMT")
    func known() {
        #expect(ICUTimeZone("Europe/Berlin") != nil)
        #expect(ICUTimeZone("America/New_York") != nil)
        #expect(ICUTimeZone("Europe/Moscow") != nil)
        #expect(ICUTimeZone("Mars/Olympus_Mons") == nil)
        #expect(ICUTimeZone("") == nil)
    }

    @Test("Berlin is UTC+1 in winter and UTC+2 in summer")
    func offsets() throws {
        let berlin = try #require(ICUTimeZone("Europe/Berlin"))
        #expect(try berlin.offsetSeconds(atUTCMillis: Self.winterNoonUTC) == 3600)
        #expect(try berlin.offsetSeconds(atUTCMillis: Self.summerNoonUTC) == 7200)
        #expect(try !berlin.isDaylight(atUTCMillis: Self.winterNoonUTC))
        #expect(try berlin.isDaylight(atUTCMillis: Self.summerNoonUTC))
    }

    @Test("the offset changes exactly at the transition instant")
    func aroundTransition() throws {
        let berlin = try #require(ICUTimeZone("Europe/Berlin"))
        #expect(try berlin.offsetSeconds(atUTCMillis: Self.springForward - 1) == 3600)
        #expect(try berlin.offsetSeconds(atUTCMillis: Self.springForward) == 7200)
        #expect(try berlin.offsetSeconds(atUTCMillis: Self.fallBack - 1) == 7200)
        #expect(try berlin.offsetSeconds(atUTCMillis: Self.fallBack) == 3600)
    }

    @Test("next transitions after New Year 2026 are the last Sundays of March and October")
    func transitions() throws {
        let berlin = try #require(ICUTimeZone("Europe/Berlin"))
        let first = try #require(try berlin.nextTransition(afterUTCMillis: Self.winterNoonUTC))
        #expect(first == Self.springForward)
        let second = try #require(try berlin.nextTransition(afterUTCMillis: first))
        #expect(second == Self.fallBack)
    }

    @Test("UTC has no transitions")
    func utcHasNone() throws {
        let utc = try #require(ICUTimeZone("UTC"))
        #expect(try utc.nextTransition(afterUTCMillis: Self.winterNoonUTC) == nil)
        #expect(try utc.offsetSeconds(atUTCMillis: Self.summerNoonUTC) == 0)
    }

    @Test("wall-clock time in Berlin to UTC, in winter and in summer")
    func wallClockToUTC() throws {
        let berlin = try #require(ICUTimeZone("Europe/Berlin"))
        // 10:00 CET on 23 Nov 2026 is 09:00Z.
        #expect(try berlin.utcMillis(year: 2026, month: 11, day: 23, hour: 10, minute: 0) == 1_795_424_400_000)
        // 03:00 CEST on 29 Mar 2026, the first wall-clock hour after the jump, is 01:00Z.
        #expect(try berlin.utcMillis(year: 2026, month: 3, day: 29, hour: 3, minute: 0) == Self.springForward)
        // 13:00 CEST on 15 Jul 2026 is 11:00Z.
        #expect(try berlin.utcMillis(year: 2026, month: 7, day: 15, hour: 13, minute: 0) == Self.summerNoonUTC - 3_600_000)
    }

    @Test("formats a day with the locale's pattern for a skeleton")
    func format() throws {
        let berlin = try #require(ICUTimeZone("Europe/Berlin"))
        let friday = 1_795_780_800_000.0  // 2026-11-27T12:00Z, a Friday
        #expect(try berlin.format(utcMillis: friday, skeleton: "yyyyMMdd", locale: "en_US_POSIX") == "11/27/2026")
        let british = try berlin.format(utcMillis: friday, skeleton: "EEEdMMM", locale: "en-GB")
        #expect(british.contains("Fri") && british.contains("27") && british.contains("Nov"))
    }

    @Test("the system default zone is one ICU knows")
    func systemDefault() {
        #expect(ICUTimeZone(ICUTimeZone.systemDefault.identifier) != nil)
    }
}
