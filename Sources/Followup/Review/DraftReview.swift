import FollowupDocument
import FollowupExtraction
import FollowupLint
import FollowupText

/// `followup lint`: reads a draft (and the notes it follows), extracts what the draft states,
/// and runs the lint rules over both.
public struct DraftReview {
    public var environment: RunEnvironment
    public var disabled: Set<String>

    public init(environment: RunEnvironment, disabled: Set<String>) {
        self.environment = environment
        self.disabled = disabled
    }

    /// - Parameters:
    ///   - bytes: the draft's bytes; `name` names it in errors.
    ///   - notes: the notes file it follows, if any.
    public func review(_ bytes: [UInt8], name: String, notes: String?) throws -> LintReport {
        let draft: Draft
        do {
            draft = try Draft.read(bytes, encoding: environment.pipelineOptions.encoding)
        } catch let error as DecodingError {
            throw InputError.undecodable(path: name, error: error)
        }
        let notesRecord = try notes.map { try environment.process(file: $0).record }
        let meetingDate = notesRecord.flatMap { CivilDate(iso: $0.meeting.date) } ?? environment.pipelineOptions.date
        var options = environment.pipelineOptions
        options.inputFormat = .markdown
        options.encoding = nil
        let body = draft.bodyTextForExtraction
        let record: ExtractionRecord
        if body.allSatisfy(\.isWhitespace) {
            guard draft.subject != nil else { throw InputError.undecodable(path: name, error: .empty) }
            record = ExtractionRecord(
                source: name, language: notesRecord?.language ?? "en",
                meeting: .init(title: nil, date: (meetingDate ?? options.today).iso, timezone: nil, participants: []),
                actionItems: [], decisions: [], amounts: [], dates: [], questions: [], nextContact: nil)
        } else {
            record = try Pipeline(options: options).process(bytes: Array(body.utf8), source: name, date: meetingDate).record
        }
        return Linter(disabled: disabled).lint(draft, record: record, notes: notesRecord, today: options.today)
    }
}
