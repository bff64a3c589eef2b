/// "Follow-up" or "Our call" could be any meeting: the subject should name this one's topic.
struct SubjectVagueRule: LintRule {
    let id = "subject-vague"
    let guidance = "The subject names the topic of the meeting, not just \"Follow-up\" or \"Our call\"."

    func check(_ context: LintContext) -> [Finding] {
        guard let subject = context.draft.subject else { return [] }
        let text = LintLexicons.withoutReplyPrefixes(subject.text)
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
}
