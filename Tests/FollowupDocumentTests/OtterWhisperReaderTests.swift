import Testing
import FollowupDocument

@Suite("OtterReader and WhisperReader")
struct OtterWhisperReaderTests {
    // MARK: Otter

    @Test("Otter export: 'Name  0:01' lines start a speaker's paragraph")
    func otterOpsReview() throws {
        let document = try readCorpus("en/otter-ops-review.txt")
        #expect(document.format == .otter)
        #expect(document.participantNames == ["Walter Ng", "Chiara Bianchi", "Samir Khan", "Lena Fischer", "Owen Price"])
        // 31 speaker lines, no speaker twice in a row.
        #expect(document.utterances.count == 31)
        let first = try #require(document.utterances.first)
        #expect(first.speaker == "Walter Ng")
        #expect(first.firstLine == 2)
        #expect(first.text.hasPrefix("Alright, happy new year, everyone."))
        #expect(document.utterance(startingAt: 44)?.speaker == "Lena Fischer")
        // "Samir Khan  1:00:22" has an h:mm:ss timestamp.
        #expect(document.utterances.contains { $0.speaker == "Samir Khan" && $0.text == "Yes, end of quarter is fine." })
    }

    @Test("Otter export: speakers who introduce themselves by first name keep their full label")
    func otterClientKickoff() throws {
        let document = try readCorpus("en/otter-client-kickoff.txt")
        #expect(document.participantNames == ["Rachel Adams", "Kevin Zhou", "Monica Ferreira", "Dylan Brooks"])
        #expect(document.utterances.first?.firstLine == 2)
        #expect(document.utterances.first?.speaker == "Rachel Adams")
    }

    @Test("Otter timestamps: m:ss and h:mm:ss, nothing else", arguments: [
        ("0:01", true), ("59:59", true), ("1:00:22", true), ("10:30am", false), ("1:5", false), ("2026", false),
    ])
    func otterTimestamps(text: String, isTimestamp: Bool) {
        let line = "Alice Chen  " + text
        let document = try? parse(line + "\nHello there.\n" + "Bob Lee  0:05\nHi.\n", source: "call.txt", format: .otter)
        #expect((document?.utterances.first?.speaker == "Alice Chen") == isTimestamp)
    }

    // MARK: Whisper

    @Test("diarized Whisper JSON: speakers, and each segment's line is its line in the file")
    func whisperDiarized() throws {
        let document = try readCorpus("en/whisper-contractor-call.json")
        #expect(document.format == .whisper)
        #expect(document.participantNames == ["Sophia Turner", "Miguel Santos", "Dan Kowalski"])
        let first = try #require(document.utterances.first)
        #expect(first.speaker == "Sophia Turner")
        #expect(first.text == "Hi Miguel, can you hear us okay? Dan's here with me.")
        #expect(first.firstLine == 5)
        #expect(document.utterance(startingAt: 8)?.text == "So, um, we got your quote on Friday, thanks for turning it around so fast.")
    }

    @Test("diarized Whisper JSON in Russian: consecutive segments of one speaker merge")
    func whisperRussian() throws {
        let document = try readCorpus("ru/whisper-nayom.json")
        #expect(document.participantNames == ["Мария Лебедева", "Павел Новиков"])
        // 14 segments; Мария speaks segments on lines 9–10 and 16–17 back to back.
        #expect(document.utterances.count == 12)
        let merged = try #require(document.utterance(startingAt: 9))
        #expect(merged.lines == [9, 10])
        #expect(merged.line(of: "Я подготовлю оффер завтра.") == 10)
        #expect(document.utterance(startingAt: 16)?.lines == [16, 17])
    }

    @Test("plain Whisper JSON: no speakers; the people greeted and asked are the participants")
    func whisperUndiarized() throws {
        let office = try readCorpus("en/whisper-office-move.json")
        #expect(office.utterances.allSatisfy { $0.speaker == nil })
        #expect(Set(office.participantNames) == ["Rosa", "Felix", "Hiro", "Amelia"])
        // Every segment keeps its own line, so a sentence maps back to the segment that said it.
        let all = try #require(office.utterances.first)
        #expect(all.line(of: "Felix, can you get three quotes") == 20)
        #expect(all.line(of: "Okay, is everyone on?") == 5)
        let podcast = try readCorpus("en/whisper-podcast-sponsor.json")
        #expect(Set(podcast.participantNames) == ["Luke", "Carmen", "Tariq"])
    }

    /// Who a plain Whisper transcript names. A phone opener or a part of the day before a comma is nobody addressed
    /// ("Bonjour Allô et Marc", "Guten Tag Vormittags" in readings of such calls); "Hi, Linda Gardner here" is one
    /// person, not "Linda" and "Gardner"; a title said alone is nobody ("Ingeniera, ¿lo ves?"). Segments written for
    /// this test.
    @Test("plain Whisper JSON: 'Allô,' and 'Vormittags,' name nobody; a full name before 'here' is one; titles", arguments: [
        ([" Allô, Madame Berthier ? Oui, bonjour.", " Marc, tu as les plans ?", " Vormittags, so um neun?"], ["Marc"]),
        ([" Hi, Nora Quinlan here, CFO at Baymark. Raj is with me.", " Ingeniera, ¿lo ves en la pantalla?",
          " Raj, can you send the logs by Friday?"], ["Nora Quinlan", "Raj"]),
    ])
    func namesInSegments(segments: [String], names: [String]) throws {
        let lines = segments.enumerated().map { i, text in
            "{\"id\": \(i), \"start\": \(2 * i).0, \"end\": \(2 * i + 2).0, \"text\": \"\(text)\"}"
        }
        let json = "{\"text\": \"\", \"segments\": [\n" + lines.joined(separator: ",\n") + "]}"
        let document = try parse(json, source: "call.json")
        #expect(document.participantNames == names, "\(document.participantNames)")
    }

    @Test("JSON that is not a Whisper transcript reads as plain notes")
    func notWhisper() throws {
        let document = try parse("{\"title\": \"not a transcript\"}\n", source: "data.json")
        #expect(document.format == .text)
    }

    @Test("Whisper metadata: a title and a date")
    func whisperMetadata() throws {
        let json = """
            {"title": "Vendor call", "date": "2026-11-23",
             "segments": [{"text": " Hello.", "speaker": "Alice Chen"}]}
            """
        let document = try parse(json, source: "call.json")
        #expect(document.title == "Vendor call")
        #expect(document.metadataDate == "2026-11-23")
        #expect(document.utterances.first?.firstLine == 2)
    }
}
