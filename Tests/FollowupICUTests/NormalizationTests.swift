import Testing
import FollowupICU

@Suite("Normalization: NFC for output, NFKC_Casefold for matching keys")
struct NormalizationTests {
    @Test("matching keys fold width and case", arguments: [
        ("ＦＲＩＤＡＹ", "friday"),
        ("FRIDAY", "friday"),
        ("Friday", "friday"),
        ("friday", "friday"),
        ("ПЯТНИЦА", "пятница"),
        ("Пятница", "пятница"),
        ("FREITAG", "freitag"),
        ("Straße", "strasse"),
        ("ﬁle", "file"),
        ("１２３", "123"),
    ])
    func casefoldKeys(input: String, key: String) throws {
        #expect(try Normalization.nfkcCasefold.apply(input) == key)
    }

    @Test("NFC composes a decomposed accent")
    func nfcComposes() throws {
        let decomposed = "Cafe\u{301}"
        let composed = try Normalization.nfc.apply(decomposed)
        #expect(composed.unicodeScalars.map(\.value) == [0x43, 0x61, 0x66, 0xE9])
    }

    @Test("NFC keeps what the notes said: case, width and compatibility characters stay")
    func nfcKeepsText() throws {
        #expect(try Normalization.nfc.apply("ＦＲＩＤＡＹ at 3pm, ½ done") == "ＦＲＩＤＡＹ at 3pm, ½ done")
        #expect(try Normalization.nfc.apply("Plain ASCII text.") == "Plain ASCII text.")
    }

    @Test("NFKC_Casefold decomposes compatibility characters NFC leaves alone")
    func compatibility() throws {
        #expect(try Normalization.nfkcCasefold.apply("½") == "1⁄2")
        #expect(try Normalization.nfkcCasefold.apply("Ё") == "ё")
    }

    @Test("isNormalized tells composed from decomposed text")
    func isNormalized() throws {
        #expect(try Normalization.nfc.isNormalized("Café"))
        #expect(try !Normalization.nfc.isNormalized("Cafe\u{301}"))
        #expect(try !Normalization.nfkcCasefold.isNormalized("Friday"))
        #expect(try Normalization.nfkcCasefold.isNormalized("friday"))
    }

    @Test("text longer than the shim's stack buffer normalizes whole")
    func longText() throws {
        let input = String(repeating: "ＦＲＩＤＡＹ Ёлка ", count: 300)
        let expected = String(repeating: "friday ёлка ", count: 300)
        #expect(try Normalization.nfkcCasefold.apply(input) == expected)
    }

    @Test("an empty string stays empty")
    func empty() throws {
        #expect(try Normalization.nfc.apply("") == "")
        #expect(try Normalization.nfkcCasefold.apply("") == "")
    }
}
