import Foundation
import Followup
import FollowupDocument
import FollowupExtraction
import FollowupICU
import FollowupText

/// `followup map`: JSON Lines in, one JSON line out per input line, in input order, for engines
/// that stream records through a process (Spark's `rdd.pipe`, Hadoop Streaming).
///
/// Input lines: `{"id", "text"}` and optionally `"date"`, `"tz"`, `"language"`, `"format"`,
/// `"people"`, `"title"`, `"outputs"`. Output lines: `{"id", "line", "record"}` plus `"summary"`,
/// `"email"`, `"ics"` when asked, or `{"id", "line", "error": {"reason", "message"}}`; blank
/// input lines give none. Lines are read a chunk at a time and written (one `write` each) as
/// soon as every earlier line is out, so memory is bounded by the largest document and a
/// consumer sees results as they come.
public final class MapRunner: Sendable {
    public enum Output: String, CaseIterable, Sendable { case record, summary, email, ics }

    public let environment: RunEnvironment
    public let jobs: Int
    public let outputs: [Output]

    public init(environment: RunEnvironment, jobs: Int = 1, outputs: [Output] = [.record]) {
        self.environment = environment
        self.jobs = max(1, jobs)
        self.outputs = outputs
    }

    public struct Summary: Sendable {
        public var lines = 0
        public var failed = 0
    }

    /// Reads every descriptor in turn (line numbers run on across them) and writes to `output`.
    /// Throws only when the output cannot be written; bad lines are error records.
    public func run(inputs: [Int32], output: Int32) throws -> Summary {
        var reader = JSONLinesReader(descriptors: inputs, maxLineBytes: environment.pipelineOptions.maxBytes)
        let pool = OrderedPool<JSONLinesReader.Line, (text: String, failed: Bool)>(jobs: jobs)
        let environment = self.environment
        let outputs = self.outputs
        let state = RunState()
        pool.run(
            makeState: { MapDocumentWorker(environment: environment, outputs: outputs) },
            source: {
                let line = reader.next()
                if let error = reader.readError { state.stop(error) }
                return line
            },
            work: { worker, line, _ in worker.process(line) },
            deliver: { result, _ in
                state.count(failed: result.failed)
                guard !state.stopped else { return }
                do {
                    try FileDescriptor.writeAll(output, result.text, name: "standard output")
                } catch {
                    state.stop(error)
                }
            },
            isCancelled: { state.stopped })
        if let error = state.error { throw error }
        return Summary(lines: state.lines, failed: state.failed)
    }

    /// The counts and the first error that stops the run, behind a lock of their own.
    private final class RunState: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var lines = 0
        private(set) var failed = 0
        private var firstError: (any Error)?

        func count(failed didFail: Bool) {
            lock.lock()
            defer { lock.unlock() }
            lines += 1
            if didFail { failed += 1 }
        }

        func stop(_ error: any Error) {
            lock.lock()
            defer { lock.unlock() }
            if firstError == nil { firstError = error }
        }

        var stopped: Bool {
            lock.lock()
            defer { lock.unlock() }
            return firstError != nil
        }

        var error: (any Error)? {
            lock.lock()
            defer { lock.unlock() }
            return firstError
        }
    }
}

/// One worker's pipeline and renderers; a document's own options apply to it alone.
struct MapDocumentWorker {
    let environment: RunEnvironment
    let outputs: [MapRunner.Output]
    let pipeline: Pipeline

    init(environment: RunEnvironment, outputs: [MapRunner.Output]) {
        self.environment = environment
        self.outputs = outputs
        pipeline = Pipeline(options: environment.pipelineOptions)
    }

    struct Failure: Error {
        var reason: String
        var message: String
    }

    func process(_ line: JSONLinesReader.Line) -> (text: String, failed: Bool) {
        var id: String?
        do {
            let object = try MapDocument.object(line)
            id = MapDocument.id(object)
            let document = try MapDocument(object, defaults: environment, allOutputs: outputs)
            var fields: [(String, JSONValue)] = [("id", .string(document.id)), ("line", .number(Double(line.number)))]
            fields += try render(document)
            return (JSONValue.object(fields).compact + "\n", false)
        } catch let failure as Failure {
            return (errorLine(id: id, line: line.number, reason: failure.reason, message: failure.message), true)
        } catch let error as InputError {
            return (errorLine(id: id, line: line.number, reason: error.reason, message: error.description), true)
        } catch {
            return (errorLine(id: id, line: line.number, reason: "failed", message: "\(error)"), true)
        }
    }

    private func render(_ document: MapDocument) throws -> [(String, JSONValue)] {
        pipeline.options = document.options
        let processed = try pipeline.process(
            bytes: Array(document.text.utf8), source: document.id, fallbackDate: environment.pipelineOptions.today, date: document.date)
        var record = processed.record
        if let title = document.title { record.meeting.title = title }
        if document.outputs == [.record] { return [("record", record.json)] }
        var environment = self.environment
        environment.pipelineOptions = document.options
        if let zone = document.zone { environment.timeZone = zone }
        let renderers = Renderers(environment: environment)
        var fields: [(String, JSONValue)] = []
        var calendar: String?
        for output in document.outputs {
            switch output {
            case .record: fields.append(("record", record.json))
            case .summary: fields.append(("summary", .string(renderers.summary(record, format: .text).text)))
            case .ics:
                calendar = try calendar ?? renderers.calendar([record])
                fields.append(("ics", .string(calendar!)))
            case .email:
                // Its own attachment: the calendar without the sender's check-back.
                fields.append(("email", .string(try renderers.email(record))))
            }
        }
        return fields
    }

    private func errorLine(id: String?, line: Int, reason: String, message: String) -> String {
        var fields: [(String, JSONValue)] = []
        if let id { fields.append(("id", .string(id))) }
        fields.append(("line", .number(Double(line))))
        fields.append(("error", .object([("reason", .string(reason)), ("message", .string(message))])))
        return JSONValue.object(fields).compact + "\n"
    }
}

/// One input line read as a document, its fields checked.
struct MapDocument {
    var id: String
    var text: String
    var date: CivilDate?
    var zone: ICUTimeZone?
    var title: String?
    var options: PipelineOptions
    var outputs: [MapRunner.Output]

    typealias Failure = MapDocumentWorker.Failure

    static func object(_ line: JSONLinesReader.Line) throws -> [String: Any] {
        guard let bytes = line.bytes else {
            throw Failure(reason: "too-large", message: "over the limit of \(line.limit) bytes (raise it with --max-size)")
        }
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw Failure(reason: "not-json", message: "not a JSON object")
        }
        guard let object = parsed as? [String: Any] else {
            throw Failure(reason: "not-json", message: "not a JSON object")
        }
        return object
    }

    static func id(_ object: [String: Any]) -> String? {
        if let id = object["id"] as? String { return id }
        if let id = object["id"] as? NSNumber, !(object["id"] is Bool) { return id.stringValue }
        return nil
    }

    init(_ object: [String: Any], defaults: RunEnvironment, allOutputs: [MapRunner.Output]) throws {
        guard let id = MapDocument.id(object) else { throw Failure(reason: "no-id", message: "no \"id\" (a string)") }
        guard let text = object["text"] as? String else { throw Failure(reason: "no-text", message: "\(id): no \"text\" (a string)") }
        self.id = id
        self.text = text
        options = defaults.pipelineOptions
        outputs = allOutputs
        func field<T>(_ name: String, _ parse: (String) -> T?) throws -> T? {
            guard let value = object[name], !(value is NSNull) else { return nil }
            guard let string = value as? String, let parsed = parse(string) else {
                throw Failure(reason: "bad-field", message: "\(id): \"\(name)\" is not valid: \(value)")
            }
            return parsed
        }
        date = try field("date") { text in CivilDate(iso: text).flatMap { $0.isSupported ? $0 : nil } }
        if let zone = try field("tz", ICUTimeZone.init) {
            self.zone = zone
            options.timeZone = zone.identifier
            options.timeZoneIsChosen = true
        }
        if let language = try field("language", { Lexicons.lexicon(for: $0) != nil ? $0 : nil }) { options.language = language }
        if let format = try field("format", InputFormat.init(rawValue:)) { options.inputFormat = format }
        title = try field("title") { $0 }
        if let people = object["people"], !(people is NSNull) {
            guard let list = people as? [Any] else { throw Failure(reason: "bad-field", message: "\(id): \"people\" is not a list") }
            for person in list {
                if let name = person as? String {
                    options.people.entries.append(PeopleMap.Entry(name: name))
                } else if let entry = person as? [String: Any], let name = entry["name"] as? String {
                    options.people.entries.append(
                        PeopleMap.Entry(name: name, email: entry["email"] as? String, aliases: entry["aliases"] as? [String] ?? []))
                } else {
                    throw Failure(reason: "bad-field", message: "\(id): a \"people\" entry is neither a name nor {\"name\": ...}")
                }
            }
        }
        if let asked = object["outputs"], !(asked is NSNull) {
            guard let names = asked as? [String], !names.isEmpty else {
                throw Failure(reason: "bad-field", message: "\(id): \"outputs\" is not a list of record, summary, email, ics")
            }
            var chosen: [MapRunner.Output] = []
            for name in names {
                guard let output = MapRunner.Output(rawValue: name) else {
                    throw Failure(reason: "bad-field", message: "\(id): \"outputs\" has \"\(name)\"; use record, summary, email, ics")
                }
                if !chosen.contains(output) { chosen.append(output) }
            }
            outputs = chosen
        }
    }
}

/// JSON Lines from descriptors, a 64 KiB chunk at a time: a line over the limit is skipped to
/// its end (never held) and reported as too large; blank lines are counted and passed over.
struct JSONLinesReader {
    struct Line {
        var number: Int
        /// nil when the line was over `limit`.
        var bytes: [UInt8]?
        var limit: Int
    }

    private var descriptors: [Int32]
    private let maxLineBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var number = 0
    private var atEnd = false
    /// Where the search for the next newline goes on (the bytes before it hold none).
    private var scanned = 0
    /// Inside a line over the limit, dropping its bytes until its end.
    private var skipping = false
    private(set) var readError: InputError?

    init(descriptors: [Int32], maxLineBytes: Int) {
        self.descriptors = descriptors
        self.maxLineBytes = maxLineBytes
    }

    mutating func next() -> Line? {
        while true {
            guard let (bytes, tooLarge) = rawLine() else { return nil }
            number += 1
            if tooLarge { return Line(number: number, bytes: nil, limit: maxLineBytes) }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            return Line(number: number, bytes: bytes, limit: maxLineBytes)
        }
    }

    /// The next line without its newline; `tooLarge` when it passed the limit (bytes dropped).
    private mutating func rawLine() -> ([UInt8], tooLarge: Bool)? {
        skipping = false
        defer { skipping = false }
        while true {
            let tooLarge = skipping
            if let newline = buffer[max(start, scanned)...].firstIndex(of: 0x0A) {
                let line = tooLarge ? [] : Array(buffer[start..<newline])
                start = newline + 1
                scanned = start
                if !tooLarge, line.count > maxLineBytes { return ([], true) }
                return (line, tooLarge)
            }
            scanned = buffer.count
            if buffer.count - start > maxLineBytes {
                skipping = true
                buffer.removeAll(keepingCapacity: true)
                start = 0
                scanned = 0
            }
            if atEnd {
                guard start < buffer.count || tooLarge else { return nil }
                let line = tooLarge ? [] : Array(buffer[start...])
                buffer.removeAll()
                start = 0
                scanned = 0
                return (line, tooLarge)
            }
            fill()
        }
    }

    private mutating func fill() {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            scanned -= start
            start = 0
        }
        guard let fd = descriptors.first else {
            atEnd = true
            return
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let n = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress!, $0.count) }
        if n < 0 && errno == EINTR { return }
        if n < 0 {
            readError = InputError.unreadable(path: "-", reason: String(cString: strerror(errno)))
            atEnd = true
            return
        }
        if n == 0 {
            descriptors.removeFirst()
            // A file that does not end in a newline still ends its last line (a line being
            // skipped as too large included: the next file's first line is its own).
            if !descriptors.isEmpty, skipping || (buffer.last.map { $0 != 0x0A } ?? false) { buffer.append(0x0A) }
            if descriptors.isEmpty { atEnd = true }
            return
        }
        buffer += chunk[..<n]
    }
}
