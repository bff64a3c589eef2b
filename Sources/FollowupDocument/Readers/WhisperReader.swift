import Foundation
import FollowupText

/// Reads Whisper's JSON output: `segments[].text`, with `speaker` when diarized (WhisperX,
/// pyannote). A segment's line is the line of its `"text"` key in the file, so a pretty-printed
/// file maps each item back to its segment; text that is not Whisper JSON reads as plain notes.
struct WhisperReader: DocumentReader {
    func read(into document: inout Document) {
        let data = Data(document.text.utf8)
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: data)
        } catch {
            return readAsNotes(&document, because: "not valid JSON")
        }
        guard let root = parsed as? [String: Any], let segments = root["segments"] as? [[String: Any]] else {
            return readAsNotes(&document, because: "JSON without a \"segments\" list")
        }
        for key in ["date", "created_at", "created", "recorded_at", "start_time"] {
            if let value = root[key] as? String { document.metadataDate = value; break }
        }
        if let title = root["title"] as? String { document.title = title }
        // "speaker_names": {"SPEAKER_00": "Elena Park (COO)"}: the names a user gave the diarized labels.
        let names = ["speaker_names", "speakers", "speaker_map", "speaker_labels"].lazy
            .compactMap { root[$0] as? [String: String] }.first ?? [:]
        let textLines = WhisperReader.textKeyLines(document)
        // " Hannah: Great. Is Sam joining?": names written into undiarized segments, when most segments open with one,
        // are the speakers; a segment without one goes on with the speaker before it.
        let diarized = segments.contains { $0["speaker"] != nil || $0["speaker_id"] != nil }
        let texts = diarized ? [] : segments.map { ($0["text"] as? String).map(splitSpeakerPrefix) }
        let named = texts.filter { $0?.0 != nil }.count
        let namesInText = named >= 2 && named * 2 >= texts.compactMap({ $0 }).count
        var written: String?
        var turns = TurnBuilder()
        for (index, segment) in segments.enumerated() {
            guard var text = segment["text"] as? String else { continue }
            var label = (segment["speaker"] as? String) ?? (segment["speaker_id"] as? String)
            if namesInText, let (name, rest) = texts[index] {
                if let name {
                    written = name
                    text = rest
                }
                label = written
            }
            // "Elena Park (COO)": the name, without the role after it.
            let speaker = label.map { label in
                names[label].map { $0.split(separator: "(").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? $0 }
                    .flatMap { $0.isEmpty ? nil : $0 } ?? label
            }
            let line = index < textLines.count ? textLines[index] : 1
            turns.add(speaker: speaker, text: text, line: line)
        }
        turns.finish(into: &document)
    }

    /// A damaged export still loses nothing: its text is read as notes, and the user is told.
    private func readAsNotes(_ document: inout Document, because reason: String) {
        document.warnings.append("\(reason), so not a Whisper transcript: read as plain text")
        document.format = .text
        NotesReader().read(into: &document)
    }

    /// Lines of each `"text":` key after `"segments"`, in order.
    static func textKeyLines(_ document: Document) -> [Int] {
        var result: [Int] = []
        var seenSegments = false
        for line in 1...document.lines.count {
            let text = document.text.utf8Slice(document.lines.range(ofLine: line))
            if !seenSegments {
                guard let range = text.firstRange(of: "\"segments\"") else { continue }
                seenSegments = true
                let rest = text[range.upperBound...]
                var remainder = rest
                while let r = remainder.firstRange(of: "\"text\"") {
                    result.append(line)
                    remainder = remainder[r.upperBound...]
                }
                continue
            }
            var remainder = text[...]
            while let r = remainder.firstRange(of: "\"text\"") {
                result.append(line)
                remainder = remainder[r.upperBound...]
            }
        }
        return result
    }
}
