import ArgumentParser
import Foundation
import Followup
import FollowupBatch
import FollowupDocument
import FollowupExtraction
import FollowupICU
import FollowupText

extension InputFormat: ExpressibleByArgument {}

/// Options every command that reads notes shares.
struct InputOptions: ParsableArguments {
    @Option(help: "The meeting's date, YYYY-MM-DD or YYYY-MM-DDTHH:MM: every relative date resolves against it.")
    var date: String?

    @Option(help: "Time zone (IANA ID, e.g. Europe/Berlin). Default: configuration, then the system's.")
    var tz: String?

    @Option(help: "Locale of the notes, e.g. en-US or en-GB: decides how 03/04 reads.")
    var locale: String?

    @Option(help: ArgumentHelp("Language of the notes: \(Lexicons.codes.joined(separator: ", ")). Default: detected.", valueName: "code"))
    var language: String?

    @Option(name: .customLong("input-format"), help: "Input format instead of detection: \(InputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var inputFormat: InputFormat?

    @Option(help: "Text encoding instead of detection, e.g. windows-1251.")
    var encoding: String?

    @Option(help: "A people map (TOML): renames speakers and matches nicknames.")
    var people: String?

    @Option(help: "Configuration file. Default: $XDG_CONFIG_HOME/followup/config.toml.")
    var config: String?

    @Option(name: .customLong("max-size"), help: ArgumentHelp("Inputs larger than this fail (bytes; K, M, G suffixes).", valueName: "BYTES"))
    var maxSize = Batch.ByteCount(bytes: 50 * 1024 * 1024)

    @Option(help: "Fix the clock (ISO date-time or Unix seconds) for Date, Message-ID and DTSTAMP; SOURCE_DATE_EPOCH works too.")
    var now: String?

    func validate() throws {
        if let date, ReferenceDate(date) == nil {
            throw ValidationError("--date must be YYYY-MM-DD or YYYY-MM-DDTHH:MM in the years 1900–9999, not '\(date)'")
        }
        if let tz, ICUTimeZone(tz) == nil {
            throw ValidationError("--tz '\(tz)' is not a time zone ICU knows (use an IANA ID such as Europe/Berlin)")
        }
        if let language, Lexicons.lexicon(for: language) == nil {
            throw ValidationError("--language must be one of: \(Lexicons.codes.joined(separator: ", "))")
        }
        if let now, Clock.parse(now) == nil {
            throw ValidationError("--now must be an ISO date-time (2026-11-23T10:00:00Z) or Unix seconds, in the years 1900–9999")
        }
    }

    /// The configuration, the people map and the clock, resolved once.
    func environment() throws -> RunEnvironment {
        do {
            return try makeEnvironment()
        } catch let error as ConfigurationError {
            // Its own status (EX_CONFIG), so `lint`'s 1 ("findings") never means a broken file.
            try Output.error("followup: \(error)")
            throw ExitCode(78)
        }
    }

    private func makeEnvironment() throws -> RunEnvironment {
        try RunEnvironment(
            configPath: config, peoplePath: people, now: now, timeZone: tz, locale: locale, date: date, language: language,
            inputFormat: inputFormat, encoding: encoding, maxBytes: maxSize.bytes)
    }
}
