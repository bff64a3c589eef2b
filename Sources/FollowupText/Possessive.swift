extension String {
    /// "'", "’", "'s", "’s" as a word of their own: the possessive after the word before ("partners' meeting").
    public var isPossessiveMark: Bool {
        self == "'" || self == "\u{2019}" || self == "'s" || self == "\u{2019}s"
    }

    /// "board" of "board's" (or "board’s"); nil for a word without the possessive ending.
    public var possessiveBase: String? {
        for ending in ["'s", "\u{2019}s"] where count > ending.count && hasSuffix(ending) { return String(dropLast(ending.count)) }
        return nil
    }
}
