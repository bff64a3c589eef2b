import Testing
@testable import FollowupICU

@Suite("BreakIterator: ICU word and sentence boundaries as UTF-8 offsets")
struct BreakIteratorTests {
    typealias Segment = (range: Range<Int>, kind: BreakIterator.SegmentKind)

    private func words(_ text: String, locale: String = "en") throws -> [(String, Range<Int>, BreakIterator.SegmentKind)] {
        let iterator = try BreakIterator(.word, locale: locale)
        return try iterator.segments(of: text).map { (String(text.utf8Slice($0.range)), $0.range, $0.kind) }
    }

    @Test("an empty text has no segments")
    func emptyText() throws {
        let iterator = try BreakIterator(.word, locale: "en")
        #expect(try iterator.segments(of: "").isEmpty)
    }

    @Test("words, numbers, spaces and punctuation of an ASCII sentence, with their kinds")
    func asciiWords() throws {
        let segments = try words("Alice sent 2 files.")
        #expect(segments.map(\.0) == ["Alice", " ", "sent", " ", "2", " ", "files", "."])
        #expect(segments.map(\.1) == [0..<5, 5..<6, 6..<10, 10..<11, 11..<12, 12..<13, 13..<18, 18..<19])
        #expect(segments.map(\.2) == [.letter, .none, .letter, .none, .number, .none, .letter, .none])
    }

    @Test("Cyrillic words are measured in UTF-8 bytes, two per letter")
    func cyrillicOffsets() throws {
        let segments = try words("Привет, мир", locale: "ru")
        #expect(segments.map(\.0) == ["Привет", ",", " ", "мир"])
        #expect(segments.map(\.1) == [0..<12, 12..<13, 13..<14, 14..<20])
        #expect(segments[0].2 == .letter)
    }

    @Test("German umlauts and ß stay inside their word")
    func germanWord() throws {
        let segments = try words("Größere Büromöbel", locale: "de")
        #expect(segments.map(\.0) == ["Größere", " ", "Büromöbel"])
        // "Größere" is 7 letters, two of them two bytes long.
        #expect(segments[0].1 == 0..<9)
    }

    @Test("a grouped number is one number segment")
    func groupedNumber() throws {
        let segments = try words("$12,500 now")
        #expect(segments.map(\.0) == ["$", "12,500", " ", "now"])
        #expect(segments[1].2 == .number)
    }

    @Test("sentences keep their trailing space and cover the whole text")
    func sentences() throws {
        let iterator = try BreakIterator(.sentence, locale: "en")
        let text = "Alice will send it. Bob agrees! Done?"
        let ranges = try iterator.segments(of: text).map(\.range)
        #expect(ranges == [0..<20, 20..<32, 32..<37])
    }

    @Test("with ss=standard, 'Mr.' does not end a sentence")
    func abbreviationSuppression() throws {
        let iterator = try BreakIterator(.sentence, locale: "en@ss=standard")
        let text = "Mr. Smith will call tomorrow. Then we sign."
        let sentences = try iterator.segments(of: text).map { String(text.utf8Slice($0.range)) }
        #expect(sentences == ["Mr. Smith will call tomorrow. ", "Then we sign."])
    }

    @Test("one iterator is reused across texts without carrying anything over")
    func reuse() throws {
        let iterator = try BreakIterator(.word, locale: "en")
        let first = try iterator.segments(of: "one two three").map(\.range)
        let second = try iterator.segments(of: "four").map(\.range)
        let third = try iterator.segments(of: "").map(\.range)
        #expect(first == [0..<3, 3..<4, 4..<7, 7..<8, 8..<13])
        #expect(second == [0..<4])
        #expect(third.isEmpty)
    }

    @Test("forEachSegment visits the segments of a raw UTF-8 buffer in order")
    func rawBuffer() throws {
        let iterator = try BreakIterator(.word, locale: "en")
        let bytes = Array("Hi, Bob".utf8)
        var seen: [Range<Int>] = []
        try bytes.withUnsafeBufferPointer { buffer in
            try iterator.forEachSegment(in: buffer) { range, _ in seen.append(range) }
        }
        #expect(seen == [0..<2, 2..<3, 3..<4, 4..<7])
    }
}

extension String {
    /// The substring at a UTF-8 byte range (FollowupICU has no text helpers of its own).
    func utf8Slice(_ range: Range<Int>) -> Substring {
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return self[start..<utf8.index(start, offsetBy: range.count)]
    }
}
