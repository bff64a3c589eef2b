import FollowupICU
import FollowupText

/// A VTIMEZONE built from ICU's transitions for one zone, covering an interval.
///
/// Holds the observance in effect at the start of the interval and every transition inside it,
/// each as a STANDARD or DAYLIGHT sub-component with a local-time DTSTART, TZOFFSETFROM and
/// TZOFFSETTO. A zone without transitions in the year before the interval gets one STANDARD
/// observance starting 1970-01-01 with its current offset.
enum TimeZoneComponent {
    private static let day = 86_400_000.0

    static func lines(zone: ICUTimeZone, fromUTCMillis start: Double, toUTCMillis end: Double) throws -> [String] {
        var transitions: [Double] = []
        var cursor = start - 400 * day
        var inEffect: Double?
        while let next = try zone.nextTransition(afterUTCMillis: cursor), next <= end + day {
            if next <= start { inEffect = next } else { transitions.append(next) }
            cursor = next
        }
        var lines = ["BEGIN:VTIMEZONE", "TZID:" + zone.identifier]
        if let inEffect {
            lines += try observance(zone: zone, at: inEffect)
        } else {
            let offset = try zone.offsetSeconds(atUTCMillis: start)
            let kind = try zone.isDaylight(atUTCMillis: start) ? "DAYLIGHT" : "STANDARD"
            lines += [
                "BEGIN:" + kind, "DTSTART:19700101T000000", "TZOFFSETFROM:" + offsetText(offset),
                "TZOFFSETTO:" + offsetText(offset), "END:" + kind,
            ]
        }
        for transition in transitions { lines += try observance(zone: zone, at: transition) }
        lines.append("END:VTIMEZONE")
        return lines
    }

    private static func observance(zone: ICUTimeZone, at transition: Double) throws -> [String] {
        let from = try zone.offsetSeconds(atUTCMillis: transition - 1)
        let to = try zone.offsetSeconds(atUTCMillis: transition)
        let kind = try zone.isDaylight(atUTCMillis: transition) ? "DAYLIGHT" : "STANDARD"
        // The observance starts at the wall time the old offset showed at the transition.
        let local = ICalendarDates.localDateTime(utcSeconds: transition / 1000 + Double(from))
        return ["BEGIN:" + kind, "DTSTART:" + local, "TZOFFSETFROM:" + offsetText(from), "TZOFFSETTO:" + offsetText(to), "END:" + kind]
    }

    /// "+0100", "-0330", "+053328" when seconds are not zero.
    static func offsetText(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let total = abs(seconds)
        let text = sign + pad2(total / 3600) + pad2(total % 3600 / 60)
        return total % 60 == 0 ? text : text + pad2(total % 60)
    }
}

/// RFC 5545 date and date-time values.
enum ICalendarDates {
    /// "20261127".
    static func date(_ date: CivilDate) -> String { pad(date.year, 4) + pad2(date.month) + pad2(date.day) }

    /// "20261127T150000".
    static func dateTime(_ date: CivilDate, _ minutes: Int) -> String {
        self.date(date) + "T" + pad2(minutes / 60) + pad2(minutes % 60) + "00"
    }

    /// UTC "20261123T100000Z".
    static func utc(seconds: Double) -> String { localDateTime(utcSeconds: seconds) + "Z" }

    /// The date-time of a count of seconds since 1970, read as wall time: "20261123T100000".
    static func localDateTime(utcSeconds seconds: Double) -> String {
        let whole = Int(seconds.rounded(.down))
        let days = Int((Double(whole) / 86_400).rounded(.down))
        let rest = whole - days * 86_400
        return date(CivilDate(daysSinceEpoch: days)) + "T" + pad2(rest / 3600) + pad2(rest % 3600 / 60) + pad2(rest % 60)
    }
}

func pad2(_ value: Int) -> String { pad(value, 2) }

func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
