import Foundation
import FollowupExtraction
import FollowupICU

/// Words said aloud, written as a reader of the follow-up expects them: a hesitation ("uh", "эээ", "äh", "euh")
/// and the word a speaker restarted on go ("the, uh, the big one" → "the big one"), and a number of ten or more
/// said in words is written in digits ("three thousand eight hundred twenty-five a month" → "3,825 a month",
/// "Sechsundsiebzigtausend" → "76.000"). Numbers under ten stay words, as style guides write them.
///
/// Holds an ICU spell-out format, so it is not thread-safe: one per render call, like `LocalFormatter`.
final class SpokenText {
    private let lexicon: Lexicon
    private let spellOut: NumberFormat?
    private let digits: (Double) -> String
    private let numberWords: Set<String>
    private let articles: Set<String>
    private let joiners: Set<String>
    /// The first three letters of the number words, which open their compounds and other forms ("sechsundsiebzigtausend",
    /// "ochocientos", "veinticinco", "пятнадцать"): a longer word that opens with one is asked of ICU.
    private let stems: Set<String>

    init(lexicon: Lexicon, locale: String, digits: @escaping (Double) -> String) {
        self.lexicon = lexicon
        self.spellOut = try? NumberFormat(.spellOut, locale: locale)
        self.digits = digits
        let vague = Set(lexicon.words(.vagueCount))
        articles = Set(lexicon.words(.indefiniteArticle))
        joiners = Set(lexicon.words(.numberJoiner))
        let spelled = Set(lexicon.words(.spelledNumber)).union(lexicon.numberWords.keys).subtracting(vague).subtracting(articles)
        // "тысячу", "millon": a magnitude's other forms, when they share a stem with a number word.
        let forms = lexicon.magnitudes.keys.filter { key in
            key.count >= 4 && key.allSatisfy(\.isLetter) && spelled.contains { $0.count >= 4 && $0.prefix(4) == key.prefix(4) }
        }
        numberWords = spelled.union(forms)
        stems = Set(numberWords.filter { $0.count >= 3 }.map { String($0.prefix(3)) })
    }

    func readable(_ text: String) -> String {
        var spoken = lexicon.hesitations.isEmpty ? text : withoutHesitations(text)
        if !lexicon.shorthand.isEmpty { spoken = writtenOut(spoken) }
        return spellOut == nil ? spoken : inDigits(spoken)
    }

    /// "bring up w/ Dana", "créer les codes ds le CRM": the notes' shorthand written out, as a mail says it.
    private func writtenOut(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false).map { token in
            var core = token
            while let last = core.last, ",;:).".contains(last) { core = core.dropLast() }
            let opening = core.prefix { $0 == "(" }
            core = core.dropFirst(opening.count)
            // Lower case, or capitalized at a sentence's start: "PR" and "DC" are names, not "pour" and "donc".
            guard !core.isEmpty, core.dropFirst().allSatisfy({ !$0.isUppercase }), let full = lexicon.shorthand[core.lowercased()]
            else { return String(token) }
            let written = core.first?.isUppercase == true ? full.prefix(1).uppercased() + full.dropFirst() : full
            return opening + written + token.dropFirst(opening.count + core.count)
        }.joined(separator: " ")
    }

    // MARK: Hesitations

    private func withoutHesitations(_ text: String) -> String {
        var kept: [Substring] = []
        var capitalizeNext = false
        // A comma left between words the hesitation stood between ("we, uh, agreed" → "we agreed").
        var commaBefore = false
        for token in text.split(separator: " ") {
            let bare = Self.bare(token)
            if lexicon.hesitations.contains(bare) {
                if token.first?.isUppercase == true, kept.last.map({ $0.last.map { ".?!".contains($0) } ?? false }) ?? true { capitalizeNext = true }
                let closing = token.reversed().prefix { ".?!…".contains($0) }
                if !closing.isEmpty, let last = kept.popLast() {
                    kept.append(Substring(last.drop(whileLast: ",") + String(closing.reversed())))
                } else if token.hasSuffix(","), let last = kept.last, last.hasSuffix(","), !opensTurn(Self.bare(last)) {
                    commaBefore = true
                }
                continue
            }
            var token = token
            if capitalizeNext, let first = token.first {
                token = Substring(first.uppercased() + token.dropFirst())
                capitalizeNext = false
            }
            if let last = kept.last, last.hasSuffix(","), Self.bare(last) == bare, !bare.isEmpty, bare.allSatisfy(\.isLetter),
                bare.count <= 2 || lexicon.stopWords.contains(bare) || lexicon.firstPerson.contains(bare)
            {
                // "the, the big one", "I, I think": a restart.
                kept.removeLast()
                if last.first?.isUppercase == true, let first = token.first { token = Substring(first.uppercased() + token.dropFirst()) }
            } else if let last = kept.last, Self.bare(last) == bare, last == token.lowercased(), bare.count <= 3, lexicon.stopWords.contains(bare) {
                // "the the routing".
                continue
            } else if commaBefore, token.first?.isUppercase != true, let last = kept.popLast() {
                kept.append(Substring(last.drop(whileLast: ",")))
            }
            commaBefore = false
            kept.append(token)
        }
        return kept.joined(separator: " ")
    }

    private func opensTurn(_ word: String) -> Bool {
        lexicon.fillers.contains(word) || lexicon.affirmatives.contains(word) || lexicon.greetingWords.contains(word)
    }

    private static func bare(_ token: Substring) -> String {
        token.lowercased().trimmingCharacters(in: .punctuationAndSpaces)
    }

    // MARK: Numbers

    private struct Word {
        let range: Range<String.Index>
        let key: String
    }

    private func inDigits(_ text: String) -> String {
        let words = Self.words(in: text)
        guard words.contains(where: { isNumber($0.key) }) else { return text }
        var result = ""
        var copied = text.startIndex
        var index = 0
        while index < words.count {
            guard let run = run(words, from: index, in: text) else {
                index += 1
                continue
            }
            let said = words[run]
            let phrase = text[said.first!.range.lowerBound..<said.last!.range.upperBound]
            if let value = value(of: phrase.lowercased(), said, in: text), value >= 10, !nearSmallNumber(words, run, in: text), !touchesDigits(phrase, in: text) {
                result += text[copied..<phrase.startIndex]
                result += written(value, said)
                copied = phrase.endIndex
            }
            index = run.upperBound
        }
        result += text[copied...]
        return result
    }

    /// The words of `text` (letters only; an apostrophe or a hyphen ends one), lower-cased.
    private static func words(in text: String) -> [Word] {
        var words: [Word] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let isLetter = text[index].isLetter
            if isLetter, start == nil { start = index }
            if !isLetter, let opened = start {
                words.append(Word(range: opened..<index, key: text[opened..<index].lowercased()))
                start = nil
            }
            index = text.index(after: index)
        }
        if let opened = start { words.append(Word(range: opened..<text.endIndex, key: text[opened...].lowercased())) }
        return words
    }

    private func isNumber(_ key: String) -> Bool {
        numberWords.contains(key) || key.count >= 5 && stems.contains(String(key.prefix(3))) && whole(key) != nil
    }

    private func whole(_ phrase: String) -> Double? {
        guard let parsed = spellOut?.parsePrefix(phrase), parsed.utf8Length == phrase.utf8.count, parsed.value > 0 else { return nil }
        return parsed.value
    }

    /// The number words from `start` joined by a space or a hyphen ("forty-five", "cuarenta y cinco", "a hundred").
    private func run(_ words: [Word], from start: Int, in text: String) -> Range<Int>? {
        func joined(_ index: Int) -> Bool {
            let gap = text[words[index - 1].range.upperBound..<words[index].range.lowerBound]
            return gap == " " || gap == "-"
        }
        let opensWithArticle = articles.contains(words[start].key)
        guard isNumber(words[start].key) || opensWithArticle && start + 1 < words.count && joined(start + 1) && isMagnitude(words[start + 1].key)
        else { return nil }
        var end = start + 1
        while end < words.count, end - start < 10, joined(end) {
            if isNumber(words[end].key) {
                end += 1
            } else if joiners.contains(words[end].key), end + 1 < words.count, joined(end + 1), isNumber(words[end + 1].key) {
                end += 2
            } else {
                break
            }
        }
        return start..<end
    }

    private func isMagnitude(_ key: String) -> Bool { (lexicon.magnitudes[key] ?? 0) >= 100 && numberWords.contains(key) }

    /// What ICU reads from the whole phrase, or group by group: each magnitude multiplies the words before it
    /// ("один миллион восемьсот тысяч"). A magnitude alone ("per cent", "por ciento", "mil") is no number said, and
    /// words that do not fall from left to right are two numbers ("two ninety-five" is $2.95, "twenty twenty-seven" a year).
    private func value(of phrase: String, _ said: ArraySlice<Word>, in text: String) -> Double? {
        if said.count == 1, isMagnitude(said.first!.key) { return nil }
        // "Thursday the sixteenth", "am siebzehnten": an ordinal is no amount, and "the 16" is no way to write a day.
        if let last = said.last, lexicon.ordinalWords[last.key] != nil { return nil }
        // The words as said between spaces: "ninety-five" and "quatre-vingts" are one.
        var units: [String] = []
        var previousEnd: String.Index?
        for word in said {
            if let end = previousEnd, text[end..<word.range.lowerBound] == "-", let last = units.popLast() {
                units.append(last + "-" + word.key)
            } else if !joiners.contains(word.key) {
                units.append(word.key)
            }
            previousEnd = word.range.upperBound
        }
        // Within a group: hundreds ("двести", "quinientos") before tens, tens before ones; "four three" is two numbers.
        var before: Double?
        for unit in units {
            guard let value = lexicon.magnitudes[unit] ?? whole(unit) else { continue }
            if value >= 100, log10(value) == log10(value).rounded() {
                before = nil
            } else {
                if let before, !(value < before && (before >= 100 || before >= 20 && before.truncatingRemainder(dividingBy: 10) == 0 && value < 10)) {
                    return nil
                }
                before = value
            }
        }
        if let value = whole(phrase) { return value }
        var total = 0.0
        var group: [String] = []
        var previous = Double.infinity
        for word in said where !joiners.contains(word.key) {
            guard let magnitude = lexicon.magnitudes[word.key], magnitude >= 100 else {
                group.append(word.key)
                continue
            }
            guard magnitude < previous, let count = group.isEmpty ? 1 : count(group) else { return nil }
            previous = magnitude
            total += count * magnitude
            group = []
        }
        guard total > 0 else { return nil }
        if !group.isEmpty {
            guard let rest = count(group), rest < previous else { return nil }
            total += rest
        }
        return total
    }

    /// "a" before "hundred", "twenty-five": the words of one group, as the lexicon or ICU reads them.
    private func count(_ group: [String]) -> Double? {
        if group.count == 1, let value = lexicon.numberWords[group[0]] { return Double(value) }
        return whole(group.joined(separator: " "))
    }

    /// "vier Euro zwanzig", "two dollars fifty": a price said around its currency reads as one, so its cents are not
    /// rewritten alone.
    private func nearSmallNumber(_ words: [Word], _ run: Range<Int>, in text: String) -> Bool {
        guard run.lowerBound >= 2, lexicon.currencies[words[run.lowerBound - 1].key] != nil else { return false }
        let before = words[run.lowerBound - 2].key
        return numberWords.contains(before) && (count([before]).map { $0 < 10 } ?? false)
    }

    /// "5 thousand", "twenty 25": digits beside the words make them one number already half in digits.
    private func touchesDigits(_ phrase: Substring, in text: String) -> Bool {
        let before = text[..<phrase.startIndex].reversed().drop { $0 == " " }.first
        let after = text[phrase.endIndex...].drop { $0 == " " }.first
        return before?.isNumber == true || after?.isNumber == true
    }

    /// "3,825", "2 million" (a run ending on a magnitude of a million or more keeps it), a year as a year ("2027").
    private func written(_ value: Double, _ said: ArraySlice<Word>) -> String {
        if said.count > 1, let last = said.last, let magnitude = lexicon.magnitudes[last.key], magnitude >= 1e6 {
            return digits(value / magnitude) + " " + last.key
        }
        if value >= 1990, value <= 2100, value == value.rounded() { return String(Int(value)) }
        return digits(value)
    }
}

extension Substring {
    /// The text without the trailing `character`s.
    fileprivate func drop(whileLast character: Character) -> Substring {
        var text = self
        while text.last == character { text.removeLast() }
        return text
    }
}

extension CharacterSet {
    fileprivate static let punctuationAndSpaces = CharacterSet.punctuationCharacters.union(.whitespaces)
}
