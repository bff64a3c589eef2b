import FollowupICU

/// A word, number or symbol in a sentence, with its matching key.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case word, number, symbol }

    /// UTF-8 byte range in the segmented text.
    public let range: Range<Int>
    /// NFKC_Casefold of the token: "ＦＲＩＤＡＹ", "FRIDAY" and "Friday" all give "friday".
    public let key: String
    public let kind: Kind
    /// Whether whitespace precedes the token (so "12k" and "12 k" can be told apart).
    public let spaceBefore: Bool

    public init(range: Range<Int>, key: String, kind: Kind, spaceBefore: Bool) {
        self.range = range
        self.key = key
        self.kind = kind
        self.spaceBefore = spaceBefore
    }
}

/// A sentence: its UTF-8 range in the segmented text and its tokens (whitespace dropped).
public struct Sentence: Sendable {
    public let range: Range<Int>
    public let tokens: [Token]
}

/// ICU sentence and word segmentation with the document's locale.
///
/// Owns one sentence and one word break iterator; not thread-safe (one per worker), and cheap to
/// reuse for every text a worker sees.
public final class Segmenter {
    public let locale: String
    private let sentenceIterator: BreakIterator
    private let wordIterator: BreakIterator
    /// Casefolded words whose dot ends no sentence ("inkl", "т.е"), from the language's lexicon.
    private let abbreviations: Set<String>

    public init(locale: String, abbreviations: Set<String> = []) throws {
        self.locale = locale
        self.abbreviations = abbreviations
        // "ss=standard" keeps "Mr." and "e.g." from ending a sentence.
        self.sentenceIterator = try BreakIterator(.sentence, locale: locale + "@ss=standard")
        self.wordIterator = try BreakIterator(.word, locale: locale)
    }

    /// Sentences of `text`, each with its tokens.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    public func sentences(in text: String) throws -> [Sentence] {
        var text = text
        return try text.withUTF8 { bytes in
            var sentenceRanges: [Range<Int>] = []
            // German writes ordinals with a dot ("am 3. Dezember"), which is no sentence end.
            let ordinalDots = locale.hasPrefix("de")
            try sentenceIterator.forEachSegment(in: bytes) { range, _ in
                // "M. Okafor", "L. Brandt": an initial does not end a sentence.
                if let last = sentenceRanges.last,
                    Segmenter.endsWithInitial(bytes, last) || ordinalDots && Segmenter.endsWithOrdinal(bytes, last)
                        || endsWithAbbreviation(bytes, last)
                {
                    sentenceRanges[sentenceRanges.count - 1] = last.lowerBound..<range.upperBound
                } else {
                    sentenceRanges.append(range)
                }
            }
            var result: [Sentence] = []
            result.reserveCapacity(sentenceRanges.count)
            var tokens: [Token] = []
            var sentenceIndex = 0
            var spaceBefore = false
            func flush(upTo index: Int) {
                while sentenceIndex < index && sentenceIndex < sentenceRanges.count {
                    result.append(Sentence(range: sentenceRanges[sentenceIndex], tokens: tokens))
                    tokens.removeAll(keepingCapacity: true)
                    sentenceIndex += 1
                }
            }
            try wordIterator.forEachSegment(in: bytes) { range, segmentKind in
                while sentenceIndex < sentenceRanges.count && range.lowerBound >= sentenceRanges[sentenceIndex].upperBound {
                    flush(upTo: sentenceIndex + 1)
                }
                let first = bytes[range.lowerBound]
                if segmentKind == .none && Segmenter.isSpace(first, bytes, range) {
                    spaceBefore = true
                    return
                }
                let kind: Token.Kind
                switch segmentKind {
                case .number: kind = .number
                case .letter, .ideographic: kind = .word
                case .none: kind = .symbol
                }
                let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                var key = (try? Normalization.nfkcCasefold.apply(raw)) ?? raw
                // Typographic apostrophes: "I’ll" and "I'll" are one word.
                // Its lead byte 0xE2 first: most keys have none, and need no substring search.
                if key.utf8.contains(0xE2), key.containsBytes("\u{2019}") { key = key.replacing("\u{2019}", with: "'") }
                tokens.append(Token(range: range, key: key, kind: kind, spaceBefore: spaceBefore))
                spaceBefore = false
            }
            flush(upTo: sentenceRanges.count)
            return result
        }
    }

    /// Whether a sentence ends in " 3." or " 15.": a German ordinal ("3. Dezember"), not an end.
    static func endsWithOrdinal(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        guard end - range.lowerBound >= 2, bytes[end - 1] == 0x2E else { return false }
        var digits = 0
        var i = end - 2
        while i >= range.lowerBound, (0x30...0x39).contains(bytes[i]) { digits += 1; i -= 1 }
        return (1...2).contains(digits) && (i < range.lowerBound || bytes[i] == 0x20)
    }

    /// Whether a sentence ends in one of the language's abbreviations and its dot ("inkl.", "z.B.").
    func endsWithAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard !abbreviations.isEmpty else { return false }
        var end = range.upperBound
        while end > range.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        guard end - range.lowerBound >= 2, bytes[end - 1] == 0x2E else { return false }
        var start = end - 1
        while start > range.lowerBound, bytes[start - 1] != 0x20, bytes[start - 1] != 0x28, end - start < 16 { start -= 1 }
        guard start < end - 1 else { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(end - 1)]), as: UTF8.self)
        return abbreviations.contains(word.lowercased())
    }

    /// Whether a sentence ends in " X." (one capital letter and a period).
    static func endsWithInitial(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        guard end - range.lowerBound >= 2, bytes[end - 1] == 0x2E else { return false }
        // The capital: one ASCII byte, or two for Cyrillic А–Я and Ё ("с А. В. Никитиным") and Latin-1 À–Þ ("É. Roy").
        var letter = end - 2
        if !(0x41...0x5A).contains(bytes[letter]) {
            guard letter > range.lowerBound else { return false }
            let (lead, trail) = (bytes[letter - 1], bytes[letter])
            guard lead == 0xD0 && ((0x90...0xAF).contains(trail) || trail == 0x81) || lead == 0xC3 && (0x80...0x9E).contains(trail) && trail != 0x97
            else { return false }
            letter -= 1
        }
        return letter - 1 < range.lowerBound || bytes[letter - 1] == 0x20 || bytes[letter - 1] == 0x28
    }

    @inline(__always)
    static func isSpace(_ first: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        if first == 0x20 || first == 0x09 || first == 0x0A || first == 0x0D { return true }
        if first < 0x80 { return false }
        let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).unicodeScalars.first
        return scalar?.properties.isWhitespace ?? false
    }
}
