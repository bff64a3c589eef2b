import Testing
import FollowupText

@Suite("LineIndex: UTF-8 offsets back to 1-based lines")
struct LineIndexTests {
    @Test("an empty text is one empty line")
    func empty() {
        let index = LineIndex("")
        #expect(index.count == 1)
        #expect(index.range(ofLine: 1) == 0..<0)
        #expect(index.line(containing: 0) == 1)
    }

    @Test("LF lines: starts, ends without the terminator, and a trailing empty line")
    func lf() {
        let index = LineIndex("ab\ncd\n")
        #expect(index.starts == [0, 3, 6])
        #expect(index.ends == [2, 5, 6])
        #expect(index.range(ofLine: 2) == 3..<5)
    }

    @Test("CRLF counts as one line break, not two")
    func crlf() {
        let text = "ab\r\ncd\r\nef"
        let index = LineIndex(text)
        #expect(index.count == 3)
        #expect(index.starts == [0, 4, 8])
        #expect(index.ends == [2, 6, 10])
        #expect(String(text.utf8Slice(index.range(ofLine: 2))) == "cd")
    }

    @Test("a lone CR (old Mac files) ends a line")
    func loneCR() {
        let text = "ab\rcd\ref"
        let index = LineIndex(text)
        #expect(index.count == 3)
        #expect(index.line(containing: 3) == 2)
        #expect(String(text.utf8Slice(index.range(ofLine: 3))) == "ef")
    }

    @Test("mixed endings in one file", arguments: [
        (0, 1), (1, 1), (2, 2), (3, 2), (4, 2), (5, 2), (6, 3), (7, 3), (8, 4), (9, 4),
    ])
    func mixed(offset: Int, line: Int) {
        // bytes: a \n b c \r \n d \r e f at offsets 0…9; lines start at 0, 2, 6 and 8.
        #expect(LineIndex("a\nbc\r\nd\ref").line(containing: offset) == line)
    }

    @Test("the terminator belongs to the line it ends; the next byte starts the next line")
    func terminatorBelongsToItsLine() {
        let index = LineIndex("one\ntwo")
        #expect(index.line(containing: 3) == 1)
        #expect(index.line(containing: 4) == 2)
    }

    @Test("offsets count UTF-8 bytes, so Cyrillic lines start where their bytes do")
    func multibyte() {
        let text = "Привет\nмир\n"
        let index = LineIndex(text)
        #expect(index.starts == [0, 13, 20])
        #expect(index.line(containing: 12) == 1)
        #expect(index.line(containing: 13) == 2)
        #expect(String(text.utf8Slice(index.range(ofLine: 2))) == "мир")
    }

    @Test("blank lines in a row each count")
    func blankLines() {
        let index = LineIndex("a\n\n\nb")
        #expect(index.count == 4)
        #expect(index.line(containing: 4) == 4)
        #expect(index.range(ofLine: 2) == 2..<2)
    }
}
