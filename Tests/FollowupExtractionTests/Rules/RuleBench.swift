@testable import FollowupExtraction
import FollowupDocument
import FollowupText
import Testing

/// Runs one rule alone on one hand-built sentence: a lexicon, a reference date, the people and
/// speakers a test names, and the findings of the rules it reads, written by the test.
struct RuleBench {
    let context: RuleContext
    private let segmenter: Segmenter

    init(
        _ lexicon: Lexicon = .english, date: String = "2026-11-23", time: TimeOfDay? = nil, people: [String] = [], utterances: [Utterance] = []
    ) throws {
        let reference = try #require(CivilDate(iso: date))
        let index = PeopleIndex(participants: people.map { Participant(name: $0) })
        context = RuleContext(lexicon: lexicon, referenceDate: reference, referenceTime: time, people: index, utterances: utterances,
                              speakers: Set(utterances.compactMap(\.speaker)))
        segmenter = try Segmenter(locale: lexicon.icuLocale)
    }

    /// The first sentence of `text` as one line of notes (or a speaker's turn when `spoke`).
    func sentence(
        _ text: String, speaker: String? = nil, spoke: Bool = false, section: SectionKind = .body, utterance index: Int = 0
    ) throws -> SentenceView {
        let utterance = Utterance(speaker: speaker, speakerSpoke: spoke, text: text, line: 1, section: section)
        let first = try #require(try segmenter.sentences(in: text).first)
        return SentenceView(utteranceIndex: index, utterance: utterance, sentence: first, compiled: context.compiled,
                            people: context.people.isEmpty ? nil : context.people)
    }

    /// What `rule` adds to `found` for `text`.
    func run(
        _ rule: some Rule, on text: String, speaker: String? = nil, spoke: Bool = false, section: SectionKind = .body,
        given found: SentenceFindings = SentenceFindings()
    ) throws -> SentenceFindings {
        var found = found
        rule.apply(to: try sentence(text, speaker: speaker, spoke: spoke, section: section), in: context, found: &found)
        return found
    }

    /// The dates `DateRule` finds in `text`, for rules that read them.
    func dates(in text: String) throws -> SentenceFindings {
        try run(DateRule(), on: text)
    }
}
