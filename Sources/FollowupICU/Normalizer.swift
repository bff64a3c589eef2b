import CICUShim

/// Unicode normalization through ICU's `unorm2` singletons (never closed: ICU owns them).
public enum Normalization: Int32, Sendable {
    /// For output: what the notes said, composed.
    case nfc = 0
    /// For matching: "ＦＲＩＤＡＹ", "FRIDAY" and "Friday" share one key.
    case nfkcCasefold = 1

    /// `text` in this form. ASCII text skips ICU entirely for NFC, and only lowercases for
    /// NFKC_Casefold (which maps ASCII exactly that way).
    public func apply(_ text: String) throws -> String {
        var text = text
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return self == .nfc ? text : asciiLowercased(text)
        }
        return try text.withUTF8 { (source) throws -> String in
            try utf8Output(initialCapacity: source.count + source.count / 2 + 16, "normalization") { dest, capacity, status in
                fu_normalize_utf8(rawValue, source.baseAddress, Int32(clamping: source.count), dest, capacity, &status)
            }
        }
    }

    public func isNormalized(_ text: String) throws -> Bool {
        var text = text
        var status: Int32 = 0
        let result = text.withUTF8 { fu_is_normalized_utf8(rawValue, $0.baseAddress, Int32(clamping: $0.count), &status) }
        try ICUError.check(status, "normalization check")
        return result == 1
    }
}

@inline(__always)
private func asciiLowercased(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
    return String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
        var index = 0
        for byte in text.utf8 {
            buffer[index] = (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
            index += 1
        }
        return index
    }
}
