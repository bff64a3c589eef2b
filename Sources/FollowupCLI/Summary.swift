import ArgumentParser
import Foundation
import Followup

struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the follow-up text for notes (the default command).")

    @Argument(help: "A notes or transcript file; '-' or nothing reads standard input.")
    var file: String?

    @OptionGroup var input: InputOptions

    func run() throws {
        let environment = try input.environment()
        let output = try environment.process(file: file)
        Output.write(output.record.json.rendered() + "\n")
    }
}
