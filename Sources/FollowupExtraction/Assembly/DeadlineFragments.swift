extension Analysis {
    /// "I'll build the slides. By Monday.": a short fragment right after a task, in the same turn,
    /// gives the deadline its own sentence lacks.
    func withFragmentDeadlines(_ actions: [ActionCandidate], after index: Int, findings: [SentenceFindings]) -> [ActionCandidate] {
        var actions = actions
        for i in actions.indices where actions[i].due == nil {
            actions[i].due = fragmentDate(after: index, findings: findings)
        }
        return actions
    }

    private func fragmentDate(after index: Int, findings: [SentenceFindings]) -> DateMatch? {
        for offset in 1...2 {
            if let date = fragmentDate(after: index, offset: offset, findings: findings) { return date }
        }
        return nil
    }

    private func fragmentDate(after index: Int, offset: Int, findings: [SentenceFindings]) -> DateMatch? {
        guard index + offset < sentences.count else { return nil }
        let current = sentences[index]
        let next = sentences[index + offset]
        let sameTurn = next.utteranceIndex == current.utteranceIndex
            || (next.utterance.speaker != nil && next.utterance.speaker == current.utterance.speaker && next.utteranceIndex == current.utteranceIndex + 1)
        guard sameTurn, next.tokens.count <= 8 else { return nil }
        guard let date = findings[index + offset].dates.first else { return nil }
        // The fragment must be mostly the date: "By Monday.", "Hopefully Friday at the latest."
        let words = next.tokens.filter { $0.kind != .symbol }.count
        let dateWords = next.tokens[date.range].filter { $0.kind != .symbol }.count
        return words - dateWords <= 3 ? date : nil
    }
}
