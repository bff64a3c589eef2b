import FollowupExtraction
import FollowupICU
import FollowupText

/// Writes the reminders as one RFC 5545 calendar (`METHOD:PUBLISH`) that Google Calendar,
/// Outlook and Apple Calendar import.
///
/// Per record: one event per action item with a due date (all-day with an exclusive `DTEND` the
/// next day, or timed in the record's zone with a matching VTIMEZONE) with a reminder
/// `reminderLeadDays` ahead; a check-back `checkBackDays` working days after the meeting; and
/// the next contact as a `callMinutes` event, TENTATIVE when the notes named no time (then it
/// sits at the next favourable slot). UIDs hash the source and the item, not its date, so an
/// updated file updates the events it imported before; SEQUENCE grows with the clock.
public struct CalendarRenderer: Sendable {
    public var settings: RenderSettings

    /// Deadline events are this long; the time is when the item is due.
    static let deadlineMinutes = 30

    public init(settings: RenderSettings) { self.settings = settings }

    /// One calendar for every record's reminders.
    ///
    /// - Parameter owner: only the action items of this person (a per-person calendar), without
    ///   the sender's check-back and call events.
    public func render(_ records: [ExtractionRecord], owner: String? = nil) throws -> String {
        let events = try chunk(for: records, owner: owner)
        return header + (try timeZones(events.zones)) + events.text + CalendarRenderer.footer
    }

    /// The events of `records` as calendar text without the calendar around it, so a long
    /// calendar can be written a piece at a time: `header`, `timeZones(_:)` of every piece's
    /// zones, the pieces, `footer`.
    ///
    /// UIDs are unique within the piece; they hash the record's source, so pieces of records
    /// from different sources never share one.
    ///
    /// - Parameter owner: only this person's action items, without the sender's check-back and
    ///   call events.
    public func chunk(for records: [ExtractionRecord], owner: String? = nil) throws -> CalendarChunk {
        var events: [CalendarEvent] = []
        for record in records {
            events += CalendarEvent.events(
                for: MeetingFacts(record: record, settings: settings), owner: owner)
        }
        CalendarEvent.makeUIDsUnique(&events)
        let stamp = ICalendarDates.utc(seconds: settings.now.rounded(.down))
        let organizer = organizerLine()
        var chunk = CalendarChunk(text: "", zones: [])
        for event in events {
            var calendar = ICalendarBuilder()
            event.write(to: &calendar, stamp: stamp, sequence: sequence(for: event), organizer: organizer)
            if settings.todos, event.isDeadline {
                event.writeTodo(to: &calendar, stamp: stamp, sequence: sequence(for: event), organizer: organizer)
            }
            let text = calendar.rendered
            chunk.text += text
            let span = try zoneSpan(of: event)
            if let span { ZoneSpan.merge(span, into: &chunk.zones) }
            if event.isDeadline { chunk.deadlines.append(.init(owner: event.owner, text: text, zone: span)) }
        }
        return chunk
    }

    /// From `BEGIN:VCALENDAR` to the last property before the components.
    public var header: String {
        var calendar = ICalendarBuilder()
        calendar.begin("VCALENDAR")
        calendar.raw("VERSION", "2.0")
        calendar.raw("PRODID", "-//followup//followup 0.1//EN")
        calendar.raw("CALSCALE", "GREGORIAN")
        calendar.raw("METHOD", "PUBLISH")
        return calendar.rendered
    }

    public static let footer = "END:VCALENDAR\r\n"

    /// `ORGANIZER;CN="Name":mailto:address` for the configured sender (RFC 5546 lists it for
    /// PUBLISH), or nil when no valid address is configured.
    func organizerLine() -> (name: String, value: String)? {
        guard let email = settings.sender.email?.trimmingSpaces, MailAddress.isValidAddress(email) else { return nil }
        // A quoted parameter value cannot hold DQUOTE or controls (RFC 5545 3.1).
        let name = settings.sender.name.map(singleLine)?.filter { $0 != "\"" } ?? ""
        return (name.isEmpty ? "ORGANIZER" : "ORGANIZER;CN=\"" + name + "\"", "mailto:" + email)
    }

    /// Minutes from the meeting's day to the clock: grows with every later export, so clients
    /// replace what they imported before; 0 before the meeting.
    private func sequence(for event: CalendarEvent) -> Int {
        let start = Double(event.meetingDate.daysSinceEpoch) * 86_400
        return max(0, Int(((settings.now - start) / 60).rounded(.down)))
    }

    /// The time a timed event spans in its zone.
    private func zoneSpan(of event: CalendarEvent) throws -> ZoneSpan? {
        guard case .timed(let date, let time, let zoneID, let minutes) = event.start, let zone = ICUTimeZone(zoneID) else { return nil }
        let start = try zone.utcMillis(year: date.year, month: date.month, day: date.day, hour: time.hour, minute: time.minute)
        return ZoneSpan(zone: zoneID, fromUTCMillis: start, toUTCMillis: start + Double(minutes) * 60_000)
    }

    /// One VTIMEZONE per zone, covering its span.
    public func timeZones(_ spans: [ZoneSpan]) throws -> String {
        var merged: [ZoneSpan] = []
        for span in spans { ZoneSpan.merge(span, into: &merged) }
        var text = ""
        for span in merged {
            guard let zone = ICUTimeZone(span.zone) else { continue }
            for line in try TimeZoneComponent.lines(zone: zone, fromUTCMillis: span.fromUTCMillis, toUTCMillis: span.toUTCMillis) {
                text += ICalendarText.fold(line)
            }
        }
        return text
    }
}

/// Calendar components as text, and the zones their timed events use.
public struct CalendarChunk: Sendable, Equatable {
    /// A deadline's event on its own, to pick one owner's events without rendering them again.
    public struct Deadline: Sendable, Equatable {
        /// The action item's owner as written in the record.
        public var owner: String?
        public var text: String
        public var zone: ZoneSpan?
    }

    public var text: String
    public var zones: [ZoneSpan]
    /// The deadline events among `text`, in order.
    public var deadlines: [Deadline] = []

    public init(text: String, zones: [ZoneSpan]) {
        self.text = text
        self.zones = zones
    }
}

/// The UTC span a zone's events cover: its VTIMEZONE needs the observances of that span.
public struct ZoneSpan: Sendable, Equatable {
    public var zone: String
    public var fromUTCMillis: Double
    public var toUTCMillis: Double

    public init(zone: String, fromUTCMillis: Double, toUTCMillis: Double) {
        self.zone = zone
        self.fromUTCMillis = fromUTCMillis
        self.toUTCMillis = toUTCMillis
    }

    /// Widens the span of the same zone in `spans`, or appends a new one.
    public static func merge(_ span: ZoneSpan, into spans: inout [ZoneSpan]) {
        if let index = spans.firstIndex(where: { $0.zone == span.zone }) {
            spans[index].fromUTCMillis = min(spans[index].fromUTCMillis, span.fromUTCMillis)
            spans[index].toUTCMillis = max(spans[index].toUTCMillis, span.toUTCMillis)
        } else {
            spans.append(span)
        }
    }
}

/// One VEVENT (and optionally its VTODO).
struct CalendarEvent {
    enum Start {
        case allDay(CivilDate)
        case timed(CivilDate, TimeOfDay, zone: String, minutes: Int)

        var date: CivilDate {
            switch self {
            case .allDay(let date), .timed(let date, _, _, _): return date
            }
        }
    }

    var uidKey: [String]
    var uid: String
    var summary: String
    var description: String
    var start: Start
    var status: String?
    var transparent: Bool
    var alarm: (trigger: String, description: String)?
    var isDeadline: Bool
    var meetingDate: CivilDate
    /// The action item's owner as written, for a deadline.
    var owner: String? = nil

    /// How much of a source line an event quotes (the JSON record keeps the line number).
    static let quoteLimit = 300
    static let summaryLimit = 160

    /// Only events a calendar can hold: a check-back after a meeting on 9999-12-30 is left out.
    static func events(for facts: MeetingFacts, owner: String?) -> [CalendarEvent] {
        allEvents(for: facts, owner: owner).filter { $0.start.date.isSupported && $0.start.date.adding(days: 1).isSupported }
    }

    private static func allEvents(for facts: MeetingFacts, owner: String?) -> [CalendarEvent] {
        let phrases = facts.phrases
        let format = LocalFormatter(phrases: phrases, userLocale: facts.settings.locale)
        format.reference = facts.meetingDate
        let record = facts.record
        let meetingLine = fill(phrases.descriptionMeeting, ["topic": facts.topic, "date": format.weekdayDate(facts.meetingDate)])
        let base = [record.source, record.meeting.date, record.meeting.title ?? ""]
        let lead = facts.settings.reminderLeadDays
        var events: [CalendarEvent] = []

        func sourceLine(_ source: ExtractionRecord.SourceRef?) -> [String] {
            guard let source, facts.settings.quotesSourceLines else { return [] }
            // The words said, not the transcript's markup (a `<v Jo Park>` tag, a Whisper JSON segment).
            let words = spokenWords(source.text, speakers: record.meeting.participants.map(\.name))
            return [fill(phrases.descriptionSource, ["line": String(source.line), "text": excerpt(withoutListMarker(words), limit: CalendarEvent.quoteLimit)])]
        }
        func attendeesLine(except person: String?) -> [String] {
            let others = facts.otherAttendees(than: person)
            return others.isEmpty ? [] : [fill(phrases.descriptionAttendees, ["names": others.joined(separator: ", ")])]
        }

        for item in facts.items {
            guard let date = item.dueDate else { continue }
            if let owner {
                let wanted = singleLine(owner).lowercased()
                guard let itemOwner = item.item.owner.map(singleLine)?.lowercased(), itemOwner == wanted || item.owner?.lowercased() == wanted
                else { continue }
            }
            let task = format.readable(item.task)
            let summary = excerpt(item.owner.map { $0 + phrases.headingColon + " " + task } ?? task, limit: CalendarEvent.summaryLimit)
            let start: Start
            let trigger: String
            if let time = item.dueTime {
                start = .timed(date, time, zone: facts.zone, minutes: CalendarRenderer.deadlineMinutes)
                trigger = "-P\(lead)D"
            } else {
                start = .allDay(date)
                // All-day events start at midnight: remind at 09:00, `lead` days before.
                trigger = "-PT\(lead * 24 - 9)H"
            }
            let key = base + ["item", item.item.owner ?? "", item.item.task]
            let alarm = lead > 0
                ? (trigger, fill(phrases.reminder, ["when": format.due(date, item.dueTime), "summary": summary])) : nil
            events.append(CalendarEvent(
                uidKey: key, uid: "", summary: summary,
                description: ([meetingLine] + sourceLine(item.item.source) + attendeesLine(except: item.item.owner)).joined(separator: "\n"),
                start: start, status: nil, transparent: true, alarm: alarm, isDeadline: true, meetingDate: facts.meetingDate,
                owner: item.item.owner))
        }
        guard owner == nil else { return events }

        let contact = facts.contact
        let callSummary = fill(contact.fromNotes ? phrases.nextContactSummary : phrases.proposalSummary, ["topic": facts.topic])
        let contactSource = record.nextContact.flatMap { next in
            next.source ?? next.text.map { ExtractionRecord.SourceRef(line: 0, text: $0) }
        }
        let contactSourceLine: [String] = facts.settings.quotesSourceLines ? contactSource.map { source in
            source.line > 0 ? sourceLine(source) : [excerpt(singleLine(source.text), limit: CalendarEvent.quoteLimit)]
        } ?? [] : []
        events.append(CalendarEvent(
            uidKey: base + ["next-contact"], uid: "", summary: callSummary,
            description: ([meetingLine] + contactSourceLine + attendeesLine(except: nil)).joined(separator: "\n"),
            start: .timed(contact.date, contact.time, zone: facts.zone, minutes: max(5, facts.settings.callMinutes)),
            status: contact.confirmed ? "CONFIRMED" : "TENTATIVE", transparent: false,
            alarm: ("-PT15M", callSummary), isDeadline: false, meetingDate: facts.meetingDate))

        guard facts.settings.includesCheckBack else { return events }
        events.append(CalendarEvent(
            uidKey: base + ["check-back"], uid: "",
            summary: fill(phrases.checkBackSummary, ["who": facts.awaitedReplyFrom]),
            description: fill(phrases.checkBackDescription, ["topic": facts.topic, "date": format.weekdayDate(facts.meetingDate)]),
            start: .allDay(facts.checkBackDate), status: nil, transparent: true, alarm: nil, isDeadline: false,
            meetingDate: facts.meetingDate))
        return events
    }

    /// UIDs from each event's key; a repeated key (the same task twice) gets an occurrence count.
    static func makeUIDsUnique(_ events: inout [CalendarEvent]) {
        var seen: [String: Int] = [:]
        for index in events.indices {
            let first = StableID.hex(events[index].uidKey)
            let count = seen[first, default: 0]
            seen[first] = count + 1
            let hex = count == 0 ? first : StableID.hex(events[index].uidKey + ["#\(count + 1)"])
            events[index].uid = hex + "@followup"
        }
    }

    func write(to calendar: inout ICalendarBuilder, stamp: String, sequence: Int, organizer: (name: String, value: String)?) {
        calendar.begin("VEVENT")
        calendar.raw("UID", uid)
        calendar.raw("DTSTAMP", stamp)
        calendar.raw("SEQUENCE", String(sequence))
        if let organizer { calendar.raw(organizer.name, organizer.value) }
        switch start {
        case .allDay(let date):
            calendar.raw("DTSTART;VALUE=DATE", ICalendarDates.date(date))
            calendar.raw("DTEND;VALUE=DATE", ICalendarDates.date(date.adding(days: 1)))
        case .timed(let date, let time, let zone, let minutes):
            let startMinute = time.hour * 60 + time.minute
            let endTotal = startMinute + minutes
            calendar.raw(Self.zoned("DTSTART", zone), ICalendarDates.dateTime(date, startMinute))
            calendar.raw(Self.zoned("DTEND", zone), ICalendarDates.dateTime(date.adding(days: endTotal / 1440), endTotal % 1440))
        }
        calendar.text("SUMMARY", summary)
        calendar.text("DESCRIPTION", description)
        if let status { calendar.raw("STATUS", status) }
        calendar.raw("TRANSP", transparent ? "TRANSPARENT" : "OPAQUE")
        if let alarm {
            calendar.begin("VALARM")
            calendar.raw("ACTION", "DISPLAY")
            calendar.text("DESCRIPTION", alarm.description)
            calendar.raw("TRIGGER", alarm.trigger)
            calendar.end("VALARM")
        }
        calendar.end("VEVENT")
    }

    /// A date-time property in `zone`, or floating when no zone is known.
    static func zoned(_ name: String, _ zone: String) -> String { zone.isEmpty ? name : name + ";TZID=" + zone }

    /// The item as a task with a DUE, for clients that show tasks.
    ///
    /// RFC 5546 lists DTSTART, PRIORITY and ORGANIZER for a published VTODO: it starts at the
    /// beginning of the meeting's day (earlier if the deadline is not after that), in the DUE's
    /// value type; PRIORITY 0 is "undefined".
    func writeTodo(to calendar: inout ICalendarBuilder, stamp: String, sequence: Int, organizer: (name: String, value: String)?) {
        calendar.begin("VTODO")
        calendar.raw("UID", String(uid.prefix(while: { $0 != "@" })) + "-todo@followup")
        calendar.raw("DTSTAMP", stamp)
        calendar.raw("SEQUENCE", String(sequence))
        if let organizer { calendar.raw(organizer.name, organizer.value) }
        switch start {
        case .allDay(let date):
            // DUE must come after DTSTART: a task due the day of the meeting starts the day before.
            calendar.raw("DTSTART;VALUE=DATE", ICalendarDates.date(min(meetingDate, date.adding(days: -1))))
            calendar.raw("DUE;VALUE=DATE", ICalendarDates.date(date))
        case .timed(let date, let time, let zone, _):
            let due = time.hour * 60 + time.minute
            let startDate = meetingDate < date ? meetingDate : (due > 0 ? date : date.adding(days: -1))
            calendar.raw(Self.zoned("DTSTART", zone), ICalendarDates.dateTime(startDate, 0))
            calendar.raw(Self.zoned("DUE", zone), ICalendarDates.dateTime(date, due))
        }
        calendar.raw("PRIORITY", "0")
        calendar.text("SUMMARY", summary)
        calendar.text("DESCRIPTION", description)
        calendar.raw("STATUS", "NEEDS-ACTION")
        calendar.end("VTODO")
    }
}

/// A source line without its leading list marker: "- Alice will send" → "Alice will send".
func withoutListMarker(_ text: String) -> String {
    var rest = Substring(text)
    if let first = rest.first, "-*•–".contains(first) {
        rest = rest.dropFirst()
    } else if let dot = rest.firstIndex(where: { $0 == "." || $0 == ")" }), rest[..<dot].allSatisfy(\.isNumber), !rest[..<dot].isEmpty {
        rest = rest[rest.index(after: dot)...]
    }
    let trimmed = rest.trimmingSpaces
    return trimmed.isEmpty ? text : trimmed
}
