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
