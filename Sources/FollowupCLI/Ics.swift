import ArgumentParser
import Foundation
import Followup

struct Ics: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ics",
        abstract: "Write the reminders as an iCalendar file (RFC 5545) that calendars import.",
        discussion: """
            One event per action item with a due date (a reminder the configured days ahead), a check-back \
            after the meeting, and the next call (tentative at a favourable slot when the notes name no time). \
            Importing an updated file updates these events instead of duplicating them.
            """)

    @Argument(help: "A notes or transcript file; '-' or nothing reads standard input.")
    var file: String?

    @Option(name: [.short, .customLong("output")], help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Flag(help: "Also write a VTODO for each action item, for clients that show tasks.")
    var todos = false

    @OptionGroup var input: InputOptions

    func run() throws {
        let environment = try input.environment()
        let processed = try environment.process(file: file)
        let calendar = try Renderers(environment: environment).calendar([processed.record], todos: todos)
        if let output, output != "-" {
            try AtomicFile.write(calendar, to: output)
        } else {
            Output.write(calendar)
        }
    }
}

/// Writes a whole file or nothing: a temporary file in the same directory, then rename(2).
enum AtomicFile {
    struct WriteError: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): cannot write: \(reason)" }
    }

    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            throw WriteError(path: path, reason: String(cString: strerror(errno)))
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw WriteError(path: path, reason: reason)
        }
    }
}
