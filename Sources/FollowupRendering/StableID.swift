/// A 128-bit digest of strings, as 32 hex digits: stable across runs, machines and Swift versions
/// (Swift's `Hasher` is seeded per process, so it cannot make UIDs or Message-IDs).
///
/// Two FNV-1a 64-bit hashes with different offset bases; not cryptographic, only stable.
enum StableID {
    static func hex(_ parts: [String]) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x6c62_272e_07bb_0142
        let prime: UInt64 = 0x0000_0100_0000_01b3
        for (index, part) in parts.enumerated() {
            // A separator that cannot occur in UTF-8 keeps ["ab", "c"] apart from ["a", "bc"].
            for byte in (index == 0 ? [] : [0xFF]) + Array(part.utf8) {
                a = (a ^ UInt64(byte)) &* prime
                b = (b ^ UInt64(byte ^ 0x5A)) &* prime
            }
        }
        return hex64(a) + hex64(b)
    }

    private static func hex64(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
