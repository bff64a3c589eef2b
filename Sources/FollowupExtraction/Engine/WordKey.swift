/// A token key as a dictionary or set key, hashed and compared by its UTF-8 bytes.
///
/// Swift's String hashes and compares by canonical equivalence, which for any non-ASCII word
/// means normalizing both sides on every lookup: most of the engine's time went there for
/// Russian notes. Token keys are NFKC_Casefold output and lexicon words are NFC, so for them
/// equal bytes and canonical equivalence are the same test; a key from anywhere else must be
/// NFC before it is wrapped.
struct WordKey: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    /// Lengths first, inlined: most keys compared differ in length, and need no byte loop.
    @inline(__always)
    static func == (lhs: WordKey, rhs: WordKey) -> Bool {
        lhs.text.utf8.count == rhs.text.utf8.count && sameBytes(lhs.text.utf8, rhs.text.utf8)
    }

    private static func sameBytes(_ left: String.UTF8View, _ right: String.UTF8View) -> Bool {
        if let equal = left.withContiguousStorageIfAvailable({ l in
            right.withContiguousStorageIfAvailable { r in l.elementsEqual(r) }
        }), let equal {
            return equal
        }
        return left.elementsEqual(right)
    }

    func hash(into hasher: inout Hasher) {
        let bytes = text.utf8
        if bytes.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            for byte in bytes { hasher.combine(byte) }
        }
        hasher.combine(0xFF as UInt8)
    }
}
