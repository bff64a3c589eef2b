import FollowupDocument
import FollowupTestSupport
import FollowupText

/// Reads a corpus file the way the pipeline does: decode, then parse with detection.
func readCorpus(_ path: String, source: String? = nil, format: InputFormat? = nil) throws -> Document {
    let decoded = try TextDecoder.decode(Corpus.bytes(path))
    return DocumentParser.parse(decoded, source: source ?? "Corpora/" + path, format: format)
}

/// Parses text given inline, as if read from `source`.
func parse(_ text: String, source: String = "-", format: InputFormat? = nil) throws -> Document {
    DocumentParser.parse(try TextDecoder.decode(Array(text.utf8)), source: source, format: format)
}

extension Document {
    /// The utterance that starts on 1-based input line `line`.
    func utterance(startingAt line: Int) -> Utterance? { utterances.first { $0.firstLine == line } }

    var participantNames: [String] { participants.map(\.name) }

    var speakers: [String?] { utterances.map(\.speaker) }
}

extension Utterance {
    /// The input line of the first occurrence of `fragment` in this utterance's text.
    func line(of fragment: String) -> Int? {
        guard let range = text.firstRange(of: fragment) else { return nil }
        return line(at: text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound))
    }

    var lines: [Int] { pieces.map(\.line) }
}
