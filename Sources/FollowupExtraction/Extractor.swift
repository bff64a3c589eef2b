import FollowupDocument
import FollowupICU
import FollowupText

/// The rule families, so a benchmark can time each one alone.
public enum RuleFamily: String, CaseIterable, Sendable {
    case dates, amounts, actionItems, decisions, nextContact, questions
}

/// What the caller knows beyond the document: the user's flags and configuration.
public struct ExtractionOptions: Sendable {
    /// Which rule families run (all by default).
    public var families: Set<RuleFamily> = Set(RuleFamily.allCases)
    /// `--date`: overrides any date in the notes.
    public var date: CivilDate?
    /// `--date ...THH:MM`: the reference time, for "in two hours" or "tonight".
    public var time: TimeOfDay?
    /// The date to use when neither flag nor notes give one (file modification date, or today).
    public var fallbackDate: CivilDate
    public var timeZone: String
    /// False when `timeZone` is only a machine's UTC default that nobody chose: then the zone the notes state for
    /// their times ("2:30pm ET"), or none, is the record's (its calendar times float).
    public var timeZoneIsChosen = true
    /// "en-US", "en-GB", "ru": decides how 03/04 reads.
    public var locale: String?
    /// Forces the language instead of detecting it.
    public var language: String?

    public init(
        date: CivilDate? = nil, time: TimeOfDay? = nil, fallbackDate: CivilDate, timeZone: String,
        locale: String? = nil, language: String? = nil
    ) {
        self.date = date
        self.time = time
        self.fallbackDate = fallbackDate
        self.timeZone = timeZone
        self.locale = locale
        self.language = language
    }
}

/// Runs the rules over a document and builds its extraction record.
///
/// Holds one segmenter per language and is not thread-safe: one per worker, reused across
/// documents.
public final class Extractor {
    private var segmenters: [String: Segmenter] = [:]
    private var spellOut: [String: NumberFormat] = [:]

    public init() {}

    public func segmenter(for lexicon: Lexicon) throws -> Segmenter {
        if let cached = segmenters[lexicon.code] { return cached }
        let segmenter = try Segmenter(locale: lexicon.icuLocale, abbreviations: lexicon.inlineAbbreviations)
        segmenters[lexicon.code] = segmenter
        return segmenter
    }

    func spellOutFormat(for lexicon: Lexicon) -> NumberFormat? {
        if let cached = spellOut[lexicon.code] { return cached }
        let format = try? NumberFormat(.spellOut, locale: lexicon.icuLocale)
        spellOut[lexicon.code] = format
        return format
    }

    public func extract(_ document: Document, options: ExtractionOptions) throws -> ExtractionRecord {
        let lexicon = options.language.flatMap(Lexicons.lexicon(for:)) ?? LanguageDetector.detect(document)
        let segmenter = try segmenter(for: lexicon)
        var analysis = try Analysis(document: document, lexicon: lexicon, segmenter: segmenter, options: options)
        analysis.spellOut = spellOutFormat(for: lexicon)
        return analysis.run()
    }
}
