import Testing
import FollowupText

@Suite("Segmenter: sentences and tokens with UTF-8 ranges and matching keys")
struct SegmenterTests {
    private func sentenceTexts(_ text: String, locale: String) throws -> [String] {
        try Segmenter(locale: locale).sentences(in: text).map { String(text.utf8Slice($0.range)) }
    }

    @Test("English: two sentences, their byte ranges and their tokens' keys")
    func english() throws {
        let text = "Alice will send the deck by Friday. Bob agrees."
        let sentences = try Segmenter(locale: "en").sentences(in: text)
        #expect(sentences.map(\.range) == [0..<36, 36..<47])
        #expect(sentences[0].tokens.map(\.key) == ["alice", "will", "send", "the", "deck", "by", "friday", "."])
        #expect(sentences[1].tokens.map(\.key) == ["bob", "agrees", "."])
        #expect(sentences[0].tokens[0].range == 0..<5)
        #expect(sentences[0].tokens[6].range == 28..<34)
        #expect(sentences[1].tokens[0].range == 36..<39)
    }

    @Test("token kinds and whether a space came before")
    func kindsAndSpacing() throws {
        let text = "Budget: $12,500 per month."
        let tokens = try #require(try Segmenter(locale: "en").sentences(in: text).first).tokens
        #expect(tokens.map(\.key) == ["budget", ":", "$", "12,500", "per", "month", "."])
        #expect(tokens.map(\.kind) == [.word, .symbol, .symbol, .number, .word, .word, .symbol])
        #expect(tokens.map(\.spaceBefore) == [false, false, true, false, true, true, false])
    }

    @Test("'Mr.' and 'e.g.' do not end an English sentence")
    func abbreviations() throws {
        let text = "Mr. Smith will call tomorrow. We need e.g. the invoice."
        #expect(try sentenceTexts(text, locale: "en") == ["Mr. Smith will call tomorrow. ", "We need e.g. the invoice."])
    }

    @Test("full-width and upper-case words share the lower-case key")
    func keys() throws {
        let tokens = try Segmenter(locale: "en").sentences(in: "ＦＲＩＤＡＹ FRIDAY Friday")[0].tokens
        #expect(tokens.map(\.key) == ["friday", "friday", "friday"])
        #expect(tokens[0].range == 0..<18)  // six full-width letters, three bytes each
    }

    @Test("Russian: sentences by byte ranges, Cyrillic keys lower-cased")
    func russian() throws {
        let text = "Иван подготовит спецификацию до ПЯТНИЦЫ. Анна согласует договор."
        let sentences = try Segmenter(locale: "ru").sentences(in: text)
        #expect(sentences.map(\.range) == [0..<76, 76..<119])
        #expect(sentences[0].tokens.map(\.key) == ["иван", "подготовит", "спецификацию", "до", "пятницы", "."])
        #expect(sentences[0].tokens[0].range == 0..<8)
        #expect(sentences[1].tokens.first?.key == "анна")
        #expect(sentences[1].tokens.first?.range == 76..<84)
    }

    @Test("Russian amounts: '350 000 руб.' keeps the number apart from the currency")
    func russianAmount() throws {
        let tokens = try Segmenter(locale: "ru").sentences(in: "Поставка: 350 000 руб. разово.")[0].tokens
        #expect(tokens.map(\.key).prefix(6) == ["поставка", ":", "350", "000", "руб", "."])
        #expect(tokens[2].kind == .number && tokens[3].kind == .number)
        #expect(tokens[3].spaceBefore)
    }

    @Test("German: umlauts and ß inside words, ß folded to ss in keys")
    func german() throws {
        let text = "Jürgen schickt den Vertrag bis Freitag. Käthe klärt die Größe."
        let sentences = try Segmenter(locale: "de").sentences(in: text)
        #expect(sentences.count == 2)
        #expect(sentences[0].range == 0..<41)
        #expect(sentences[0].tokens.map(\.key) == ["jürgen", "schickt", "den", "vertrag", "bis", "freitag", "."])
        #expect(sentences[0].tokens[0].range == 0..<7)
        #expect(sentences[1].tokens.map(\.key) == ["käthe", "klärt", "die", "grösse", "."])
    }

    @Test("German decimal amount: '1.234,56 €' is one number token, then the euro sign")
    func germanAmount() throws {
        let tokens = try Segmenter(locale: "de").sentences(in: "Die Gebühr beträgt 1.234,56 € pro Monat.")[0].tokens
        let number = try #require(tokens.first(where: { $0.kind == .number }))
        #expect(number.key == "1.234,56")
        let index = try #require(tokens.firstIndex(of: number))
        #expect(tokens[index + 1].key == "€")
        #expect(tokens[index + 1].spaceBefore)
    }

    @Test("every token's range slices back to the text its key came from", arguments: ["en", "ru", "de"])
    func rangesSliceBack(locale: String) throws {
        let text = "Zoë will send the café menu. Жанна пришлёт счёт. Käthe klärt die Lieferzeiten."
        for sentence in try Segmenter(locale: locale).sentences(in: text) {
            for token in sentence.tokens {
                let raw = String(text.utf8Slice(token.range))
                #expect(raw.lowercased() == token.key || raw == "." || raw.contains("ß"))
                #expect(sentence.range.contains(token.range.lowerBound))
            }
        }
    }

    @Test("sentence start offsets map to input lines through LineIndex")
    func lineMapping() throws {
        let text = "Date: 2026-11-23\r\nAlice will send the deck.\rBob signs today.\nDone."
        let index = LineIndex(text)
        let sentences = try Segmenter(locale: "en").sentences(in: text)
        let lines = sentences.map { index.line(containing: $0.range.lowerBound) }
        #expect(lines == [1, 2, 3, 4])
        let bob = try #require(sentences.flatMap(\.tokens).first(where: { $0.key == "bob" }))
        #expect(index.line(containing: bob.range.lowerBound) == 3)
    }

    @Test("an empty text has no sentences; one segmenter serves many texts")
    func reuse() throws {
        let segmenter = try Segmenter(locale: "en")
        #expect(try segmenter.sentences(in: "").isEmpty)
        #expect(try segmenter.sentences(in: "One. Two.").count == 2)
        #expect(try segmenter.sentences(in: "Three.").map(\.tokens.count) == [2])
    }
}
