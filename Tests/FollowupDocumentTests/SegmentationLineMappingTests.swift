import Testing
import FollowupDocument
import FollowupText

/// Sentences and tokens come from `Utterance.text`; `Utterance.line(at:)` takes them back to the
/// line of the input they were written on, which is what `source.line` quotes.
@Suite("Tokens map back to input lines through Utterance.line(at:)")
struct SegmentationLineMappingTests {
    @Test("English: a merged Teams turn, each sentence on the line of its cue")
    func englishTeams() throws {
        let document = try readCorpus("en/teams-product-sync.vtt")
        let turn = try #require(document.utterance(startingAt: 13))
        let sentences = try Segmenter(locale: "en").sentences(in: turn.text)
        let lines = sentences.map { turn.line(at: $0.range.lowerBound) }
        // "Great." "So, uh, quick product sync today." "Mostly the, the onboarding flow …" (cue 1 ends mid-sentence)
        #expect(lines == [13, 13, 13])
        let onboarding = try #require(sentences.flatMap(\.tokens).first { $0.key == "onboarding" })
        #expect(turn.line(at: onboarding.range.lowerBound) == 17)
        #expect(document.lineText(17) == "<v Rebecca Hall>the onboarding flow and the pricing page stuff.</v>")
    }

    @Test("Russian: merged Whisper segments, the second sentence on the second segment's line")
    func russianWhisper() throws {
        let document = try readCorpus("ru/whisper-nayom.json")
        let turn = try #require(document.utterance(startingAt: 9))
        let sentences = try Segmenter(locale: "ru").sentences(in: turn.text)
        let last = try #require(sentences.last)
        #expect(String(turn.text.utf8Slice(last.range)) == "Я подготовлю оффер завтра.")
        #expect(turn.line(at: last.range.lowerBound) == 10)
        let tomorrow = try #require(last.tokens.first { $0.key == "завтра" })
        #expect(turn.line(at: tomorrow.range.lowerBound) == 10)
        #expect(turn.line(at: 0) == 9)
    }

    @Test("German: a wrapped paragraph of notes, tokens on both lines")
    func germanNotes() throws {
        let text = "Notizen\n\nJürgen schickt den Vertrag bis Freitag und\nprüft die Preisübersicht. Käthe klärt die Lieferzeiten.\n"
        let document = try parse(text, source: "notizen.txt")
        let paragraph = try #require(document.utterance(startingAt: 3))
        #expect(paragraph.lines == [3, 4])
        let sentences = try Segmenter(locale: "de").sentences(in: paragraph.text)
        #expect(sentences.count == 2)
        let tokens = sentences.flatMap(\.tokens)
        let friday = try #require(tokens.first { $0.key == "freitag" })
        let overview = try #require(tokens.first { $0.key == "preisübersicht" })
        let kaethe = try #require(tokens.first { $0.key == "käthe" })
        #expect(paragraph.line(at: friday.range.lowerBound) == 3)
        #expect(paragraph.line(at: overview.range.lowerBound) == 4)
        #expect(paragraph.line(at: kaethe.range.lowerBound) == 4)
    }

    @Test("notes on CRLF and lone-CR lines keep their line numbers")
    func lineEndings() throws {
        let document = try parse("Sync\r\nAttendees: Alice Chen\r\n\r\n- Alice sends the deck\r- Bob signs\n", source: "sync.txt")
        #expect(document.utterances.map(\.firstLine) == [4, 5])
        #expect(document.lineText(5) == "- Bob signs")
    }
}
