/// The fixed phrases of the follow-up, the e-mail and the calendar in one language, as data.
///
/// Placeholders are `{name}` and are filled by `fill(_:_:)`; a phrase never depends on grammar
/// the renderer would have to know (Russian phrases are built so that no name or task needs
/// inflecting). Adding a language means adding one table and registering it in `all`.
public struct TemplatePhrases: Sendable {
    /// "en", "ru": the record's `language`.
    public var language: String
    /// The ICU locale for dates and numbers when the user's locale is for another language.
    public var icuLocale: String

    // The follow-up.
    /// "Follow-up: {topic}, {date}".
    public var subject: String
    /// The topic when the notes have no title.
    public var defaultTopic: String
    /// The topic when the notes have no title but name the others: "our call with {names}".
    public var topicWithNames: String
    /// Ends a shortened list of names: "others" ("our meeting with Ann, Bob and others").
    public var others: String
    public var greetingNames: String
    public var greetingAll: String
    /// Joins the last two names of a list ("Alice, Bob and Dana").
    public var listAnd: String
    /// The "and" said before some sounds instead (Spanish "Raúl e Inés", not "y Inés"): the word, the beginnings of a
    /// name that take it, and those that do not ("y Hierro").
    public var euphonicAnd: (and: String, before: [String], notBefore: [String])? = nil
    /// The opening: "Thanks for the {kind} today." (the subject names the topic).
    public var thanksToday: String
    public var thanksOnDate: String
    public var callWord: String
    public var meetingWord: String
    /// Words in a title that make the meeting a call ("call", "звонок").
    public var callMarkers: [String]
    /// Words stripped from the ends of a title ("notes", "minutes", "протокол").
    public var titleNoise: [String]
    public var agreedHeading: String
    /// Money talked about but not agreed: asked for, or what one side can spend.
    public var discussedHeading: String
    public var nextStepsHeading: String
    public var confirmHeading: String
    /// "{owner}: {task}, by {due}".
    public var step: String
    /// An owned step without a day, as said ("Alicia: check lead times with the warehouse"): a "(by when?)" beside
    /// it reads as a machine's note, and the check before sending lists it (`reviewUndatedStep`).
    public var stepUndated: String
    /// The team's own commitment ("we" in the notes): "We will {task}, by {due}".
    public var teamStep: String
    public var teamStepUndated: String
    /// The sender's own commitment ("I'll…" in notes that do not name their author).
    public var ownStep: String
    public var ownStepUndated: String
    /// "{date}, {time}".
    public var dateAndTime: String
    public var askOwnerAndDate: String
    public var askOwner: String
    public var askDate: String
    public var nextContactTimed: String
    public var nextContactDay: String
    public var proposal: String
    public var calendarAttached: String
    public var signOff: String
    /// Amount with currency: "{currency} {value}" ("RUB 100,000") or "{value} {currency}".
    public var amount: String
    /// Period phrases by contract value ("month": "per month").
    public var periods: [String: String]
    /// ICU skeleton of a date with its weekday in running text: "Fri, Nov 27" (en), but the full
    /// "viernes, 27 de noviembre" where abbreviations read as notes (es, fr).
    public var weekdayDateSkeleton = "EEEdMMM"
    /// Russian letters write the day and the month in full, the weekday after it in brackets: "до 31 марта (ср)", not
    /// ICU's "до ср, 31 мар." (a weekday in the nominative after "до" reads as notes).
    public var weekdayAfterDate = false
    /// ICU skeleton of a date without its weekday (subjects): "Nov 27", "27 марта".
    public var shortDateSkeleton = "dMMM"
    /// Titles a salutation writes in full: "Madame Roux", "Monsieur Benali" for the notes' "Mme", "M.".
    public var greetingTitles: [String: String] = [:]
    /// Titles as the topic's "with" governs them: "Termin mit Herrn Schäfer" (dative), not "mit Herr Schäfer".
    public var topicTitles: [String: String] = [:]
    /// Whether the weekday keeps ICU's comma in running text: Spanish writes "el viernes 4 de diciembre".
    public var weekdayComma = true
    /// What ends a heading: ":" in English, " :" in French typography.
    public var headingColon = ":"
    /// The hour mark of a clock written the local way ("16 h", "16 h 30" in French); nil for ICU's "16:00".
    public var hourMark: String?
    /// The first of a month as the language writes it in a date ("1er décembre"); nil for the bare number.
    public var firstOfMonth: String?

    // The calendar.
    public var checkBackSummary: String
    public var checkBackDescription: String
    public var nextContactSummary: String
    public var proposalSummary: String
    public var reminder: String
    public var descriptionMeeting: String
    public var descriptionSource: String
    public var descriptionAttendees: String
    public var everyone: String

    // The sender's review list (stderr).
    public var reviewNoOwner: String
    public var reviewNoDate: String
    /// An owned step listed without a day: "no day given, listed without one and left out of the calendar: {task}".
    public var reviewUndatedStep: String
    /// "Does 12/2 mean …?": the sender wrote the date, so the sender settles it, not the recipient.
    public var reviewTwoWayDate: String
    public var reviewAmountLeftOut: String
    /// A line the notes mark as the sender's own ("NO comunicar"), kept out of the message.
    public var reviewInternal: String
    public var reviewProposal: String
    public var reviewBadAddress: String
    /// " (line {line})": where a review note's text is in the notes.
    public var reviewLine: String
    /// Heads the review list: "Check before sending (not in the message):".
    public var reviewHeading: String
    /// The sender's or the team's step whose task opens with no verb ("revised proposal"), where "I will {task}"
    /// would not be a sentence: "From my side: {task}, by {due}". Languages whose step has no verb leave them nil.
    public var ownStepVerbless: String? = nil
    public var ownStepVerblessUndated: String? = nil
    public var teamStepVerbless: String? = nil
    public var teamStepVerblessUndated: String? = nil
    /// A step of a transcript that names no speakers, which cannot say who takes it: the task as said, and a note in the
    /// check before sending ("Send the revised proposal, by Fri, Apr 16").
    public var unownedStep: String? = nil
    public var unownedStepUndated: String? = nil
    public var reviewUnownedStep: String? = nil
    /// After the thanks, when the sender apologised in the meeting: "Again, I'm sorry for the trouble this caused."
    public var apologyAgain: String? = nil
    /// A participant's own words about the sender's side, as the sender writes them: Susan's "send you the list"
    /// is "Susan: send us the list". One or two words each, the longer first; others stay as said.
    public var ownerSaid: [String: String] = [:]
    /// The phrases that change when the meeting said "du" ("Hallo zusammen,", "Bitte bestätigt kurz"); nil where the
    /// business register already suits colleagues.
    public var informal: Informal? = nil

    public struct Informal: Sendable {
        public var greetingNames: String
        public var greetingAll: String
        public var confirmHeading: String
        public var proposal: String
    }

    /// This table in the informal register, when it has one.
    public var informalized: TemplatePhrases {
        guard let informal else { return self }
        var phrases = self
        phrases.greetingNames = informal.greetingNames
        phrases.greetingAll = informal.greetingAll
        phrases.confirmHeading = informal.confirmHeading
        phrases.proposal = informal.proposal
        return phrases
    }

    /// Every language with a table; the first is the fallback.
    public static let all: [TemplatePhrases] = [.english, .russian, .german, .spanish, .french]

    /// The table for a language code ("en", "ru-RU"), English when there is none.
    public static func forLanguage(_ code: String) -> TemplatePhrases {
        let language = code.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        return all.first { $0.language == language } ?? .english
    }
}

extension TemplatePhrases {
    /// This table with another date skeleton or heading colon (the memberwise initializer keeps its defaults).
    func with(
        weekdayDateSkeleton: String? = nil, weekdayComma: Bool? = nil, headingColon: String? = nil, hourMark: String? = nil,
        firstOfMonth: String? = nil, weekdayAfterDate: Bool? = nil, shortDateSkeleton: String? = nil, greetingTitles: [String: String]? = nil,
        topicTitles: [String: String]? = nil
    ) -> TemplatePhrases {
        var phrases = self
        if let topicTitles { phrases.topicTitles = topicTitles }
        if let greetingTitles { phrases.greetingTitles = greetingTitles }
        if let weekdayAfterDate { phrases.weekdayAfterDate = weekdayAfterDate }
        if let shortDateSkeleton { phrases.shortDateSkeleton = shortDateSkeleton }
        if let firstOfMonth { phrases.firstOfMonth = firstOfMonth }
        if let weekdayComma { phrases.weekdayComma = weekdayComma }
        if let weekdayDateSkeleton { phrases.weekdayDateSkeleton = weekdayDateSkeleton }
        if let headingColon { phrases.headingColon = headingColon }
        if let hourMark { phrases.hourMark = hourMark }
        return phrases
    }
}

/// Replaces each `{key}` in `template` with its value.
func fill(_ template: String, _ values: [String: String]) -> String {
    var result = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
        result += rest[..<open]
        guard let close = rest[open...].firstIndex(of: "}") else { break }
        let key = String(rest[rest.index(after: open)..<close])
        if let value = values[key] {
            result += value
        } else {
            result += rest[open...close]
        }
        rest = rest[rest.index(after: close)...]
    }
    return result + rest
}
