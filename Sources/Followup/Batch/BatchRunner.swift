import Dispatch
import Foundation
import FollowupExtraction

/// Hears about a batch run as it goes; calls come one at a time, from worker threads.
public protocol BatchObserver: AnyObject, Sendable {
    func batchStarted(total: Int)
    /// An input finished; `failure` is set when it failed.
    func batchCompleted(failure: BatchFailure?, done: Int, failed: Int)
    /// Something the user should know that is not one input's failure.
    func batchNote(_ message: String)
    func batchFinished(_ summary: BatchSummary)
}

/// Asks a running batch to stop: workers finish the input in hand and take no more.
public final class BatchCancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var received: Int32?

    public init() {}

    public func cancel(signal: Int32 = SIGINT) {
        lock.lock()
        defer { lock.unlock() }
        if received == nil { received = signal }
    }

    /// The signal that stopped the run, if any.
    public var signal: Int32? {
        lock.lock()
        defer { lock.unlock() }
        return received
    }

    public var isCancelled: Bool { signal != nil }
}

/// `followup batch`: every input under the given files and folders to its outputs under OUT,
/// plus the index, the tracker, the calendar and the people files, on a fixed pool of threads.
///
/// Each worker owns one `Pipeline` (ICU iterators are not thread-safe) and takes the next input
/// from a shared counter; per input only a compact entry is kept. Outputs are identical whatever
/// the scheduling: the across-input files are written at the end in walk order (sorted by path).
///
/// ```swift
/// let summary = try BatchRunner(options: BatchOptions(inputs: ["calls"], output: "out", jobs: 4),
///                               environment: try RunEnvironment()).run()
/// ```
///
/// - Complexity: O(total input bytes) work, spread over `jobs` threads.
public final class BatchRunner: Sendable {
    public let options: BatchOptions
    public let environment: RunEnvironment

    /// Bumped when batch's own output changes shape, so reruns redo everything.
    static let layoutVersion = 1

    public init(options: BatchOptions, environment: RunEnvironment) {
        self.options = options
        self.environment = environment
    }

    /// Refuses an input that is the output folder or inside it (its outputs would become inputs).
    /// An output folder inside an input folder is fine: the walk never enters it.
    public static func checkLayout(inputs: [String], output: String) throws {
        guard let out = realPath(output) else { return }
        for input in inputs {
            guard let real = realPath(input) else { continue }
            if real == out || real.hasPrefix(out == "/" ? "/" : out + "/") {
                throw BatchError.inputInsideOutput(input: input, output: output)
            }
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The options that shape every output, as recorded in the manifest.
    var optionsJSON: JSONValue {
        let pipeline = environment.pipelineOptions
        let string = { (value: String?) in value.map(JSONValue.string) ?? .null }
        return .object([
            ("layout", .number(Double(BatchRunner.layoutVersion))),
            ("inputs", .array(options.inputs.map(JSONValue.string))),
            ("formats", .array(options.formats.map { .string($0.rawValue) })),
            ("date", string(pipeline.date?.iso)),
            ("time", string(pipeline.time?.description)),
            ("timeZone", .string(pipeline.timeZone)),
            ("locale", string(pipeline.locale)),
            ("language", string(pipeline.language)),
            ("inputFormat", string(pipeline.inputFormat?.rawValue)),
            ("encoding", string(pipeline.encoding)),
            (
                "people",
                .array(pipeline.people.entries.map { entry in
                    .array([.string(entry.name), string(entry.email)] + entry.aliases.map(JSONValue.string))
                })
            ),
            ("settings", .object(options.settings.map { ($0.0, .string($0.1)) })),
        ])
    }

    /// Runs the batch. Per-input problems are in the summary, not thrown; this throws only when
    /// the output folder cannot be used.
    public func run(observer: BatchObserver? = nil, cancellation: BatchCancellation? = nil) throws -> BatchSummary {
        let started = DispatchTime.now().uptimeNanoseconds
        try BatchRunner.checkLayout(inputs: options.inputs, output: options.output)
        let tree = try OutputTree(root: options.output, durable: options.durable)
        try tree.acquireLock()
        defer { tree.releaseLock() }
        tree.removeStaleTemporaries()

        var walker = BatchWalker(include: options.include, exclude: options.exclude, outputDirectory: FileID(path: tree.root))
        walker.walk(options.inputs)
        let inputs = walker.inputs

        let optionsJSON = self.optionsJSON
        let fingerprint = ContentHash.of(optionsJSON.compact).hex
        let previous = BatchManifest.load(tree, fingerprint: fingerprint)
        let journal = try BatchJournal(
            tree: tree, header: BatchManifest.header(options: optionsJSON, fingerprint: fingerprint), carried: previous.journalEntries)

        var summary = BatchSummary()
        summary.output = options.output
        summary.total = inputs.count
        summary.skipped = walker.skipped
        let current = Set(inputs.map(\.key))
        summary.disappeared = previous.recorded.filter { !current.contains($0.key) }.map(\.value).sorted(by: BatchNaming.byteOrder)

        observer?.batchStarted(total: inputs.count)
        for source in summary.disappeared {
            observer?.batchNote("\(source): gone since the last run (its outputs are left in place)")
        }

        let work = Work(
            inputs: inputs, options: options, environment: environment, previous: previous, tree: tree, journal: journal,
            observer: observer, cancellation: cancellation)
        work.run()
        journal.close()

        let entries = work.entries
        for case let entry? in entries {
            if let failure = entry.failure { summary.failures.append(failure) }
        }
        summary.processed = work.processed
        summary.unchanged = work.unchanged
        if cancellation?.isCancelled == true || entries.contains(where: { $0 == nil }) {
            summary.interrupted = true
            summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            observer?.batchFinished(summary)
            return summary
        }

        writeAggregates(entries.map { $0! }, tree: tree, previous: previous, optionsJSON: optionsJSON, fingerprint: fingerprint, summary: &summary)
        for message in summary.aggregateErrors { observer?.batchNote(message) }
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        observer?.batchFinished(summary)
        return summary
    }

    /// The index, tracker, calendar, people files and manifest, from every entry in walk order.
    private func writeAggregates(
        _ entries: [BatchEntry], tree: OutputTree, previous: BatchManifest.Previous, optionsJSON: JSONValue, fingerprint: String,
        summary: inout BatchSummary
    ) {
        var firstWithContent: [String: String] = [:]
        var index = ""
        var meetings: [ExtractionRecord] = []
        for entry in entries {
            var duplicateOf: String?
            if entry.status == .ok, let hash = entry.hash, let size = entry.size {
                let content = "\(hash):\(size)"
                if let first = firstWithContent[content] {
                    duplicateOf = first
                    summary.duplicates += 1
                } else {
                    firstWithContent[content] = entry.source
                    if let record = entry.record { meetings.append(record) }
                }
            }
            index += BatchIndex.line(entry, duplicateOf: duplicateOf)
        }
        summary.actionItems = meetings.reduce(0) { $0 + $1.actionItems.count }

        let renderers = Renderers(environment: environment)
        func attempt(_ what: String, _ body: () throws -> Void) {
            do { try body() } catch { summary.aggregateErrors.append("\(tree.path(what)): \(error)") }
        }
        attempt("index.jsonl") { try tree.write(index, to: "index.jsonl", onlyIfChanged: true) }
        attempt("actions.csv") { try tree.write(ActionTracker.csv(meetings), to: "actions.csv", onlyIfChanged: true) }
        attempt("calendar.ics") { try tree.write(try renderers.calendar(meetings), to: "calendar.ics", onlyIfChanged: true) }

        let book = PeopleBook(records: meetings)
        summary.people = book.people.count
        var peopleFiles: [String] = []
        for person in book.people {
            let markdown = "people/\(person.fileName).md"
            attempt(markdown) { try tree.write(book.markdown(for: person), to: markdown, onlyIfChanged: true) }
            peopleFiles.append(markdown)
            let owed = book.records(owedBy: person)
            guard owed.contains(where: { $0.actionItems.contains { $0.due != nil } }) else { continue }
            let calendar = "people/\(person.fileName).ics"
            attempt(calendar) { try tree.write(try renderers.calendar(owed), to: calendar, onlyIfChanged: true) }
            peopleFiles.append(calendar)
        }
        // People who owe nothing any more lose their stale pages.
        for stale in Set(previous.peopleFiles).subtracting(peopleFiles) where stale.hasPrefix("people/") {
            tree.remove(stale)
        }

        var manifest = BatchManifest.header(options: optionsJSON, fingerprint: fingerprint, people: peopleFiles)
        for entry in entries { manifest += entry.manifestJSON.compact + "\n" }
        attempt(BatchManifest.manifestName) {
            try tree.write(manifest, to: BatchManifest.manifestName, onlyIfChanged: true)
            tree.remove(BatchManifest.journalName)
        }
    }
}

/// The shared state of one run's workers.
private final class Work: @unchecked Sendable {
    let inputs: [BatchInput]
    let options: BatchOptions
    let environment: RunEnvironment
    let previous: BatchManifest.Previous
    let tree: OutputTree
    let journal: BatchJournal
    let observer: BatchObserver?
    let cancellation: BatchCancellation?

    private let lock = NSLock()
    private var next = 0
    private(set) var entries: [BatchEntry?]
    private(set) var processed = 0
    private(set) var unchanged = 0
    private var done = 0
    private var failed = 0

    init(
        inputs: [BatchInput], options: BatchOptions, environment: RunEnvironment, previous: BatchManifest.Previous, tree: OutputTree,
        journal: BatchJournal, observer: BatchObserver?, cancellation: BatchCancellation?
    ) {
        self.inputs = inputs
        self.options = options
        self.environment = environment
        self.previous = previous
        self.tree = tree
        self.journal = journal
        self.observer = observer
        self.cancellation = cancellation
        entries = Array(repeating: nil, count: inputs.count)
    }

    /// Starts `jobs` threads (no more than there are inputs) and waits for them.
    func run() {
        let threads = min(options.jobs, max(1, inputs.count))
        let group = DispatchGroup()
        for _ in 0..<threads {
            group.enter()
            let thread = Thread { [self] in
                worker()
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
    }

    private func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < inputs.count, cancellation?.isCancelled != true else { return nil }
        next += 1
        return next - 1
    }

    private func worker() {
        let pipeline = Pipeline(options: environment.pipelineOptions)
        let renderers = Renderers(environment: environment)
        while let index = take() {
            let (entry, outcome) = process(inputs[index], pipeline: pipeline, renderers: renderers)
            if outcome != .reused { journal.append(entry) }
            lock.lock()
            entries[index] = entry
            switch outcome {
            case .processed: processed += 1
            case .reused: unchanged += 1
            case .notRead: break
            }
            done += 1
            if entry.status == .failed { failed += 1 }
            observer?.batchCompleted(failure: entry.failure, done: done, failed: failed)
            lock.unlock()
        }
    }

    private enum Outcome { case processed, reused, notRead }

    /// One input to its outputs; returns its entry and what it took.
    private func process(_ input: BatchInput, pipeline: Pipeline, renderers: Renderers) -> (BatchEntry, Outcome) {
        if let problem = input.problem { return (.failed(input, reason: problem.reason, message: problem.message), .notRead) }
        let file: InputFile
        do {
            file = try InputFile(path: input.path, source: input.source, maxBytes: options.maxBytes)
        } catch let error as InputError {
            return (.failed(input, reason: error.reason, message: error.description), .notRead)
        } catch {
            return (.failed(input, reason: "unreadable", message: "\(input.source): \(error)"), .notRead)
        }
        let hash = ContentHash.of(file.bytes).hex
        let planned = options.formats.map { (format: $0, path: input.outputBase + "." + $0.rawValue) }

        if !options.force, let old = previous.entries[input.key], old.hash == hash, old.size == file.bytes.count,
            old.source == input.source,
            old.status == .failed
                || (old.outputs.map(\.path) == planned.map(\.path) && planned.allSatisfy { tree.isRegularFile($0.path) })
        {
            return (old, .reused)
        }

        let output: Pipeline.Output
        do {
            let fallback = Clock.civilDate(file.modified, in: environment.timeZone)
            output = try pipeline.process(bytes: file.bytes, source: input.source, fallbackDate: fallback)
        } catch let error as InputError {
            // Undecodable content fails the same way until it changes: keep the hash.
            return (.failed(input, reason: error.reason, message: error.description, size: file.bytes.count, hash: hash), .processed)
        } catch {
            return (.failed(input, reason: "extraction-failed", message: "\(input.source): \(error)"), .processed)
        }
        let record = output.record

        var texts: [(path: String, text: String)] = []
        do {
            for (format, path) in planned {
                switch format {
                case .json: texts.append((path, record.json.rendered() + "\n"))
                case .md: texts.append((path, renderers.summary(record, format: .markdown).text))
                case .eml: texts.append((path, try renderers.email(record)))
                case .ics: texts.append((path, try renderers.calendar([record])))
                }
            }
        } catch {
            return (.failed(input, reason: "render-failed", message: "\(input.source): \(error)"), .processed)
        }
        for (path, text) in texts {
            do {
                try tree.write(text, to: path)
            } catch {
                return (.failed(input, reason: "write-failed", message: "\(input.source): \(error)"), .processed)
            }
        }
        let entry = BatchEntry(
            key: input.key, source: input.source, size: file.bytes.count, hash: hash, status: .ok, outputs: planned,
            language: record.language, counts: .init(record), record: BatchEntry.compact(record))
        return (entry, .processed)
    }
}

/// An input's bytes and modification time, read without following it into a FIFO or device.
struct InputFile {
    var bytes: [UInt8]
    /// Seconds since 1970.
    var modified: Double

    init(path: String, source: String, maxBytes: Int) throws {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let reason = errno == EACCES ? "permission denied" : String(cString: strerror(errno))
            throw InputError.unreadable(path: source, reason: reason)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw InputError.unreadable(path: source, reason: String(cString: strerror(errno))) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw InputError.notAFile(path: source) }
        let size = Int(info.st_size)
        if size > maxBytes { throw InputError.tooLarge(path: source, bytes: size, limit: maxBytes) }
        modified = Double(info.st_mtim.tv_sec)
        // Read to the end, not to the size fstat gave: the file may have grown since.
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var count = 0
        while true {
            if count == bytes.count {
                if count > maxBytes { throw InputError.tooLarge(path: source, bytes: count, limit: maxBytes) }
                bytes.append(contentsOf: repeatElement(0, count: max(4096, count)))
            }
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputError.unreadable(path: source, reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            count += n
        }
        if count > maxBytes { throw InputError.tooLarge(path: source, bytes: count, limit: maxBytes) }
        bytes.removeSubrange(count...)
        self.bytes = bytes
    }
}
