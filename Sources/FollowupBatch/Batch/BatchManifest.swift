import Foundation
import Followup
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

    /// A manifest line's fields but the record (decoded alone, a line reads quickly).
    private struct Brief: Decodable {
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
    }

    private struct RecordField: Decodable {
        var record: ExtractionRecord?
    }

    /// Reads a manifest line; nil when it is not one (a line cut short by a killed run).
    ///
    /// - Parameter withRecord: also decode the record (only a reused input needs it).
    init?(line: Data, decoder: JSONDecoder, withRecord: Bool = true) {
        guard let brief = try? decoder.decode(Brief.self, from: line) else { return nil }
        var record: ExtractionRecord?
        if withRecord {
            guard let field = try? decoder.decode(RecordField.self, from: line) else { return nil }
            record = field.record
        }
        self.init(
            key: brief.key, source: brief.source, size: brief.size, hash: brief.hash, status: brief.status, reason: brief.reason,
            error: brief.error, outputs: BatchEntry.outputs(brief.outputs), language: brief.language, counts: brief.counts,
            record: record)
    }

    private static func outputs(_ json: [String: String]?) -> [(format: BatchFormat, path: String)] {
        (json ?? [:]).compactMap { key, value in BatchFormat(rawValue: key).map { ($0, value) } }.sorted { $0.format < $1.format }
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

    /// What earlier runs left: the entries in brief, and where each one's full line is, so a
    /// rerun over many inputs holds little per input and reads a record only when it reuses it.
    final class Previous: @unchecked Sendable {
        /// Entries made with the current options, without their records: key → entry (journal
        /// lines win over the manifest's).
        var entries: [String: BatchEntry] = [:]
        /// The journal's lines made with the current options, to carry into this run's journal.
        var journalLines: [LineLocation] = []
        /// Every key any earlier run recorded, with its source, whatever the options.
        var recorded: [String: String] = [:]
        /// People files the last completed run wrote.
        var peopleFiles: [String] = []
        fileprivate var locations: [String: LineLocation] = [:]
        /// The files as they were when the run started (still readable after they are replaced).
        fileprivate var descriptors: [Int32] = []

        struct LineLocation: Sendable {
            var file: Int
            var offset: Int
            var count: Int
        }

        deinit {
            for fd in descriptors { close(fd) }
        }

        /// The line an entry was read from, newline included.
        func line(_ location: LineLocation) -> [UInt8]? {
            var bytes = [UInt8](repeating: 0, count: location.count)
            let n = bytes.withUnsafeMutableBytes { preadFully(descriptors[location.file], $0, offset: location.offset) }
            return n == location.count ? bytes : nil
        }

        /// The full entry, record included, for `key`.
        func fullEntry(_ key: String) -> (entry: BatchEntry, line: [UInt8])? {
            guard let location = locations[key], let line = line(location),
                let entry = BatchEntry(line: Data(line), decoder: JSONDecoder())
            else { return nil }
            return (entry, line)
        }
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
        let previous = Previous()
        let decoder = JSONDecoder()
        for (name, isJournal) in [(manifestName, false), (journalName, true)] {
            let fd = open(tree.path(name), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { continue }
            var info = stat()
            guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
                close(fd)
                continue
            }
            let file = previous.descriptors.count
            previous.descriptors.append(fd)
            var usable: Bool?
            // Only lines that end in a newline were written whole.
            forEachLine(fd) { line, offset in
                guard let isUsable = usable else {
                    guard let header = try? decoder.decode(Header.self, from: line), header.followupBatch == version else { return false }
                    usable = header.fingerprint == fingerprint
                    if !isJournal { previous.peopleFiles = header.people ?? [] }
                    return true
                }
                guard let entry = BatchEntry(line: line, decoder: decoder, withRecord: false) else { return true }
                previous.recorded[entry.key] = entry.source
                guard isUsable else { return true }
                let location = Previous.LineLocation(file: file, offset: offset, count: line.count + 1)
                previous.entries[entry.key] = entry
                previous.locations[entry.key] = location
                if isJournal { previous.journalLines.append(location) }
                return true
            }
        }
        return previous
    }

    /// Calls `body` with each newline-terminated line (without the newline) and its offset,
    /// reading a block at a time, until `body` returns false.
    private static func forEachLine(_ fd: Int32, _ body: (Data, Int) -> Bool) {
        var pending = Data()
        var pendingOffset = 0
        var block = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = block.withUnsafeMutableBytes { readFully(fd, $0) }
            guard n > 0 else { return }
            pending.append(contentsOf: block[..<n])
            var start = pending.startIndex
            while let newline = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
                guard body(pending[start..<newline], pendingOffset + (start - pending.startIndex)) else { return }
                start = newline + 1
            }
            pendingOffset += start - pending.startIndex
            pending = Data(pending[start...])
        }
    }
}

/// The journal this run appends to; safe to call from every worker.
final class BatchJournal: @unchecked Sendable {
    private let lock = NSLock()
    private var descriptor: Int32

    /// Starts a journal holding `header` and the carried-over lines (written atomically first,
    /// so a run killed now still has them).
    init(tree: OutputTree, header: String, carrying previous: BatchManifest.Previous) throws {
        let file = try tree.create(BatchManifest.journalName)
        try file.append(header)
        for location in previous.journalLines {
            guard let line = previous.line(location) else { continue }
            try line.withUnsafeBytes { try file.append($0) }
        }
        try file.commit()
        descriptor = open(tree.path(BatchManifest.journalName), O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else {
            throw BatchError.writeFailed(path: tree.path(BatchManifest.journalName), reason: String(cString: strerror(errno)))
        }
    }

    deinit { close() }

    /// Appends one line with a single `write`, so a kill leaves it whole or absent.
    func append(_ line: String) {
        var line = line
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
