import Foundation
import FollowupDocument
import FollowupExtraction
import FollowupICU
import FollowupLint
import FollowupRendering
import FollowupText

/// `followup plan`: the touches after a meeting or a thread. Inputs are notes (the meeting:
/// its date, topic and agreed call) and `.eml` messages (the thread so far), in any mix.
public struct ThreadPlanning {
    public var environment: RunEnvironment
    public var policy: TouchPlan.Policy
    /// The address whose messages are ours; else the configured sender's; else the first message's sender.
    public var ourAddress: String?
    /// When the follow-up went out, for notes without a thread (default: the meeting's day).
    public var sent: CivilDate?
    public var recipientZone: ICUTimeZone

    public init(environment: RunEnvironment, policy: TouchPlan.Policy, ourAddress: String?, sent: CivilDate?, recipientZone: ICUTimeZone) {
        self.environment = environment
        self.policy = policy
        self.ourAddress = ourAddress
        self.sent = sent
        self.recipientZone = recipientZone
    }

    public struct Result {
        public var plan: TouchPlan
        /// The meeting's title or the thread's subject.
        public var title: String
        public var language: String
        public var source: String
    }

    public func plan(_ files: [String]) throws -> Result {
        var messages: [(mail: MailMessage, date: MailDate)] = []
        var notes: ExtractionRecord?
        for file in files {
            let bytes = file == "-"
                ? try Pipeline.readStream(STDIN_FILENO, name: "-", maxBytes: environment.pipelineOptions.maxBytes)
                : try Pipeline.readFile(file, maxBytes: environment.pipelineOptions.maxBytes).0
            if MailMessage.looksLikeMail(bytes) {
                let mail: MailMessage
                do { mail = try MailMessage.parse(bytes) } catch let error as DecodingError { throw InputError.undecodable(path: file, error: error) }
                guard let date = mail.date else { throw PlanError.undatedMessage(path: file) }
                messages.append((mail, date))
            } else {
                guard notes == nil else { throw PlanError.twoMeetings(path: file) }
                notes = try Pipeline(options: environment.pipelineOptions).process(bytes: bytes, source: file).record
            }
        }
        let zone = environment.timeZone
        let ours = ourAddress?.lowercased() ?? environment.configuration.sender.email?.lowercased()
            ?? messages.min { $0.date < $1.date }?.mail.fromAddress
        var thread = messages.map { entry in
            TouchPlan.Message(day: Clock.civilDate(entry.date.utcSeconds, in: zone), ours: entry.mail.fromAddress == ours, subject: entry.mail.subject?.value)
        }
        let meetingDay = notes.flatMap { CivilDate(iso: $0.meeting.date) }
        if thread.isEmpty {
            guard let day = sent ?? meetingDay else { throw PlanError.nothingToPlan }
            thread = [TouchPlan.Message(day: day, ours: true)]
        }
        var call: TouchPlan.Call?
        if let contact = notes?.nextContact, let day = CivilDate(iso: contact.date) {
            let time = contact.time.flatMap { text -> TimeOfDay? in
                let parts = text.split(separator: ":").compactMap { Int($0) }
                return parts.count == 2 ? TimeOfDay(hour: parts[0], minute: parts[1]) : nil
            }
            call = TouchPlan.Call(day: day, time: time)
        }
        let plan = TouchPlan.make(thread: thread, call: call, policy: policy, userZone: zone, recipientZone: recipientZone)
        let firstSubject = messages.min { $0.date < $1.date }?.mail.subject?.value
        let title = notes?.meeting.title ?? firstSubject.map(LintLexicons.withoutReplyPrefixes) ?? ""
        return Result(plan: plan, title: title, language: notes?.language ?? "en", source: files.joined(separator: "\u{1F}"))
    }
}

public enum PlanError: Error, CustomStringConvertible {
    case undatedMessage(path: String)
    case twoMeetings(path: String)
    case nothingToPlan

    public var description: String {
        switch self {
        case .undatedMessage(let path): return "\(Printable.path(path)): the message has no Date header, so its place in the thread is unknown"
        case .twoMeetings(let path): return "\(Printable.path(path)): a second notes file; plan one meeting (and its thread) at a time"
        case .nothingToPlan: return "no meeting date and no message: give the notes a date (--date) or the follow-up's day (--sent)"
        }
    }
}
