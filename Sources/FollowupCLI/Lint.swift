import ArgumentParser
import Foundation
import Followup
import FollowupLint

struct Lint: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check a follow-up someone wrote against the guidance (and against the meeting's notes).",
        discussion: """
            Reads a draft (text, Markdown or an .eml message; '-' for standard input) and reports each finding \
            with its rule id, line, a reason and a suggested fix, in the draft's language (en, ru). With \
            --notes, also what the draft leaves out or states differently from the notes. `followup lint --rules` \
            lists the rules; switch one off with --disable or `[lint] disable` in the configuration.

            Exit status: 0 no findings; 1 findings; 64 bad usage; 66 the draft or the notes could not be read; \
            74 the report could not be written; 78 the configuration is broken.
            """)

    @Argument(help: "The draft: a text, Markdown or .eml file; '-' reads standard input.")
    var draft: String?

    @Option(help: "The meeting's notes or transcript the draft follows.")
    var notes: String?

    @Option(help: "Output format: text, json.")
    var format: Format = .text

    @Option(name: .customLong("disable"), help: ArgumentHelp("A rule to skip (repeatable).", valueName: "RULE"))
    var disabled: [String] = []

    @Flag(help: "List the rules and the guidance each encodes, then exit.")
    var rules = false

    @Option(name: [.short, .customLong("output")], help: OutputHelp.text)
    var output: String?

    @OptionGroup var input: InputOptions

    static let unreadable = ExitCode(66)

    func validate() throws {
        if let unknown = disabled.first(where: { !LintRules.ids.contains($0) }) {
            throw ValidationError("--disable '\(unknown)' names no rule; `followup lint --rules` lists them")
        }
        if !rules, draft == nil { throw ValidationError("name the draft to check (a file, or '-' for standard input)") }
    }

    func run() throws {
        if rules {
            let width = LintRules.ids.map(\.count).max() ?? 0
            try Output.write(LintRules.all.map { $0.id.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.guidance }.joined(separator: "\n") + "\n", to: output)
            return
        }
        let environment = try input.environment()
        let review = DraftReview(environment: environment, disabled: Set(disabled + environment.configuration.lintDisabled))
        let path = draft ?? "-"
        let report: LintReport
        do {
            let bytes = path == "-"
                ? try Pipeline.readStream(STDIN_FILENO, name: "-", maxBytes: environment.pipelineOptions.maxBytes)
                : try Pipeline.readFile(path, maxBytes: environment.pipelineOptions.maxBytes).0
            report = try review.review(bytes, name: path, notes: notes)
        } catch let error as InputError {
            try Output.error("followup: \(error)")
            throw Lint.unreadable
        }
        for warning in report.warnings { try Output.error("followup: \(Printable.path(path)): \(warning)") }
        switch format {
        case .text: try Output.write(report.text(path: Printable.path(path)), to: output)
        case .json: try Output.write(report.json(path: path).rendered(), to: output)
        }
        if !report.findings.isEmpty { throw ExitCode(1) }
    }
}
