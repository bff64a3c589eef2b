import ArgumentParser
import Foundation
import Followup
import FollowupBatch

extension MapRunner.Output: ExpressibleByArgument {}

struct Map: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Stream JSON Lines of documents to JSON Lines of records, for Spark, Hadoop Streaming and other pipes.",
        discussion: """
            Each input line is a document: {"id": "...", "text": "..."} and optionally "date" (YYYY-MM-DD), \
            "tz", "language", "format" (text, markdown, vtt, srt, otter, whisper), "people" (names or \
            {"name", "email", "aliases"}), "title" and "outputs" (record, summary, email, ics). Each gives one \
            output line, in input order: {"id", "line", "record"} plus the outputs asked for, or {"id", "line", \
            "error": {"reason", "message"}} (reasons: not-json, no-id, no-text, bad-field, too-large, empty, \
            binary, ...); the stream goes on. Blank lines give none. A line is written as soon as every \
            earlier one is, so a consumer sees results as they come.

            The flags (--date, --tz, --language, ...) are every document's defaults; --max-size limits one \
            line. Exit status: 0 every line processed; 1 some lines failed (see their error records); 64 bad \
            arguments; 74 the output could not be written.
            """)

    @Argument(help: "JSON Lines files, read in turn; '-' or nothing reads standard input.")
    var files: [String] = []

    @Option(help: "Documents processed at once (output order stays the input's).")
    var jobs = 1

    @Option(parsing: .upToNextOption, help: "What each line carries when its document does not say: record, summary, email, ics.")
    var outputs: [MapRunner.Output] = [.record]

    @OptionGroup var input: InputOptions

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs)") }
        if outputs.isEmpty { throw ValidationError("--outputs needs at least one of: record, summary, email, ics") }
    }

    func run() throws {
        let environment = try input.environment()
        var descriptors: [Int32] = []
        defer { descriptors.filter { $0 != STDIN_FILENO }.forEach { close($0) } }
        for file in files.isEmpty ? ["-"] : files {
            if file == "-" {
                descriptors.append(STDIN_FILENO)
                continue
            }
            let fd = open(file, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else {
                throw InputError.unreadable(path: file, reason: String(cString: strerror(errno)))
            }
            descriptors.append(fd)
        }
        let summary: MapRunner.Summary
        do {
            summary = try MapRunner(environment: environment, jobs: jobs, outputs: outputs).run(inputs: descriptors, output: STDOUT_FILENO)
        } catch let failure as WriteFailure {
            try? Output.error("followup: \(failure)")
            throw Output.ioErrorStatus
        }
        if summary.failed > 0 {
            try Output.error("map: \(summary.failed) of \(summary.lines) lines failed (see their error records)")
            throw ExitCode(1)
        }
    }
}
