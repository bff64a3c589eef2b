import Foundation
import FollowupExtraction

/// What a batch run knows about one input: the manifest's line for it, and all the index,
/// tracker, people files and calendar need from it.
///
/// Keeps a compact copy of the extraction record (meeting, action items, the amounts they refer
/// to, next contact), never the document, so a run over many files holds little per file.
struct BatchEntry: Sendable {
    enum Status: String, Sendable, Decodable { case ok, failed }

    struct Counts: Sendable, Equatable, Decodable {
        var actionItems: Int
        var decisions: Int
        var amounts: Int
        var dates: Int
        var questions: Int
        var participants: Int

        init(_ record: ExtractionRecord) {
            actionItems = record.actionItems.count
            decisions = record.decisions.count
            amounts = record.amounts.count
            dates = record.dates.count
            questions = record.questions.count
            participants = record.meeting.participants.count
        }

        var json: JSONValue {
            .object([
                ("actionItems", .number(Double(actionItems))), ("decisions", .number(Double(decisions))),
                ("amounts", .number(Double(amounts))), ("dates", .number(Double(dates))),
                ("questions", .number(Double(questions))), ("participants", .number(Double(participants))),
            ])
        }
    }

    var key: String
    var source: String
    var size: Int?
    /// Set when the outcome follows from the content alone (processed, or undecodable), so an
    /// unchanged file need not be read again; nil for failures worth retrying (permissions, ...).
    var hash: String?
    var status: Status
    var reason: String?
    var error: String?
    /// Output paths relative to OUT, in `BatchFormat` order.
    var outputs: [(format: BatchFormat, path: String)] = []
    var language: String?
    var counts: Counts?
    var record: ExtractionRecord?

    static func failed(_ input: BatchInput, reason: String, message: String, size: Int? = nil, hash: String? = nil) -> BatchEntry {
        BatchEntry(key: input.key, source: input.source, size: size, hash: hash, status: .failed, reason: reason, error: message)
    }

    var failure: BatchFailure? {
        status == .failed ? BatchFailure(source: source, reason: reason ?? "failed", message: error ?? source) : nil
    }

    /// The record without what the tracker and calendars do not use.
    static func compact(_ record: ExtractionRecord) -> ExtractionRecord {
        var compact = record
        let used = Set(record.actionItems.flatMap { $0.amountIds ?? [] })
        compact.amounts = record.amounts.filter { $0.id.map(used.contains) ?? false }
        compact.decisions = []
        compact.dates = []
        compact.questions = []
        return compact
    }

    /// The manifest and journal line (one line of JSON).
    var manifestJSON: JSONValue {
        .object([
            ("key", .string(key)),
            ("source", .string(source)),
            ("size", size.map { .number(Double($0)) } ?? .null),
            ("hash", hash.map(JSONValue.string) ?? .null),
            ("status", .string(status.rawValue)),
            ("reason", reason.map(JSONValue.string) ?? .null),
            ("error", error.map(JSONValue.string) ?? .null),
            ("outputs", outputsJSON),
            ("language", language.map(JSONValue.string) ?? .null),
            ("counts", counts?.json ?? .null),
            ("record", record?.json ?? .null),
        ])
    }

    var outputsJSON: JSONValue { .object(outputs.map { ($0.format.rawValue, .string($0.path)) }) }

    private struct Line: Decodable {
        var key: String
        var source: String
        var size: Int?
        var hash: String?
        var status: Status
        var reason: String?
        var error: String?
        var outputs: [String: String]?
        var language: String?
        var counts: Counts?
        var record: ExtractionRecord?
    }

    init(
        key: String, source: String, size: Int?, hash: String?, status: Status, reason: String? = nil, error: String? = nil,
        outputs: [(format: BatchFormat, path: String)] = [], language: String? = nil, counts: Counts? = nil,
        record: ExtractionRecord? = nil
    ) {
        self.key = key
        self.source = source
        self.size = size
        self.hash = hash
        self.status = status
        self.reason = reason
        self.error = error
        self.outputs = outputs
        self.language = language
        self.counts = counts
        self.record = record
    }

    /// Reads a manifest line; nil when it is not one (a line cut short by a killed run).
    init?(line: Data, decoder: JSONDecoder) {
        guard let parsed = try? decoder.decode(Line.self, from: line) else { return nil }
        self.init(
            key: parsed.key, source: parsed.source, size: parsed.size, hash: parsed.hash, status: parsed.status,
            reason: parsed.reason, error: parsed.error,
            outputs: (parsed.outputs ?? [:]).compactMap { key, value in BatchFormat(rawValue: key).map { ($0, value) } }
                .sorted { $0.format < $1.format },
            language: parsed.language, counts: parsed.counts, record: parsed.record)
    }
}

/// The manifest in OUT: which inputs earlier runs finished, with their content hashes and the
/// options they ran with, so a rerun redoes only what changed.
///
/// Two JSON Lines files, each starting with a header line (`{"followupBatch":1,"fingerprint":...,
/// "options":{...}}`) and then one line per input:
/// - `.followup-manifest.jsonl`: written (atomically) when a run completes.
/// - `.followup-journal.jsonl`: appended as each input completes, one `write` per line, so a run
///   that is killed keeps what it finished; the next run carries it over, and the completed run
///   folds it into the manifest and deletes it. A line cut short by `kill -9` is ignored.
enum BatchManifest {
    static let manifestName = ".followup-manifest.jsonl"
    static let journalName = ".followup-journal.jsonl"
    static let version = 1

    /// What earlier runs left.
    struct Previous: Sendable {
        /// Entries made with the current options: key → entry (journal lines win over the manifest's).
        var entries: [String: BatchEntry] = [:]
        /// The journal's entries made with the current options, to carry into this run's journal.
        var journalEntries: [BatchEntry] = []
        /// Every key any earlier run recorded, with its source, whatever the options.
        var recorded: [String: String] = [:]
        /// People files the last completed run wrote.
        var peopleFiles: [String] = []
    }

    private struct Header: Decodable {
        var followupBatch: Int
        var fingerprint: String
        var people: [String]?
    }

    static func header(options: JSONValue, fingerprint: String, people: [String]? = nil) -> String {
        var fields: [(String, JSONValue)] = [
            ("followupBatch", .number(Double(version))), ("fingerprint", .string(fingerprint)), ("options", options),
        ]
        if let people { fields.append(("people", .array(people.map(JSONValue.string)))) }
        return JSONValue.object(fields).compact + "\n"
    }

    static func load(_ tree: OutputTree, fingerprint: String) -> Previous {
        var previous = Previous()
        let decoder = JSONDecoder()
        for (name, isJournal) in [(manifestName, false), (journalName, true)] {
            guard let bytes = tree.read(name) else { continue }
            var lines = Data(bytes).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            // Only lines that end in a newline were written whole.
            if !lines.isEmpty { lines.removeLast() }
            guard let first = lines.first, let header = try? decoder.decode(Header.self, from: Data(first)),
                header.followupBatch == version
            else { continue }
            let usable = header.fingerprint == fingerprint
            if !isJournal { previous.peopleFiles = header.people ?? [] }
            for line in lines.dropFirst() {
                guard let entry = BatchEntry(line: Data(line), decoder: decoder) else { continue }
                previous.recorded[entry.key] = entry.source
                guard usable else { continue }
                previous.entries[entry.key] = entry
                if isJournal { previous.journalEntries.append(entry) }
            }
        }
        return previous
    }
}

/// The journal this run appends to; safe to call from every worker.
final class BatchJournal: @unchecked Sendable {
    private let lock = NSLock()
    private var descriptor: Int32

    /// Starts a journal holding `header` and the carried-over entries (written atomically first,
    /// so a run killed now still has them).
    init(tree: OutputTree, header: String, carried: [BatchEntry]) throws {
        var text = header
        for entry in carried { text += entry.manifestJSON.compact + "\n" }
        try tree.write(text, to: BatchManifest.journalName)
        descriptor = open(tree.path(BatchManifest.journalName), O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else {
            throw BatchError.writeFailed(path: tree.path(BatchManifest.journalName), reason: String(cString: strerror(errno)))
        }
    }

    deinit { close() }

    /// Appends one line with a single `write`, so a kill leaves it whole or absent.
    func append(_ entry: BatchEntry) {
        var line = entry.manifestJSON.compact + "\n"
        lock.lock()
        defer { lock.unlock() }
        guard descriptor >= 0 else { return }
        line.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }
                offset += n
            }
        }
    }

    func close() {
        lock.lock()
        defer { lock.unlock() }
        if descriptor >= 0 {
            Foundation.close(descriptor)
            descriptor = -1
        }
    }
}
