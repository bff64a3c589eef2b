import FollowupDocument
import FollowupICU
import FollowupText

/// One extraction rule: it reads one sentence and adds what it finds to that sentence's findings.
///
/// A rule keeps no state and sees only the sentence, the read-only `RuleContext` and what the
/// rules before it found in the same sentence. Words come from the context's lexicon; grammar
/// (what may follow what) is the rule's own. `RuleRegistry.all` lists the rules in the order
/// they run; what is kept when rules disagree is decided later, in `Assembly/`.
protocol Rule: Sendable {
    /// The family it belongs to (`ExtractionOptions.families` turns families on and off).
    var family: RuleFamily { get }
    /// Families whose findings it reads: they run before it, and whenever it does.
    var reads: Set<RuleFamily> { get }
    /// Token classes one of which a sentence must hold for the rule to find anything; empty when
    /// the rule reads every sentence (a section or a label may be enough).
    var openers: TokenClass { get }
    /// Adds what the rule finds in `sentence` to `found`.
    func apply(to sentence: SentenceView, in context: RuleContext, found: inout SentenceFindings)
}

/// What the rules found in one sentence, before assembly decides what the record keeps.
struct SentenceFindings {
    var dates: [DateMatch] = []
    var amounts: [AmountMatch] = []
    var actions: [ActionCandidate] = []
    var decision: DecisionMatch?
    var contact: NextContactMatch?
    /// How strongly a sentence without a date speaks of meeting again (a date may follow).
    var contactSignal = 0
    var openQuestion: String?
}

/// What every rule may read: the language, the reference date, the people, the user's locale,
/// and the document's speakers. Read-only; built once per document.
struct RuleContext {
    let lexicon: Lexicon
    /// The lexicon's phrase tables and word classes, compiled once per language.
    let compiled: CompiledLexicon
    let referenceDate: CivilDate
    let referenceTime: TimeOfDay?
    let people: PeopleIndex
    let locale: String?
    let spellOut: NumberFormat?
    let format: InputFormat
    /// The document's turns, for who answers a request ("Sure").
    let utterances: [Utterance]
    /// Every speaker in the document (for "can you…?" in a two-person call).
    let speakers: Set<String>
    /// Who wrote the notes: "I" in notes without speakers.
    let author: String?
    /// A long many-party meeting's chair and closing round; nil for notes and short calls.
    let meeting: MeetingShape?

    init(
        lexicon: Lexicon, referenceDate: CivilDate, referenceTime: TimeOfDay? = nil, people: PeopleIndex = PeopleIndex(participants: []),
        locale: String? = nil, spellOut: NumberFormat? = nil, format: InputFormat = .text, utterances: [Utterance] = [],
        speakers: Set<String> = [], author: String? = nil, meeting: MeetingShape? = nil
    ) {
        self.lexicon = lexicon
        self.compiled = CompiledLexicon.shared(lexicon)
        self.referenceDate = referenceDate
        self.referenceTime = referenceTime
        self.people = people
        self.locale = locale
        self.spellOut = spellOut
        self.format = format
        self.utterances = utterances
        self.speakers = speakers
        self.author = author
        self.meeting = meeting
    }
}
