import FollowupDocument
import FollowupICU
import FollowupText

/// Picks the document's language: the dominant script first (ICU's script property), then, among
/// the languages written in it, the one whose stop words occur most.
public enum LanguageDetector {
    /// - Complexity: O(n) in the first 20,000 characters of the utterances.
    public static func detect(_ document: Document, among lexicons: [Lexicon] = Lexicons.all) -> Lexicon {
        var scripts: [String: Int] = [:]
        var words: [String] = []
        var budget = 6_000
        outer: for utterance in document.utterances {
            var word = ""
            for scalar in utterance.text.unicodeScalars {
                budget -= 1
                if budget < 0 { break outer }
                let isLetter = scalar.value < 0x80
                    ? (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A
                    : scalar.properties.isAlphabetic
                if isLetter {
                    if scalar.value >= 0x80 {
                        scripts[Script.code(of: scalar), default: 0] += 1
                    } else {
                        scripts["Latn", default: 0] += 1
                    }
                    word.unicodeScalars.append(scalar)
                } else if !word.isEmpty {
                    words.append(word.lowercased())
                    word = ""
                }
            }
            if !word.isEmpty { words.append(word.lowercased()) }
        }
        let script = scripts.max { $0.value < $1.value }?.key ?? "Latn"
        let candidates = lexicons.filter { $0.script == script }
        guard candidates.count > 1 else { return candidates.first ?? lexicons[0] }
        let scored = candidates.map { lexicon in (lexicon, words.reduce(0) { $0 + (lexicon.stopWords.contains($1) ? 1 : 0) }) }
        return scored.max { $0.1 < $1.1 }!.0
    }
}
