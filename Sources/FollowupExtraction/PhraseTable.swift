import Foundation
import FollowupText

/// Multi-word lexicon entries matched over token keys, longest first.
///
/// Phrases are written as they read ("end of the week", "/mo"); each is cut into keys the way
/// ICU cuts words, approximated by splitting on spaces and keeping punctuation ("/", "-") as
/// keys of their own.
struct PhraseTable<Value: Sendable>: Sendable {
    private var entries: [WordKey: [(keys: [WordKey], value: Value)]] = [:]

    init(_ phrases: [String: Value]) {
        for (phrase, value) in phrases {
            let keys = PhraseTable.keys(of: phrase).map(WordKey.init)
            guard let first = keys.first else { continue }
            entries[first, default: []].append((keys, value))
        }
        for key in entries.keys { entries[key]!.sort { $0.keys.count > $1.keys.count } }
    }

    init(_ phrases: Set<String>) where Value == Bool {
        self.init(Dictionary(uniqueKeysWithValues: phrases.map { ($0, true) }))
    }

    /// "end-of-week" → ["end", "-", "of", "-", "week"]; "/mo" → ["/", "mo"]; "p.a" stays one key.
    static func keys(of phrase: String) -> [String] {
        var keys: [String] = []
        for word in phrase.split(separator: " ") {
            var current = ""
            for char in word {
                if char == "/" || char == "-" || char == "(" || char == ")" || char == "," {
                    if !current.isEmpty { keys.append(current) }
                    keys.append(String(char))
                    current = ""
                } else {
                    current.append(char)
                }
            }
            if !current.isEmpty { keys.append(current) }
        }
        return keys
    }

    /// The longest phrase starting at token `index`: its value and token count.
    func match(_ tokens: [Token], at index: Int) -> (value: Value, length: Int)? {
        guard index < tokens.count, let candidates = entries[WordKey(tokens[index].key)] else { return nil }
        for candidate in candidates where index + candidate.keys.count <= tokens.count {
            var matched = true
            for offset in 1..<max(1, candidate.keys.count) where WordKey(tokens[index + offset].key) != candidate.keys[offset] {
                matched = false
                break
            }
            if matched { return (candidate.value, candidate.keys.count) }
        }
        return nil
    }

    /// The first match anywhere in `range`.
    func firstMatch(_ tokens: [Token], in range: Range<Int>) -> (index: Int, value: Value, length: Int)? {
        for index in range {
            if let found = match(tokens, at: index) { return (index, found.value, found.length) }
        }
        return nil
    }

    func contains(_ tokens: [Token], in range: Range<Int>) -> Bool { firstMatch(tokens, in: range) != nil }
}

/// What a token may begin, and which of the lexicon's word lists hold it, from one dictionary
/// lookup: rules skip every other token at once, and test list membership by a bit instead of
/// hashing the key again.
struct TokenClass: OptionSet, Sendable {
    let rawValue: UInt32
    static let dateStart = TokenClass(rawValue: 1 << 0)
    static let amountStart = TokenClass(rawValue: 1 << 1)
    static let commitmentStart = TokenClass(rawValue: 1 << 2)
    static let contactStart = TokenClass(rawValue: 1 << 3)
    static let decisionStart = TokenClass(rawValue: 1 << 4)

    // Word lists (`Lexicon`'s sets of the same names).
    static let taskVerb = TokenClass(rawValue: 1 << 5)
    static let firstPersonFutureVerb = TokenClass(rawValue: 1 << 6)
    static let thirdPersonFutureVerb = TokenClass(rawValue: 1 << 7)
    static let nonTaskVerb = TokenClass(rawValue: 1 << 8)
    static let firstPerson = TokenClass(rawValue: 1 << 9)
    static let firstPersonPlural = TokenClass(rawValue: 1 << 10)
    static let secondPerson = TokenClass(rawValue: 1 << 11)
    static let teamNoun = TokenClass(rawValue: 1 << 12)
    static let commitmentMarker = TokenClass(rawValue: 1 << 13)
    static let pastMarker = TokenClass(rawValue: 1 << 14)
    static let deadlineWord = TokenClass(rawValue: 1 << 15)
    static let nextWord = TokenClass(rawValue: 1 << 16)
    /// A word no capitalized name can be (`ActionItemRule.isNameLike`): a function word, a
    /// weekday or month, a pronoun, a verb, a filler, hedge or number.
    static let notName = TokenClass(rawValue: 1 << 17)
}

/// Phrase tables compiled once per lexicon.
final class CompiledLexicon: @unchecked Sendable {
    /// Token key → what it may begin. Numbers are classed by their first character instead.
    let tokenClasses: [WordKey: TokenClass]

    /// What token `token` may begin.
    @inline(__always)
    func classes(of token: Token) -> TokenClass {
        var result = tokenClasses[WordKey(token.key)] ?? []
        if let first = token.key.utf8.first, first >= 0x30 && first <= 0x39 { result.formUnion([.dateStart, .amountStart]) }
        return result
    }

    let lexicon: Lexicon
    let relativeDays: PhraseTable<RelativeDay>
    let periods: PhraseTable<String>
    let deadlineWords: PhraseTable<Bool>
    let commitmentPhrases: PhraseTable<Bool>
    let requestPhrases: PhraseTable<Bool>
    let selfCommitments: PhraseTable<Bool>
    let decisionPhrases: PhraseTable<Bool>
    let contactNouns: PhraseTable<Bool>
    let contactVerbs: PhraseTable<Bool>
    let fillers: PhraseTable<Bool>
    let hedges: PhraseTable<Bool>
    let assignment: PhraseTable<Bool>
    let discussion: PhraseTable<Bool>
    let affirmatives: PhraseTable<Bool>
    let immediate: PhraseTable<Bool>
    /// "at some point", "someday": a promise without a time is no promise.
    let vagueTime: PhraseTable<Bool>

    init(_ lexicon: Lexicon) {
        self.lexicon = lexicon
        relativeDays = PhraseTable(lexicon.relativeDays)
        periods = PhraseTable(lexicon.periods)
        deadlineWords = PhraseTable(lexicon.deadlineWords)
        commitmentPhrases = PhraseTable(lexicon.commitmentPhrases)
        requestPhrases = PhraseTable(lexicon.requestPhrases)
        selfCommitments = PhraseTable(lexicon.selfCommitmentPhrases)
        decisionPhrases = PhraseTable(lexicon.decisionPhrases)
        contactNouns = PhraseTable(lexicon.contactNouns)
        contactVerbs = PhraseTable(lexicon.contactVerbs)
        fillers = PhraseTable(lexicon.fillers)
        hedges = PhraseTable(lexicon.hedges)
        assignment = PhraseTable(lexicon.assignmentPhrases)
        discussion = PhraseTable(lexicon.discussionWords)
        affirmatives = PhraseTable(lexicon.affirmatives)
        immediate = PhraseTable(lexicon.immediatePhrases)
        vagueTime = PhraseTable(["at some point", "some day", "someday", "one day", "eventually", "когда-нибудь", "irgendwann"])

        var classes: [WordKey: TokenClass] = [:]
        func mark(_ keys: some Sequence<String>, _ kind: TokenClass) {
            for key in keys { classes[WordKey(key), default: []].insert(kind) }
        }
        func firstKeys(_ phrases: some Sequence<String>) -> [String] { phrases.compactMap { PhraseTable<Bool>.keys(of: $0).first } }
        mark(firstKeys(lexicon.relativeDays.keys), .dateStart)
        mark(lexicon.weekdays.keys, .dateStart)
        mark(lexicon.months.keys, .dateStart)
        mark(lexicon.nextWords, .dateStart)
        mark(lexicon.lastWords, .dateStart)
        mark(["coming", "this"], .dateStart)
        mark(lexicon.inWords, .dateStart)
        mark(lexicon.withinWords, .dateStart)
        mark(lexicon.namedTimes.keys, .dateStart)
        mark(lexicon.numberWords.keys, .dateStart)
        mark(lexicon.currencies.keys, .amountStart)
        mark(["us"], .amountStart)
        mark(AmountRule.spelledNumbers, .amountStart)
        mark(lexicon.numberWords.keys, .amountStart)
        mark(firstKeys(lexicon.selfCommitmentPhrases), .commitmentStart)
        mark(firstKeys(lexicon.requestPhrases), .commitmentStart)
        mark(lexicon.firstPersonFutureVerbs, .commitmentStart)
        mark(lexicon.firstPerson, .commitmentStart)
        mark(lexicon.firstPersonPlural, .commitmentStart)
        mark(lexicon.secondPerson, .commitmentStart)
        mark(lexicon.teamNouns, .commitmentStart)
        mark(["the", "our", "their", "@"], .commitmentStart)
        mark(firstKeys(lexicon.contactNouns), .contactStart)
        mark(firstKeys(lexicon.contactVerbs), .contactStart)
        mark(lexicon.contactNextWords, .contactStart)
        mark(["talk", "see", "speak", "same", "тот"], .contactStart)
        mark(firstKeys(lexicon.decisionPhrases), .decisionStart)

        mark(lexicon.taskVerbs, .taskVerb)
        mark(lexicon.firstPersonFutureVerbs, .firstPersonFutureVerb)
        mark(lexicon.thirdPersonFutureVerbs, .thirdPersonFutureVerb)
        mark(lexicon.nonTaskVerbs, .nonTaskVerb)
        mark(lexicon.firstPerson, .firstPerson)
        mark(lexicon.firstPersonPlural, .firstPersonPlural)
        mark(lexicon.secondPerson, .secondPerson)
        mark(lexicon.teamNouns, .teamNoun)
        mark(lexicon.commitmentMarkers, .commitmentMarker)
        mark(lexicon.pastMarkers, .pastMarker)
        mark(lexicon.deadlineWords, .deadlineWord)
        mark(lexicon.nextWords, .nextWord)
        for words in [lexicon.stopWords, Set(lexicon.weekdays.keys), Set(lexicon.months.keys), lexicon.firstPerson,
                      lexicon.firstPersonPlural, lexicon.secondPerson, lexicon.taskVerbs, lexicon.fillers, lexicon.hedges,
                      lexicon.pastMarkers, lexicon.decisionPhrases, lexicon.nonTaskVerbs, Set(lexicon.numberWords.keys),
                      AmountRule.spelledNumbers, ActionItemRule.notNames]
        {
            mark(words, .notName)
        }
        tokenClasses = classes
    }

    nonisolated(unsafe) private static var cache: [String: CompiledLexicon] = [:]
    private static let lock = NSLock()

    static func shared(_ lexicon: Lexicon) -> CompiledLexicon {
        lock.withLock {
            if let cached = cache[lexicon.code] { return cached }
            let compiled = CompiledLexicon(lexicon)
            cache[lexicon.code] = compiled
            return compiled
        }
    }
}
