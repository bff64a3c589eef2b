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

    @Option(name: [.short, .customLong("output")], help: OutputHelp.text)
    var output: String?

    @Flag(help: "Also write a VTODO for each action item, for clients that show tasks.")
    var todos = false

    @OptionGroup var input: InputOptions

    func run() throws {
        let environment = try input.environment()
        let processed = try Output.process(file, in: environment)
        let calendar = try Renderers(environment: environment).calendar([processed.record], todos: todos)
        try Output.write(calendar, to: output)
    }
}

/// The `-o` help every command shares: what happens to what is already at the path.
enum OutputHelp {
    static let text = ArgumentHelp(
        "Write here instead of standard output ('-' is standard output).",
        discussion: """
            A regular file is replaced atomically (a new file beside it, renamed over it; its mode is \
            kept); a symbolic link is followed and its target replaced; a device or FIFO is written in \
            place. A failed write exits with 74 and leaves the old file as it was.
            """,
        valueName: "PATH")
}
