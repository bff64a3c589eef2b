import FollowupText

/// Reads WebVTT (Teams `<v Name>` voice spans, Zoom "Name: text" cue text, Google Meet) and SRT
/// (numbered cues, optional "Name:" prefixes). Cue ids, timings, NOTE and STYLE blocks are
/// skipped; a NOTE's text is kept as header lines, where a date may be.
struct CueReader: DocumentReader {
    func read(into document: inout Document) {
        var turns = TurnBuilder()
        var inNote = false
        var afterTiming = false
        var lastSpeaker: String?
        // "NOTE Weekly Team-Sync Web – Dienstag": a NOTE block's first line, when it is no field, names the meeting.
        var noteTitle: String?
        var noteStart = false
        var seenCue = false
        for line in 1...document.lines.count {
            let raw = String(document.text.utf8Slice(document.lines.range(ofLine: line)))
            let text = raw.trimmingWhitespace()
            if text.isEmpty {
                inNote = false
                afterTiming = false
                continue
            }
            if line == 1 && text.hasPrefix("WEBVTT") {
                let rest = text.dropFirst(6).trimmingWhitespace()
                if !rest.isEmpty { document.headerLines.append((line, rest)); if document.title == nil { document.title = rest.trimmingCharacters(in: "-– ") } }
                continue
            }
            if inNote || text.hasPrefix("NOTE") || text.hasPrefix("STYLE") || text.hasPrefix("REGION") {
                var noteText: String?
                if text.hasPrefix("NOTE") {
                    let rest = text.dropFirst(4).trimmingWhitespace()
                    if !rest.isEmpty { noteText = rest }
                    noteStart = noteTitle == nil && !seenCue
                } else if inNote {
                    noteText = text
                }
                if let noteText {
                    document.headerLines.append((line, noteText))
                    if noteStart, noteTitle == nil, Self.readsAsNoteTitle(noteText) { noteTitle = noteText }
                    noteStart = false
                }
                inNote = true
                continue
            }
            if text.containsArrow {
                afterTiming = true
                seenCue = true
                continue
            }
            if !afterTiming {
                // A cue id (number or Teams GUID) or a header field of the file.
                if line <= 5, document.utterances.isEmpty, text.contains(":"), !text.allSatisfy({ $0.isNumber }) {
                    document.headerLines.append((line, text))
                }
                continue
            }
            var (speaker, content) = stripCueTags(text)
            if speaker == nil {
                let split = splitSpeakerPrefix(content)
                speaker = split.0
                content = split.1
            }
            // Continuation lines of one cue keep its speaker.
            if speaker == nil, let lastSpeaker, turnsContinueCue(line: line, document: document) { speaker = lastSpeaker }
            if speaker == nil, content.hasPrefix("-") || content.hasPrefix("–") {
                content = String(content.dropFirst()).trimmingWhitespace()
            }
            turns.add(speaker: speaker, text: content, line: line)
            lastSpeaker = speaker
        }
        turns.finish(into: &document)
        DocumentParser.addOrganizations(from: document.headerLines, to: &document)
        if document.title == nil, DocumentParser.labelledTitle(document.headerLines) == nil, let noteTitle {
            document.title = noteTitle.trimmingCharacters(in: "-– ")
        }
    }

    /// A meeting's name, not a remark about the file: a short line with no address and no field label. A colon of a
    /// clock ("Daily Standup – Montag, 12.04.2027, 09:30") or after a word that labels nothing ("Эскалация: «Здоровье
    /// Рядом» — сбои синхронизации") keeps the title; "Teilnehmende: …" and "Nubeclara: Rodrigo Salinas, …" do not.
    static func readsAsNoteTitle(_ text: String) -> Bool {
        guard !text.contains("@"), text.split(separator: " ").count <= 14, text.first?.isUppercase == true else { return false }
        // "Aufzeichnung gestartet von Jan Becker (Teams)", "Recorded via Teams": a remark about the recording.
        if let first = text.split(whereSeparator: { !$0.isLetter }).first, Vocabulary.recordingWords.contains(first.lowercased()) { return false }
        let characters = Array(text)
        guard let colon = characters.indices.first(where: { i in
            characters[i] == ":" && !(i > 0 && characters[i - 1].isNumber && i + 1 < characters.count && characters[i + 1].isNumber)
        }) else { return true }
        let label = String(characters[..<colon]).trimmingWhitespace().lowercased()
        let labels = [Vocabulary.fieldLabels, Vocabulary.attendeeLabels, Vocabulary.authorLabels, Vocabulary.absenceLabels, Vocabulary.titleLabels]
        guard !labels.contains(where: { $0.contains(label) }), label.split(separator: " ").count <= 3 else { return false }
        let names = ParticipantList.splitEntries(String(characters[(colon + 1)...])).map { $0.trimmingCharacters(in: " .;") }
        return names.isEmpty || !names.allSatisfy { ParticipantList.looksLikeName($0) }
    }

    /// True when the previous line is text of the same cue (not its timing line).
    private func turnsContinueCue(line: Int, document: Document) -> Bool {
        guard line > 1 else { return false }
        let previous = document.lineText(line - 1)
        return !previous.isEmpty && !previous.containsArrow
    }
}

/// Reads Otter-style exports: a line "Alice Chen  0:01" (name, two or more spaces, m:ss or
/// h:mm:ss), then the paragraph on the following lines.
struct OtterReader: DocumentReader {
    func read(into document: inout Document) {
        var turns = TurnBuilder()
        var speaker: String?
        for line in 1...document.lines.count {
            let raw = String(document.text.utf8Slice(document.lines.range(ofLine: line)))
            let text = raw.trimmingWhitespace()
            if text.isEmpty { continue }
            if let name = OtterReader.speakerLine(raw) {
                speaker = name
                continue
            }
            if speaker == nil && turns.utterances.isEmpty {
                document.headerLines.append((line, text))
                if document.title == nil && !text.contains(where: { $0.isNumber }) { document.title = text }
                continue
            }
            turns.add(speaker: speaker, text: text, line: line)
        }
        turns.finish(into: &document)
    }

    /// The speaker's name when `raw` is an Otter speaker line.
    static func speakerLine(_ raw: String) -> String? {
        // The timestamp has a ":": a line without one is no speaker line, and is not split.
        guard raw.containsByte(0x3A) else { return nil }
        let trimmed = raw.trimmingWhitespace()
        // A timestamp ends in a digit: a line whose last byte is another ASCII character is no
        // speaker line, and is not split into words.
        if let end = trimmed.utf8.last, end < 0x80, !(0x30...0x39).contains(end) { return nil }
        guard let last = lastWord(trimmed), isTimestamp(last) else { return nil }
        let name = trimmed.dropLast(last.count)
        guard name.hasSuffix("  ") || name.hasSuffix("\t") || name.hasSuffix(" ") else { return nil }
        let cleaned = name.trimmingWhitespace()
        guard !cleaned.isEmpty, cleaned.split(separator: " ").count <= 4, cleaned.first?.isLetter == true,
            !cleaned.contains(where: isSpeakerStop)
        else { return nil }
        return cleaned
    }

    /// `text.split(separator: " ").last` for text without whitespace at its ends: the part after
    /// the last space byte when that byte is a Character of its own (ASCII on both sides, so no
    /// combining mark or prepended sign joins it), found from the end without splitting the line.
    static func lastWord(_ text: String) -> Substring? {
        let bytes = text.utf8
        guard let space = bytes.lastIndex(of: 0x20) else { return text.isEmpty ? nil : text[...] }
        let after = bytes.index(after: space)
        if space > bytes.startIndex, bytes[bytes.index(before: space)] < 0x80, after < bytes.endIndex, bytes[after] < 0x80 {
            return text[after...]
        }
        return text.split(separator: " ").last
    }

    /// ". ! ? , ;" end a sentence, never a name. Each is one ASCII scalar; only U+037E (Greek
    /// question mark) is canonically equal to one of them (";"), so other Characters need no comparison.
    private static func isSpeakerStop(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return ascii == 0x2E || ascii == 0x21 || ascii == 0x3F || ascii == 0x2C || ascii == 0x3B }
        return character.utf8.first == 0xCD && character == ";"
    }

    static func isTimestamp(_ text: Substring) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isNumber) } && parts.last!.count == 2
    }
}

extension String {
    /// Whether the line holds a cue timing arrow "-->" (a byte search, no Foundation).
    var containsArrow: Bool {
        var dashes = 0
        for byte in utf8 {
            if byte == 0x2D { dashes += 1 } else if byte == 0x3E && dashes >= 2 { return true } else { dashes = 0 }
        }
        return false
    }
}
