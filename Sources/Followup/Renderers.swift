import FollowupExtraction
import FollowupRendering

/// The renderers with the user's settings applied: what commands and batch call.
/// (Interface fixed; bodies are filled in by the rendering work.)
public struct Renderers: Sendable {
    public enum SummaryFormat: String, Sendable, CaseIterable { case text, markdown, html }

    public let environment: RunEnvironment

    public init(environment: RunEnvironment) {
        self.environment = environment
    }

    /// The follow-up text, and the sender-only review list (for stderr).
    public func summary(_ record: ExtractionRecord, format: SummaryFormat) -> (text: String, review: [String]) {
        (record.json.rendered() + "\n", [])
    }

    /// An RFC 5322 message with the calendar attached, for `sendmail -t`.
    public func email(_ record: ExtractionRecord) throws -> String {
        ""
    }

    /// One RFC 5545 calendar with every record's reminders.
    public func calendar(_ records: [ExtractionRecord], todos: Bool = false) throws -> String {
        ""
    }
}
