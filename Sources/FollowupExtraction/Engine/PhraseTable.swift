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
    ///
    /// Over UTF-8 bytes: the separators are ASCII, and every lexicon phrase is cut at start-up.
    static func keys(of phrase: String) -> [String] {
        var keys: [String] = []
        let bytes = Array(phrase.utf8)
        var start = 0
        func flush(_ end: Int) {
            if end > start { keys.append(String(decoding: bytes[start..<end], as: UTF8.self)) }
        }
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: " "):
                flush(index)
                start = index + 1
            case UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","):
                flush(index)
                keys.append(String(UnicodeScalar(byte)))
                start = index + 1
            default:
                break
            }
        }
        flush(bytes.count)
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
