import ArgumentParser
import Foundation
import Followup

extension Renderers.SummaryFormat: ExpressibleByArgument {}

struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the follow-up text for notes (the default command).",
        discussion: """
            The follow-up goes to standard output; what is for you alone (items without an owner or a \
            date, amounts left out, a proposed call time) goes to standard error as a short review list.
            """)

    @Argument(help: "A notes or transcript file; '-' or nothing reads standard input.")
    var file: String?

    @Option(help: "Output format: \(Renderers.SummaryFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Renderers.SummaryFormat = .text

    @Option(name: [.short, .customLong("output")], help: OutputHelp.text)
    var output: String?

    @OptionGroup var input: InputOptions

    func run() throws {
        let environment = try input.environment()
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
