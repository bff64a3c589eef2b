import FollowupText

/// The zone notes give their clock times in: "Next call: Thu 3/18, 2:30pm ET", "в 16:30 МСК", "14:00 Uhr MEZ".
extension Analysis {
    /// The zone most zoned clock times name (the first of equals); nil when no time names one.
    func statedZone() -> String? {
        var counts: [String: (count: Int, first: Int)] = [:]
        var order = 0
        for sentence in sentences {
            let tokens = sentence.tokens
            for index in tokens.indices.dropFirst() where sentence.isWord(index, .timeZone) {
                guard let zone = lexicon.zoneNames[tokens[index].key], afterClock(tokens, index) else { continue }
                order += 1
                counts[zone, default: (0, order)].count += 1
            }
        }
        return counts.max { ($0.value.count, -$0.value.first) < ($1.value.count, -$1.value.first) }?.key
    }

    /// Whether the zone word at `index` follows a clock time: "10:50 ET", "2:30pm ET", "3 p.m. EST", "15 Uhr MEZ"
    /// (not "12 pt", a count before a word that happens to spell a zone).
    private func afterClock(_ tokens: [Token], _ index: Int) -> Bool {
        let start = max(0, index - 5)
        // "2pm" may be one token: a word that starts with a digit.
        guard let number = tokens[start..<index].lastIndex(where: { $0.kind == .number || $0.key.first?.isNumber == true }) else { return false }
        let between = tokens[(number + 1)..<index]
        let short = between.allSatisfy { $0.kind != .word || $0.key.count <= 3 || $0.key.first?.isNumber == true }
        let clock = between.contains { $0.kind == .word } || tokens[number].kind == .word || number > 0 && tokens[number - 1].kind == .symbol && tokens[number - 1].key == ":"
        return short && clock
    }
}
