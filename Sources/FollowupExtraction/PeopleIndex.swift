import FollowupDocument

/// Finds people in token sequences: full names, first or last names, initials the notes define,
/// "@handles" and e-mail local parts, each giving the fullest form of the name.
struct PeopleIndex {
    /// Token-key sequences → participant name, longest first at lookup.
    private var names: [String: [(keys: [String], name: String)]] = [:]
    private var initials: [String: String] = [:]
    /// Stems of unique Cyrillic first names → full name.
    private var stems: [String: String] = [:]
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
                if person.initials != nil { initials[defined.lowercased()] = person.name }
            }
        }
        for key in names.keys { names[key]!.sort { $0.keys.count > $1.keys.count } }
        let firstStems = nameKeys.map { $0.first.flatMap(PeopleIndex.stem) }
        var stemCount: [String: Int] = [:]
        for stem in firstStems.compactMap({ $0 }) { stemCount[stem, default: 0] += 1 }
        for (person, stem) in zip(participants, firstStems) {
            if let stem, stemCount[stem] == 1 { stems[stem] = person.name }
        }
    }

    private mutating func add(_ keys: [String], _ name: String) {
        guard let first = keys.first else { return }
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

    /// The person named at token `index`, and how many tokens the name takes.
    func person(in sentence: SentenceView, at index: Int) -> (name: String, length: Int)? {
        let tokens = sentence.tokens
        var start = index
        if tokens[index].key == "@", index + 1 < tokens.count { start = index + 1 }
        var key = tokens[start].key
        // ICU keeps "@maria" as one word.
        if key.hasPrefix("@") { key.removeFirst() }
        if let candidates = names[key] {
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
        if key.hasSuffix("'s"), let candidates = names[String(key.dropLast(2))],
            let single = candidates.first(where: { $0.keys.count == 1 })
        {
            return (single.name, start - index + 1)
        }
        if let name = initials[key], sentence.raw(start).allSatisfy({ $0.isUppercase }) {
            return (name, start - index + 1)
        }
        // Inflected names ("Анне", "Ивану", "Марии"): the same stem as exactly one first name.
        if let stem = PeopleIndex.stem(key), let name = stems[stem] {
            return (name, start - index + 1)
        }
        return nil
    }

    /// A Cyrillic name without its case ending: "анна", "анне", "анну" → "анн".
    static func stem(_ key: String) -> String? {
        guard let first = key.unicodeScalars.first, (0x0400...0x04FF).contains(first.value), key.count >= 4 else { return nil }
        var word = key
        for ending in ["ой", "ей", "ом", "ем", "ию", "ии", "ия", "ью", "а", "я", "е", "и", "у", "ю", "ы", "ь"] where word.hasSuffix(ending) {
            word = String(word.dropLast(ending.count))
            break
        }
        return word.count >= 3 ? word : nil
    }

    /// The fullest known form of `name` ("Alice" → "Alice Chen", "AC" → "Alice Chen"), or the name as written.
    func fullest(_ name: String) -> String {
        var keys = PeopleIndex.keys(name)
        if keys.first?.hasPrefix("@") == true { keys[0].removeFirst() }
        if keys.count == 1, let person = initials[keys[0]], name.allSatisfy({ $0.isUppercase }) { return person }
        guard let first = keys.first, let candidates = names[first] else { return name }
        return candidates.first(where: { $0.keys == keys })?.name ?? name
    }

    /// Whether `name` is someone this document knows.
    func knows(_ name: String) -> Bool {
        var keys = PeopleIndex.keys(name)
        if keys.first?.hasPrefix("@") == true { keys[0].removeFirst() }
        if keys.count == 1, initials[keys[0]] != nil { return true }
        guard let first = keys.first, let candidates = names[first] else { return false }
        return candidates.contains { $0.keys == keys }
    }

    var isEmpty: Bool { participants.isEmpty }
}
