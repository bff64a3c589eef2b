/// FNV-1a, 64 bits: a fast, stable fingerprint of an input's bytes for the batch manifest.
///
/// Not cryptographic: it tells "changed" from "unchanged" between runs, which is all the manifest
/// needs, and it is the same on every platform and run (unlike `Hasher`, which is seeded).
///
/// ```swift
/// ContentHash.of(Array("a".utf8)).hex  // "af63dc4c8601ec8c"
/// ```
public struct ContentHash: Hashable, Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// - Complexity: O(n) in the byte count.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        var hash = value
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        value = hash
    }

    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    public mutating func update(_ text: String) {
        var text = text
        text.withUTF8 { update(UnsafeRawBufferPointer($0)) }
    }

    public static func of(_ bytes: [UInt8]) -> ContentHash {
        var hash = ContentHash()
        hash.update(bytes)
        return hash
    }

    public static func of(_ text: String) -> ContentHash {
        var hash = ContentHash()
        hash.update(text)
        return hash
    }

    /// Sixteen lowercase hex digits.
    public var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
