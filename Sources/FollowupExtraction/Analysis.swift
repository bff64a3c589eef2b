import FollowupDocument
import FollowupICU
import FollowupText

/// One document's extraction run: sentences with their tokens, the people index, the reference
/// date, and the rules applied in order. Built per document; rules keep no state of their own.
struct Analysis {
    let document: Document
    let lexicon: Lexicon
    let options: ExtractionOptions
    let sentences: [SentenceView]
    let people: PeopleIndex
    var referenceDate: CivilDate
    var meetingTime: TimeOfDay?
    var spellOut: NumberFormat?
    let segmenter: Segmenter
    /// Every speaker in the document (for "can you…?" in a two-person call).
    let speakers: Set<String>

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
                sentences.append(SentenceView(utteranceIndex: index, utterance: utterance, sentence: sentence, compiled: compiled,
                                              people: peopleToLookUp))
            }
        }
        self.sentences = sentences
        self.speakers = Set(document.utterances.compactMap(\.speaker))
        self.people = people
        self.referenceDate = options.fallbackDate
        if let date = options.date {
            self.referenceDate = date
        }
    }

    func context() -> RuleContext {
        RuleContext(lexicon: lexicon, referenceDate: referenceDate, referenceTime: options.time, people: people,
                    locale: options.locale, spellOut: spellOut, format: document.format, compiled: CompiledLexicon.shared(lexicon))
    }
}

/// A sentence of one utterance, with the means to quote it and map tokens back to input lines.
struct SentenceView {
    let utteranceIndex: Int
    let utterance: Utterance
    let sentence: Sentence
    /// What each token may begin (one dictionary lookup per token, shared by every rule).
    let classes: [TokenClass]
    /// Every class some token of the sentence has: a rule whose opener is absent skips the sentence.
    let mask: TokenClass
    /// The person named at each token, looked up once here: the action-item rules ask for the
    /// same token many times. Empty when nobody is known or nobody asked.
    private(set) var persons: [(name: String, length: Int)?] = []

    init(utteranceIndex: Int, utterance: Utterance, sentence: Sentence, compiled: CompiledLexicon, people: PeopleIndex? = nil) {
        self.utteranceIndex = utteranceIndex
        self.utterance = utterance
        self.sentence = sentence
        var mask: TokenClass = []
        let classes = sentence.tokens.map { token in
            let found = compiled.classes(of: token)
            mask.formUnion(found)
            return found
        }
        self.classes = classes
        self.mask = mask
        if let people, !people.isEmpty {
            persons = sentence.tokens.indices.map { people.lookUp(in: self, at: $0) }
        }
    }

    var tokens: [Token] { sentence.tokens }

    /// Whether token `index` is in one of the lexicon's word lists `lists` (see `TokenClass`).
    @inline(__always)
    func word(_ index: Int, in lists: TokenClass) -> Bool { !classes[index].isDisjoint(with: lists) }

    /// The text of tokens `range` (inclusive of everything between them).
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let start = tokens[range.lowerBound].range.lowerBound
        let end = tokens[range.upperBound - 1].range.upperBound
        return String(utterance.text.utf8Slice(start..<end))
    }

    var fullText: String { String(utterance.text.utf8Slice(sentence.range)).trimmingWhitespace() }

    /// The original spelling of token `index` (not its key).
    func raw(_ index: Int) -> Substring { utterance.text.utf8Slice(tokens[index].range) }

    func line(ofToken index: Int) -> Int { utterance.line(at: tokens[index].range.lowerBound) }

    var firstLine: Int { utterance.line(at: sentence.range.lowerBound) }

    /// Whether token `index` starts with an uppercase letter in the original text.
    func isCapitalized(_ index: Int) -> Bool {
        // The first scalar decides; ASCII without a Unicode property lookup.
        let range = tokens[index].range
        let text = utterance.text.utf8
        let first = text[text.index(text.startIndex, offsetBy: range.lowerBound)]
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        return raw(index).unicodeScalars.first?.properties.isUppercase ?? false
    }

    /// A real question: "…, right?" or "…, okay?" after a statement only asks for a nod.
    var endsWithQuestionMark: Bool {
        guard tokens.last.map({ $0.key == "?" }) ?? false || fullText.hasSuffix("?") else { return false }
        let n = tokens.count
        if n >= 3, tokens[n - 1].key == "?", tokens[n - 3].key == ",",
            tokens[n - 2].key.isAny(of: ["right", "correct", "yeah", "ok", "okay", "no", "yes", "agreed", "да", "верно", "хорошо", "ja", "oder"])
        {
            return false
        }
        return true
    }
}

/// What every rule may read: the language, the reference date, the people, the user's locale.
struct RuleContext {
    let lexicon: Lexicon
    let referenceDate: CivilDate
    let referenceTime: TimeOfDay?
    let people: PeopleIndex
    let locale: String?
    let spellOut: NumberFormat?
    let format: InputFormat
    /// The lexicon's phrase tables, compiled once per language.
    let compiled: CompiledLexicon
}

