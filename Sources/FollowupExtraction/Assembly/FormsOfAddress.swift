import FollowupDocument

/// How the notes address each participant: "Teilnehmer: Katrin Hoffmann …" and later "Fr. Hoffmann: Angebot"
/// address her as "Frau Hoffmann"; "Dr. Keller" keeps the doctor; "Марина Сергеевна" her patronymic. A greeting
/// by first name to someone the notes address formally is the wrong register.
struct FormsOfAddress {
    private var forms: [String: String] = [:]

    /// Reads `text` once, word by word over its UTF-8 bytes, for a title (the lexicon's honorifics, with or without a
    /// dot) right before a participant's surname, or a patronymic right after a participant's first name. Strings
    /// are made only where a participant's name is found. The first form found for a name wins.
    init(_ text: String, names: [String], lexicon: Lexicon) {
        let titles = lexicon.words(.honorific)
        var bySurname: [[UInt8]: String] = [:]
        var byFirstName: [[UInt8]: String] = [:]
        for name in names {
            let words = name.split(separator: " ")
            guard let first = words.first, let last = words.last, !titles.contains(Self.bare(Array(first.utf8))) else { continue }
            // "Mr. Whitley (Dir Facilities)" listed by surname alone: the surname.
            if bySurname[Array(last.utf8)] == nil { bySurname[Array(last.utf8)] = name }
            if words.count >= 2, byFirstName[Array(first.utf8)] == nil { byFirstName[Array(first.utf8)] = name }
        }
        guard !bySurname.isEmpty else { return }
        let lengths = Set(bySurname.keys.map(\.count)).union(byFirstName.keys.map(\.count))
        let bytes = Array(text.utf8)
        // The last three words (trimmed of ASCII punctuation), oldest first.
        var recent: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            while start < bytes.count, Self.isSeparator(bytes[start]) { start += 1 }
            var end = start
            while end < bytes.count, !Self.isSeparator(bytes[end]) { end += 1 }
            guard end > start else { break }
            let word = Self.trimmed(start..<end, bytes)
            start = end
            guard !word.isEmpty else { continue }
            if lengths.contains(word.count) || lengths.contains(recent.last?.count ?? -1) {
                let key = Array(bytes[word])
                if let name = bySurname[key], forms[name] == nil {
                    // "Frau Dr. Keller": up to two titles before the surname.
                    var said: [String] = []
                    for previous in recent.reversed().prefix(2) {
                        let raw = Array(bytes[previous])
                        let title = Self.bare(raw)
                        guard titles.contains(title) else { break }
                        said.insert(lexicon.titleGreetingForms[title] ?? String(decoding: Self.withDot(previous, bytes), as: UTF8.self), at: 0)
                    }
                    if !said.isEmpty { forms[name] = (said + [String(decoding: key, as: UTF8.self)]).joined(separator: " ") }
                }
                if let previous = recent.last, let name = byFirstName[Array(bytes[previous])], forms[name] == nil {
                    let patronymic = String(decoding: key, as: UTF8.self)
                    if patronymic.first?.isUppercase == true,
                        lexicon.patronymicSuffixes.contains(where: { patronymic.hasSuffix($0) && patronymic.count > $0.count + 2 })
                    {
                        forms[name] = String(decoding: bytes[previous], as: UTF8.self) + " " + patronymic
                    }
                }
            }
            recent.append(word)
            if recent.count > 3 { recent.removeFirst() }
        }
    }

    /// The participants as the record lists them, each with how the notes address them.
    func people(_ participants: [Participant]) -> [ExtractionRecord.Person] {
        participants.map { ExtractionRecord.Person(name: $0.name, email: $0.email, onOurSide: $0.onOurSide, addressedAs: forms[$0.name], organization: $0.organization) }
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x28 || byte == 0x2F  // space, line ends, tab, "(", "/"
    }

    /// The word without the ASCII punctuation around it ("Hoffmann:", "(Dr.").
    private static func trimmed(_ range: Range<Int>, _ bytes: [UInt8]) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isPunctuation(bytes[lower]) { lower += 1 }
        while upper > lower, isPunctuation(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    private static func isPunctuation(_ byte: UInt8) -> Bool {
        byte < 0x80 && !(byte >= 0x30 && byte <= 0x39 || byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) && byte != 0x2D
    }

    /// A title as the notes write it, with its dot when it has one ("Dr." of "Dr.,").
    private static func withDot(_ range: Range<Int>, _ bytes: [UInt8]) -> ArraySlice<UInt8> {
        range.upperBound < bytes.count && bytes[range.upperBound] == 0x2E ? bytes[range.lowerBound...range.upperBound] : bytes[range]
    }

    private static func bare(_ word: [UInt8]) -> String {
        String(decoding: word, as: UTF8.self).lowercased()
    }
}
