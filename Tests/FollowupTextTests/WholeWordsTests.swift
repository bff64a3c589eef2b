import Foundation
import FollowupText
import Testing

/// `containsWholeWord` searches natively; it must answer exactly as the Foundation `range(of:)` search it
/// replaced, on every kind of text the renderers and rules give it. A phrase is words: it neither starts nor ends
/// with a combining mark or a line break (Foundation matches those inside a character, "\r" in "\r\n", and then
/// indexes the text mid-character and traps).
@Suite("Whole-word search: the same answers as Foundation's range(of:)")
struct WholeWordsTests {
    /// The search as it was written with Foundation.
    static func reference(_ text: String, _ phrase: String) -> Bool {
        guard let first = phrase.first, let last = phrase.last else { return false }
        var from = text.startIndex
        while let range = text.range(of: phrase, range: from..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if (!first.isLetter || !(before?.isLetter ?? false)) && (!last.isLetter || !(after?.isLetter ?? false)) { return true }
            from = range.upperBound
        }
        return false
    }

    static let texts = [
        "", "internal", "internship starts monday", "see (internal) notes", "- NO comunicar.", "no comunicar",
        "price: 120 €/mois HT", "120€/mois", "per month/mois", "a\r\ninternal", "internal\r\n", "x-internal-y",
        "café interne", "cafe\u{301} interne", "interne\u{301}", "Direction approuve — NE PAS transmettre",
        "не передавать клиенту", "(не передавать)", "непередавать", "intern.", "Intern: Ana", "42 internal42",
        "ÿþ internal", "interné", "\u{2126} ohm", "Ω ohm", "\u{212A}elvin", "한국어 메모", "\u{1112}\u{1161}\u{11AB}", "vertraulich!", "\u{1F600}internal\u{1F600}", "aa aaa a", "a",
    ]
    static let phrases = [
        "internal", "intern", "no comunicar", "/mois", "mois", "interne", "e", "é", "e\u{301}", "не передавать",
        "передавать", "vertraulich", "\u{3A9}", "\u{2126}", "Kelvin", "\u{212A}", "한", "\u{1112}\u{1161}", "a", "aa", "-", "internal42", " ", "a\nb",
    ]

    static func isWords(_ phrase: String) -> Bool {
        let ends = [phrase.unicodeScalars.first, phrase.unicodeScalars.last].compactMap { $0 }
        return !ends.isEmpty && ends.allSatisfy { $0.properties.generalCategory != .nonspacingMark && $0 != "\r" && $0 != "\n" }
    }

    @Test func everyPairAnswersAsFoundationDoes() {
        for text in Self.texts {
            for phrase in Self.phrases + [text] where Self.isWords(phrase) {
                #expect(text.containsWholeWord(phrase) == Self.reference(text, phrase), "\(text.debugDescription) ∋ \(phrase.debugDescription)")
            }
        }
    }

    @Test func anyOfManyPhrasesAnswersAsEachAlone() {
        let phrases = Self.phrases.filter(Self.isWords)
        for text in Self.texts {
            for count in [0, 1, 3, phrases.count] {
                let some = Array(phrases.suffix(count))
                #expect(text.containsWholeWord(anyOf: some) == some.contains { Self.reference(text, $0) }, "\(text.debugDescription)")
            }
        }
    }

    @Test func generatedTextAnswersAsFoundationDoes() {
        // Short strings over an alphabet of letters, separators, a combining mark and a carriage return.
        let alphabet: [String] = ["a", "b", " ", "-", "é", "e", "\u{301}", "\r", "\n", "/", "ж"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        func word(_ length: Int) -> String { (0..<length).map { _ in alphabet[next(alphabet.count)] }.joined() }
        for _ in 0..<3_000 {
            let text = word(next(12))
            let phrase = word(1 + next(3))
            guard Self.isWords(phrase) else { continue }
            #expect(text.containsWholeWord(phrase) == Self.reference(text, phrase), "\(text.debugDescription) ∋ \(phrase.debugDescription)")
        }
    }

    @Test func quickLetterAndNumberChecksAnswerAsUnicodeDoes() {
        let characters = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) } + ["\r\n", "é", "e\u{301}", "ж", "٣", "½", "’", "ß", "Ⅻ", "\u{1F600}"]
        for character in characters {
            #expect(character.quickIsLetter == character.isLetter, "\(character.debugDescription)")
            #expect(character.quickIsNumber == character.isNumber, "\(character.debugDescription)")
        }
    }
}
