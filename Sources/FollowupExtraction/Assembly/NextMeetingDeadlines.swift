import FollowupText

extension Analysis {
    /// "Luis presentará una previsión en el próximo comité", "bring the costings to the next
    /// meeting": a task for the next meeting is due on the day the notes give for it. "The next
    /// meeting" is what `NextContactRule` reads as its strongest signal.
    func withNextMeetingDeadlines(_ candidates: [ActionCandidate], next: ExtractionRecord.NextContact?) -> [ActionCandidate] {
        guard let next, let date = CivilDate(iso: next.date) else { return candidates }
        let context = context()
        let rule = NextContactRule()
        let parts = (next.time ?? "").split(separator: ":").compactMap { Int($0) }
        let time = parts.count == 2 ? TimeOfDay(hour: parts[0], minute: parts[1]) : nil
        return candidates.map { candidate in
            guard candidate.due == nil, candidate.sentenceIndex < sentences.count else { return candidate }
            let sentence = sentences[candidate.sentenceIndex]
            guard rule.signal(in: sentence, context: context) == 3, let noun = rule.anchorIndex(in: sentence, context: context),
                let phrase = context.compiled.contactNouns.match(sentence.tokens, at: noun)
            else { return candidate }
            let range = max(0, noun - 1)..<(noun + phrase.length)
            var found = candidate
            found.due = DateMatch(range: range, date: date, time: time, isDeadline: true, isAbsolute: true, otherReading: nil,
                                  text: sentence.text(range))
            return found
        }
    }
}
