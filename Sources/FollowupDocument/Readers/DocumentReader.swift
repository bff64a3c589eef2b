import FollowupText

/// Fills a `Document` from its decoded text. One reader per input format; readers never fail:
/// what they cannot parse stays plain text.
protocol DocumentReader {
    func read(into document: inout Document)
}

/// Builds transcript turns: consecutive cues of one speaker merge into one utterance.
struct TurnBuilder {
    private(set) var utterances: [Utterance] = []
    private(set) var participants = ParticipantList()
    private var seenSpeakers = Set<String>()

    mutating func add(speaker: String?, text: String, line: Int) {
        let text = text.trimmingWhitespace()
        guard !text.isEmpty else { return }
        // Each speaker joins the list once, not once per cue.
        if let speaker, seenSpeakers.insert(speaker).inserted { participants.addSpeaker(speaker) }
        if var last = utterances.last, last.speaker == speaker {
            last.append(text, line: line)
            utterances[utterances.count - 1] = last
        } else {
            utterances.append(Utterance(speaker: speaker, speakerSpoke: true, text: text, line: line))
        }
    }

    mutating func finish(into document: inout Document) {
        let diarized = DiarizedNames.names(for: utterances)
        if !diarized.isEmpty {
            for index in utterances.indices {
                if let label = utterances[index].speaker, let name = diarized[label] { utterances[index].speaker = name }
            }
            participants.rename(diarized)
        }
        if utterances.allSatisfy({ $0.speaker == nil }) {
            for name in MentionedNames.addressed(in: utterances) { participants.addSpeaker(name) }
        } else {
            for name in MentionedNames.selfIntroduced(in: utterances) { participants.addSpeaker(name) }
        }
        participants.finish()
        document.participants = participants.people
        document.utterances = utterances
    }
}

/// Splits "Alice Chen: text" into speaker and text when the label looks like a name.
func splitSpeakerPrefix(_ text: String) -> (String?, String) {
    guard let colon = text.firstIndex(of: ":") else { return (nil, text) }
    let key = text[..<colon].trimmingWhitespace()
    let rest = text[text.index(after: colon)...].trimmingWhitespace()
    // "10:30" is a time, not a speaker.
    guard !key.isEmpty, key.count <= 40, !rest.isEmpty || text.last == ":",
        key.split(separator: " ").count <= 4, !key.contains(where: { $0.isNumber && key.count <= 2 })
    else { return (nil, text) }
    if let name = NoteLine.personLabel(key) ?? speakerID(key) { return (name, rest) }
    return (nil, text)
}

/// Whether a speaker label is a diarizer's ("Speaker 1", "SPEAKER_00"), not a person's name.
public func isDiarizationLabel(_ label: String) -> Bool { speakerID(label) != nil }

/// Diarization labels: "Speaker 1", "SPEAKER_00", "Спикер 2".
func speakerID(_ key: String) -> String? {
    let lower = key.lowercased()
    for prefix in ["speaker", "спикер", "sprecher", "hablante", "locuteur", "participant"] where lower.hasPrefix(prefix) {
        if key.dropFirst(prefix.count).allSatisfy({ $0.isNumber || $0 == " " || $0 == "_" }) { return key }
    }
    return nil
}

/// Strips WebVTT markup: `<v Name>`, `</v>`, `<c.x>`, `<i>`, inline timestamps.
func stripCueTags(_ text: String) -> (speaker: String?, text: String) {
    var speaker: String?
    guard text.utf8.contains(0x3C) else {  // no "<": nothing to strip
        guard text.utf8.contains(0x26) else { return (nil, text) }
        return (nil, unescapeEntities(text))
    }
    var result = ""
    var rest = text[...]
    while let open = rest.firstIndex(of: "<") {
        result += rest[..<open]
        guard let close = rest[open...].firstIndex(of: ">") else {
            rest = rest[open...]
            break
        }
        let tag = rest[rest.index(after: open)..<close]
        if tag.hasPrefix("v ") || tag.hasPrefix("v."), let space = tag.firstIndex(of: " ") {
            speaker = tag[tag.index(after: space)...].trimmingWhitespace()
        }
        rest = rest[rest.index(after: close)...]
    }
    result += rest
    guard result.utf8.contains(0x26) else { return (speaker, result) }
    return (speaker, unescapeEntities(result))
}

private func unescapeEntities(_ text: String) -> String {
    text.replacing("&amp;", with: "&").replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&nbsp;", with: " ")
}
