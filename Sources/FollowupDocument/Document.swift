import FollowupText

/// The input formats followup reads.
public enum InputFormat: String, CaseIterable, Sendable, Codable {
    case text, markdown, vtt, srt, otter, whisper

    /// Transcripts attribute every utterance to a speaker; notes are written by one hand.
    public var isTranscript: Bool {
        switch self {
        case .vtt, .srt, .otter, .whisper: return true
        case .text, .markdown: return false
        }
    }
}

/// A person at the meeting, named in the fullest form the document gives.
public struct Participant: Hashable, Sendable, Codable {
    public var name: String
    public var email: String?
    /// Initials the notes define, e.g. "AC" in "Alice Chen (AC)".
    public var initials: String?
    /// Other names this person goes by (short forms, speaker labels, nicknames from a people map).
    public var aliases: [String]
    /// Listed as the note writer's side ("от нас: …", "us: …", "de notre côté : …"): a colleague,
    /// not someone the follow-up greets.
    public var onOurSide: Bool?
    /// The company or team the attendee list puts the person in ("Grupo Alvarado: Lucía Ferrer, Sergio
    /// Paredes", "Dan Oakes (Harwick Logistics, Fleet Ops)"): whoever shares the sender's is a colleague.
    public var organization: String?

    public init(name: String, email: String? = nil, initials: String? = nil, aliases: [String] = [], onOurSide: Bool? = nil, organization: String? = nil) {
        self.name = name
        self.email = email
        self.initials = initials
        self.aliases = aliases
        self.onOurSide = onOurSide
        self.organization = organization
    }
}

/// What kind of block a line sits in, from the heading above it.
public enum SectionKind: String, Sendable, Codable {
    case body, actionItems, decisions, questions, nextSteps, attendees, agenda, summary
    /// "Background", "Context": what was already so before the meeting.
    case background
}

/// How a line of notes was marked up as a list item.
public enum ListMarker: Sendable, Equatable, Codable {
    case bullet, numbered, openCheckbox, doneCheckbox
}

/// One run of text from one line of the input, inside an utterance.
public struct Piece: Sendable, Equatable, Codable {
    /// UTF-8 offset of the piece in `Utterance.text`.
    public var offset: Int
    public var length: Int
    /// 1-based line in the input.
    public var line: Int
}

/// What one speaker said in one turn, or one item of notes, with where each part came from.
public struct Utterance: Sendable, Codable {
    /// The transcript's speaker, or a note's "Name:" label.
    public var speaker: String?
    /// True when `speaker` is who spoke (transcripts); false when it labels a note line ("Bob: send the deck").
    public var speakerSpoke: Bool
    /// Spoken in a transcript that names no speakers (Whisper without diarization): someone on the call said it.
    public var spokenByNobodyNamed: Bool { speakerSpoke && speaker == nil }
    /// Content without markup, pieces joined by a space.
    public var text: String
    public var pieces: [Piece]
    public var section: SectionKind
    public var listMarker: ListMarker?
    /// The section heading's text, when there is one.
    public var sectionTitle: String?
    /// Marked as a task by its notes: "AI:", "Action:", "TODO:".
    public var actionMarked = false

    public init(
        speaker: String?, speakerSpoke: Bool, text: String, line: Int, section: SectionKind = .body,
        listMarker: ListMarker? = nil, sectionTitle: String? = nil
    ) {
        self.speaker = speaker.map(NameText.visible)
        self.speakerSpoke = speakerSpoke
        self.text = text
        self.pieces = [Piece(offset: 0, length: text.utf8.count, line: line)]
        self.section = section
        self.listMarker = listMarker
        self.sectionTitle = sectionTitle
    }

    /// Appends the next cue or wrapped line of the same turn.
    public mutating func append(_ more: String, line: Int) {
        guard !more.isEmpty else { return }
        if !text.isEmpty { text += " " }
        pieces.append(Piece(offset: text.utf8.count, length: more.utf8.count, line: line))
        text += more
    }

    /// The input line that holds UTF-8 offset `offset` of `text`.
    public func line(at offset: Int) -> Int {
        var result = pieces[0].line
        for piece in pieces where piece.offset <= offset { result = piece.line }
        return result
    }

    public var firstLine: Int { pieces[0].line }
}

/// A decoded input: its lines, metadata, participants and utterances. Readers build it;
/// extractors read it.
public struct Document: Sendable {
    public var source: String
    public var format: InputFormat
    /// The decoded, NFC-normalized input.
    public var text: String
    public var lines: LineIndex
    public var title: String?
    /// The line the title was taken from, when it was a line of the text (its date is the meeting's).
    public var titleLine: Int?
    /// Lines that may state the meeting's date and time zone (a header, a NOTE block, metadata),
    /// as (line number, text).
    public var headerLines: [(line: Int, text: String)]
    public var participants: [Participant]
    public var utterances: [Utterance]
    /// The transcript's own date, when its metadata gives one (ISO string as found).
    public var metadataDate: String?
    /// What the reader had to guess, for the user ("not valid Whisper JSON; read as plain text").
    public var warnings: [String] = []
    /// Who wrote the notes ("From:", "Agent:", "Notes by:"): the "I" of notes without speakers.
    public var author: String?
    /// Lines under a heading that keeps them for the sender ("### Interne – ne pas diffuser").
    public var privateLines: Set<Int> = []

    public init(source: String, format: InputFormat, text: String) {
        self.source = source
        self.format = format
        self.text = text
        self.lines = LineIndex(text)
        self.title = nil
        self.headerLines = []
        self.participants = []
        self.utterances = []
        self.metadataDate = nil
        self.author = nil
    }

    /// The input's 1-based line, trimmed: what `source.text` quotes.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lines.count else { return "" }
        return String(text.utf8Slice(lines.range(ofLine: line))).trimmingWhitespace()
    }
}

extension StringProtocol {
    /// Without leading and trailing Unicode whitespace.
    public func trimmingWhitespace() -> String {
        // Walks scalars, not Characters: no grapheme breaking, and the slice is copied once.
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        @inline(__always) func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            // ASCII answers without a Unicode property lookup.
            scalar.value < 0x80 ? scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) : scalar.properties.isWhitespace
        }
        while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let previous = scalars.index(before: end)
            guard isSpace(scalars[previous]) else { break }
            end = previous
        }
        return String(self[start..<end])
    }
}
