import FollowupExtraction

/// Finding the draft line that states a line of the notes: the one that shares most of its
/// content words (compared by their first five letters, so "send"/"sending" and
/// "договор"/"договора" meet).
enum NotesMatching {
    static let threshold = 0.5

    static func stems(_ text: String, _ context: LintContext) -> Set<String> {
        var result: Set<String> = []
        for word in WordLine(text).words {
            let w = word.text
            if context.words.stopWords.contains(w) { continue }
            if w.count < 3, !w.allSatisfy(\.isNumber) { continue }
            result.insert(String(w.prefix(5)))
        }
        return result
    }

    /// The body line with the largest share of `text`'s content words, if it holds at least half.
    static func bestLine(for text: String, _ context: LintContext) -> (line: Draft.Line, words: WordLine)? {
        let wanted = stems(text, context)
        guard !wanted.isEmpty else { return nil }
        var best: (entry: (line: Draft.Line, words: WordLine), score: Double)?
        for entry in context.contentLines {
            let have = stems(entry.line.text, context)
            let score = Double(wanted.intersection(have).count) / Double(wanted.count)
            if score > (best?.score ?? 0) { best = (entry, score) }
        }
        guard let best, best.score >= threshold else { return nil }
        return best.entry
    }

    /// Whether `name` (or its first word, in any case ending) appears among the words.
    static func mentions(_ name: String, in words: WordLine) -> Bool {
        guard let first = WordLine(name).words.first?.text, first.count >= 2 else { return false }
        let stem = first.count > 4 ? String(first.dropLast()) : first
        return words.words.contains { $0.text == first || ($0.text.hasPrefix(stem) && $0.text.count <= first.count + 3) }
    }
}
