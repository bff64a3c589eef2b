import FollowupExtraction
import FollowupLint
import FollowupRendering

/// The renderers with the user's settings applied: what commands and batch call.
public struct Renderers: Sendable {
    public enum SummaryFormat: String, Sendable, CaseIterable { case text, markdown, html }

    public let environment: RunEnvironment

    public init(environment: RunEnvironment) {
        self.environment = environment
    }

    /// The configuration, flags and clock as the renderers see them.
    public func settings(todos: Bool = false) -> RenderSettings {
        let configuration = environment.configuration
        var settings = RenderSettings(
            sender: RenderSettings.Sender(
                name: configuration.sender.name, email: configuration.sender.email, signature: configuration.sender.signature),
            to: configuration.to, cc: configuration.cc, timeZone: environment.timeZone.identifier,
            locale: environment.pipelineOptions.locale, now: environment.now,
            reminderLeadDays: configuration.reminderLeadDays, checkBackDays: configuration.checkBackDays,
            callMinutes: configuration.callMinutes,
            callWindows: configuration.callWindows.map {
                RenderSettings.CallWindow(weekdays: $0.weekdays, startMinute: $0.startMinute, endMinute: $0.endMinute)
            },
            todos: todos)
        settings.defersDeadline = { LintLexicons.defersDeadline($0, language: $1) }
        settings.floatsUnzonedTimes = !environment.pipelineOptions.timeZoneIsChosen
        return settings
    }

    /// The follow-up text, and the sender-only review list (for stderr).
    public func summary(_ record: ExtractionRecord, format: SummaryFormat) -> (text: String, review: [String]) {
        let layout = SummaryRenderer.Format(rawValue: format.rawValue) ?? .text
        return SummaryRenderer(settings: settings()).render(record, format: layout)
    }

    /// The line that heads the review list, in the notes' language.
    public func reviewHeading(for record: ExtractionRecord) -> String {
        TemplatePhrases.forLanguage(record.language).reviewHeading
    }

    /// An RFC 5322 message with the calendar attached, for `sendmail -t`.
    ///
    /// - Parameter calendar: the record's calendar when the caller has rendered it already.
    public func email(_ record: ExtractionRecord, calendar: String? = nil) throws -> String {
        try emailWithReview(record, calendar: calendar).message
    }

    /// The message and what the sender should check (addresses left out, items without owners).
    public func emailWithReview(_ record: ExtractionRecord, calendar: String? = nil) throws -> (message: String, review: [String]) {
        try EmailRenderer(settings: settings()).render(record, calendar: calendar)
    }

    /// One RFC 5545 calendar with every record's reminders.
    public func calendar(_ records: [ExtractionRecord], todos: Bool = false) throws -> String {
        try CalendarRenderer(settings: settings(todos: todos)).render(records)
    }

    /// A calendar's events as a piece of a longer calendar (see `CalendarRenderer.chunk`).
    public func calendarChunk(_ records: [ExtractionRecord]) throws -> CalendarChunk {
        try CalendarRenderer(settings: settings()).chunk(for: records)
    }

    /// The start of a calendar built from pieces: its header and the zones' VTIMEZONEs.
    public func calendarHeader(zones: [ZoneSpan]) throws -> String {
        let renderer = CalendarRenderer(settings: settings())
        return renderer.header + (try renderer.timeZones(zones))
    }
}
