import Foundation
import Testing
import FollowupICU
import FollowupTestSupport

@Suite("Charset: ICU detection and conversion of legacy files")
struct CharsetTests {
    @Test("detects the encoding the corpus files were converted to", arguments: [
        ("encodings/ru-notes.cp1251.txt", "windows-1251"),
        ("encodings/de-notes.cp1252.txt", "windows-1252"),
        ("encodings/en-notes.cp1252.txt", "windows-1252"),
    ])
    func detect(file: String, charset: String) throws {
        let guess = try #require(try Charset.detect(Corpus.bytes(file)))
        #expect(guess.name == charset)
        #expect(guess.confidence > 0 && guess.confidence <= 100)
    }

    @Test("decoding a converted file gives back its UTF-8 source, with nothing substituted", arguments: [
        ("encodings/ru-notes.cp1251.txt", "windows-1251", "encodings/ru-notes.utf8.txt"),
        ("encodings/de-notes.cp1252.txt", "windows-1252", "encodings/de-notes.utf8.txt"),
        ("encodings/en-notes.cp1252.txt", "windows-1252", "encodings/en-notes.utf8.txt"),
    ])
    func decode(file: String, charset: String, source: String) throws {
        let decoded = try Charset.decode(Corpus.bytes(file), from: charset)
        #expect(decoded.text == (try Corpus.text(source)))
        #expect(decoded.substitutions == 0)
    }

    @Test("a byte the charset does not define is counted as a substitution")
    func substitution() throws {
        // 0x80 is not ASCII.
        let decoded = try Charset.decode([0x41, 0x80, 0x42], from: "US-ASCII")
        #expect(decoded.substitutions == 1)
        #expect(decoded.text.hasPrefix("A") && decoded.text.hasSuffix("B"))
    }

    @Test("output longer than the first buffer guess is not cut off")
    func growth() throws {
        // Every cp1251 Cyrillic byte becomes two UTF-8 bytes.
        let bytes = [UInt8](repeating: 0xE0, count: 10_000)  // "а"
        let decoded = try Charset.decode(bytes, from: "windows-1251")
        #expect(decoded.text == String(repeating: "а", count: 10_000))
    }

    @Test("an unknown charset name is an ICUError, not a crash or a silent fallback")
    func unknownCharset() throws {
        let error = #expect(throws: ICUError.self) { try Charset.decode([0x41], from: "no-such-charset-x") }
        #expect(error?.statusName.hasPrefix("U_") == true)
    }
}
