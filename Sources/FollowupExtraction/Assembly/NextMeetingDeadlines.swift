import FollowupText

extension Analysis {
    /// "Luis presentará una previsión en el próximo comité", "bring the costings to the next
    /// meeting": a task for the next meeting is due on the day the notes give for it.
    func withNextMeetingDeadlines(_ candidates: [ActionCandidate], next: ExtractionRecord.NextContact?) -> [ActionCandidate] {
        guard let next, let date = CivilDate(iso: next.date) else { return candidates }
        let compiled = CompiledLexicon.shared(lexicon)
        return candidates.map { candidate in
            guard candidate.due == nil, candidate.sentenceIndex < sentences.count else { return candidate }
            let sentence = sentences[candidate.sentenceIndex]
            let tokens = sentence.tokens
            for index in tokens.indices {
                guard let noun = compiled.contactNouns.match(tokens, at: index), index > 0,
                    lexicon.contactNextWords.contains(tokens[index - 1].key) || lexicon.nextWords.contains(tokens[index - 1].key)
                else { continue }
                var found = candidate
                let parts = (next.time ?? "").split(separator: ":").compactMap { Int($0) }
                let time = parts.count == 2 ? TimeOfDay(hour: parts[0], minute: parts[1]) : nil
                found.due = DateMatch(range: (index - 1)..<(index + noun.length), date: date, time: time, isDeadline: true, isAbsolute: true,
                                      otherReading: nil, text: sentence.text((index - 1)..<(index + noun.length)))
                return found
            }
            return candidate
        }
    }
}
