import FollowupDocument
import FollowupText

/// A sentence of one utterance, with the means to quote it and map tokens back to input lines.
struct SentenceView {
    /// Its place among the document's sentences.
    let index: Int
    let utteranceIndex: Int
    let utterance: Utterance
    let sentence: Sentence
    /// Each token's class set, an index into `classSets` (one dictionary lookup per token, shared
    /// by every rule): what it may begin, which open lists and which closed word classes hold it.
    private let classIDs: [UInt16]
    private let classSets: [KeyClasses]
    /// Every class some token of the sentence has: a rule whose opener is absent skips the sentence.
    let mask: TokenClass
    /// The person named at each token, looked up once here: the action-item rules ask for the
    /// same token many times. Empty when nobody is known or nobody asked.
    private(set) var persons: [(name: String, length: Int)?] = []
    /// Whether the language capitalizes every noun (German).
    private let nounsCapitalized: Bool
    /// The capitalized words inside the sentence that a verb list holds ("gute Frage", "die Frage kläre ich"): nouns
    /// here, in no verb list. Empty when there are none.
    private var capitalNouns: [Bool] = []
    private static let verbLists: TokenClass = [.taskVerb, .firstPersonFutureVerb, .thirdPersonFutureVerb]

    init(
        index: Int = 0, utteranceIndex: Int, utterance: Utterance, sentence: Sentence, compiled: CompiledLexicon, people: PeopleIndex? = nil
    ) {
        self.index = index
        self.utteranceIndex = utteranceIndex
        self.utterance = utterance
        self.sentence = sentence
        let sets = compiled.classSets
        var mask: TokenClass = []
        let ids = sentence.tokens.map { token in
            let id = compiled.classSet(of: token)
            mask.formUnion(sets[Int(id)].roles)
            return id
        }
        classIDs = ids
        classSets = sets
        self.mask = mask
        nounsCapitalized = compiled.lexicon.capitalizesNouns
        if nounsCapitalized {
            let nouns = sentence.tokens.indices.map { !sets[Int(ids[$0])].roles.isDisjoint(with: Self.verbLists) && isCapitalizedNoun($0) }
            if nouns.contains(true) { capitalNouns = nouns }
        }
        if let people, !people.isEmpty {
            persons = sentence.tokens.indices.map { people.lookUp(in: self, at: $0) }
        }
    }

    var tokens: [Token] { sentence.tokens }

    /// The turn's first sentence, or the one after a short reply ("Sí. Te lo mando mañana.").
    var opensUtterance: Bool { sentence.range.lowerBound <= 16 }

    /// "Télétravail : ", "Revente : ": the topic labelling a line of notes (not a person), with the language's
    /// colon, for the line's first sentence (or `anywhere` in it); nil otherwise.
    func topicLabel(_ context: RuleContext, anywhere: Bool = false) -> String? {
        guard opensUtterance || anywhere, !utterance.speakerSpoke, let label = utterance.speaker, !context.people.knows(label),
            !context.people.knowsFirstName(label)
        else { return nil }
        return label + context.lexicon.labelColon
    }

    /// "gute Frage", "als offene Frage": in a language that capitalizes its nouns, a capitalized word inside a sentence is
    /// a noun, whatever verb it spells.
    func isCapitalizedNoun(_ index: Int) -> Bool {
        nounsCapitalized && index > 0 && tokens[index - 1].kind == .word && isCapitalized(index)
    }

    /// What token `index` may begin, and which of the lexicon's open lists hold it (see `TokenClass`).
    @inline(__always)
    func roles(_ index: Int) -> TokenClass {
        let roles = classSets[Int(classIDs[index])].roles
        return capitalNouns.isEmpty || !capitalNouns[index] ? roles : roles.subtracting(Self.verbLists)
    }

    /// Whether token `index` is in one of the lexicon's word lists `lists`.
    @inline(__always)
    func word(_ index: Int, in lists: TokenClass) -> Bool { !roles(index).isDisjoint(with: lists) }

    /// Whether the lexicon knows the token as a word of any class or list.
    func isKnownWord(_ index: Int) -> Bool { !classSets[Int(classIDs[index])].words.isEmpty || !roles(index).isEmpty }

    /// Whether token `index` is a word of class `word` in the lexicon.
    @inline(__always)
    func isWord(_ index: Int, _ word: WordClass) -> Bool { classSets[Int(classIDs[index])].words.contains(WordBits(word)) }

    /// Whether any token in `range` is a word of class `word`.
    func containsWord(_ word: WordClass, in range: Range<Int>) -> Bool {
        let bit = WordBits(word)
        return classIDs[range.clamped(to: classIDs.indices)].contains { classSets[Int($0)].words.contains(bit) }
    }

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
        if n >= 3, tokens[n - 1].key == "?", tokens[n - 3].key == ",", isWord(n - 2, .tagReply) {
            return false
        }
        return true
    }
}
