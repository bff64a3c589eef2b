import ArgumentParser
import Foundation
import Followup

@main
struct FollowupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup",
        abstract: "Turn meeting notes and transcripts into a same-day follow-up: agreements, owners, deadlines, amounts, reminders.",
        discussion: """
            With no subcommand, reads notes from standard input and prints the follow-up text (`followup summary`).

            Exit status: 0 all inputs processed; 1 an input could not be read or decoded (the message names it \
            and says why); 64 bad arguments; 78 the configuration or people file is broken (the message names the key and \
            line); 74 an output could not be written (a full disk, a closed \
            stream; the message says which).
            """,
        version: "0.1.0",
        subcommands: [Summary.self, Extract.self, Eval.self, Email.self, Ics.self, ConfigCommand.self, Batch.self, Map.self, Lint.self, Plan.self],
        defaultSubcommand: Summary.self
    )

    /// A reader that goes away (`followup map | head -1`, a Spark task that ends early) is a write
    /// error like any other: EPIPE, a message and 74, instead of a silent death by SIGPIPE.
    static func main() {
        signal(SIGPIPE, SIG_IGN)
        main(nil)
    }
}
