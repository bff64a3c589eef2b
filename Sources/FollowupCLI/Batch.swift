import ArgumentParser
import Dispatch
import Foundation
import Followup
import FollowupBatch

struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Turn folders of notes and transcripts into follow-ups, reminders and one tracker of open action items.",
        discussion: """
            Each IN is a file or a folder, walked recursively. Hidden files, symbolic-link loops and files \
            that are not notes or transcripts are skipped and counted.

            Per input, mirrored under OUT by relative path: NAME.json (the extraction record), NAME.md \
            (the follow-up text), NAME.eml, NAME.ics. Across inputs: OUT/index.jsonl (one line per input), \
            OUT/actions.csv (every action item, RFC 4180), OUT/calendar.ics (every reminder), and \
            OUT/people/NAME.md and NAME.ics (what each person owes and is owed).

            A manifest in OUT records each input's content hash and the options used: a rerun processes \
            only new or changed inputs (--force redoes all). Every file is written to a temporary file \
            and renamed into place, so a run killed at any moment leaves no half-written output, and \
            the next run completes the rest.

            Exit status: 0 every input processed; 1 some inputs failed (each is named with the reason on \
            standard error and in index.jsonl; everything else was written), or OUT could not be used; \
            64 bad arguments; 130 or 143 stopped by SIGINT or SIGTERM (rerun to finish).
            """
    )

    /// `json,md,eml,ics` or any subset.
    struct Formats: ExpressibleByArgument {
        var formats: [BatchFormat]

        init?(argument: String) {
            guard let formats = BatchFormat.list(argument) else { return nil }
            self.formats = formats
        }

        init(_ formats: [BatchFormat]) { self.formats = formats }

        var defaultValueDescription: String { formats.map(\.rawValue).joined(separator: ",") }
        static var allValueStrings: [String] { BatchFormat.allCases.map(\.rawValue) }
    }

    /// A byte count: 52428800, or with a K, M or G suffix (powers of 1024).
    struct ByteCount: ExpressibleByArgument {
        var bytes: Int

        init?(argument: String) {
            var text = argument.uppercased()
            if text.count >= 2, text.hasSuffix("B"), "KMG".contains(text.dropLast().last!) { text.removeLast() }
            var multiplier = 1
            if let last = text.last, let unit = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30][String(last)] {
                multiplier = unit
                text.removeLast()
            }
            guard let value = Int(text), value > 0, value <= Int.max / multiplier else { return nil }
            bytes = value * multiplier
        }

        init(bytes: Int) { self.bytes = bytes }

        var defaultValueDescription: String { bytes % (1 << 20) == 0 ? "\(bytes >> 20)M" : "\(bytes)" }
    }

    @Argument(help: ArgumentHelp("Notes or transcript files, or folders of them.", valueName: "IN"))
    var inputs: [String]

    @Option(name: .customLong("out"), help: ArgumentHelp("The output folder (created when missing).", valueName: "OUT"))
    var output: String

    @Option(help: "Which per-input files to write: json, md, eml, ics, comma-separated.")
    var formats = Formats(BatchFormat.allCases)

    @Option(help: "Inputs processed at once. Default: every core.")
    var jobs: Int?

    @Option(help: ArgumentHelp("Only files matching this glob (a glob with '/' matches the path inside IN). Repeatable.", valueName: "GLOB"))
    var include: [String] = []

    @Option(help: ArgumentHelp("Leave out files and folders matching this glob. Repeatable.", valueName: "GLOB"))
    var exclude: [String] = []

    @Flag(help: "Process every input again, even those unchanged since the last run.")
    var force = false

    @Flag(help: "No progress line (failures are still reported).")
    var quiet = false

    @Flag(help: "Print a machine-readable summary on standard output at the end.")
    var json = false


    @OptionGroup var input: InputOptions

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("Give at least one file or folder to read.") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
        do {
            try BatchRunner.checkLayout(inputs: inputs, output: output)
        } catch let error as BatchError {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        let environment = try RunEnvironment(
            configPath: input.config, peoplePath: input.people, now: input.now, timeZone: input.tz, locale: input.locale,
            date: input.date, language: input.language, inputFormat: input.inputFormat, encoding: input.encoding,
            maxBytes: input.maxSize.bytes)
        let options = BatchOptions(
            inputs: inputs, output: output, formats: formats.formats, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            include: include, exclude: exclude, force: force, maxBytes: input.maxSize.bytes, settings: settings())

        let cancellation = BatchCancellation()
        let sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { cancellation.cancel(signal: number) }
            source.resume()
            return source
        }
        defer { sources.forEach { $0.cancel() } }

        let summary: BatchSummary
        do {
            summary = try BatchRunner(options: options, environment: environment)
                .run(observer: BatchProgress(quiet: quiet), cancellation: cancellation)
        } catch let error as BatchError {
            try Output.error("followup batch: \(error)")
            throw ExitCode(1)
        }
        if json { try Output.write(summary.json.compact + "\n") }
        if !quiet { try Output.error(Batch.describe(summary)) }
        if summary.interrupted { throw ExitCode(128 + (cancellation.signal ?? SIGINT)) }
        if summary.failed > 0 || !summary.aggregateErrors.isEmpty { throw ExitCode(1) }
    }

    /// What changes the outputs beyond the pipeline options: the fixed clock and the contents of
    /// the configuration and people files (so editing them redoes the batch).
    private func settings() -> [(String, String)] {
        var settings: [(String, String)] = []
        if let now = input.now {
            settings.append(("now", now))
        } else if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] {
            settings.append(("now", epoch))
        }
        let configPath = input.config ?? Configuration.defaultPath()
        for (name, path) in [("config", Optional(configPath)), ("people", input.people)] {
            guard let path, let data = FileManager.default.contents(atPath: path) else { continue }
            settings.append((name, ContentHash.of([UInt8](data)).hex))
        }
        return settings
    }

    /// One line for standard error: "batch: 300 inputs: 290 processed, 8 unchanged, 2 failed; 5 skipped".
    static func describe(_ summary: BatchSummary) -> String {
        var parts = ["\(summary.processed) processed", "\(summary.unchanged) unchanged", "\(summary.failed) failed"]
        if summary.duplicates > 0 { parts.append("\(summary.duplicates) duplicates") }
        var line = "batch: \(summary.total) inputs: " + parts.joined(separator: ", ")
        if summary.skipped.total > 0 { line += "; \(summary.skipped.total) skipped" }
        if !summary.disappeared.isEmpty { line += "; \(summary.disappeared.count) gone since the last run" }
        line += String(format: " (%.1f s, %.1f files/s)", summary.seconds, summary.filesPerSecond)
        if summary.interrupted { line += "; interrupted: run again to finish" }
        return line + " → \(summary.output)"
    }
}
