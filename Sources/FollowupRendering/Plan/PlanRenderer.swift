import FollowupExtraction
import FollowupICU
import FollowupText

/// A touch plan as text for a person, JSON for tools, and an RFC 5545 calendar: a VTODO per
/// check-back and for the reminder before an agreed call, and a TENTATIVE event per call slot
/// in the other side's zone.
public struct PlanRenderer {
    public var settings: RenderSettings
    /// What the plan is about, for summaries ("ACME renewal").
    public var topic: String
    /// Names the plan in UIDs, so a later plan for the same thread replaces the earlier one.
    public var source: String

    /// - Parameter title: the meeting's title or the thread's subject; "notes"/"minutes" parts are dropped.
    public init(settings: RenderSettings, title: String, language: String, source: String) {
        self.settings = settings
        self.topic = MeetingFacts.topic(from: title, phrases: .forLanguage(language))
        self.source = source
    }

    private var formatter: LocalFormatter { LocalFormatter(phrases: .forLanguage("en"), userLocale: settings.locale) }

    public func text(_ plan: TouchPlan) -> String {
        let format = formatter
        var lines: [String] = []
        let state: String
        switch plan.status {
        case .waiting: state = "waiting for an answer"
        case .replied: state = "they answered last: no check-back needed"
        case .exhausted: state = "no answer after every check-back"
        }
        lines.append("Plan for \(topic) (last message sent \(format.weekdayDate(plan.lastSent)); \(state)):")
        var entries: [(day: CivilDate, text: String)] = []
        var previous = plan.lastSent
        for touch in plan.touches {
            entries.append((touch.day, "check-back \(touch.number) of \(plan.touches.last!.number) if no answer (\(touch.workingDaysAfter) working days after \(format.weekdayDate(previous)))"))
            previous = touch.day
        }
        if let reminder = plan.reminder, let call = plan.call {
            entries.append((reminder, "reminder: the agreed call on \(format.due(call.day, call.time))"))
        }
        for entry in entries.sorted(by: { $0.day < $1.day }) {
            lines.append("  \(format.weekdayDate(entry.day))  \(entry.text)")
        }
        if !plan.slots.isEmpty {
            lines.append("Call slots to offer (\(plan.slots[0].zone) time):")
            for slot in plan.slots {
                var line = "  \(format.weekdayDate(slot.day)), \(format.time(slot.time))"
                if slot.zone != settings.timeZone {
                    line += " (your time: \(format.weekdayDate(slot.localDay)), \(format.time(slot.localTime)), \(settings.timeZone))"
                }
                lines.append(line)
            }
        }
        if !plan.warnings.isEmpty {
            lines.append("Cadence warnings:")
            lines += plan.warnings.map { "  - " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func json(_ plan: TouchPlan) -> JSONValue {
        func time(_ t: TimeOfDay?) -> JSONValue { t.map { .string($0.description) } ?? .null }
        return .object([
            ("topic", .string(topic)),
            ("status", .string(plan.status.rawValue)),
            ("lastSent", .string(plan.lastSent.iso)),
            ("touches", .array(plan.touches.map {
                .object([("number", .number(Double($0.number))), ("date", .string($0.day.iso)), ("workingDaysAfter", .number(Double($0.workingDaysAfter)))])
            })),
            ("reminder", plan.reminder.map { reminder in
                .object([("date", .string(reminder.iso)), ("callDate", .string(plan.call!.day.iso)), ("callTime", time(plan.call!.time))])
            } ?? .null),
            ("callSlots", .array(plan.slots.map {
                .object([
                    ("date", .string($0.day.iso)), ("time", .string($0.time.description)), ("timezone", .string($0.zone)),
                    ("localDate", .string($0.localDay.iso)), ("localTime", .string($0.localTime.description)),
                    ("localTimezone", .string(settings.timeZone)),
                ])
            })),
            ("warnings", .array(plan.warnings.map { .string($0) })),
        ])
    }

    public func calendar(_ plan: TouchPlan) throws -> String {
        let calendarRenderer = CalendarRenderer(settings: settings)
        var text = calendarRenderer.header
        if let zone = plan.slots.first.flatMap({ ICUTimeZone($0.zone) }), let first = plan.slots.first, let last = plan.slots.last {
            let start = try zone.utcMillis(year: first.day.year, month: first.day.month, day: first.day.day, hour: first.time.hour, minute: first.time.minute)
            let end = try zone.utcMillis(year: last.day.year, month: last.day.month, day: last.day.day, hour: last.time.hour, minute: last.time.minute)
            for line in try TimeZoneComponent.lines(zone: zone, fromUTCMillis: start, toUTCMillis: end + Double(settings.callMinutes) * 60_000) {
                text += ICalendarText.fold(line)
            }
        }
        let stamp = ICalendarDates.utc(seconds: settings.now.rounded(.down))
        let organizer = calendarRenderer.organizerLine()
        var components = ICalendarBuilder()
        var days: [(key: String, start: CivilDate, day: CivilDate, summary: String, description: String)] = []
        for touch in plan.touches {
            days.append(("check-back-\(touch.number)", plan.lastSent, touch.day, "No answer? Check back (\(touch.number) of \(plan.touches.last!.number)): \(topic)",
                         "No answer since \(plan.lastSent.iso)? Send a short check-back: restate the one open request and give a date."))
        }
        if let reminder = plan.reminder, let call = plan.call {
            let when = call.time.map { call.day.iso + " " + $0.description } ?? call.day.iso
            days.append(("call-reminder", plan.lastSent, reminder, "Reminder: the agreed call on \(when): \(topic)",
                         "The agreed call is on \(when). Confirm it with the other side today."))
        }
        for day in days {
            // An all-day, transparent event shows in every client; a task only in some (--todos adds one).
            components.begin("VEVENT")
            components.raw("UID", StableID.hex([source, topic, day.key]) + "@followup")
            components.raw("DTSTAMP", stamp)
            if let organizer { components.raw(organizer.name, organizer.value) }
            components.raw("DTSTART;VALUE=DATE", ICalendarDates.date(day.day))
            components.raw("DTEND;VALUE=DATE", ICalendarDates.date(day.day.adding(days: 1)))
            components.text("SUMMARY", day.summary)
            components.text("DESCRIPTION", day.description)
            components.raw("TRANSP", "TRANSPARENT")
            components.end("VEVENT")
            if settings.todos {
                components.begin("VTODO")
                components.raw("UID", StableID.hex([source, topic, day.key]) + "-todo@followup")
                components.raw("DTSTAMP", stamp)
                if let organizer { components.raw(organizer.name, organizer.value) }
                // DUE must come after DTSTART.
                components.raw("DTSTART;VALUE=DATE", ICalendarDates.date(min(day.start, day.day.adding(days: -1))))
                components.raw("DUE;VALUE=DATE", ICalendarDates.date(day.day))
                components.raw("PRIORITY", "0")
                components.text("SUMMARY", day.summary)
                components.text("DESCRIPTION", day.description)
                components.raw("STATUS", "NEEDS-ACTION")
                components.end("VTODO")
            }
        }
        for (index, slot) in plan.slots.enumerated() {
            let startMinute = slot.time.hour * 60 + slot.time.minute
            let endTotal = startMinute + settings.callMinutes
            components.begin("VEVENT")
            components.raw("UID", StableID.hex([source, topic, "slot", String(index)]) + "@followup")
            components.raw("DTSTAMP", stamp)
            if let organizer { components.raw(organizer.name, organizer.value) }
            components.raw("DTSTART;TZID=" + slot.zone, ICalendarDates.dateTime(slot.day, startMinute))
            components.raw("DTEND;TZID=" + slot.zone, ICalendarDates.dateTime(slot.day.adding(days: endTotal / 1440), endTotal % 1440))
            components.text("SUMMARY", "Proposed call slot \(index + 1) of \(plan.slots.count): \(topic)")
            components.text("DESCRIPTION", "One of the slots to offer for the next call, in the other side's favourable hours.")
            components.raw("STATUS", "TENTATIVE")
            components.raw("TRANSP", "TRANSPARENT")
            components.end("VEVENT")
        }
        return text + components.rendered + CalendarRenderer.footer
    }
}
