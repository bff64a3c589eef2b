import Foundation
import Testing

@testable import FollowupRendering

@Suite struct MIMEEncodingTests {
    @Test(arguments: [
        ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy"),
    ])
    func base64MatchesRFC4648TestVectors(input: String, expected: String) {
        #expect(MIMEEncoding.base64(Array(input.utf8)) == expected)
    }

    @Test func base64LinesAreAtMost76Characters() {
        let lines = MIMEEncoding.base64Lines(Array(repeating: 0xAB, count: 200)).split(separator: "\r\n")
        #expect(lines.count == 4)  // 200 bytes → 268 characters → 76 + 76 + 76 + 40
        #expect(lines.allSatisfy { $0.count <= 76 })
    }

    @Test(arguments: [
        ("café\n", "caf=C3=A9\r\n"),
        ("a=b\n", "a=3Db\r\n"),
        ("trailing space \n", "trailing space=20\r\n"),
        (".\n", "=2E\r\n"),
        ("From here\n", "=46rom here\r\n"),
        ("tab\tin\n", "tab=09in\r\n"),
    ])
    func quotedPrintableEscapesPerRFC2045(input: String, expected: String) {
        #expect(MIMEEncoding.quotedPrintable(input) == expected)
    }

    @Test func quotedPrintableSoftBreaksLongLinesWithin76() {
        let encoded = MIMEEncoding.quotedPrintable(String(repeating: "é", count: 60) + "\n")
        let lines = encoded.split(separator: "\r\n", omittingEmptySubsequences: true)
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.count <= 76 })
        #expect(lines.dropLast().allSatisfy { $0.hasSuffix("=") })
        // A soft break never lands inside an "=XX" escape.
        for line in lines {
            let body = line.hasSuffix("=") ? line.dropLast() : line[...]
            #expect(!body.hasSuffix("="))
            #expect(body.dropLast().last != "=")
        }
    }

    @Test func aDotStartingASoftWrappedLineIsEscaped() {
        // 75 characters fill the first physical line; the "." would start the next one.
        let encoded = MIMEEncoding.quotedPrintable(String(repeating: "a", count: 75) + ".b\n")
        #expect(encoded == String(repeating: "a", count: 75) + "=\r\n=2Eb\r\n")
    }

    @Test func quotedPrintableNeverContainsTheBoundaryPrefix() {
        let encoded = MIMEEncoding.quotedPrintable("--=_followup_mixed_0 and =_ everywhere\n")
        #expect(!encoded.contains("=_"))
    }

    @Test func encodedWordsAreShortAndEachDecodesToWholeCharacters() throws {
        let text = "Итоги встречи: рекламный бюджет 👩‍👩‍👧‍👦 на осень, עברית"
        let words = MIMEEncoding.encodedWords(text)
        #expect(words.count > 1)
        var decoded = ""
        for word in words {
            #expect(word.count <= 75)
            #expect(word.hasPrefix("=?UTF-8?B?") && word.hasSuffix("?="))
            let payload = String(word.dropFirst(10).dropLast(2))
            let data = try #require(Data(base64Encoded: payload))
            // Each word alone is valid UTF-8: no character split across two words.
            decoded += try #require(String(data: data, encoding: .utf8))
        }
        #expect(decoded == text)
    }

    @Test func asciiSubjectStaysReadableAndFolds() {
        let subject = MIMEEncoding.unstructured("Follow-up: ACME renewal call, 23 Nov", headerName: "Subject")
        #expect(subject == "Follow-up: ACME renewal call, 23 Nov")
        let long = MIMEEncoding.unstructured(String(repeating: "word ", count: 30), headerName: "Subject")
        #expect(long.contains("\r\n "))
        #expect(("Subject: " + long).components(separatedBy: "\r\n").allSatisfy { $0.count <= 78 })
    }

    @Test func textThatLooksLikeAnEncodedWordIsEncoded() {
        #expect(MIMEEncoding.unstructured("=?UTF-8?B?SGk=?=", headerName: "Subject").hasPrefix("=?UTF-8?B?"))
    }

    @Test(arguments: ["alice@example.com", "a.b+tag@mail.example.co.uk", "me@localhost"])
    func plainAddressesAreAccepted(address: String) {
        #expect(MailAddress.isValidAddress(address))
    }

    @Test(arguments: [
        "x\r\nBcc: y@example.com", "alice@example.com\r\nBcc: a@b.c", "no-at-sign", "two@@example.com", "sp ace@example.com",
        "<a@example.com>", "a@example", "ünï@example.com", "a@exa_mple.com", ".a@example.com",
    ])
    func addressesWithStructureAreRefused(address: String) {
        #expect(!MailAddress.isValidAddress(address))
    }

    @Test func parsingNameAndAddress() throws {
        let address = try #require(MailAddress(parsing: "Alice Chen <alice@example.com>"))
        #expect(address.name == "Alice Chen")
        #expect(address.address == "alice@example.com")
        #expect(MailAddress(parsing: "alice@example.com")?.name == nil)
        #expect(MailAddress(parsing: "Eve <eve@example.com>\r\nBcc: x@y.z") == nil)
    }

    @Test func displayNamesAreAtomsQuotedOrEncoded() throws {
        #expect(try #require(MailAddress(name: "Alice Chen", address: "a@example.com")).headerText == "Alice Chen <a@example.com>")
        #expect(try #require(MailAddress(name: "Chen, Alice", address: "a@example.com")).headerText == "\"Chen, Alice\" <a@example.com>")
        #expect(try #require(MailAddress(name: "say \"hi\"", address: "a@example.com")).headerText == "\"say \\\"hi\\\"\" <a@example.com>")
        let russian = try #require(MailAddress(name: "Анна", address: "a@example.com")).headerText
        #expect(russian == "=?UTF-8?B?0JDQvdC90LA=?= <a@example.com>")
        // CR LF in a name becomes a space: one header line, no new field.
        let hostile = try #require(MailAddress(name: "x\r\nBcc: y", address: "a@example.com")).headerText
        #expect(hostile == "\"x Bcc: y\" <a@example.com>")
    }
}
