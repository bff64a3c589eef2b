import ArgumentParser
import Foundation
import Followup
import FollowupRendering

struct Email: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "email",
        abstract: "Print the follow-up as an e-mail (RFC 5322, MIME) with the reminders attached.",
        discussion: """
            The message goes to standard output, ready for `sendmail -t`: From, To and Cc come from the \
            configuration, these flags and the participants' addresses; the review list goes to standard error. \
            Without a sender address, or without any recipient (--to, `to` in the configuration, or an address \
            in the notes), it writes nothing and exits 64.
            """)

    @Argument(help: "A notes or transcript file; '-' or nothing reads standard input.")
    var file: String?

    @Option(help: "Sender, \"Name <address>\" or an address; overrides the configuration.")
    var from: String?

    @Option(help: "A recipient (repeatable, or comma-separated); replaces the configuration's 'to'.")
    var to: [String] = []

    @Option(help: "A copy recipient (repeatable, or comma-separated); replaces the configuration's 'cc'.")
    var cc: [String] = []

    @Option(name: [.short, .customLong("output")], help: OutputHelp.text)
    var output: String?

    @OptionGroup var input: InputOptions

    func validate() throws {
        if let from, MailAddress(parsing: from) == nil {
            throw ValidationError("--from '\(from)' is not an address (use \"Name <user@example.com>\" or user@example.com)")
        }
        for address in Email.split(to + cc) where MailAddress(parsing: address) == nil {
            throw ValidationError("'\(address)' is not an address (use \"Name <user@example.com>\" or user@example.com)")
        }
    }

    func run() throws {
        var environment = try input.environment()
        if let from, let address = MailAddress(parsing: from) {
            environment.configuration.sender.email = address.address
            if let name = address.name { environment.configuration.sender.name = name }
        }
        if !to.isEmpty { environment.configuration.to = Email.split(to) }
        if !cc.isEmpty { environment.configuration.cc = Email.split(cc) }
        guard let sender = environment.configuration.sender.email, MailAddress.isValidAddress(sender) else {
            try Output.error("""
                followup: no sender address: pass --from "Your Name <you@example.com>", or set [sender] email in \
                the configuration (`followup config init` writes one)
                """)
            throw ExitCode(64)
        }
        let processed = try Output.process(file, in: environment)
        let participants = processed.record.meeting.participants.compactMap(\.email).filter { MailAddress.isValidAddress($0) && $0.lowercased() != sender.lowercased() }
        if environment.configuration.to.isEmpty && participants.isEmpty {
            try Output.error("""
                followup: no recipient: the notes give no participant's address; pass --to "Name <them@example.com>" \
                (repeatable), or set `to` in the configuration
                """)
            throw ExitCode(64)
        }
        let (message, review) = try Renderers(environment: environment).emailWithReview(processed.record)
        try Output.write(message, to: output)
        try ReviewList.print(review, heading: Renderers(environment: environment).reviewHeading(for: processed.record))
    }

    /// "a@x, b@y" and repeated flags as one list.
    static func split(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
