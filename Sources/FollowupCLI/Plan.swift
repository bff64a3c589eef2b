import ArgumentParser
import Foundation
import Followup
import FollowupICU
import FollowupRendering
import FollowupText

struct Plan: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, ics }

    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan the touches after a follow-up: check-backs, the reminder before an agreed call, call slots.",
        discussion: """
            Give the meeting's notes (the follow-up is taken as sent that day, or on --sent), or the thread so far \
            as .eml files (with the notes, if you have them, for the agreed call). Check-backs come --check-back \
            working days after the last unanswered message of yours, each gap twice the one before, at most \
            --max-touches of them; none when the other side answered last. An agreed call gets a reminder the \
            working day before; otherwise the plan offers call slots in the favourable windows, in the other \
            side's time zone. Warns when the thread already breaks the cadence. Working days are Monday to Friday.
            """)

    @Argument(help: "Notes, and/or the thread's .eml messages; '-' reads one from standard input.")
    var files: [String] = []

    @Option(help: "The day the follow-up was sent (YYYY-MM-DD), when planning from notes alone.")
    var sent: String?

    @Option(help: "Your address: messages from it are yours. Default: the configured sender, else the first message's sender.")
    var from: String?

    @Option(name: .customLong("check-back"), help: "Working days before the first check-back (default: configuration, 3).")
    var checkBack: Int?

    @Option(name: .customLong("max-touches"), help: "Check-backs at most (default: configuration, 3).")
    var maxTouches: Int?

    @Option(name: .customLong("recipient-tz"), help: "The other side's time zone for call slots (default: configuration, then yours).")
    var recipientTimeZone: String?

    @Option(help: "Output format: text, json, ics.")
    var format: Format = .text

    @Flag(help: "With --format ics: also a VTODO for each check-back and reminder.")
    var todos = false

    @Option(name: [.short, .customLong("output")], help: OutputHelp.text)
    var output: String?

    @OptionGroup var input: InputOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("give the notes or the thread's .eml files ('-' for standard input)") }
        if let sent, CivilDate(iso: sent) == nil || sent.count != 10 { throw ValidationError("--sent must be YYYY-MM-DD, not '\(sent)'") }
        if let checkBack, !(1...20).contains(checkBack) { throw ValidationError("--check-back must be 1 to 20 working days (the guidance: 3 to 5)") }
        if let maxTouches, !(1...10).contains(maxTouches) { throw ValidationError("--max-touches must be 1 to 10") }
        if let zone = recipientTimeZone, ICUTimeZone(zone) == nil {
            throw ValidationError("--recipient-tz '\(zone)' is not a time zone ICU knows (use an IANA ID such as America/New_York)")
        }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input ('-') can be given once") }
    }

    func run() throws {
        let environment = try input.environment()
        let configuration = environment.configuration
        let policy = TouchPlan.Policy(
            checkBackDays: checkBack ?? max(1, configuration.checkBackDays), maxTouches: maxTouches ?? configuration.maxTouches,
            callWindows: configuration.callWindows)
        let recipient = recipientTimeZone.flatMap(ICUTimeZone.init) ?? configuration.recipientTimeZone.flatMap(ICUTimeZone.init) ?? environment.timeZone
        let planning = ThreadPlanning(environment: environment, policy: policy, ourAddress: from, sent: sent.flatMap { CivilDate(iso: $0) }, recipientZone: recipient)
        let result: ThreadPlanning.Result
        do {
            result = try planning.plan(files)
        } catch let error as InputError {
            try Output.error("followup: \(error)")
            throw ExitCode(1)
        } catch let error as PlanError {
            try Output.error("followup: \(error)")
            throw ExitCode(1)
        }
        let renderer = PlanRenderer(settings: Renderers(environment: environment).settings(todos: todos), title: result.title, language: result.language, source: result.source)
        switch format {
        case .text: try Output.write(renderer.text(result.plan), to: output)
        case .json: try Output.write(renderer.json(result.plan).rendered(), to: output)
        case .ics: try Output.write(try renderer.calendar(result.plan), to: output)
        }
    }
}
