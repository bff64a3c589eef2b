@testable import FollowupExtraction
import Testing

/// Every language fills every word class, or states it has none with an empty set; and no
/// language's lists hold another language's words.
@Suite("Lexicon completeness")
struct LexiconCompletenessTests {
    /// A token's classes are one 128-bit set: a 129th class would shift out of it and read as
    /// "every word" (`1 << 128` is 0, and every set contains the empty one).
    @Test func theWordClassesFitTheirBitSet() {
        #expect(WordClass.allCases.count <= 128)
    }

    /// Detection and the readers use the profile; the rules use the lexicon: both must say the same.
    @Test("each language's profile agrees with its lexicon", arguments: Lexicons.codes)
    func profileAgrees(code: String) throws {
        let profile = try #require(Lexicons.profiles.first { $0.code == code })
        let lexicon = profile.lexicon
        #expect(lexicon.code == code)
        #expect(lexicon.script == profile.script)
        #expect(lexicon.stopWords == profile.stopWords)
        #expect(lexicon.months == profile.months)
        #expect(lexicon.weOwner == profile.weOwner)
    }

    @Test("every word class is stated in every lexicon", arguments: Lexicons.all.map(\.code))
    func complete(code: String) throws {
        let lexicon = try #require(Lexicons.lexicon(for: code))
        let missing = WordClass.allCases.filter { lexicon.words[$0] == nil }
        #expect(missing.isEmpty, "\(code) does not state: \(missing)")
    }

    @Test("the core classes are filled in every language", arguments: Lexicons.all.map(\.code))
    func core(code: String) throws {
        let lexicon = try #require(Lexicons.lexicon(for: code))
        for word in [WordClass.negator, .conjunction, .clauseBreak, .decisionLabel, .selfLabel, .pleaseWord, .someone,
                     .embeddedQuestion, .spelledNumber, .percentWord, .timeZone, .dateLabel]
        {
            #expect(!lexicon.words(word).isEmpty, "\(code) has no \(word)")
        }
        #expect(!lexicon.openQuestionOpeners.isEmpty && !lexicon.vagueTimePhrases.isEmpty)
    }

    @Test("words are lower-case keys as the rules see them", arguments: Lexicons.all.map(\.code))
    func lowerCase(code: String) throws {
        let lexicon = try #require(Lexicons.lexicon(for: code))
        for (word, keys) in lexicon.words {
            for key in keys { #expect(key == key.lowercased() && !key.isEmpty, "\(code) \(word): \(key)") }
        }
    }

    @Test("no list mixes scripts: Russian words are Cyrillic, English and German ones Latin")
    func scripts() {
        // Zone abbreviations are written in Latin letters in Russian notes too.
        let shared: Set<WordClass> = [.timeZone]
        func isCyrillic(_ key: String) -> Bool { key.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) } }
        for lexicon in Lexicons.all {
            for (word, keys) in lexicon.words where !shared.contains(word) {
                for key in keys where key.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
                    #expect(isCyrillic(key) == (lexicon.script == "Cyrl"), "\(lexicon.code) \(word): \(key)")
                }
            }
        }
    }
}
