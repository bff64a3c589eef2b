import CMalloc
import Dispatch
import Foundation
import Followup
import FollowupExtraction
import FollowupRendering

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
/// Each worker owns one `Pipeline` (ICU iterators are not thread-safe), takes the next input
/// from a shared counter, writes its outputs and prepares its share of the across-input files;
/// `BatchAggregator` appends the shares strictly in walk order (sorted by path), so outputs are
/// identical whatever the scheduling and memory does not grow with the number of inputs.
///
/// ```swift
/// let summary = try BatchRunner(options: BatchOptions(inputs: ["calls"], output: "out", jobs: 4),
///                               environment: try RunEnvironment()).run()
/// ```
///
/// - Complexity: O(total input bytes) work, spread over `jobs` threads; O(inputs) memory only
///   for the sorted list of input paths.
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
            tree: tree, header: BatchManifest.header(options: optionsJSON, fingerprint: fingerprint), carrying: previous)

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

        // One allocation arena per worker, shared, and the walk's garbage handed back: otherwise
        // glibc keeps what each thread ever freed, and peak memory creeps up with the run.
        fu_malloc_limit_arenas(Int32(max(1, options.jobs)))
        fu_malloc_release_free()

        let aggregates = BatchAggregator(tree: tree, renderers: Renderers(environment: environment))
        let work = Work(
            inputs: inputs, options: options, environment: environment, previous: previous, tree: tree, journal: journal,
            aggregates: aggregates, observer: observer, cancellation: cancellation)
        work.run()
        journal.close()

        summary.failures = work.failures
        summary.processed = work.processed
        summary.unchanged = work.unchanged
        summary.duplicates = aggregates.duplicates
        summary.actionItems = aggregates.actionItems
        if cancellation?.isCancelled == true || !work.isComplete {
            summary.interrupted = true
        } else {
            aggregates.finish(
                header: { BatchManifest.header(options: optionsJSON, fingerprint: fingerprint, people: $0) }, stalePeople: previous.peopleFiles)
            summary.people = aggregates.people
            summary.aggregateErrors = aggregates.errors
            for message in summary.aggregateErrors { observer?.batchNote(message) }
        }
        aggregates.close()
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        observer?.batchFinished(summary)
        return summary
    }
}

/// The shared state of one run's workers.
///
/// Inputs go through the shared `OrderedPool` in walk order; the aggregator takes their fragments
/// strictly in that order, and the pool's window keeps the fragments waiting their turn few.
private final class Work: @unchecked Sendable {
    let inputs: [BatchInput]
    let options: BatchOptions
    let environment: RunEnvironment
    let previous: BatchManifest.Previous
    let tree: OutputTree
    let journal: BatchJournal
    let aggregates: BatchAggregator
    let observer: BatchObserver?
    let cancellation: BatchCancellation?

    private let lock = NSLock()
    private let pool: OrderedPool<Int, BatchFragment>
    private var failed: [(index: Int, failure: BatchFailure)] = []
    private(set) var processed = 0
    private(set) var unchanged = 0
    private var done = 0

    init(
        inputs: [BatchInput], options: BatchOptions, environment: RunEnvironment, previous: BatchManifest.Previous, tree: OutputTree,
        journal: BatchJournal, aggregates: BatchAggregator, observer: BatchObserver?, cancellation: BatchCancellation?
    ) {
        self.inputs = inputs
        self.options = options
        self.environment = environment
        self.previous = previous
        self.tree = tree
        self.journal = journal
        self.aggregates = aggregates
        self.observer = observer
        self.cancellation = cancellation
        pool = OrderedPool(jobs: options.jobs)
    }

    /// Every input's fragment reached the aggregator.
    var isComplete: Bool { pool.delivered == inputs.count }

    /// Failures in walk order.
    var failures: [BatchFailure] { failed.sorted { $0.index < $1.index }.map(\.failure) }

    /// Runs the inputs on the shared pool (no more threads than inputs) and waits for them.
    func run() {
        var next = 0
        let environment = self.environment
        pool.run(
            threads: inputs.count,
            makeState: { (Pipeline(options: environment.pipelineOptions), Renderers(environment: environment)) },
            source: { [inputs] in
                guard next < inputs.count else { return nil }
                next += 1
                return next - 1
            },
            work: { [self] state, index, _ in
                let (fragment, outcome) = process(inputs[index], order: index, pipeline: state.0, renderers: state.1)
                // The journal hears of an input as soon as it is done, so a killed run loses none.
                if outcome != .reused { journal.append(fragment.manifestLine) }
                count(outcome, fragment: fragment, index: index)
                return fragment
            },
            deliver: { [self] fragment, _ in aggregates.add(fragment, source: { inputs[$0].source }) },
            isCancelled: { [cancellation] in cancellation?.isCancelled == true })
    }

    private func count(_ outcome: Outcome, fragment: BatchFragment, index: Int) {
        lock.lock()
        defer { lock.unlock() }
        switch outcome {
        case .processed: processed += 1
        case .reused: unchanged += 1
        case .notRead: break
        }
        done += 1
        if let failure = fragment.entry.failure { failed.append((index, failure)) }
        observer?.batchCompleted(failure: fragment.entry.failure, done: done, failed: failed.count)
    }

    private enum Outcome { case processed, reused, notRead }

    /// One input to its outputs; returns its fragment and what it took.
    private func process(_ input: BatchInput, order: Int, pipeline: Pipeline, renderers: Renderers) -> (BatchFragment, Outcome) {
        func failed(_ entry: BatchEntry, _ outcome: Outcome) -> (BatchFragment, Outcome) {
            (BatchFragment(entry: entry, order: order), outcome)
        }
        if let problem = input.problem { return failed(.failed(input, reason: problem.reason, message: problem.message), .notRead) }
        let file: InputFile
        do {
            file = try InputFile(path: input.path, source: input.source, maxBytes: options.maxBytes)
        } catch let error as InputError {
            return failed(.failed(input, reason: error.reason, message: error.description), .notRead)
        } catch {
            return failed(.failed(input, reason: "unreadable", message: "\(input.source): \(error)"), .notRead)
        }
        let hash = ContentHash.of(file.bytes).hex
        let planned = options.formats.map { (format: $0, path: input.outputBase + "." + $0.rawValue) }

        if !options.force, let old = previous.entries[input.key], old.hash == hash, old.size == file.bytes.count,
            old.source == input.source,
            old.status == .failed
                || (old.outputs.map(\.path) == planned.map(\.path) && planned.allSatisfy { tree.isRegularFile($0.path) }),
            let (full, line) = previous.fullEntry(input.key), full.status == .failed || full.record != nil
        {
            do {
                return (try BatchFragment(entry: full, line: line, order: order, renderers: renderers), .reused)
            } catch {
                // A stored record the renderers now refuse: process the input again.
            }
        }

        let output: Pipeline.Output
        do {
            let fallback = Clock.civilDate(file.modified, in: environment.timeZone)
            output = try pipeline.process(bytes: file.bytes, source: input.source, fallbackDate: fallback)
        } catch let error as InputError {
            // Undecodable content fails the same way until it changes: keep the hash.
            return failed(.failed(input, reason: error.reason, message: error.description, size: file.bytes.count, hash: hash), .processed)
        } catch {
            return failed(.failed(input, reason: "extraction-failed", message: "\(input.source): \(error)"), .processed)
        }
        let record = output.record
        for warning in output.document.warnings { observer?.batchNote("\(Printable.path(input.source)): \(warning)") }

        var texts: [(path: String, text: String)] = []
        let events: CalendarChunk
        do {
            // The record's events once, for its .ics and calendar.ics; its e-mail attaches them without the
            // sender's own check-back.
            events = try renderers.calendarChunk([record])
            let calendar = try renderers.calendarHeader(zones: events.zones) + events.text + CalendarRenderer.footer
            for (format, path) in planned {
                switch format {
                case .json: texts.append((path, record.json.rendered() + "\n"))
                case .md: texts.append((path, renderers.summary(record, format: .markdown).text))
                case .eml: texts.append((path, try renderers.email(record)))
                case .ics: texts.append((path, calendar))
                }
            }
        } catch {
            return failed(.failed(input, reason: "render-failed", message: "\(input.source): \(error)"), .processed)
        }
        for (path, text) in texts {
            do {
                try tree.write(text, to: path)
            } catch {
                return failed(.failed(input, reason: "write-failed", message: "\(input.source): \(error)"), .processed)
            }
        }
        let entry = BatchEntry(
            key: input.key, source: input.source, size: file.bytes.count, hash: hash, status: .ok, outputs: planned,
            language: record.language, counts: .init(record), record: BatchEntry.compact(record))
        do {
            return (try BatchFragment(entry: entry, line: nil, order: order, renderers: renderers, events: events), .processed)
        } catch {
            return failed(.failed(input, reason: "render-failed", message: "\(input.source): \(error)"), .processed)
        }
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

