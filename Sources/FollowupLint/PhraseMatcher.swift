/// A line as words with their positions, compared in lower case with ё as е and typographic
/// apostrophes as `'`, so phrase tables stay short.
struct WordLine: Sendable {
    struct Word: Sendable {
        var text: String
        /// 0-based character offsets in the line.
        var start: Int
        var end: Int
        /// As written (case kept): for all-caps checks.
        var original: String
    }

    let text: String
    let words: [Word]

    init(_ text: String) {
        self.text = text
        var words: [Word] = []
        var current = ""
        var start = 0
        var offset = 0
        func flush() {
            if !current.isEmpty {
                words.append(Word(text: WordLine.fold(current), start: start, end: offset, original: current))
                current = ""
            }
        }
        let characters = Array(text)
        for (i, character) in characters.enumerated() {
            offset = i
            let joiner = (character == "'" || character == "’" || character == "-") && !current.isEmpty
                && i + 1 < characters.count && characters[i + 1].isLetter
            if character.isLetter || character.isNumber || joiner {
                if current.isEmpty { start = i }
                current.append(character)
            } else {
                flush()
            }
        }
        offset = characters.count
        flush()
        self.words = words
    }

    static func fold(_ word: String) -> String {
        String(word.lowercased().map { $0 == "ё" ? "е" : $0 == "’" ? "'" : $0 })
    }

    /// The first place `phrase` occurs: its first and last word indices.
    func find(_ phrase: Phrase) -> (first: Int, last: Int)? {
        guard !phrase.parts.isEmpty else { return nil }
        for first in words.indices {
            if let last = match(phrase.parts[...], from: first) { return (first, last) }
        }
        return nil
    }

    private func match(_ parts: ArraySlice<Phrase.Part>, from index: Int) -> Int? {
        guard let part = parts.first else { return index - 1 }
        switch part {
        case .gap(let most):
            for skip in 0...most {
                if let last = match(parts.dropFirst(), from: index + skip) { return last }
            }
            return nil
        case .word(let word, let prefix):
            guard index < words.count else { return nil }
            let candidate = words[index].text
            guard prefix ? candidate.hasPrefix(word) : candidate == word else { return nil }
            return match(parts.dropFirst(), from: index + 1)
        }
    }

    /// The line's text from word `first` to word `last`, as written.
    func excerpt(_ first: Int, _ last: Int) -> String {
        let characters = Array(text)
        return String(characters[words[first].start..<words[last].end])
    }
}

/// A phrase from a rule table: words, `word*` for a word's beginning (all its endings), `~` for
/// up to two words of anything ("как я ~ говорил*" covers "как я уже говорил").
struct Phrase: Sendable {
    enum Part: Sendable {
        case word(String, prefix: Bool)
        case gap(Int)
    }

    let parts: [Part]
    let text: String

    init(_ text: String) {
        self.text = text
        var parts: [Part] = []
        for token in text.split(separator: " ") {
            if token == "~" {
                parts.append(.gap(2))
                continue
            }
            let words = WordLine(String(token)).words
            for (index, word) in words.enumerated() {
                parts.append(.word(word.text, prefix: token.hasSuffix("*") && index == words.count - 1))
            }
        }
        self.parts = parts
    }
}

/// Phrases compiled once per table.
struct PhraseTable: Sendable {
    let phrases: [Phrase]
    init(_ texts: [String]) { phrases = texts.map(Phrase.init) }

    /// The first phrase found in the line, as written there.
    func firstMatch(in line: WordLine) -> (excerpt: String, column: Int)? {
        var best: (first: Int, last: Int)?
        for phrase in phrases {
            if let found = line.find(phrase), best == nil || found.first < best!.first { best = found }
        }
        guard let best else { return nil }
        return (line.excerpt(best.first, best.last), line.words[best.first].start + 1)
    }

    func matches(_ line: WordLine) -> Bool { phrases.contains { line.find($0) != nil } }
}
