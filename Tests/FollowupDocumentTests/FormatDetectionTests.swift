import Testing
import FollowupDocument

@Suite("DocumentParser.detectFormat: by extension, then by content")
struct FormatDetectionTests {
    @Test("each corpus format is detected from its file", arguments: [
        ("en/teams-product-sync.vtt", InputFormat.vtt),
        ("en/zoom-team-standup.vtt", .vtt),
        ("en/meet-design-crit.vtt", .vtt),
        ("en/srt-board-prep.srt", .srt),
        ("ru/peregovory-postavka.srt", .srt),
        ("en/otter-ops-review.txt", .otter),
        ("en/otter-fundraising-sync.txt", .otter),
        ("en/whisper-office-move.json", .whisper),
        ("ru/whisper-nayom.json", .whisper),
        ("en/acme-renewal-sales.txt", .text),
        ("ru/konec-goda.txt", .text),
        ("en/design-review.md", .markdown),
        ("ru/protokol-prodazhi.md", .markdown),
    ])
    func byFile(path: String, format: InputFormat) throws {
        #expect(try readCorpus(path).format == format)
    }

    @Test("the same files on standard input ('-') are detected by content", arguments: [
        ("en/teams-product-sync.vtt", InputFormat.vtt),
        ("en/zoom-team-standup.vtt", .vtt),
        ("en/srt-board-prep.srt", .srt),
        ("en/otter-ops-review.txt", .otter),
        ("en/whisper-contractor-call.json", .whisper),
        ("en/infra-migration-todo.md", .markdown),
        ("en/design-review.md", .markdown),
        ("en/acme-renewal-sales.txt", .text),
    ])
    func byContent(path: String, format: InputFormat) throws {
        let document = try readCorpus(path, source: "-")
        #expect(document.format == format)
        #expect(document.source == "-")
    }

    @Test("the extension decides, whatever the text looks like", arguments: [
        ("notes.vtt", InputFormat.vtt), ("notes.webvtt", .vtt), ("notes.srt", .srt), ("notes.md", .markdown),
        ("NOTES.MD", .markdown), ("notes.markdown", .markdown), ("dir.v2/notes.txt", .text),
    ])
    func byExtension(source: String, format: InputFormat) {
        #expect(DocumentParser.detectFormat(source: source, text: "just some words\nand more words\n") == format)
    }

    @Test("content hints on standard input", arguments: [
        ("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi.\n", InputFormat.vtt),
        ("  \n\nWEBVTT\n", .vtt),
        ("1\n00:00:00,500 --> 00:00:04,600\nAlice: Hi.\n", .srt),
        ("{\"segments\": [{\"text\": \"Hi\"}]}", .whisper),
        ("Alice Chen  0:01\nHi all.\n\nBob Lee  0:05\nMorning.\n", .otter),
        ("# Weekly sync\n- [ ] Alice sends the deck\n", .markdown),
        ("Weekly sync\nAlice sends the deck by Friday.\n", .text),
    ])
    func byContentHints(text: String, format: InputFormat) {
        #expect(DocumentParser.detectFormat(source: "-", text: text) == format)
    }

    @Test("a .txt that is an Otter export is read as Otter; .json that is not an object is not Whisper")
    func contentRefinesExtension() {
        #expect(DocumentParser.detectFormat(source: "call.txt", text: "Alice Chen  0:01\nHi.\n\nBob Lee  0:09\nHey.\n") == .otter)
        #expect(DocumentParser.detectFormat(source: "list.json", text: "[1, 2, 3]") == .text)
    }

    @Test("--input-format overrides detection")
    func override() throws {
        let document = try readCorpus("en/otter-ops-review.txt", format: .text)
        #expect(document.format == .text)
        let vtt = try parse("00:00:01.000 --> 00:00:02.000\nAlice Chen: Hi.\n", source: "-", format: .vtt)
        #expect(vtt.format == .vtt)
        #expect(vtt.utterances.first?.speaker == "Alice Chen")
    }

    @Test("without a title in the text there is none: a file name is not a title")
    func defaultTitle() throws {
        #expect(try parse("00:00:01.000 --> 00:00:02.000\nHi.\n", source: "Corpora/en/weekly-sync_notes.vtt").title == nil)
        #expect(try parse("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi.\n", source: "-").title == nil)
    }
}
