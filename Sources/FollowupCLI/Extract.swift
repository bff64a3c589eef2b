import ArgumentParser
import Foundation
import Followup

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the extraction record: action items, amounts, decisions, dates, questions, next contact.",
        discussion: "The JSON shape is the extraction contract, schemaVersion 1. Exit status: 0 success, 1 the input failed, 64 bad arguments."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, jsonl }

    @Argument(help: "A notes or transcript file; '-' or nothing reads standard input.")
    var file: String?

    @Option(help: "Output format: json (pretty) or jsonl (one line).")
    var format: Format = .json

    @Option(name: [.short, .customLong("output")], help: OutputHelp.text)
    var output: String?

    @OptionGroup var input: InputOptions

    func run() throws {
        let environment = try input.environment()
        let processed = try Output.process(file, in: environment)
        let json = processed.record.json
        try Output.write(format == .json ? json.rendered() + "\n" : json.compact + "\n", to: output)
    }
}
