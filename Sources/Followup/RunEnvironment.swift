import Foundation
import FollowupDocument
import FollowupExtraction
import FollowupICU
import FollowupText

/// "2026-11-23" or "2026-11-23T10:00": the reference date (and time) from `--date`.
public struct ReferenceDate: Sendable {
    public var date: CivilDate
    public var time: TimeOfDay?

    public init?(_ text: String) {
        let parts = text.split(separator: "T", maxSplits: 1)
        guard let first = parts.first, let date = CivilDate(iso: first), date.isSupported else { return nil }
        self.date = date
        if parts.count == 2 {
            let hm = parts[1].split(separator: ":")
            guard hm.count >= 2, let h = Int(hm[0]), let m = Int(hm[1]), let time = TimeOfDay(hour: h, minute: m) else { return nil }
            self.time = time
        }
    }
}

/// The clock: `--now`, else SOURCE_DATE_EPOCH, else the system's. Fixing it makes output byte-identical.
public enum Clock {
    /// Seconds since 1970 from an ISO date-time ("2026-11-23T10:00:00Z", "2026-11-23") or Unix seconds.
    /// nil outside the years a calendar holds (`CivilDate.supportedYears`).
    public static func parse(_ text: String) -> Double? {
        var seconds: Double?
        if let value = Double(text), !text.contains("-"), value.isFinite {
            seconds = value
        } else if let internet = internetDateTime(text) {
            seconds = internet
        } else if let date = ISO8601DateFormatter().date(from: text) {
            seconds = date.timeIntervalSince1970
        } else if let date = CivilDate(iso: text.prefix(10)), text.count == 10 {
            seconds = Double(date.daysSinceEpoch) * 86_400
        }
        guard let seconds, seconds >= first, seconds < last else { return nil }
        return seconds
    }

    /// "2026-11-23T10:00:00Z", "2026-11-23T10:00:00+01:00": the one form scripts and the benchmark pass, read
    /// without building an ISO8601DateFormatter (a tenth of a short note's run); every other form goes to it.
    static func internetDateTime(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        guard bytes.count == 20 || bytes.count == 25, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
            bytes[16] == UInt8(ascii: ":"), let date = CivilDate(iso: text.prefix(10))
        else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19), hour < 24, minute < 60, second < 60
        else { return nil }
        var offset = 0
        if bytes.count == 20 {
            guard bytes[19] == UInt8(ascii: "Z") else { return nil }
        } else {
            guard bytes[19] == UInt8(ascii: "+") || bytes[19] == UInt8(ascii: "-"), bytes[22] == UInt8(ascii: ":"),
                let hours = number(20..<22), let minutes = number(23..<25), hours < 24, minutes < 60
            else { return nil }
            offset = (hours * 3600 + minutes * 60) * (bytes[19] == UInt8(ascii: "-") ? -1 : 1)
        }
        return Double(date.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second - offset)
    }

    private static let first = Double(CivilDate(year: CivilDate.supportedYears.lowerBound, month: 1, day: 2)!.daysSinceEpoch) * 86_400
    private static let last = Double(CivilDate(year: CivilDate.supportedYears.upperBound, month: 12, day: 31)!.daysSinceEpoch) * 86_400

    public static func now(override: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> Double {
        if let override, let seconds = parse(override) { return seconds }
        if let epoch = environment["SOURCE_DATE_EPOCH"], let seconds = parse(epoch) { return seconds }
        return Date().timeIntervalSince1970
    }

    /// The calendar day of `seconds` in `zone`.
    public static func civilDate(_ seconds: Double, in zone: ICUTimeZone) -> CivilDate {
        let offset = (try? zone.offsetSeconds(atUTCMillis: seconds * 1000)) ?? 0
        return CivilDate(daysSinceEpoch: Int(((seconds + Double(offset)) / 86_400).rounded(.down)))
    }
}

/// Everything a command resolves once from flags, configuration and the clock.
public struct RunEnvironment: Sendable {
    public var configuration: Configuration
    public var pipelineOptions: PipelineOptions
    /// Seconds since 1970: Date, Message-ID and DTSTAMP use it.
    public var now: Double
    public var timeZone: ICUTimeZone

    public init(
        configPath: String? = nil, peoplePath: String? = nil, now: String? = nil, timeZone: String? = nil,
        locale: String? = nil, date: String? = nil, language: String? = nil, inputFormat: InputFormat? = nil,
        encoding: String? = nil, maxBytes: Int = 50 * 1024 * 1024
    ) throws {
        var configuration = try Configuration.load(path: configPath)
        if let peoplePath { configuration.people.entries += try PeopleMapFile.load(path: peoplePath).entries }
        let zone = timeZone.flatMap(ICUTimeZone.init) ?? configuration.timeZone.flatMap(ICUTimeZone.init) ?? .systemDefault
        let clock = Clock.now(override: now)
        let reference = date.flatMap(ReferenceDate.init)
        self.configuration = configuration
        self.now = clock
        self.timeZone = zone
        self.pipelineOptions = PipelineOptions(
            date: reference?.date, time: reference?.time, timeZone: zone.identifier, locale: locale ?? configuration.locale,
            language: language, inputFormat: inputFormat, encoding: encoding, people: configuration.people,
            maxBytes: maxBytes, today: Clock.civilDate(clock, in: zone))
        self.pipelineOptions.defaultAuthor = configuration.sender.name
        // A zone from a flag or the configuration is the user's, and so is a machine's own; a machine (or TZ) at UTC
        // says nothing about the notes: their times float unless they name a zone (`--tz UTC` keeps UTC).
        self.pipelineOptions.timeZoneIsChosen = timeZone != nil || configuration.timeZone != nil || !zone.isUniversal
    }

    /// Processes a file, or standard input for nil or "-".
    public func process(file: String?) throws -> Pipeline.Output {
        let pipeline = Pipeline(options: pipelineOptions)
        guard let file, file != "-" else {
            let bytes = try Pipeline.readStream(STDIN_FILENO, name: "-", maxBytes: pipelineOptions.maxBytes)
            return try pipeline.process(bytes: bytes, source: "-", fallbackDate: pipelineOptions.today)
        }
        return try pipeline.process(fileAt: file)
    }
}
