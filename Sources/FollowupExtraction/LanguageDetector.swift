import FollowupDocument
import FollowupICU
import FollowupText

/// Picks the document's language: the dominant script first (ICU's script property), then, among
/// the languages written in it, the one whose stop words occur most.
public enum LanguageDetector {
    /// - Complexity: O(n) in the first 6,000 scalars of the utterances.
    public static func detect(_ document: Document, among languages: [LanguageProfile] = Lexicons.profiles) -> Lexicon {
        let scripts = scriptCounts(document)
        let script = scripts.max { $0.value < $1.value }?.key ?? "Latn"
        let candidates = languages.filter { $0.script == script }
        guard candidates.count > 1 else { return (candidates.first ?? languages[0]).lexicon }
        // Words only when stop words must decide between languages of one script.
        let words = words(of: document)
        let scored = candidates.map { language in (language, hits(language.stopWords, in: words)) }
        let best = scored.map(\.1).max() ?? 0
        let tied = scored.filter { $0.1 == best }.map(\.0)
        // Stop words tie: the letters only one of the languages writes decide; else the first in detection order.
        let lettered = tied.map { language in (language, words.reduce(0) { $0 + $1.unicodeScalars.filter(language.letters.contains).count }) }
        if let top = lettered.max(by: { $0.1 < $1.1 }), top.1 > 0 { return top.0.lexicon }
        return tied[0].lexicon
    }

    /// The name of the language the notes are in when followup has no rules for it ("Italian",
    /// "Greek"), or nil when one of the lexicons fits: its frequent words outnumber every lexicon's
    /// of the same script, or its script has no lexicon at all.
    public static func unsupportedLanguage(_ document: Document, among languages: [LanguageProfile] = Lexicons.profiles) -> String? {
        let scripts = scriptCounts(document)
        guard let script = scripts.max(by: { $0.value < $1.value })?.key, scripts[script, default: 0] >= 20 else { return nil }
        if !languages.contains(where: { $0.script == script }) { return OtherLanguages.scriptLanguages[script] }
        let words = words(of: document)
        let supported = languages.filter { $0.script == script }.map { hits($0.stopWords, in: words) }.max() ?? 0
        let other = OtherLanguages.all.filter { $0.script == script }.map { ($0.name, hits($0.stopWords, in: words)) }.max { $0.1 < $1.1 }
        guard let other, other.1 >= 5, other.1 > supported * 3 / 2 else { return nil }
        return other.0
    }

    /// Letters per ICU script code. Letters are counted per scalar and mapped to their script once
    /// per distinct scalar: no ICU call and no String-keyed count per letter.
    private static func scriptCounts(_ document: Document) -> [String: Int] {
        var latinLetters = 0
        var otherLetters: [UInt32: Int] = [:]
        forEachLetter(in: document) { scalar in
            guard let scalar else { return }
            if scalar == "'" { return }
            if scalar.value < 0x80 { latinLetters += 1 } else { otherLetters[scalar.value, default: 0] += 1 }
        }
        var scripts: [String: Int] = [:]
        if latinLetters > 0 { scripts["Latn"] = latinLetters }
        for (value, count) in otherLetters {
            if let scalar = Unicode.Scalar(value) { scripts[Script.code(of: scalar), default: 0] += count }
        }
        return scripts
    }

    /// The lower-cased words among the first 6,000 scalars.
    private static func words(of document: Document) -> [String] {
        var words: [String] = []
        var word = ""
        forEachLetter(in: document) { scalar in
            if let scalar {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                while word.hasSuffix("'") { word.removeLast() }
                words.append(word.lowercased())
                word = ""
            }
        }
        return words
    }

    /// A word counts when it is a stop word, or when what it elides is ("d'incident": "d'", "qu'il": "qu'").
    private static func hits(_ stopWords: Set<String>, in words: [String]) -> Int {
        words.reduce(0) { count, word in
            if stopWords.contains(word) { return count + 1 }
            guard let apostrophe = word.firstIndex(of: "'") else { return count }
            return count + (stopWords.contains(String(word[...apostrophe])) ? 1 : 0)
        }
    }

    /// Calls `body` with each letter among the first 6,000 scalars of the utterances, and with nil
    /// where a word ends (a non-letter, or the end of an utterance; not where the budget runs out).
    /// An apostrophe after a letter (' or ’) is passed on as "'": "c'est", "i'll", "d'ici" are words.
    private static func forEachLetter(in document: Document, _ body: (Unicode.Scalar?) -> Void) {
        var budget = 6_000
        for utterance in document.utterances {
            var afterLetter = false
            for scalar in utterance.text.unicodeScalars {
                budget -= 1
                if budget < 0 { return }
                let isLetter = scalar.value < 0x80
                    ? (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A
                    : scalar.properties.isAlphabetic
                if !isLetter, afterLetter, scalar == "'" || scalar == "\u{2019}" {
                    body("'")
                    afterLetter = false
                    continue
                }
                afterLetter = isLetter
                body(isLetter ? scalar : nil)
            }
            body(nil)
        }
    }
}
