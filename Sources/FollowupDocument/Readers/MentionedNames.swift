/// Names a transcript's own words give for the people in it, for transcripts whose labels do not
/// say it all.
///
/// - A transcript without speaker labels (plain Whisper, unlabelled SRT) still names its people
///   when they greet, introduce themselves or are asked something: "it's Nadia", "Oliver here",
///   "Hi Rosa", "Mei, can you share the guide by Friday?".
/// - A speaker labelled with a first name often says the full one: "Иван: … я Иван Петров".
///
/// Only single capitalised words count, and never interjections, weekdays or months, so "Okay, is
/// everyone on?" and "it's Friday" name nobody.
enum MentionedNames {
    /// People greeted, introduced or addressed in `utterances`, in order of first mention.
    static func addressed(in utterances: [Utterance]) -> [String] {
        var names: [String] = []
        func note(_ word: String) {
            guard isCandidate(word), !names.contains(word) else { return }
            names.append(word)
        }
        for utterance in utterances {
            for sentence in sentences(utterance.text) {
                let words = sentence.split(separator: " ").map(String.init)
                guard let first = words.first else { continue }
                // "Mei, can you …", "Hiro, by the 20th?"
                if first.hasSuffix(","), words.count > 1 {
                    let next = bare(words[1]).lowercased()
                    if sentence.hasSuffix("?") || requestWords.contains(next) { note(bare(first)) }
                }
                for (index, word) in words.enumerated() {
                    let lower = bare(word).lowercased()
                    let following = index + 1 < words.count ? bare(words[index + 1]) : nil
                    // "it's Nadia", "this is Carmen", "I'm Rachel", "Hi Rosa", "Thanks, Luke"
                    if let following, greetingWords.contains(lower) || (lower == "is" && index > 0 && bare(words[index - 1]).lowercased() == "this") {
                        note(following)
                    }
                    // "Oliver here", "Rosa here."; "Linda Gardner here": the full name, not a second person "Gardner".
                    if lower == "here", word.last.map({ ".,!".contains($0) }) ?? true, index > 0 {
                        let surname = bare(words[index - 1])
                        let given = index > 1 && !words[index - 2].hasSuffix(",") ? bare(words[index - 2]) : ""
                        if isCandidate(given), isCandidate(surname), !names.contains(given + " " + surname) {
                            names.removeAll { $0 == given }
                            names.append(given + " " + surname)
                        } else {
                            note(surname)
                        }
                    }
                }
            }
        }
        return names
    }

    /// Fuller forms of single-word speakers' names said by anyone: "Иван" saying "я Иван Петров",
    /// or the chair introducing "Shawn Pike, Brightline Electric". Only a surname said the same
    /// way every time counts.
    static func selfIntroduced(in utterances: [Utterance]) -> [String] {
        var names: [String] = []
        let speakers = Set(utterances.compactMap(\.speaker).filter { !$0.contains(" ") })
        // Only a single-word speaker's name can be completed: without one, no word needs a look.
        guard !speakers.isEmpty else { return [] }
        var surnames: [String: Set<String>] = [:]
        for utterance in utterances {
            let words = utterance.text.split(separator: " ").map(String.init)
            for index in words.indices.dropLast() where speakers.contains(words[index]) {
                let surname = bare(words[index + 1])
                if isCandidate(surname), !speakers.contains(surname) { surnames[words[index], default: []].insert(surname) }
            }
        }
        for (speaker, found) in surnames.sorted(by: { $0.key < $1.key }) where found.count == 1 {
            names.append(speaker + " " + found.first!)
        }
        return names
    }

    /// A capitalised word of letters (and inner hyphens or apostrophes) that is no common word.
    static func isCandidate(_ word: String) -> Bool {
        guard word.count >= 2, let first = word.first, first.isUppercase, first.isLetter,
            word.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }), !word.contains("'s"), !word.contains("’s")
        else { return false }
        return !notNames.contains(word.lowercased())
    }

    private static func bare(_ word: String) -> String { word.trimmingCharacters(in: ",.!?;:\"“”()…") }

    private static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for char in text {
            current.append(char)
            // Each end mark is a lone ASCII scalar: its ASCII value decides, with no comparison.
            if let ascii = char.asciiValue, ascii == 0x2E || ascii == 0x3F || ascii == 0x21 {
                result.append(current.trimmingWhitespace())
                current = ""
            }
        }
        result.append(current.trimmingWhitespace())
        return result.filter { !$0.isEmpty }
    }

    private static let requestWords: Set<String> = [
        "can", "could", "would", "will", "you", "you'll", "you’ll", "you've", "do", "did", "are", "any", "please", "what", "how",
        "when", "where",
    ]
    private static let greetingWords: Set<String> = ["it's", "it’s", "i'm", "i’m", "hi", "hey", "hello", "thanks", "thank"]

    private static let notNames: Set<String> = [
        "okay", "ok", "yeah", "yes", "yep", "no", "nope", "so", "great", "sure", "right", "well", "oh", "um", "uh", "hmm",
        "hi", "hey", "hello", "and", "but", "also", "fair", "perfect", "cool", "nice", "thanks", "thank", "honestly",
        "alright", "good", "anyway", "actually", "now", "then", "first", "next", "last", "wait", "sorry", "ha", "morning",
        "bye", "look", "listen", "exactly", "really", "maybe", "sounds", "true", "everyone", "everybody", "all", "folks",
        "team", "guys", "you", "we", "they", "it", "this", "that", "there", "here", "what", "why", "how", "question",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "tonight",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "the", "a", "an", "i", "me", "my", "our", "your", "not", "just", "like", "sir", "ma'am",
        // "say 10 a.m. Pacific, and we go through…": a time zone after a time cut at "a.m.".
        "pacific", "eastern", "central", "mountain", "atlantic", "gmt", "utc", "cet", "cest", "est", "edt", "pst", "pdt",
        // "Может, добрый день", "Bueno, …": the other languages' openers before a comma name nobody either.
        "может", "ну", "так", "вот", "да", "нет", "ладно", "хорошо", "слушайте", "смотрите", "алло", "отлично", "bueno", "vale",
        "oye", "mira", "pues", "claro", "genau", "gut", "ja", "nein", "alors", "bon", "oui", "non", "voilà",
        "bien", "parfait", "d'accord", "sí", "si", "eso", "mire", "oiga", "perfecto", "exacto", "entonces", "gracias", "prima",
        "super", "merci", "exactement", "спасибо", "понятно", "конечно", "точно",
        // Titles said without the name: "Ingeniero Méndez, ¿cómo está?", "los acompaña la ingeniera…".
        "ingeniero", "ingeniera", "licenciado", "licenciada", "doctor", "doctora", "señor", "señora", "don", "doña", "madame",
        "monsieur", "herr", "frau", "mister", "missus",
        // Phone openers and parts of the day: "Allô, Madame Berthier ?", "Vormittags, so um neun?", "Mañana, ¿a las diez?".
        "allô", "allo", "hallo", "hola", "bonjour", "salut", "buenas", "servus", "moin", "vormittags", "nachmittags", "morgens",
        "abends", "mittags", "heute", "morgen", "demain", "aujourd'hui", "mañana", "hoy", "сегодня", "завтра", "утром", "вечером",
        // Hesitations and the group addressed: "Эээ, Наталья Игоревна, …", "Коллеги, возражения есть?" (set 33).
        "эээ", "ээ", "эм", "ммм", "э", "äh", "ähm", "eh", "euh", "коллеги", "друзья", "ребята", "господа", "kollegen", "leute",
        "zusammen", "chicos", "equipo", "compañeros", "gente", "collègues", "équipe", "messieurs", "mesdames",
        // Apologies before a comma: "Perdón, ¿nos escuchan?" (set 38 listed "Perdón" as a participant).
        "perdón", "perdon", "perdona", "perdone", "disculpa", "disculpe", "disculpen", "pardon", "désolé", "désolée",
        "excusez-moi", "entschuldigung", "извините", "простите",
    ]
}
