import Foundation
import FollowupText

/// One language's words for the rules: the data a new language adds.
///
/// Every key is NFKC_Casefold of a word as ICU's word breaker cuts it ("friday", "пятницу").
/// Phrases are space-separated keys ("end of the week"); the engine matches them over tokens.
/// Grammar (what may follow what) lives in the rules, never here.
public struct Lexicon: Sendable {
    /// ISO 639-1 code, as the record's `language` field writes it.
    public var code: String
    /// ICU locale for segmentation, spell-out parsing and date formatting.
    public var icuLocale: String
    /// The script its words are written in (ICU short code), for language detection.
    public var script: String
    /// Frequent words that tell this language apart from others in the same script.
    public var stopWords: Set<String>

    // MARK: Dates
    /// Weekday words and abbreviations → ISO weekday (1 Monday ... 7 Sunday).
    public var weekdays: [String: Int]
    /// Month words and abbreviations → 1...12.
    public var months: [String: Int]
    /// Phrases naming a day relative to the reference date.
    public var relativeDays: [String: RelativeDay]
    /// How notes shorten words of those phrases ("wk" for "week", "след." for "следующей"): every phrase is also
    /// read with its short forms ("end of next wk", "до конца след. недели").
    public var shortForms: [String: [String]] = [:]
    /// Words before a weekday that mean "the one after this week's" ("next"), and how this language reads it.
    public var nextWords: Set<String>
    public var nextWeekdayMeaning: NextWeekdayMeaning
    /// Words after a weekday that mean "next" (French "vendredi prochain").
    public var nextWordsAfter: Set<String>
    /// "KW" of "bis KW 50", "CW": a week by its ISO number.
    public var calendarWeekWords: Set<String> = []
    /// Words before a weekday that make it past ("last Monday").
    public var lastWords: Set<String>
    /// Words after a weekday that make it past (French "vendredi dernier", Spanish "el viernes pasado").
    public var lastWordsAfter: Set<String> = []
    /// Words that make a sentence about the past ("sent", "met", "was").
    public var pastMarkers: Set<String>
    /// "in" of "in two weeks"; "within" of "within 3 business days".
    public var inWords: Set<String>
    public var withinWords: Set<String>
    /// Unit words → days per unit (week 7) or months (month).
    public var durationUnits: [String: DurationUnit]
    /// "2hr", "3w", "1d": units written fused to their count and nowhere else.
    public var fusedDurationUnits: [String: DurationUnit] = [:]
    /// "first" … "thirty-first": days of the month in words, read only next to a month ("May eighth").
    public var ordinalWords: [String: Int] = [:]
    /// Holidays by name ("easter monday", "tag der deutschen einheit", "día del padre").
    public var holidays: [String: Holiday] = [:]
    /// Words between a holiday and its year: "of" 2015, "im Jahr" 2020, "del" 2015.
    public var holidayYearLinks: Set<String> = []
    /// "half" (an hour, a million), "anderthalb", "полтора", "medio": counts that are fractions, of a duration (one
    /// word) or a magnitude (also phrases: "three quarters", "cuarto de").
    public var fractionWords: [String: Double] = [:]
    /// Phrases after "N units" that place it from the meeting: "later", "from now" (+1), "ago" (−1).
    public var durationDirections: [String: Int] = [:]
    /// Phrases before a month that mean its last day ("end of", "Ende", "finales de", "fin", "конца").
    public var monthEndPhrases: Set<String> = []
    /// Phrases before a month that mean its middle, the 15th ("mid-", "Mitte", "mediados de", "mi-", "середины").
    public var monthMiddlePhrases: Set<String> = []
    /// "or", "oder", "или": between two deadlines for one task, the later is the promise ("tonight or first thing tomorrow").
    public var alternativeWords: Set<String> = []
    /// Phrases before "N units" that place it from the meeting: French "il y a" (−1), Spanish "hace" (−1).
    public var durationLeadIns: [String: Int] = [:]
    /// What the meeting did with an amount near these words ("current" → background, "too expensive" → rejected).
    public var amountRoles: [String: String] = [:]
    /// Contrastive words that end a clause for role words ("but", "но", "aber").
    public var contrastWords: Set<String> = []
    /// Words between a duration and the day it counts from ("3 days after Jan 12": +1, "before": −1).
    public var anchorDirections: [String: Int] = [:]
    /// The speaker as an object ("me"): in a task someone else owns it is the speaker by name ("send me the BAA" said by
    /// Rachel → "send Rachel the BAA"). Empty where a name would need a case ending (Russian "мне").
    public var speakerObjectPronouns: Set<String> = []
    /// "business"/"working" before "days".
    public var businessWords: Set<String>
    /// Units that are business days by themselves (German "Werktagen").
    public var businessUnits: Set<String> = []
    /// Small numbers as words ("two", "a", "две").
    public var numberWords: [String: Int]
    /// Ordinal day suffixes and words: "th", "st", "го".
    public var ordinalSuffixes: Set<String>
    /// Deadline prepositions ("by", "until", "before", "до", "к").
    public var deadlineWords: Set<String>
    /// Numeric dates read day first (dd/mm) unless the locale says otherwise.
    public var dayFirst: Bool

    // MARK: Times
    public var amWords: Set<String>
    public var pmWords: Set<String>
    /// "noon" → 12:00, "midnight" → 00:00, "утра", ...
    public var namedTimes: [String: (hour: Int, minute: Int)]
    /// "at" of "at 10", "в" of "в 15:00".
    public var atWords: Set<String>
    /// The hour's mark in 24-hour times ("h" of "15h30", "heures"): a time without a colon.
    public var hourMarkers: [String] = []
    /// Words after an hour that make it morning / afternoon ("утра", "вечера", "morning").
    public var morningWords: Set<String>
    public var eveningWords: Set<String>

    // MARK: Money
    /// Currency symbols, codes and words → ISO 4217.
    public var currencies: [String: String]
    /// Currency words several countries use ("pesos") → the codes they may mean: the one code the notes write out elsewhere decides ("12.000.000 ARS … 180 millones de pesos" is ARS).
    public var sharedCurrencyWords: [String: Set<String>] = [:]
    /// Currency words that are also a weight ("pounds", "Pfund", "фунтов"): "fifteen-forty a pound" weighs, not sterling.
    public var unitCurrencyWords: Set<String> = []
    /// Magnitude words and suffixes → multiplier ("k" 1e3, "million" 1e6, "тыс" 1e3).
    public var magnitudes: [String: Double]
    /// Phrases giving an amount's period.
    public var periods: [String: String]
    /// Words that make a bare number about money ("budget", "price").
    public var moneyWords: Set<String>
    /// Decimal separator in prose ("," in Russian and German, "." in English).
    public var decimalComma: Bool

    // MARK: People and tasks
    /// First-person subject pronouns ("i", "я").
    public var firstPerson: Set<String>
    /// "we", "мы".
    public var firstPersonPlural: Set<String>
    /// Second person ("you").
    public var secondPerson: Set<String>
    /// What the record calls a team owner for "we".
    public var weOwner: String
    /// Modal and future words that make a commitment after a subject ("will", "'ll", "to", "is going to").
    public var commitmentMarkers: Set<String>
    /// Multi-word commitment phrases ("is going to", "needs to", "will be").
    public var commitmentPhrases: Set<String>
    /// Request openers addressed to someone ("can you", "could you", "please").
    public var requestPhrases: Set<String>
    /// "let me", "I'll".
    public var selfCommitmentPhrases: Set<String>
    /// Task verbs in the infinitive/imperative ("send", "review", "прислать").
    public var taskVerbs: Set<String>
    /// First-person future verb forms that commit the speaker by themselves (Russian "пришлю").
    public var firstPersonFutureVerbs: Set<String>
    /// Third-person future verb forms that commit a named subject by themselves (Russian "пришлёт").
    public var thirdPersonFutureVerbs: Set<String>
    /// Nouns that make a subject a team ("legal", "finance"): "ACME legal will review".
    public var teamNouns: Set<String>
    /// Finite forms of task verbs → their infinitive ("schickt" → "schicken", "enviará" → "enviar"):
    /// a task is written as a to-do ("das Angebot schicken", "enviar la propuesta"). `VerbForms` builds it.
    public var verbForms: [String: String] = [:]
    /// The infinitive ends the task (German "das Angebot schicken"), with a separable particle from
    /// the clause's end in front of it ("bereitet … vor" → "vorbereiten").
    public var infinitiveLast = false
    public var separableParticles: Set<String> = []
    /// Words written with a dot that never ends a sentence ("incl.", "inkl.", "т.е."), casefolded and
    /// without the last dot: "inkl. Montage" is one sentence. Not units that may close one ("руб.").
    public var inlineAbbreviations: Set<String> = []
    /// How a greeting writes a title the notes abbreviate ("fr" → "Frau", "hr" → "Herr"); others as the notes write them.
    public var titleGreetingForms: [String: String] = [:]
    /// Endings of a patronymic ("Марина Сергеевна"): a first name with one is how the notes address that person.
    public var patronymicSuffixes: [String] = []
    /// What the one addressed will receive from the speaker ("you'll get", "vous recevrez"): with a date, the speaker's task.
    public var addresseeReceives: Set<String> = []
    /// An apology ("I'm sorry", "es tut mir leid"): said by the sender in the meeting, the follow-up says it again.
    public var apologyPhrases: Set<String> = []
    /// An offer the meeting opened with ("opened at list", "исходное КП", "proposition initiale"): a later sum in its
    /// currency replaced it, so it is neither restated nor asked about.
    public var initialOfferPhrases: Set<String> = []
    /// What a follow-up is called ("recap", "resumen", "compte rendu"): the sender's own "I'll send a
    /// recap" is the message itself, not a step in it.
    public var recapNouns: Set<String> = []
    /// How a long meeting hands out its work: its chair, its closing round, hand-over phrases.
    public var meetingTalk = MeetingTalk()
    /// Labels of a standup's report ("y:", "yesterday:", "вчера:", "gestern:"): what was done, no task.
    public var statusLabels: Set<String> = []
    /// How sums are said: per unit, once, as a threshold, or as a payment that recurs.
    public var sums = SumWords()
    /// Pronouns a task points back with, and the noun phrases they stand for.
    public var pointers = PointerWords()
    /// Zone words after a clock time ("2:30pm ET", "16:30 МСК") and the IANA zone they name in this language's notes.
    public var zoneNames: [String: String] = [:]
    /// "hello", "добрый", "bonjour": a short sentence that opens with one greets, and asks nothing.
    public var greetingWords: Set<String> = []
    /// "from", "starting", "à partir du", "ab", "с": before a date, the day something starts, not a deadline.
    public var startWords: Set<String> = []
    /// Endings of an infinitive that closes its clause (German "… raussuchen?"): found by its place
    /// even when no list has it.
    public var clauseFinalInfinitiveEndings: [String] = []
    /// Elided words ICU keeps on the next one ("d'adapter", "m'envoyer"): a verb is found, and written,
    /// without them.
    public var elisionPrefixes: [String] = []
    /// Endings of a progressive form after "be": "you'll be working on" commits to "working on".
    public var progressiveSuffixes: [String] = []
    /// What a verb's stem may have lost before the progressive suffix: "evaluat|ing" is "evaluate".
    public var progressiveStemEndings: [String] = [""]

    /// `key` without an elided prefix ("d'adapter" → "adapter"), or nil when it has none.
    func withoutElision(_ key: String) -> String? {
        guard let prefix = elisionPrefixes.first(where: { key.hasPrefix($0) && key.count > $0.count + 3 }) else { return nil }
        return String(key.dropFirst(prefix.count))
    }
    /// Endings of infinitives ("-ть" in Russian): "Анне согласовать" assigns a task.
    public var infinitiveSuffixes: [String]
    /// Endings of finite verbs after a named subject ("Мария разместит", "мы проведём").
    public var finiteVerbSuffixes: [String]
    /// Endings of imperatives after a name and a comma ("Тимур, посчитай").
    public var imperativeSuffixes: [String]
    /// Endings of first-person singular verbs after "I" ("я предупрежу").
    public var firstPersonVerbSuffixes: [String] = []
    /// Of those, endings whose forms are as often nouns ("contrato", "pago", "envío"): opening a line labelled
    /// with another person's name, or after an article or a preposition ("por envío"), they are read as nouns.
    public var nounLikeFirstPersonSuffixes: [String] = []
    /// A label's colon as the language writes it ("Télétravail : …" in French).
    public var labelColon = ": "
    /// What marks a line of notes as the sender's own, not to be passed on ("NO comunicar", "ne pas en
    /// parler", "note to self"): the follow-up restates nothing from it.
    public var internalMarkers: [String] = []
    /// The task verb may come several words after "can you" or the subject (Russian, German word order).
    public var verbMayComeLate = false
    /// Verbs that never start a task ("think", "know", "думает").
    public var nonTaskVerbs: Set<String>
    /// What a speaker does right now in the meeting, not later ("share my screen", "walk you through").
    public var immediatePhrases: Set<String>
    /// Words that put a promised action in the meeting itself ("now", "chat": "I'll drop it in the chat now").
    public var immediateWords: Set<String>
    /// Hedges that make a sentence hypothetical ("maybe", "could", "might").
    public var hedges: Set<String>
    /// Impersonal obligations that open a task nobody has taken yet ("hay que", "il faut"), or
    /// whose subject follows ("queda pendiente que Santiago actualice …").
    public var impersonalPhrases: Set<String> = []
    /// Phrases that assign a task: "assigned to", "owner", "owns".
    public var assignmentPhrases: Set<String>
    /// Words that turn a sentence into discussion ("discussed", "talked about").
    public var discussionWords: Set<String>
    /// Filler words stripped from task text ("um", "uh", "like").
    public var fillers: Set<String>
    /// Sounds that only fill a pause ("uh", "эээ", "äh"): a follow-up quoting what was said leaves them out.
    public var hesitations: Set<String> = []
    /// Note-taking shorthand a mail writes out ("w/" → "with", "ds" → "dans"): lower-case, whole words only.
    public var shorthand: [String: String] = [:]
    /// Every noun is capitalized (German): a capitalized word inside a sentence is no verb ("gute Frage", not "frage").
    public var capitalizesNouns = false

    // MARK: Decisions, questions, next contact
    public var decisionPhrases: Set<String>
    /// Words that name a meeting or call ("call", "sync", "созвон").
    public var contactNouns: Set<String>
    /// Verb phrases that schedule the next contact ("reconnect", "follow up", "созвонимся").
    public var contactVerbs: Set<String>
    /// Words that make a contact noun the next one ("next", "follow-up", "следующая").
    public var contactNextWords: Set<String>
    /// Affirmative replies that accept a request ("sure", "will do").
    public var affirmatives: Set<String>

    /// Texts of the record's questions, by reason; "{x}" is replaced by the item, amount or date.
    public var questionTemplates: [String: String]

    // MARK: Closed word classes and grammar flags
    /// Every closed word class the rules test (`WordClass`); a class left out fails the lexicon test.
    /// Arrays, not sets: only the compiled lexicon of the language in use hashes them.
    public var words: [WordClass: [String]] = [:]
    /// A verb that is no task alone but opens one with its particles, by verb: "come" → "up with", "back with".
    public var phrasalTaskVerbs: [String: [[String]]] = [:]
    /// "I can have that to you by Wednesday", "we'll have it ready": a verb that promises the result said after its object.
    public var resultVerbs: Set<String> = []
    public var results: Set<String> = []
    /// Phrases that make a promise timeless ("at some point", "когда-нибудь").
    public var vagueTimePhrases: Set<String> = []
    /// Phrases that open a line holding an open question ("open question", "tbd", "to confirm").
    public var openQuestionOpeners: Set<String> = []
    /// Whether a task's first letter is lowered ("Send the deck" → "send the deck"); not in German,
    /// where a task often starts with a noun ("Stellplan für beide Etagen").
    public var lowercasesTaskStart = true
    /// Multi-word currency spellings cut into several tokens ("us $").
    public var currencyPhrases: [String: String] = [:]
    /// Endings of nouns that are no names ("-ment", "-ion"): "Motion:" labels no person.
    public var nounSuffixes: [String] = []
    /// Endings of contracted "will" ("'ll"): "I'll", "Bob'll".
    public var willSuffixes: [String] = []
    /// Endings of contracted negations ("n't").
    public var negationSuffixes: [String] = []
    /// Endings that make a word an adverb or a past form, not a task verb ("-ly", "-ed").
    public var nonVerbSuffixes: [String] = []
    /// Endings of first-person plural verbs ("-м" in Russian), and endings that look alike but are not.
    public var firstPersonPluralSuffixes: [String] = []
    public var firstPersonPluralSuffixExceptions: [String] = []
    /// Words of a one-word self-commitment phrase that commit only with a verb after them ("я").
    public var bareSelfPronouns: Set<String> = []
    /// Any word right after a subject may be its verb (English has no verb endings to test).
    public var anyWordMayBeVerb = false
    /// A part of day after an hour makes it a time ("в 10 утра", "um 8 abends").
    public var dayPartAfterHour = false
    /// "le quatre mars", "el cuatro de marzo": the day before its month said as a cardinal (not "drei März-Termine").
    public var cardinalDays = false
    /// Parts of day that put an hour in the night: before 5 the small hours, else the evening
    /// ("11 at night" 23:00, "2 at night" 02:00).
    public var nightWords: Set<String> = []
    /// Parts of day that are one only after a lead-in word: Spanish "mañana" alone is tomorrow.
    public var dayPartsAfterLeadInOnly: Set<String> = []
    /// A part of a day with no clock, as days from the reference day: "in the morning" 0, "утром" 0,
    /// "прошлой ночью" -1. The contract reads "tonight" as the day itself; these read alike.
    public var dayPartDays: [String: Int] = [:]
    /// Endings that make a time approximate and change nothing else: "noonish", "11ish".
    public var approximateSuffixes: [String] = []
    /// Minutes said as a fraction of the hour: "quarter" 15, "half" 30.
    public var clockFractions: [String: Int] = [:]
    /// Words between minutes and the hour they count from ("half past nine") or to ("a quarter to seven").
    public var minutesPastWords: Set<String> = []
    public var minutesToWords: Set<String> = []
    /// Between an hour and the minutes after it: "las ocho y diez", "huit heures et quart" (minutes before "menos" count back).
    public var hourMinuteJoiners: Set<String> = []
    /// Half an hour before the hour named after it: German "halb acht" is 7:30.
    public var halfBeforeHourWords: Set<String> = []
    /// A deadline word may stand between a subject and its verb ("можете до пятницы прислать").
    public var deadlineBeforeVerb = false
    /// A contact verb needs no subject before it (Russian "созвонимся" carries its own).
    public var contactVerbCarriesSubject = false
    /// A capitalized first word before a comma addresses someone ("Тимур, посчитай").
    public var capitalizedWordBeforeCommaAddresses = false
}

/// The lexicons followup ships, in detection order.
extension Lexicon {
    /// The `periods` value of "per hour", "de l'heure", "por evento": a rate, which the record writes
    /// with no period and nobody is asked about.
    public static let unitRate = "rate"
    /// The `periods` value of "one-time", "einmalig", "forfait": paid once.
    public static let oneTime = "one-time"
}

public enum Lexicons {
    /// Every language followup ships, in detection order, each building its lexicon on first use.
    public static let profiles: [LanguageProfile] = [
        LanguageProfile(code: "en", script: "Latn", stopWords: Lexicon.englishStopWords, months: Lexicon.englishMonths, weOwner: "we") {
            .english
        },
        LanguageProfile(code: "ru", script: "Cyrl", stopWords: Lexicon.russianStopWords, months: Lexicon.russianMonths, weOwner: "мы") {
            .russian
        },
        LanguageProfile(code: "de", script: "Latn", stopWords: Lexicon.germanStopWords, letters: "äöüß", months: Lexicon.germanMonths, weOwner: "wir") {
            .german
        },
        LanguageProfile(
            code: "es", script: "Latn", stopWords: Lexicon.spanishStopWords, letters: "ñáíóú", months: Lexicon.spanishMonths, weOwner: "nosotros"
        ) { .spanish },
        LanguageProfile(
            code: "fr", script: "Latn", stopWords: Lexicon.frenchStopWords, letters: "àâçèêëîïôûùœ", months: Lexicon.frenchMonths, weOwner: "nous"
        ) { .french },
    ]

    /// Every lexicon, built: for tests and tools that look at all of them. A run builds only the one it reads.
    public static var all: [Lexicon] { profiles.map(\.lexicon) }

    public static var codes: [String] { profiles.map(\.code) }

    public static func lexicon(for code: String) -> Lexicon? { profiles.first { $0.code == code }?.lexicon }

    /// Every language's month words: what a reader needs to tell "5. Januar" from item 5.
    public static let monthNames: Set<String> = Set(profiles.flatMap { $0.months.keys })
}

extension Lexicon {
    /// Every lead-in before every part of day, each with its day offset: the rows of `dayPartDays`
    /// that a language builds from its parts rather than lists one by one.
    static func dayPartPhrases(_ parts: [String], leads: [(String, Int)]) -> [String: Int] {
        var phrases: [String: Int] = [:]
        for part in parts {
            for (lead, days) in leads { phrases[lead + " " + part] = days }
        }
        return phrases
    }

    /// "Herr", "Mme.", "Sra.": a title before a name (`WordClass.honorific`), with or without its dot.
    public func isHonorific(_ word: some StringProtocol) -> Bool {
        let bare = word.lowercased()
        return words(.honorific).contains(bare.hasSuffix(".") ? String(bare.dropLast()) : bare)
    }
}
