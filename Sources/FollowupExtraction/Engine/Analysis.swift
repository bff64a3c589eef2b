import FollowupDocument
import FollowupICU
import FollowupText

/// One document's extraction run: sentences with their tokens, the people index and the reference
/// date. `run()` (RuleEngine.swift) applies the registry's rules and assembles the record.
struct Analysis {
    let document: Document
    let lexicon: Lexicon
    let options: ExtractionOptions
    let sentences: [SentenceView]
    let people: PeopleIndex
    var referenceDate: CivilDate
    var meetingTime: TimeOfDay?
    /// Neither `--date` nor the notes gave the meeting's day: it is the fallback (file date, today).
    var dateIsFallback = false
    var spellOut: NumberFormat?
    let segmenter: Segmenter
    /// Every speaker in the document (for "can you…?" in a two-person call).
    let speakers: Set<String>
    let meeting: MeetingShape?

    init(document: Document, lexicon: Lexicon, segmenter: Segmenter, options: ExtractionOptions) throws {
        self.document = document
        self.segmenter = segmenter
        self.lexicon = lexicon
        self.options = options
        var sentences: [SentenceView] = []
        let compiled = CompiledLexicon.shared(lexicon)
        let people = PeopleIndex(participants: document.participants)
        // Only the action-item rules ask who a token names; other families skip the lookups.
        let peopleToLookUp = options.families.contains(.actionItems) ? people : nil
        for (index, utterance) in document.utterances.enumerated() {
            for sentence in try segmenter.sentences(in: utterance.text) where !sentence.tokens.isEmpty {
                sentences.append(SentenceView(index: sentences.count, utteranceIndex: index, utterance: utterance, sentence: sentence,
                                              compiled: compiled, people: peopleToLookUp))
            }
        }
        self.sentences = sentences
        self.meeting = options.families.contains(.actionItems)
            ? MeetingShape(utterances: document.utterances, sentences: sentences, compiled: compiled) : nil
        self.speakers = Set(document.utterances.compactMap(\.speaker))
        self.people = people
        self.referenceDate = options.fallbackDate
        if let date = options.date {
            self.referenceDate = date
        }
    }

    func context() -> RuleContext {
        RuleContext(lexicon: lexicon, referenceDate: referenceDate, referenceTime: options.time, people: people,
                    locale: options.locale, spellOut: spellOut, format: document.format, utterances: document.utterances,
                    speakers: speakers, author: document.author, meeting: meeting)
    }
}
