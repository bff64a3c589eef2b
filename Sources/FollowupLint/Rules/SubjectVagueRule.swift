/// "Follow-up" or "Our call" could be any meeting: the subject should name this one's topic.
struct SubjectVagueRule: LintRule {
    let id = "subject-vague"
    let guidance = "The subject names the topic of the meeting, not just \"Follow-up\" or \"Our call\"."

    func check(_ context: LintContext) -> [Finding] {
        guard let subject = context.draft.subject else { return [] }
        let text = Self.withoutPrefixes(subject.text, context.lexicon)
        let words = WordLine(text).words
        guard !words.isEmpty else { return [] }
        let vague = context.lexicon.vagueSubjectWords.phrases
        let informative = words.filter { word in
            if word.text.allSatisfy(\.isNumber) || context.words.stopWords.contains(word.text) { return false }
            if context.words.weekdays[word.text] != nil || context.words.months[word.text] != nil { return false }
            return !vague.contains { phrase in
                guard phrase.parts.count == 1, case .word(let w, let prefix) = phrase.parts[0] else { return false }
                return prefix ? word.text.hasPrefix(w) : word.text == w
            }
        }
        guard informative.isEmpty else { return [] }
        return [context.finding(id, line: subject.number, excerpt: text)]
    }

    /// The subject without "Re:", "Fwd:" and the like.
    static func withoutPrefixes(_ subject: String, _ lexicon: LintLexicon) -> String {
        var text = Substring(subject)
        while true {
            text = text.drop(while: { $0 == " " })
            guard let colon = text.firstIndex(of: ":") else { break }
            let prefix = text[..<colon].lowercased()
            guard LintLexicons.all.contains(where: { $0.subjectPrefixes.contains(prefix) }) else { break }
            text = text[text.index(after: colon)...]
        }
        return String(text)
    }
}
