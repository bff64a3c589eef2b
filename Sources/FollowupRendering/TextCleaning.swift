import Foundation
import FollowupExtraction

/// Text from the notes made safe for one field: line breaks, tabs and control characters become
/// spaces, runs of spaces collapse, and the ends are trimmed.
///
/// Every note-derived string passes through this before it reaches a list line, a header or a
/// calendar property, so a task with "\r\nBcc: x" stays one line of text.
///
/// - Complexity: O(n) in the text's length.
func singleLine(_ text: String) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    var pendingSpace = false
    for scalar in text.unicodeScalars {
        if isBreakOrControl(scalar) || scalar == " " {
            pendingSpace = !result.isEmpty
            continue
        }
        if pendingSpace {
            result.unicodeScalars.append(" ")
            pendingSpace = false
        }
        result.unicodeScalars.append(scalar)
    }
    return result
}

/// Notes' words as a recipient reads them: one line, without Markdown emphasis ("**Axelis**") or
/// an arrow left dangling at the end ("… de →", "… SLA → (").
func shownText(_ text: String) -> String {
    var result = singleLine(text)
    if result.contains("**") { result = result.replacing("**", with: "") }
    if result.contains("__") { result = result.replacing("__", with: "") }
    while let last = result.last, "→⇒(-=>:,;".contains(last) || result.hasSuffix(" ") {
        result.removeLast()
    }
    return result
}

/// C0 and C1 controls (tab, CR, LF included), DEL, and the Unicode line and paragraph separators.
func isBreakOrControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029 || value == 0x85
}

extension String {
    /// The words of the string split on spaces.
    var words: [Substring] { split(whereSeparator: { $0 == " " }) }
}

/// At most `limit` characters of `text`: cut after the last sentence end, or else the last space,
/// that keeps at least half, and marked with "…". A calendar quotes a line this way, so one long
/// line cannot push an import past a client's size limit (Google's is 1 MB).
func excerpt(_ text: String, limit: Int) -> String {
    guard text.count > limit else { return text }
    let head = text.prefix(limit)
    let half = head.index(head.startIndex, offsetBy: limit / 2)
    var cut = head.endIndex
    if let end = head[half...].lastIndex(where: { ".!?".contains($0) }) {
        cut = head.index(after: end)
    } else if let space = head[half...].lastIndex(of: " ") {
        cut = space
    }
    return String(head[..<cut]).trimmingSpaces + "…"
}

/// The words said on a source line, for quoting it to a person: WebVTT tags (`<v Jo Park>`,
/// `</v>`), a Whisper JSON segment's `"text"`, a timestamp (`[00:04:58]`) and a speaker label
/// ("Speaker 1:", "SPEAKER_01:", "Jo Park:") are the transcript's markup, not its words.
func spokenWords(_ line: String, speakers: [String]) -> String {
    var text = singleLine(line)
    // {"id": 5, "start": 13.5, "text": " Yeah. So ...", "speaker": ...}, a Whisper segment: its "text".
    if text.hasPrefix("{"),
        let object = try? JSONSerialization.jsonObject(with: Data(text.trimmingCharacters(in: CharacterSet(charactersIn: ", ")).utf8)) as? [String: Any],
        let said = object["text"] as? String
    {
        text = singleLine(said)
    }
    // Tags.
    var untagged = ""
    var inTag = false
    for character in text {
        if character == "<" { inTag = true; continue }
        if character == ">", inTag { inTag = false; continue }
        if !inTag { untagged.append(character) }
    }
    text = untagged.trimmingSpaces
    // A leading timestamp, then a speaker label.
    if text.hasPrefix("["), let close = text.firstIndex(of: "]"), text[text.index(after: text.startIndex)..<close].allSatisfy({ $0.isNumber || $0 == ":" || $0 == "." }) {
        text = String(text[text.index(after: close)...]).trimmingSpaces
    }
    if let colon = text.firstIndex(of: ":") {
        let label = text[..<colon].trimmingSpaces
        let isSpeaker = speakers.contains { $0.caseInsensitiveCompare(label) == .orderedSame } || isSpeakerNumber(String(label))
        if isSpeaker, !label.isEmpty { text = String(text[text.index(after: colon)...]).trimmingSpaces }
    }
    return text
}

/// Text cut inside a bracket ("votée à 190 €/an (5 pour", "Comité … FÉNIX (reunión") without the bracket it left open
/// and what follows it; unchanged when the bracket opens the text.
func withoutOpenBracket(_ text: String) -> String {
    guard text.filter({ $0 == "(" }).count > text.filter({ $0 == ")" }).count, let open = text.lastIndex(of: "("), open > text.startIndex
    else { return text }
    return String(text[..<open]).trimmingCharacters(in: .whitespaces)
}

/// "Speaker 1", "SPEAKER_01": a diarizer's label for a voice, no name.
func isSpeakerNumber(_ label: String) -> Bool {
    let lowered = label.lowercased()
    return lowered.hasPrefix("speaker") && lowered.dropFirst(7).contains(where: \.isNumber)
        && lowered.dropFirst(7).allSatisfy { $0.isNumber || $0 == " " || $0 == "_" }
}

/// The clause of `line` that holds `phrase`: from the last ":", ";", "?", "!", "¿", "¡" or sentence
/// end before it to the first after it (and at ", " too with `atCommas`; only at sentence ends with `wholeSentence`:
/// "Objectif : négocier … sous 1 800 € HT/mois"), without a leading "Correct," of the notes' language.
func clause(around phrase: String, in line: String, language: String, atCommas: Bool = false, wholeSentence: Bool = false) -> String {
    guard !phrase.isEmpty, let found = line.range(of: phrase, options: .caseInsensitive) else { return line }
    var opening: Set<Character> = wholeSentence ? ["?", "!"] : [":", ";", "?", "!", "¿", "¡"]
    if atCommas { opening.insert(",") }
    var start = line.startIndex
    var index = found.lowerBound
    while index > line.startIndex {
        let before = line.index(before: index)
        if opening.contains(line[before]) && (line[before] != "," || line[index] == " ")
            || line[before] == "." && index < line.endIndex && line[index] == " "
        {
            start = index
            break
        }
        index = before
    }
    var end = line.endIndex
    index = found.upperBound
    while index < line.endIndex {
        let next = line.index(after: index)
        // Not the colon of a clock ("8:00").
        let clock = line[index] == ":" && index > line.startIndex && line[line.index(before: index)].isNumber
            && next < line.endIndex && line[next].isNumber
        if opening.contains(line[index]) && !clock && (line[index] != "," || next == line.endIndex || line[next] == " ")
            || line[index] == "." && (next == line.endIndex || line[next] == " ")
        {
            end = index
            break
        }
        index = next
    }
    var text = String(line[start..<end]).trimmingCharacters(in: CharacterSet(charactersIn: " ,\u{00A0}"))
    // "votée à 190 €/an (5 pour" cut at a comma inside brackets: the unclosed bracket goes.
    text = withoutOpenBracket(text)
    guard let lexicon = Lexicons.lexicon(for: language) else { return text.isEmpty ? line : text }
    // "Correcto, 3.200 EUR al mes": an answer's first word is no part of what was agreed.
    if let comma = text.firstIndex(of: ","), lexicon.affirmatives.contains(text[..<comma].lowercased()) {
        text = String(text[text.index(after: comma)...]).trimmingCharacters(in: .whitespaces)
    }
    // "So we can do $18 …", "Also wir machen …": a filler opening the clause before its subject.
    let words = text.split(separator: " ", maxSplits: 2)
    if words.count == 3, lexicon.fillers.contains(words[0].lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ","))),
        lexicon.firstPerson.contains(words[1].lowercased()) || lexicon.firstPersonPlural.contains(words[1].lowercased())
    {
        text = words[1...].joined(separator: " ")
    }
    return text.isEmpty ? line : text
}
