/// What a token may begin, and which of the lexicon's open word lists hold it, from one
/// dictionary lookup: rules skip every other token at once, and test membership by a bit instead
/// of hashing the key again. The closed word classes have their bits in `WordBits`.
struct TokenClass: OptionSet, Hashable, Sendable {
    let rawValue: UInt32

    static let dateStart = TokenClass(rawValue: 1 << 0)
    static let amountStart = TokenClass(rawValue: 1 << 1)
    static let commitmentStart = TokenClass(rawValue: 1 << 2)
    static let contactStart = TokenClass(rawValue: 1 << 3)
    static let decisionStart = TokenClass(rawValue: 1 << 4)

    // Open word lists (`Lexicon`'s sets of the same names).
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

/// The closed word classes (`WordClass`) a token's key belongs to, one bit each.
struct WordBits: OptionSet, Hashable, Sendable {
    let rawValue: UInt128

    /// The bit of class `word`.
    @inline(__always)
    init(_ word: WordClass) { rawValue = 1 << UInt128(word.rawValue) }

    init(rawValue: UInt128) { self.rawValue = rawValue }
}

/// Both kinds of bits of one key: the compiled lexicon interns each distinct pair once.
struct KeyClasses: Hashable, Sendable {
    var roles: TokenClass = []
    var words: WordBits = []
}
