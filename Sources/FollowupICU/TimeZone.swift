import CICUShim

/// Time-zone facts from ICU's zone data: offsets, transitions (for VTIMEZONE), wall time to UTC.
public struct ICUTimeZone: Sendable, Hashable {
    public let identifier: String

    /// A zone ICU knows; nil for an unknown ID (ICU itself would fall back to GMT silently).
    public init?(_ identifier: String) {
        guard fu_time_zone_is_known(identifier) == 1 else { return nil }
        self.identifier = identifier
    }

    public static var systemDefault: ICUTimeZone {
        var status: Int32 = 0
        var buffer = [CChar](repeating: 0, count: 128)
        let length = fu_default_time_zone(&buffer, 127, &status)
        let name = status <= 0 && length > 0 ? String(cStringBuffer: buffer) : "UTC"
        return ICUTimeZone(name) ?? ICUTimeZone(unchecked: "UTC")
    }

    private init(unchecked identifier: String) { self.identifier = identifier }

    /// UTC under any of its names: what a server or a container says when nobody set its zone.
    public var isUniversal: Bool {
        ["UTC", "Etc/UTC", "Etc/UCT", "UCT", "GMT", "Etc/GMT", "Etc/GMT0", "GMT0", "Universal", "Etc/Universal", "Zulu", "Etc/Zulu"]
            .contains(identifier)
    }

    /// Milliseconds since 1970 (UTC) of a wall-clock time in this zone.
    public func utcMillis(year: Int, month: Int, day: Int, hour: Int, minute: Int) throws -> Double {
        var status: Int32 = 0
        let millis = fu_local_to_utc(identifier, Int32(year), Int32(month), Int32(day), Int32(hour), Int32(minute), &status)
        try ICUError.check(status, "local time in \(identifier)")
        return millis
    }

    /// Total offset from UTC (raw + daylight) in seconds at a UTC instant.
    public func offsetSeconds(atUTCMillis millis: Double) throws -> Int {
        var status: Int32 = 0
        var raw: Int32 = 0
        var dst: Int32 = 0
        fu_zone_offsets(identifier, millis, &raw, &dst, &status)
        try ICUError.check(status, "offsets of \(identifier)")
        return Int(raw + dst) / 1000
    }

    public func isDaylight(atUTCMillis millis: Double) throws -> Bool {
        var status: Int32 = 0
        var raw: Int32 = 0
        var dst: Int32 = 0
        fu_zone_offsets(identifier, millis, &raw, &dst, &status)
        try ICUError.check(status, "offsets of \(identifier)")
        return dst != 0
    }

    /// The next offset change strictly after `millis`, or nil.
    public func nextTransition(afterUTCMillis millis: Double) throws -> Double? {
        var status: Int32 = 0
        var transition: Double = 0
        let found = fu_next_transition(identifier, millis, &transition, &status)
        try ICUError.check(status, "transitions of \(identifier)")
        return found == 1 ? transition : nil
    }

    /// `millis` formatted in this zone with the locale's best pattern for an ICU skeleton.
    ///
    /// Formatters are opened once per (locale, skeleton, zone) and kept: opening one costs a
    /// pattern generator, about a millisecond; formatting with it costs microseconds.
    public func format(utcMillis millis: Double, skeleton: String, locale: String) throws -> String {
        try DateFormat.cached(locale: locale, skeleton: skeleton, zone: identifier).format(utcMillis: millis)
    }
}
