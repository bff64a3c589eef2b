import ArgumentParser
import Foundation
import Followup

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction against the hand-annotated gold files in a corpus.",
        discussion: """
            Every NAME.expected.json under the folder is compared with the extraction of the input beside it \
            (its meeting.date is passed as --date). Prints precision, recall and F1 for action items, owner and \
            due-date accuracy, fully-correct items, amounts (value and currency), period accuracy, decisions and \
            next contact: overall, per language and per format.
            """)

    @Argument(help: "The corpus folder.")
    var folder: String = "Corpora"

    @Flag(help: "Print the scores as JSON.")
    var json = false

    @Flag(help: "Also print every difference from the gold files.")
    var verbose = false

    @OptionGroup var input: InputOptions

    func run() throws {
        let evaluation = Evaluation(environment: try input.environment())
        let report = evaluation.run(root: folder)
        if verbose { try Output.error(report.details.joined(separator: "\n")) }
        for failure in report.failures { try Output.error("eval: \(failure)") }
        try Output.write(json ? report.json.rendered() + "\n" : report.table)
        if !report.failures.isEmpty { throw ExitCode(1) }
    }
}
