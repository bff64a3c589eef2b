import Followup
import FollowupExtraction
import FollowupText

/// Runs the whole pipeline on `text` as if it were the file `file`, with `date` (ISO
/// `YYYY-MM-DD`) as both the `--date` reference and today, in UTC.
///
/// Extraction tests go through this one call so they check what a user sees in the JSON record,
/// not how the rules are built: a rule can be split, merged or renamed without touching them.
public func extract(
    _ text: String, date: String, locale: String? = nil, language: String? = nil, file: String = "notes.txt"
) throws -> ExtractionRecord {
    guard let reference = CivilDate(iso: date) else { throw HarnessError.badDate(date) }
    let options = PipelineOptions(
        date: reference, timeZone: "UTC", locale: locale, language: language, today: reference)
    return try Pipeline(options: options).process(bytes: Array(text.utf8), source: file).record
}

/// A test wrote a reference date that is not `YYYY-MM-DD`.
public enum HarnessError: Error, CustomStringConvertible {
    case badDate(String)
    public var description: String {
        switch self {
        case .badDate(let text): return "not an ISO date: \(text)"
        }
    }
}

/// A WebVTT transcript of `cues`, one speaker-labelled cue each, five seconds apart.
public func webVTT(_ cues: [(speaker: String, text: String)]) -> String {
    var out = "WEBVTT\n\n"
    for (n, cue) in cues.enumerated() {
        out += "\(n + 1)\n00:00:\(two(n * 5)).000 --> 00:00:\(two(n * 5 + 4)).000\n<v \(cue.speaker)>\(cue.text)</v>\n\n"
    }
    return out
}

private func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

extension ExtractionRecord {
    /// The ISO dates of every date mention, in document order.
    public var resolvedDates: [String] { dates.map(\.date) }

    /// The reasons of every question, in order.
    public var questionReasons: [String] { questions.compactMap(\.reason) }
}

/// An SRT transcript of `cues`, each "Speaker: text", five seconds apart.
public func srt(_ cues: [(speaker: String, text: String)]) -> String {
    var out = ""
    for (n, cue) in cues.enumerated() {
        out += "\(n + 1)\n00:00:\(two(n * 5)),000 --> 00:00:\(two(n * 5 + 4)),000\n\(cue.speaker): \(cue.text)\n\n"
    }
    return out
}

/// One amount case: a sentence and the amount it must give.
public struct AmountCase: CustomStringConvertible, Sendable {
    public var sentence: String
    public var value: Double
    public var currency: String?
    public var period: String?
    public var description: String { sentence }
    public init(_ sentence: String, _ value: Double, _ currency: String?, _ period: String?) {
        self.sentence = sentence
        self.value = value
        self.currency = currency
        self.period = period
    }
}
