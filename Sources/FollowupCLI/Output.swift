import ArgumentParser
import Foundation
import Followup

/// Standard output and standard error through write(2): a full disk or a closed pipe is an error
/// with a message and exit status 74 (EX_IOERR), never a trap.
enum Output {
    static let ioErrorStatus = ExitCode(74)

    static func write(_ text: String) throws {
        do {
            try FileDescriptor.writeAll(STDOUT_FILENO, text, name: "standard output")
        } catch {
            try? FileDescriptor.writeAll(STDERR_FILENO, "followup: \(error)\n", name: "standard error")
            throw ioErrorStatus
        }
    }

    /// A line on standard error; when even that fails, the run still ends with 74.
    static func error(_ text: String) throws {
        do {
            try FileDescriptor.writeAll(STDERR_FILENO, text.hasSuffix("\n") ? text : text + "\n", name: "standard error")
        } catch {
            throw ioErrorStatus
        }
    }

    /// Processes a file (or standard input) and says on standard error, before any output, what
    /// its reader had to guess ("not valid JSON, so ... read as plain text").
    static func process(_ file: String?, in environment: RunEnvironment) throws -> Pipeline.Output {
        let processed = try environment.process(file: file)
        for warning in processed.document.warnings {
            try error("followup: \(Printable.path(processed.record.source)): \(warning)")
        }
        return processed
    }

    /// Writes `text` to `-o PATH` (see `Destination`), or to standard output for nil or "-".
    static func write(_ text: String, to path: String?) throws {
        guard let path, path != "-" else { return try write(text) }
        do {
            try Destination.write(text, to: path)
        } catch {
            try? Output.error("followup: \(error)")
            throw ioErrorStatus
        }
    }
}
