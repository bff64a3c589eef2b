import Testing

@testable import FollowupRendering

@Suite struct ICalendarTextTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("a,b;c", "a\\,b\\;c"),
        ("C:\\share", "C:\\\\share"),
        ("one\ntwo", "one\\ntwo"),
        ("one\r\ntwo", "one\\ntwo"),
        ("one\rtwo", "one\\ntwo"),
        ("END:VEVENT", "END:VEVENT"),
        ("bell\u{07}tab\t", "bell tab "),
    ])
    func textValuesAreEscapedPerRFC5545(input: String, expected: String) {
        #expect(ICalendarText.escape(input) == expected)
    }

    @Test func shortLinesAreNotFolded() {
        #expect(ICalendarText.fold("SUMMARY:Alice: send the revised proposal") == "SUMMARY:Alice: send the revised proposal\r\n")
    }

    @Test(arguments: [
        "DESCRIPTION:" + String(repeating: "a", count: 200),
        "DESCRIPTION:" + String(repeating: "é", count: 100),
        "SUMMARY:" + String(repeating: "日本語", count: 40),
        "SUMMARY:" + String(repeating: "👩‍👩‍👧‍👦", count: 20),
        "DESCRIPTION:" + String(repeating: "x\\n", count: 60),
        "DESCRIPTION:" + String(repeating: "שלום ", count: 30),
    ])
    func foldsKeepEveryLineWithin75OctetsAndEveryCharacterWhole(line: String) throws {
        let folded = ICalendarText.fold(line)
        #expect(folded.hasSuffix("\r\n"))
        // "\r\n" is one Character: drop it as one.
        let physical = folded.dropLast(1).components(separatedBy: "\r\n")
        #expect(physical.count > 1)
        for (index, part) in physical.enumerated() {
            #expect(part.utf8.count <= 75)
            // Scalar-level: a space followed by a joiner is one Character.
            if index > 0 { #expect(part.utf8.first == UInt8(ascii: " ")) }
            // A fold never splits a "\n" escape: no physical line ends in an odd run of backslashes.
            let trailing = part.reversed().prefix { $0 == "\\" }.count
            #expect(trailing % 2 == 0)
        }
        // Unfolding (remove CRLF + one space) gives the line back.
        let unfolded = physical.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.unicodeScalars.dropFirst()) }
        #expect(unfolded.joined() == line)
    }

    @Test func foldNeverSplitsAUTF8Sequence() {
        // 74 ASCII octets after the name leave one octet: a 2-octet "é" must move to the next line.
        let line = String(repeating: "a", count: 74) + "é"
        let folded = ICalendarText.fold(line)
        #expect(folded == String(repeating: "a", count: 74) + "\r\n é\r\n")
    }
}
