/// Byte-level pre-checks for Character-level string tests.
///
/// A Character equals a character of a pattern only if the pattern's UTF-8 bytes occur in the
/// text, so a missing byte answers "no match" without grapheme breaking or Unicode comparison.
/// Callers run the exact Character-level test only when the bytes are there.
extension StringProtocol {
    /// Whether byte `byte` occurs in the UTF-8 text.
    @inlinable
    public func containsByte(_ byte: UInt8) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ $0.contains(byte) }) { return found }
        return utf8.contains(byte)
    }

    /// Whether the UTF-8 bytes of `needle` occur in the text.
    public func containsBytes(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        let scan = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
            guard bytes.count >= pattern.count else { return false }
            var i = 0
            let last = bytes.count - pattern.count
            outer: while i <= last {
                if bytes[i] == first {
                    for k in 1..<pattern.count where bytes[i + k] != pattern[k] {
                        i += 1
                        continue outer
                    }
                    return true
                }
                i += 1
            }
            return false
        }
        if let found = utf8.withContiguousStorageIfAvailable(scan) { return found }
        return Array(utf8).withUnsafeBufferPointer(scan)
    }

    /// Whether every byte is ASCII: then Characters are bytes (but "\r\n") and lower-casing is per byte.
    @inlinable
    public var isASCIIText: Bool {
        if let ascii = utf8.withContiguousStorageIfAvailable({ $0.allSatisfy { $0 < 0x80 } }) { return ascii }
        return utf8.allSatisfy { $0 < 0x80 }
    }
}

extension Character {
    /// The byte of a one-byte Character ("\r\n" has none): `c.byte == 0x2A` is `c == "*"` without
    /// a string comparison.
    @inlinable
    public var byte: UInt8? { utf8.count == 1 ? utf8.first : nil }
}
