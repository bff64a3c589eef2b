import ArgumentParser
import Foundation
import Followup
import FollowupRendering

extension Renderers.SummaryFormat: ExpressibleByArgument {}

struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print the follow-up text for notes (the default command).",
        discussion: """
            The follow-up goes to standard output; what is for you alone (items without an owner or a \
            date, amounts left out, a proposed call time) goes to standard error as a short review list.
            """)

    @Argument(help: "A notes or transcript file; '-' or nothing reads standard input.")
    var file: String?

    @Option(help: "Output format: \(Renderers.SummaryFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Renderers.SummaryFormat = .text

    @Option(help: "Who sends it: a name, or \"Name <address>\"; overrides the configuration. The follow-up signs with it, does not greet the sender, and says the sender's own steps in the first person.")
    var from: String?

    @Option(name: [.short, .customLong("output")], help: OutputHelp.text)
    var output: String?

    @OptionGroup var input: InputOptions

    func run() throws {
        var environment = try input.environment()
        if let from = from.map({ $0.trimmingCharacters(in: .whitespaces) }), !from.isEmpty {
            if let address = MailAddress(parsing: from) {
                environment.configuration.sender.email = address.address
                if let name = address.name { environment.configuration.sender.name = name }
            } else {
                environment.configuration.sender.name = from
            }
        }
        let processed = try Output.process(file, in: environment)
        let (text, review) = Renderers(environment: environment).summary(processed.record, format: format)
        try Output.write(text, to: output)
        try ReviewList.print(review, heading: Renderers(environment: environment).reviewHeading(for: processed.record))
        if environment.configuration.sender.name == nil && environment.configuration.sender.email == nil {
            try Output.error("followup: hint: no [sender] in the configuration, so the follow-up ends without your name; `followup config init` writes one to fill in")
        }
    }
}

/// The sender-only notes, on standard error.
enum ReviewList {
    static func print(_ review: [String], heading: String) throws {
        guard !review.isEmpty else { return }
        try Output.error(([heading] + review.map { "  - " + $0 }).joined(separator: "\n"))
    }
}
