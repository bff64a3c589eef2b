import Testing
import FollowupTestSupport
@testable import FollowupText

@Suite("TextDecoder: bytes to NFC text, refusing what is not text")
struct TextDecoderTests {
    /// Each derived file of Corpora/encodings (see its README) and the UTF-8 source it came from.
    @Test("every derived encoding decodes to exactly its UTF-8 source", arguments: [
        ("en-notes.utf8.txt", "en-notes.utf8.txt", "UTF-8", false),
        ("en-notes.utf8-bom.txt", "en-notes.utf8.txt", "UTF-8", true),
        ("en-notes.utf16le-bom.txt", "en-notes.utf8.txt", "UTF-16LE", true),
        ("en-notes.utf16be-bom.txt", "en-notes.utf8.txt", "UTF-16BE", true),
        ("en-notes.cp1252.txt", "en-notes.utf8.txt", "windows-1252", false),
        ("de-notes.cp1252.txt", "de-notes.utf8.txt", "windows-1252", false),
        ("ru-notes.cp1251.txt", "ru-notes.utf8.txt", "windows-1251", false),
        ("ru-notes.utf8.txt", "ru-notes.utf8.txt", "UTF-8", false),
        ("de-notes.utf8.txt", "de-notes.utf8.txt", "UTF-8", false),
    ])
    func decodesCorpusEncodings(file: String, source: String, encoding: String, bom: Bool) throws {
        let decoded = try TextDecoder.decode(Corpus.bytes("encodings/" + file))
        #expect(decoded.text == (try Corpus.text("encodings/" + source)))
        #expect(decoded.encoding == encoding)
        #expect(decoded.hadByteOrderMark == bom)
        #expect(decoded.text.unicodeScalars.first != "\u{FEFF}")
    }

    @Test("a named encoding skips detection")
    func namedEncoding() throws {
        let decoded = try TextDecoder.decode(Corpus.bytes("encodings/ru-notes.cp1251.txt"), encoding: "windows-1251")
        #expect(decoded.text == (try Corpus.text("encodings/ru-notes.utf8.txt")))
        #expect(decoded.encoding == "windows-1251")
    }

    @Test("a binary file is refused, and the message says it is binary")
    func binary() throws {
        let error = #expect(throws: DecodingError.self) { try TextDecoder.decode(Corpus.bytes("encodings/binary.bin")) }
        // binary.bin is (i*37+11) % 256: its first NUL is at i = 145.
        #expect(error == .binary(offset: 145))
        #expect(error?.description.contains("binary") == true)
    }

    @Test("an empty file is refused with a message saying so")
    func empty() throws {
        let error = #expect(throws: DecodingError.self) { try TextDecoder.decode(Corpus.bytes("encodings/empty.txt")) }
        #expect(error == .empty)
        #expect(error?.description.contains("empty") == true)
    }

    @Test("a file of only blank lines and spaces is empty too")
    func whitespaceOnly() {
        #expect(throws: DecodingError.empty) { try TextDecoder.decode(Array(" \n\t\r\n  \n".utf8)) }
    }

    @Test("a UTF-16 file with nothing after its BOM is empty")
    func bomOnly() {
        #expect(throws: DecodingError.empty) { try TextDecoder.decode([0xFF, 0xFE]) }
    }

    /// invalid-utf8.txt is ASCII with stray bytes: \xff\xfe on line 6, \xc3 + space on line 7,
    /// \xff on line 9. Reading it as Latin-1 would print "ÿþ" into the follow-up and never say so;
    /// refusing names the first broken line, and --encoding still reads it on purpose.
    @Test("ASCII notes with stray non-UTF-8 bytes are refused, naming the first broken line")
    func strayBytes() throws {
        let error = #expect(throws: DecodingError.self) { try TextDecoder.decode(Corpus.bytes("encodings/invalid-utf8.txt")) }
        #expect(error == .invalidUTF8(line: 6, offset: 153))
        #expect(error?.description.contains("line 6") == true)
        #expect(error?.description.contains("--encoding") == true)
    }

    @Test("the same file read with a named encoding loses no byte")
    func strayBytesWithNamedEncoding() throws {
        let decoded = try TextDecoder.decode(Corpus.bytes("encodings/invalid-utf8.txt"), encoding: "ISO-8859-1")
        #expect(decoded.text.contains("per quarter ÿþ for now"))
        #expect(decoded.text.contains("caf\u{C3} menu"))
    }

    @Test("real UTF-8 with one broken byte is damaged, not a legacy file: refused at its line")
    func damagedUTF8() {
        let bytes = Array("Café notes\nline two\n".utf8) + [0xFF] + Array(" line three\n".utf8)
        #expect(throws: DecodingError.invalidUTF8(line: 3, offset: 21)) { try TextDecoder.decode(bytes) }
    }

    @Test("a cp1252 note whose accents sit inside words still decodes")
    func singleAccentCp1252() throws {
        // "Bob will check the café menu." in windows-1252: é is 0xE9.
        let bytes = Array("Weekly sync\nBob will check the caf".utf8) + [0xE9] + Array(" menu by Friday.\nAlice sends the deck.\n".utf8)
        let decoded = try TextDecoder.decode(bytes)
        #expect(decoded.text == "Weekly sync\nBob will check the café menu by Friday.\nAlice sends the deck.\n")
    }

    @Test("decomposed accents come out composed (NFC)")
    func nfc() throws {
        let decoded = try TextDecoder.decode(Array("Cafe\u{301} Lumie\u{300}re".utf8))
        #expect(decoded.text == "Café Lumière")
        #expect(decoded.text.unicodeScalars.count == 12)
    }

    @Test("UTF-16 without a BOM is recognised by its NUL bytes")
    func utf16WithoutBOM() throws {
        let text = "Alice will send the deck by Friday.\n"
        var little: [UInt8] = []
        var big: [UInt8] = []
        for unit in text.utf16 {
            little += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            big += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        let fromLittle = try TextDecoder.decode(little)
        let fromBig = try TextDecoder.decode(big)
        #expect(fromLittle.text == text)
        #expect(fromLittle.encoding == "UTF-16LE")
        #expect(fromBig.text == text)
        #expect(fromBig.encoding == "UTF-16BE")
    }

    @Test("line endings are kept as written")
    func lineEndings() throws {
        #expect(try TextDecoder.decode(Array("a\r\nb\rc\n".utf8)).text == "a\r\nb\rc\n")
    }

    @Test("an encoding ICU does not know is a conversion failure that names it")
    func unknownNamedEncoding() throws {
        let error = #expect(throws: DecodingError.self) { try TextDecoder.decode(Array("hello".utf8), encoding: "klingon-42") }
        guard case .conversionFailed(let encoding, _) = error else {
            Issue.record("expected conversionFailed, got \(String(describing: error))")
            return
        }
        #expect(encoding == "klingon-42")
        #expect(error?.description.contains("klingon-42") == true)
    }
}
