import FollowupText

/// Turns decoded text into a `Document`, choosing the reader by extension and content.
public enum DocumentParser {
    /// - Parameters:
    ///   - source: the path (or "-" for standard input), kept for the record and for detection.
    ///   - format: the user's `--input-format`, which skips detection.
    ///   - monthNames: every language's month words, so "28. Dezember 2012" opening a line is a date, not item 28.
    public static func parse(_ decoded: DecodedText, source: String, format: InputFormat? = nil, monthNames: Set<String> = []) -> Document {
        let format = format ?? detectFormat(source: source, text: decoded.text)
        var document = Document(source: source, format: format, text: decoded.text)
        switch format {
        case .text, .markdown: NotesReader(monthNames: monthNames).read(into: &document)
        case .vtt, .srt: CueReader().read(into: &document)
        case .otter: OtterReader().read(into: &document)
        case .whisper: WhisperReader().read(into: &document)
        }
        // A file name is not a title: "Call2 final v3", "initech-sso-escalation" read badly in a subject
        // to the other side; without a title the follow-up names the meeting by who was in it.
        if document.title == nil { document.title = labelledTitle(document.headerLines) }
        if document.metadataDate == nil { document.metadataDate = fileNameDate(source) }
        return document
    }

    /// "investor-call_2026-12-02.srt", "standup-20261203.vtt": recorders and people name files by
    /// the meeting's day, a better guess than the file's modification date when the text has none.
    static func fileNameDate(_ source: String) -> String? {
        guard let name = source.split(separator: "/").last else { return nil }
        let digits = Array(name)
        var index = 0
        while index < digits.count {
            guard digits[index].isNumber, index == 0 || !digits[index - 1].isNumber else { index += 1; continue }
            var end = index
            while end < digits.count, digits[end].isNumber || digits[end] == "-" || digits[end] == "_" || digits[end] == "." { end += 1 }
            let run = String(digits[index..<end]).trimmingCharacters(in: "-_.")
            let parts = run.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." })
            var iso: String?
            if parts.count >= 3, parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2 {
                iso = String(format4(parts[0], parts[1], parts[2]))
            } else if let first = parts.first, first.count == 8 {
                iso = format4(first.prefix(4), first.dropFirst(4).prefix(2), first.suffix(2))
            }
            if let iso, let date = CivilDate(iso: iso), date.isSupported, date.year >= 2000 { return date.iso }
            index = end
        }
        return nil
    }

    private static func format4(_ year: some StringProtocol, _ month: some StringProtocol, _ day: some StringProtocol) -> String {
        year + "-" + (month.count == 1 ? "0" : "") + month + "-" + (day.count == 1 ? "0" : "") + day
    }

    /// "Meeting: Brightwave x Harborview – pricing" in a header or a VTT NOTE block: the meeting's
    /// own name, better than the file's.
    static func labelledTitle(_ lines: [(line: Int, text: String)]) -> String? {
        for (_, text) in lines {
            guard let colon = text.firstIndex(of: ":") else { continue }
            let label = text[..<colon].trimmingWhitespace().lowercased()
            let value = text[text.index(after: colon)...].trimmingWhitespace()
            if Vocabulary.titleLabels.contains(label), !value.isEmpty { return String(value) }
        }
        return nil
    }

    /// "Nubeclara: Rodrigo Salinas, Karla Méndez / Fénix: Patricia Hernández, Tomás Aguilar" in a NOTE block: who is
    /// with which company, so the sender's colleagues are not greeted as the other side.
    static func addOrganizations(from lines: [(line: Int, text: String)], to document: inout Document) {
        for (_, text) in lines {
            addBracketedOrganizations(from: text, to: &document)
            for group in text.split(separator: " / ") {
                guard let colon = group.firstIndex(of: ":") else { continue }
                let label = group[..<colon].trimmingWhitespace()
                let lower = label.lowercased()
                guard !label.isEmpty, label.first?.isUppercase == true, label.split(separator: " ").count <= 4,
                    !Vocabulary.titleLabels.contains(lower), !Vocabulary.attendeeLabels.contains(lower), !Vocabulary.fieldLabels.contains(lower)
                else { continue }
                let names = ParticipantList.splitEntries(String(group[group.index(after: colon)...]))
                    .map { $0.trimmingCharacters(in: " .;") }
                guard !names.isEmpty, names.allSatisfy({ ParticipantList.looksLikeName($0) && $0.contains(" ") }) else { continue }
                for name in names {
                    if let index = ParticipantList.firstSameName(name, in: document.participants) {
                        if document.participants[index].organization == nil { document.participants[index].organization = label }
                    } else {
                        document.participants.append(Participant(name: name, organization: label))
                    }
                }
            }
        }
    }

    /// "Участники: Анна Воронцова, Павел Дёмин (ЛогиКод); Сергей Ильин, Наталья Громова («Здоровье Рядом»)": a company in
    /// brackets after the last name of a group (names up to a ";") is everyone's in the group. Initials and roles in
    /// brackets ("(CFO)", "(IT)", "(Chair)") name no company.
    static func addBracketedOrganizations(from text: String, to document: inout Document) {
        guard let colon = text.firstIndex(of: ":"),
            Vocabulary.attendeeLabels.contains(text[..<colon].trimmingWhitespace().lowercased())
        else { return }
        for group in text[text.index(after: colon)...].split(separator: ";") {
            let entries = ParticipantList.splitEntries(String(group)).map { $0.trimmingWhitespace() }
            guard let last = entries.last, last.hasSuffix(")"), let open = last.lastIndex(of: "(") else { continue }
            let company = String(last[last.index(after: open)..<last.index(before: last.endIndex)]).trimmingWhitespace()
            let lower = company.lowercased()
            guard !company.isEmpty, !company.contains(","), !company.contains("@"), company.first?.isUppercase == true || company.first == "«",
                !(company.count <= 4 && company.allSatisfy { $0.isUppercase }), !Vocabulary.roles.contains(lower),
                !Vocabulary.jobTitleHeads.contains(lower.split(separator: " ").last.map(String.init) ?? ""),
                !Vocabulary.ourSideNotes.contains(lower), !Vocabulary.selfLabels.contains(lower)
            else { continue }
            for entry in entries {
                let name = (entry.firstIndex(of: "(").map { String(entry[..<$0]) } ?? entry).trimmingWhitespace()
                if let index = ParticipantList.firstSameName(name, in: document.participants), document.participants[index].organization == nil {
                    document.participants[index].organization = company
                }
            }
        }
    }

    /// The format by extension, refined by content (a `.txt` Otter export, a VTT piped on stdin).
    public static func detectFormat(source: String, text: String) -> InputFormat {
        let name = source.split(separator: "/").last.map(String.init)?.lowercased() ?? ""
        let ext = name.split(separator: ".").count > 1 ? String(name.split(separator: ".").last!) : ""
        // No more Characters than bytes: a short text is its own head, without counting Characters.
        let head = text.utf8.count <= 4000 ? text[...] : text.prefix(4000)
        let trimmedHead = head.drop(while: { $0.isWhitespace })
        switch ext {
        case "vtt", "webvtt": return .vtt
        case "srt": return .srt
        case "json" where trimmedHead.first == "{": return .whisper
        case "md", "markdown", "mdown", "mkd": return .markdown
        default: break
        }
        if trimmedHead.hasPrefix("WEBVTT") { return .vtt }
        if trimmedHead.first == "{", head.contains("\"segments\"") { return .whisper }
        let lines = firstLines(of: head, 40).map { $0.trimmingWhitespace() }
        if lines.count >= 2, lines[0].allSatisfy(\.isNumber), lines[1].contains("-->") { return .srt }
        let otterLines = lines.filter { OtterReader.speakerLine($0) != nil }.count
        // One speaker line makes a short transcript only with words said after it: "Deadline demain
        // 17:00" alone is a note whose last word is a time.
        if otterLines >= 2 || (otterLines == 1 && lines.count <= 3 && OtterReader.speakerLine(lines[lines.count - 1]) == nil) {
            return .otter
        }
        if ext == "txt" || ext == "text" { return .text }
        let markdownHints = lines.filter { $0.hasPrefix("#") || $0.hasPrefix("- [") || $0.hasPrefix("* ") || $0.contains("**") }.count
        return markdownHints >= 1 ? .markdown : .text
    }

    /// The first `count` non-empty lines of `text`, as `split(separator: "\n")` cuts them, found
    /// over UTF-8 bytes and without cutting the rest: a line feed is a Character of its own except
    /// after a carriage return ("\r\n" is one Character, and no "\n").
    static func firstLines(of text: Substring, _ count: Int) -> [Substring] {
        var lines: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var previous: UInt8 = 0
        var index = bytes.startIndex
        while index < bytes.endIndex, lines.count < count {
            let byte = bytes[index]
            if byte == 0x0A && previous != 0x0D {
                if start < index { lines.append(text[start..<index]) }
                start = bytes.index(after: index)
            }
            previous = byte
            index = bytes.index(after: index)
        }
        if lines.count < count, start < bytes.endIndex { lines.append(text[start..<bytes.endIndex]) }
        return lines
    }
}
