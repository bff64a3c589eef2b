import FollowupICU

extension String {
    /// Whether `phrase` occurs as whole words: where the phrase begins or ends with a letter, no letter touches
    /// it there ("NO comunicar" in "… — NO comunicar.", not "internal" in "internship"; "/mois" needs no space
    /// before its slash); `phrase` is words, with no combining mark or line break at its ends. Every occurrence
    /// is tried, not only the first.
    public func containsWholeWord(_ phrase: String) -> Bool {
        containsWholeWord(anyOf: CollectionOfOne(phrase))
    }

    /// Whether any of `phrases` occurs as whole words (see `containsWholeWord(_:)`), the text read once for all.
    ///
    /// Characters compare as Swift compares them, by canonical equivalence, and a match never splits one, as with
    /// Foundation's `range(of:)` that this replaces at a fraction of its cost: both sides in NFC (where
    /// canonically equivalent text is the same bytes), searched byte by byte, a match kept where it starts and
    /// ends between characters.
    public func containsWholeWord<Phrases: Sequence<String>>(anyOf phrases: Phrases) -> Bool {
        let text = (try? Normalization.nfc.apply(self)) ?? self
        let bytes = Array(text.utf8)
        // Where every byte is a character: ASCII without "\r" (which "\r\n" joins to its line feed).
        let plain = bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D }
        for phrase in phrases {
            guard let first = phrase.first, let last = phrase.last else { continue }
            let needle = Array(((try? Normalization.nfc.apply(phrase)) ?? phrase).utf8)
            guard needle.count <= bytes.count else { continue }
            for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
                guard bytes[start..<(start + needle.count)].elementsEqual(needle) else { continue }
                let end = start + needle.count
                let before: Character?
                let after: Character?
                if plain {
                    before = start == 0 ? nil : Character(Unicode.Scalar(bytes[start - 1]))
                    after = end == bytes.count ? nil : Character(Unicode.Scalar(bytes[end]))
                } else {
                    guard let lower = text.utf8.index(text.startIndex, offsetBy: start).samePosition(in: text),
                        let upper = text.utf8.index(text.startIndex, offsetBy: end).samePosition(in: text)
                    else { continue }
                    before = text[..<lower].last
                    after = text[upper...].first
                }
                if (!first.isLetter || !(before?.isLetter ?? false)) && (!last.isLetter || !(after?.isLetter ?? false)) { return true }
            }
        }
        return false
    }
}
