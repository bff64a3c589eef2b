import Foundation
import Followup
import FollowupExtraction

/// One kind of per-input output that `followup batch` writes beside the mirrored input path.
public enum BatchFormat: String, Sendable, CaseIterable, Comparable {
    /// `NAME.json`: the extraction record.
    case json
    /// `NAME.md`: the follow-up text.
    case md
    /// `NAME.eml`: the follow-up e-mail with its calendar attached.
    case eml
    /// `NAME.ics`: the input's reminders.
    case ics

    public static func < (lhs: BatchFormat, rhs: BatchFormat) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Parses "json,md,eml,ics" (any subset, any order); nil when a name is unknown or the list is empty.
    public static func list(_ text: String) -> [BatchFormat]? {
        var formats: Set<BatchFormat> = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard let format = BatchFormat(rawValue: part.trimmingCharacters(in: .whitespaces).lowercased()) else { return nil }
            formats.insert(format)
        }
        return formats.isEmpty ? nil : formats.sorted()
    }
}

/// What one `followup batch` run reads, writes and how.
public struct BatchOptions: Sendable {
    /// Files or folders, as the user gave them.
    public var inputs: [String]
    /// The output folder; created when missing.
    public var output: String
    public var formats: [BatchFormat]
    /// Worker threads, at least 1.
    public var jobs: Int
    /// Globs (fnmatch) a file must match one of, when any are given: a glob with `/` is matched
    /// against the path relative to its input folder, any other against the file name.
    public var include: [String]
    /// Globs for files and folders to leave out, matched the same way.
    public var exclude: [String]
    /// Redo every input, even those the manifest says are unchanged.
    public var force: Bool
    /// Inputs larger than this fail with `too-large`.
    public var maxBytes: Int
    /// `fsync` every output before renaming it into place (durable across power loss, slower).
    public var durable: Bool
    /// Settings that change the output but are not in the run environment's pipeline options, as
    /// name and value (the fixed clock, a hash of the configuration file, ...). Part of the
    /// manifest's options fingerprint.
    public var settings: [(String, String)]

    public init(
        inputs: [String], output: String, formats: [BatchFormat] = BatchFormat.allCases, jobs: Int = 1,
        include: [String] = [], exclude: [String] = [], force: Bool = false, maxBytes: Int = 50 * 1024 * 1024,
        durable: Bool = true, settings: [(String, String)] = []
    ) {
        self.inputs = inputs
        self.output = output
        self.formats = formats
        self.jobs = max(1, jobs)
        self.include = include
        self.exclude = exclude
        self.force = force
        self.maxBytes = maxBytes
        self.durable = durable
        self.settings = settings
    }
}

/// Entries the walk passed over without making them inputs, by why.
public struct SkipCounts: Sendable, Equatable {
    /// Names starting with a dot.
    public var hidden = 0
    /// Symbolic links that lead back to a folder being walked, or to themselves.
    public var symlinkLoops = 0
    /// Symbolic links to nothing.
    public var brokenLinks = 0
    /// Files whose extension or content says they are not notes or transcripts.
    public var unrecognized = 0
    /// Files and folders `--exclude` names or `--include` leaves out.
    public var excluded = 0

    public init() {}

    public var total: Int { hidden + symlinkLoops + brokenLinks + unrecognized + excluded }

    var json: JSONValue {
        .object([
            ("hidden", .number(Double(hidden))), ("symlinkLoops", .number(Double(symlinkLoops))),
            ("brokenLinks", .number(Double(brokenLinks))), ("unrecognized", .number(Double(unrecognized))),
            ("excluded", .number(Double(excluded))),
        ])
    }
}

/// One input that failed, for the front end's report.
public struct BatchFailure: Sendable, Equatable {
    public var source: String
    /// Machine-readable: `binary`, `empty`, `invalid-utf8`, `unreadable`, `too-large`, `not-a-file`, ...
    public var reason: String
    public var message: String
}

/// What a batch run did: the front end prints it and picks the exit status from it.
public struct BatchSummary: Sendable {
    /// Inputs found by the walk.
    public var total = 0
    /// Inputs read and processed in this run (including those whose content could not be decoded).
    public var processed = 0
    /// Inputs the manifest showed unchanged, so not processed again.
    public var unchanged = 0
    public var failures: [BatchFailure] = []
    public var skipped = SkipCounts()
    /// Inputs a previous run recorded that are gone now (their outputs are left in place).
    public var disappeared: [String] = []
    /// Inputs with the same content as an earlier input (left out of the tracker and calendars).
    public var duplicates = 0
    public var actionItems = 0
    public var people = 0
    public var seconds = 0.0
    /// The run stopped early on a signal; the manifest journal keeps what was done.
    public var interrupted = false
    /// Problems with the across-input outputs (index, tracker, calendars).
    public var aggregateErrors: [String] = []
    public var output = ""

    public init() {}

    public var failed: Int { failures.count }
    /// Inputs handled per second, whether processed, found unchanged or failed.
    public var filesPerSecond: Double { seconds > 0 ? Double(total) / seconds : 0 }

    /// The `--json` summary.
    public var json: JSONValue {
        .object([
            ("output", .string(output)),
            ("inputs", .number(Double(total))),
            ("processed", .number(Double(processed))),
            ("unchanged", .number(Double(unchanged))),
            ("failed", .number(Double(failed))),
            ("duplicates", .number(Double(duplicates))),
            ("skipped", skipped.json),
            ("disappeared", .array(disappeared.map(JSONValue.string))),
            ("actionItems", .number(Double(actionItems))),
            ("people", .number(Double(people))),
            ("seconds", .number((seconds * 1000).rounded() / 1000)),
            ("filesPerSecond", .number((filesPerSecond * 10).rounded() / 10)),
            ("interrupted", .bool(interrupted)),
            (
                "failures",
                .array(failures.map { .object([("source", .string($0.source)), ("reason", .string($0.reason)), ("error", .string($0.message))]) })
            ),
            ("errors", .array(aggregateErrors.map(JSONValue.string))),
        ])
    }
}
