import FollowupDocument
import Foundation

/// Finds people in token sequences: full names, first or last names, initials the notes define,
/// "@handles" and e-mail local parts, each giving the fullest form of the name.
struct PeopleIndex {
    /// Token-key sequences → participant name, longest first at lookup.
    private var names: [WordKey: [(keys: [String], name: String)]] = [:]
    private var initials: [WordKey: String] = [:]
    /// Stems of unique Cyrillic first names → full name.
    private var stems: [WordKey: String] = [:]
    let participants: [Participant]

    init(participants: [Participant]) {
        self.participants = participants
        // Each name's keys once, not once per pass.
        let nameKeys = participants.map { PeopleIndex.keys($0.name) }
        var firstNameCount: [String: Int] = [:]
        var lastNameCount: [String: Int] = [:]
        for words in nameKeys {
            if let first = words.first { firstNameCount[first, default: 0] += 1 }
            if words.count > 1, let last = words.last { lastNameCount[last, default: 0] += 1 }
        }
        for (person, words) in zip(participants, nameKeys) {
            guard !words.isEmpty else { continue }
            add(words, person.name)
            if words.count > 1 {
                if firstNameCount[words[0]] == 1 { add([words[0]], person.name) }
                if let last = words.last, lastNameCount[last] == 1, last.count > 2 { add([last], person.name) }
                // "A. Chen"
                if let initial = words[0].first, let last = words.last { add([String(initial), ".", last], person.name) }
            }
            for alias in person.aliases { add(PeopleIndex.keys(alias), person.name) }
            if let email = person.email, let local = email.split(separator: "@").first {
                let localKey = local.lowercased()
                if firstNameCount[localKey] == nil || words.first == localKey { add([localKey], person.name) }
                for part in localKey.split(whereSeparator: { ".-_".contains($0) }) where part.count > 2 {
                    if words.contains(String(part)) && firstNameCount[String(part)] == 1 { add([String(part)], person.name) }
                }
            }
            let defined = person.initials ?? (words.count >= 2 ? words.compactMap(\.first).map(String.init).joined().uppercased() : nil)
            if let defined, person.initials != nil || defined.count >= 2 {
                // Initials match only when written in capitals ("AC to send"), and only when the notes define them.
                if person.initials != nil { initials[PeopleIndex.wordKey(defined.lowercased())] = person.name }
            }
        }
        for key in names.keys { names[key]!.sort { $0.keys.count > $1.keys.count } }
        let firstStems = nameKeys.map { $0.first.flatMap(PeopleIndex.stem) }
        var stemCount: [String: Int] = [:]
        for stem in firstStems.compactMap({ $0 }) { stemCount[stem, default: 0] += 1 }
        for (person, stem) in zip(participants, firstStems) {
            if let stem, stemCount[stem] == 1 { stems[PeopleIndex.wordKey(stem)] = person.name }
        }
    }

    private mutating func add(_ keys: [String], _ name: String) {
        guard let first = keys.first.map(PeopleIndex.wordKey) else { return }
        if names[first, default: []].contains(where: { $0.keys == keys && $0.name != name }) {
            // Two people share this form: it names neither.
            names[first]!.removeAll { $0.keys == keys }
            return
        }
        if !names[first, default: []].contains(where: { $0.keys == keys }) { names[first, default: []].append((keys, name)) }
    }

    static func keys(_ name: String) -> [String] {
        name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }

    /// A name's word as a byte-compared key: NFC first, as token keys are, so that equal bytes
    /// mean what String equality means.
    static func wordKey(_ word: String) -> WordKey {
        word.utf8.allSatisfy({ $0 < 0x80 }) ? WordKey(word) : WordKey(word.precomposedStringWithCanonicalMapping)
    }

    /// The person named at token `index`, and how many tokens the name takes.
    func person(in sentence: SentenceView, at index: Int) -> (name: String, length: Int)? {
        if !sentence.persons.isEmpty { return sentence.persons[index] }
        return isEmpty ? nil : lookUp(in: sentence, at: index)
    }

    /// `person(in:at:)` without the sentence's table of looked-up tokens.
    func lookUp(in sentence: SentenceView, at index: Int) -> (name: String, length: Int)? {
        let tokens = sentence.tokens
        var start = index
        if tokens[index].key == "@", index + 1 < tokens.count { start = index + 1 }
        var key = tokens[start].key
        // ICU keeps "@maria" as one word.
        // Byte pre-checks first: String's prefix and suffix tests compare Characters.
        if key.utf8.first == UInt8(ascii: "@"), key.hasPrefix("@") { key.removeFirst() }
        if let candidates = names[WordKey(key)] {
            for candidate in candidates {
                guard start + candidate.keys.count <= tokens.count else { continue }
                var matched = true
                for (offset, expected) in candidate.keys.enumerated() where (offset == 0 ? key : tokens[start + offset].key) != expected {
                    matched = false
                    break
                }
                if matched { return (candidate.name, start - index + candidate.keys.count) }
            }
        }
        // Possessive "Alice's" → "alice's"
        if key.utf8.last == UInt8(ascii: "s"), key.hasSuffix("'s"), let candidates = names[WordKey(String(key.dropLast(2)))],
            let single = candidates.first(where: { $0.keys.count == 1 })
        {
            return (single.name, start - index + 1)
        }
        if !initials.isEmpty, let name = initials[WordKey(key)], sentence.raw(start).allSatisfy({ $0.isUppercase }) {
            return (name, start - index + 1)
        }
        // Inflected names ("Анне", "Ивану", "Марии"): the same stem as exactly one first name.
        if !stems.isEmpty, let stem = PeopleIndex.stem(key), let name = stems[WordKey(stem)] {
            return (name, start - index + 1)
        }
        return nil
    }

    /// A Cyrillic name without its case ending: "анна", "анне", "анну" → "анн".
    static func stem(_ key: String) -> String? {
        // Cyrillic scalars start with lead bytes 0xD0...0xD3: anything else is no Cyrillic name.
        guard let lead = key.utf8.first, lead >= 0xD0 && lead <= 0xD3 else { return nil }
        if let stem = cyrillicStem(key) { return stem.isEmpty ? nil : stem }
        guard let first = key.unicodeScalars.first, (0x0400...0x04FF).contains(first.value), key.count >= 4 else { return nil }
        var word = key
        for ending in stemEndings where word.hasSuffix(ending) {
            word = String(word.dropLast(ending.count))
            break
        }
        return word.count >= 3 ? word : nil
    }

    private static let stemEndings = ["ой", "ей", "ом", "ем", "ию", "ии", "ия", "ью", "а", "я", "е", "и", "у", "ю", "ы", "ь"]

    /// `stem(_:)` over UTF-8 bytes for a key of Cyrillic letters and ASCII only, where every
    /// scalar is a character of its own, so byte suffixes and scalar counts are the Character
    /// ones; "" for no stem, nil for any other key (the Character-level path decides).
    private static func cyrillicStem(_ key: String) -> String? {
        var bytes = Array(key.utf8)
        var scalars = 0
        for (i, byte) in bytes.enumerated() {
            if byte & 0xC0 == 0x80 {
                // U+0483...U+0489 (0xD2 0x83...0x89) are combining marks.
                if bytes[i - 1] == 0xD2 && byte >= 0x83 && byte <= 0x89 { return nil }
                continue
            }
            // CR and LF may form one character together; other leads are outside U+0400...U+04FF.
            guard byte < 0x80 && byte != 0x0D && byte != 0x0A || byte >= 0xD0 && byte <= 0xD3 else { return nil }
            scalars += 1
        }
        guard scalars >= 4 else { return "" }
        for ending in stemEndingBytes where bytes.count >= ending.count && bytes[(bytes.count - ending.count)...].elementsEqual(ending) {
            bytes.removeLast(ending.count)
            scalars -= ending.count / 2  // two bytes per Cyrillic letter
            break
        }
        return scalars >= 3 ? String(decoding: bytes, as: UTF8.self) : ""
    }

    private static let stemEndingBytes = stemEndings.map { Array($0.utf8) }

    /// The fullest known form of `name` ("Alice" → "Alice Chen", "AC" → "Alice Chen"), or the name as written.
    func fullest(_ name: String) -> String {
        var keys = PeopleIndex.keys(name)
        if keys.first?.hasPrefix("@") == true { keys[0].removeFirst() }
        if keys.count == 1, let person = initials[PeopleIndex.wordKey(keys[0])], name.allSatisfy({ $0.isUppercase }) { return person }
        guard let first = keys.first, let candidates = names[PeopleIndex.wordKey(first)] else { return name }
        if let exact = candidates.first(where: { $0.keys == keys }) { return exact.name }
        // "Олег Петрович" for "Олег Петрович Ильин": the one person whose name it begins.
        let longer = candidates.filter { $0.keys.count > keys.count && $0.keys.starts(with: keys) }
        return longer.count == 1 && keys.count > 1 ? longer[0].name : name
    }

    /// Whether `name` is someone this document knows.
    func knows(_ name: String) -> Bool {
        var keys = PeopleIndex.keys(name)
        if keys.first?.hasPrefix("@") == true { keys[0].removeFirst() }
        if keys.count == 1, initials[PeopleIndex.wordKey(keys[0])] != nil { return true }
        guard let first = keys.first, let candidates = names[PeopleIndex.wordKey(first)] else { return false }
        return candidates.contains { $0.keys == keys || keys.count > 1 && $0.keys.count > keys.count && $0.keys.starts(with: keys) }
    }

    /// Whether `name` starts with the first name of someone this document knows ("Олег Петрович"
    /// for "Олег Петрович Ильин").
    func knowsFirstName(_ name: String) -> Bool {
        guard let first = PeopleIndex.keys(name).first else { return false }
        return names[PeopleIndex.wordKey(first)] != nil
    }

    /// Whether someone here has `surname` as the last word of their name ("Lenoir" of "Isabelle Lenoir").
    func knowsSurname(_ surname: String) -> Bool {
        let key = surname.lowercased()
        return participants.contains { person in
            let words = person.name.split(separator: " ")
            return words.count > 1 && words.last?.lowercased() == key
        }
    }

    var isEmpty: Bool { participants.isEmpty }
}
