import FollowupDocument

/// How the notes address each participant: "Teilnehmer: Katrin Hoffmann …" and later "Fr. Hoffmann: Angebot"
/// address her as "Frau Hoffmann"; "Dr. Keller" keeps the doctor; "Марина Сергеевна" her patronymic. A greeting
/// by first name to someone the notes address formally is the wrong register.
struct FormsOfAddress {
    private var forms: [String: String] = [:]

    /// Reads `text` once for a title (the lexicon's honorifics, with or without a dot) right before a participant's
    /// surname, or a patronymic right after a participant's first name. The first form found for a name wins.
    init(_ text: String, names: [String], lexicon: Lexicon) {
        let titles = lexicon.words(.honorific)
        var bySurname: [String: String] = [:]
        var byFirstName: [String: String] = [:]
        for name in names {
            let words = name.split(separator: " ")
            guard words.count >= 2, let first = words.first, let last = words.last, !titles.contains(Self.bare(first)) else { continue }
            bySurname[String(last), default: name] = name
            byFirstName[String(first), default: name] = name
        }
        guard !bySurname.isEmpty, !titles.isEmpty || !lexicon.patronymicSuffixes.isEmpty else { return }
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "(" || $0 == "/" })
        for index in words.indices.dropFirst() {
            let word = Self.trimmed(words[index])
            if let name = bySurname[word], forms[name] == nil {
                // "Frau Dr. Keller": up to two titles before the surname.
                var said: [String] = []
                var at = index - 1
                while at >= words.startIndex, said.count < 2, titles.contains(Self.bare(words[at])) {
                    let title = Self.bare(words[at])
                    said.insert(lexicon.titleGreetingForms[title] ?? String(words[at]), at: 0)
                    at -= 1
                }
                if !said.isEmpty { forms[name] = (said + [word]).joined(separator: " ") }
            }
            let previous = Self.trimmed(words[index - 1])
            if let name = byFirstName[previous], forms[name] == nil, word.first?.isUppercase == true,
                lexicon.patronymicSuffixes.contains(where: { word.hasSuffix($0) && word.count > $0.count + 2 })
            {
                forms[name] = previous + " " + word
            }
        }
    }

    /// The participants as the record lists them, each with how the notes address them.
    func people(_ participants: [Participant]) -> [ExtractionRecord.Person] {
        participants.map { ExtractionRecord.Person(name: $0.name, email: $0.email, onOurSide: $0.onOurSide, addressedAs: forms[$0.name]) }
    }

    private static func bare(_ word: Substring) -> String {
        String(word.lowercased().drop(while: { !$0.isLetter }).reversed().drop(while: { !$0.isLetter }).reversed())
    }

    private static func trimmed(_ word: Substring) -> String {
        String(word.drop(while: { !$0.isLetter }).reversed().drop(while: { !$0.isLetter }).reversed())
    }
}
