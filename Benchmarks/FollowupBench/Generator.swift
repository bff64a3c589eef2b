import FollowupText

/// The input formats the generator writes, as the corpus has them.
enum SampleFormat: String, CaseIterable, Sendable {
    case plain, markdown
    case teamsVTT = "teams-vtt", zoomVTT = "zoom-vtt", srt, otter, whisper

    var fileExtension: String {
        switch self {
        case .plain, .otter: return "txt"
        case .markdown: return "md"
        case .teamsVTT, .zoomVTT: return "vtt"
        case .srt: return "srt"
        case .whisper: return "json"
        }
    }

    var isTranscript: Bool { self != .plain && self != .markdown }

    static let notes: [SampleFormat] = [.plain, .markdown]
    static let transcripts: [SampleFormat] = [.teamsVTT, .zoomVTT, .srt, .otter, .whisper]
}

/// One generated input: a name whose extension the pipeline's format detection sees, and its bytes.
struct Sample: Sendable {
    var name: String
    var format: SampleFormat
    var language: Language
    var bytes: [UInt8]
}

/// Writes realistic meeting notes and transcripts of any size, the same bytes on every run.
///
/// Each document comes from its own SplitMix64 stream seeded from (format, language, size,
/// index), so a document does not change when the set around it does. Sizes are met to within
/// one line or cue: generation stops at the first line that reaches the target.
enum CorpusGenerator {
    static let seed: UInt64 = 0x466F_6C6C_6F77_5570  // "FollowUp"
    /// The meetings happen in the weeks around the pipeline's fixed reference date.
    static let firstMeeting = CivilDate(year: 2026, month: 9, day: 1)!

    static func sample(_ format: SampleFormat, _ language: Language, bytes target: Int, index: Int) -> Sample {
        var random = SplitMix64(
            seed: seed
                &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15
                &+ UInt64(SampleFormat.allCases.firstIndex(of: format)!) &* 0xC2B2_AE3D_27D4_EB4F
                &+ UInt64(Language.allCases.firstIndex(of: language)!) &* 0x1656_67B1_9E37_79F9
                &+ UInt64(target) &* 0x27D4_EB2F_1656_67C5)
        let book = phrasebook(for: language)
        let day = firstMeeting.adding(days: random.below(90))
        let text: String
        switch format {
        case .plain, .markdown:
            text = notes(book, markdown: format == .markdown, day: day, target: target, &random)
        case .teamsVTT, .zoomVTT, .srt, .otter, .whisper:
            text = transcript(book, format: format, day: day, target: target, &random)
        }
        let name = "\(format.rawValue)-\(language.rawValue)-\(index).\(format.fileExtension)"
        return Sample(name: name, format: format, language: language, bytes: Array(text.utf8))
    }

    /// `count` documents cycling through `formats` × languages.
    static func set(_ formats: [SampleFormat], bytes: Int, count: Int) -> [Sample] {
        (0..<count).map { i in
            sample(formats[i % formats.count], Language.allCases[(i / formats.count) % Language.allCases.count], bytes: bytes, index: i)
        }
    }

    // MARK: Notes

    /// Minutes: a title, date and attendees, then discussion, decisions, action items and the next
    /// meeting. Large files are a running log of weekly meetings.
    static func notes(_ book: any Phrasebook, markdown: Bool, day start: CivilDate, target: Int, _ random: inout SplitMix64) -> String {
        var out = ""
        out.reserveCapacity(target + 512)
        var day = start
        let headings = book.headings
        meetings: while true {
            let people = book.people(random.inRange(3...6), &random)
            let title = book.title(&random)
            if !out.isEmpty { out += markdown ? "\n---\n\n" : "\n\n" }
            out += markdown ? "# \(title)\n\n" : "\(title)\n"
            out += book.dateLine(day, markdown: markdown, &random) + (markdown ? "  \n" : "\n")
            out += book.attendeesLine(people, markdown: markdown) + "\n\n"
            let sections: [(String, Int, [Beat])] = [
                (headings.discussion, random.inRange(3...9), [.status, .status, .amount, .question]),
                (headings.decisions, random.inRange(1...3), [.decision]),
                (headings.actions, random.inRange(3...7), [.commitment]),
            ]
            for (heading, count, beats) in sections {
                out += markdown ? "## \(heading)\n" : "\(heading):\n"
                for _ in 0..<count {
                    let kind = random.pick(beats)
                    let line = book.note(kind, people: people, day: day, markdown: markdown, &random)
                    if markdown && kind == .commitment {
                        out += random.chance(20) ? "- [x] " : "- [ ] "
                    } else {
                        out += "- "
                    }
                    out += line + "\n"
                    if out.utf8.count >= target { break meetings }
                }
                out += "\n"
            }
            out += (markdown ? "## \(headings.next)\n" : "") + book.note(.nextContact, people: people, day: day, markdown: markdown, &random) + "\n"
            if out.utf8.count >= target { break }
            day = day.adding(days: 7)
        }
        return out
    }

    // MARK: Transcripts

    struct Turn {
        var speaker: Int
        var text: String
    }

    /// A call: greetings, talk with fillers, and now and then a commitment, a request and its
    /// answer, a price, a decision, a question or the next meeting; written in `format`.
    static func transcript(_ book: any Phrasebook, format: SampleFormat, day: CivilDate, target: Int, _ random: inout SplitMix64) -> String {
        let people = book.people(random.inRange(2...5), &random)
        var writer = TranscriptWriter(format: format, people: people, language: book.language, random: random.fork())
        var speaker = 0
        var pendingAnswer: Int?
        while writer.size < target {
            if let answer = pendingAnswer {
                writer.add(Turn(speaker: answer, text: book.acceptance(&random)))
                speaker = answer
                pendingAnswer = nil
                continue
            }
            if random.chance(65) { speaker = (speaker + 1 + random.below(people.count - 1)) % people.count }
            var listener = random.below(people.count)
            if listener == speaker { listener = (listener + 1) % people.count }
            var text = ""
            for sentence in 0..<random.inRange(1...3) {
                let beat = Beat.draw(transcript: true, &random)
                if sentence > 0 { text += " " }
                text += book.spoken(beat, speaker: people[speaker], listener: people[listener], day: day, &random)
                if beat == .request { pendingAnswer = listener; break }
            }
            writer.add(Turn(speaker: speaker, text: text))
        }
        return writer.finish()
    }
}

/// Lays turns out as cues, speaker blocks or Whisper segments, keeping a running clock.
struct TranscriptWriter {
    let format: SampleFormat
    let people: [Person]
    let language: Language
    var random: SplitMix64
    private var out = ""
    private var whisperText = ""
    private var millis = 500
    private var cue = 0
    private var turnNumber = 7
    private let meetingID: String

    init(format: SampleFormat, people: [Person], language: Language, random: SplitMix64) {
        self.format = format
        self.people = people
        self.language = language
        self.random = random
        var hex = ""
        for group in [8, 4, 4, 4, 12] {
            if !hex.isEmpty { hex += "-" }
            for _ in 0..<group { hex += String(self.random.below(16), radix: 16) }
        }
        meetingID = hex
        switch format {
        case .teamsVTT, .zoomVTT: out = "WEBVTT\n"
        case .whisper: out = ""
        default: break
        }
    }

    /// Bytes written so far (Whisper counts its "text" field, which repeats every segment).
    var size: Int { out.utf8.count + whisperText.utf8.count + 64 }

    mutating func add(_ turn: CorpusGenerator.Turn) {
        let name = people[turn.speaker].full
        turnNumber += 1
        switch format {
        case .otter:
            out += "\(name)  \(otterTime(millis))\n\(turn.text)\n\n"
            millis += turn.text.utf8.count * 55 + 400
        case .teamsVTT, .zoomVTT, .srt, .whisper:
            for (part, chunk) in chunks(turn.text).enumerated() {
                let start = millis
                millis += chunk.utf8.count * 60 + random.inRange(80...400)
                let end = millis
                millis += random.inRange(50...900)
                cue += 1
                switch format {
                case .teamsVTT:
                    out += "\n\(meetingID)/\(turnNumber)-\(part)\n\(vttTime(start)) --> \(vttTime(end))\n<v \(name)>\(chunk)</v>\n"
                case .zoomVTT:
                    out += "\n\(cue)\n\(vttTime(start)) --> \(vttTime(end))\n\(name): \(chunk)\n"
                case .srt:
                    out += "\(cue)\n\(srtTime(start)) --> \(srtTime(end))\n\(name): \(chunk)\n\n"
                default:
                    let text = " " + chunk
                    whisperText += text
                    out += (cue == 1 ? "" : ",\n")
                        + "    {\"id\": \(cue - 1), \"start\": \(seconds(start)), \"end\": \(seconds(end)), \"text\": \"\(jsonEscaped(text))\"}"
                }
            }
        default:
            break
        }
    }

    mutating func finish() -> String {
        guard format == .whisper else { return out }
        return "{\n  \"text\": \"\(jsonEscaped(whisperText))\",\n  \"language\": \"\(language.rawValue)\",\n  \"segments\": [\n"
            + out + "\n  ]\n}\n"
    }

    /// Cue-sized pieces (about 40–90 bytes) split at spaces.
    private mutating func chunks(_ text: String) -> [Substring] {
        var result: [Substring] = []
        var rest = Substring(text)
        while rest.utf8.count > 90 {
            let limit = random.inRange(40...80)
            var count = 0
            var lastSpace: Substring.Index?
            for index in rest.indices {
                if count >= limit, lastSpace != nil { break }
                if rest[index] == " " { lastSpace = index }
                count += rest[index].utf8.count
            }
            guard let space = lastSpace else { break }
            result.append(rest[..<space])
            rest = rest[rest.index(after: space)...]
        }
        if !rest.isEmpty { result.append(rest) }
        return result
    }

    private func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    private func three(_ n: Int) -> String { n < 10 ? "00\(n)" : n < 100 ? "0\(n)" : "\(n)" }
    private func vttTime(_ ms: Int) -> String {
        "\(two(ms / 3_600_000)):\(two(ms / 60_000 % 60)):\(two(ms / 1000 % 60)).\(three(ms % 1000))"
    }
    private func srtTime(_ ms: Int) -> String {
        "\(two(ms / 3_600_000)):\(two(ms / 60_000 % 60)):\(two(ms / 1000 % 60)),\(three(ms % 1000))"
    }
    private func otterTime(_ ms: Int) -> String {
        let hours = ms / 3_600_000
        return hours > 0 ? "\(hours):\(two(ms / 60_000 % 60)):\(two(ms / 1000 % 60))" : "\(ms / 60_000):\(two(ms / 1000 % 60))"
    }
    private func seconds(_ ms: Int) -> String { "\(ms / 1000).\(two(ms % 1000 / 10))" }
}

func jsonEscaped(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 }) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        default:
            if scalar.value < 0x20 { out += "\\u00" + (scalar.value < 16 ? "0" : "") + String(scalar.value, radix: 16) } else { out.unicodeScalars.append(scalar) }
        }
    }
    return out
}
