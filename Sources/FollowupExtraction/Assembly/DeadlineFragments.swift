extension Analysis {
    /// "I'll build the slides. By Monday.": a short fragment right after a task, in the same turn,
    /// gives the deadline its own sentence lacks.
    /// `following` holds the findings of the sentences right after sentence `index`.
    func withFragmentDeadlines(_ actions: [ActionCandidate], after index: Int, following: ArraySlice<SentenceFindings>) -> [ActionCandidate] {
        var actions = actions
        for i in actions.indices where actions[i].due == nil {
            actions[i].due = fragmentDate(after: index, following: following)
        }
        return actions
    }

    private func fragmentDate(after index: Int, following: ArraySlice<SentenceFindings>) -> DateMatch? {
        for offset in 1...2 {
            if let date = fragmentDate(after: index, offset: offset, following: following) { return date }
        }
        return nil
    }

    private func fragmentDate(after index: Int, offset: Int, following: ArraySlice<SentenceFindings>) -> DateMatch? {
        guard index + offset < sentences.count, offset <= following.count else { return nil }
        let current = sentences[index]
        let next = sentences[index + offset]
        let sameTurn = next.utteranceIndex == current.utteranceIndex
            || (next.utterance.speaker != nil && next.utterance.speaker == current.utterance.speaker && next.utteranceIndex == current.utteranceIndex + 1)
        guard sameTurn, next.tokens.count <= 8 else { return nil }
        guard let date = following[following.startIndex + offset - 1].dates.first else { return nil }
        // The fragment must be mostly the date: "By Monday.", "Hopefully Friday at the latest."
        let words = next.tokens.filter { $0.kind != .symbol }.count
        let dateWords = next.tokens[date.range].filter { $0.kind != .symbol }.count
        return words - dateWords <= 3 ? date : nil
    }
}
