import FollowupDocument
import FollowupText

/// Commitments in a long many-party meeting (`MeetingShape`).
extension ActionItemRule {
    /// What a long meeting keeps of a sentence's commitments, and who owns them. Along the way, one said
    /// without a day is talk; the work is handed out in the chair's closing round.
    func settled(
        _ actions: [ActionCandidate], in sentence: SentenceView, meeting: MeetingShape, dated: Bool, _ context: RuleContext
    ) -> [ActionCandidate] {
        let tokens = sentence.tokens
        if !dated, !meeting.handsOut(sentence.utteranceIndex, speaker: sentence.utterance.speaker) { return [] }
        // "we need to wrap up, the next meeting is in thirty minutes": talk about the meeting itself.
        var kept = actions.filter { !context.compiled.closingCues.contains(tokens, in: $0.verb..<tokens.count) }
        for index in kept.indices {
            // "the Marketing Expert will…": the participant, by the label they speak under.
            if let owner = kept[index].owner, let label = meeting.participant(named: owner) { kept[index].owner = label }
            // "I will ask the Industrial Designer to find out…", "I'd like the Industrial Designer to think about…":
            // the one asked owns the task.
            let verb = kept[index].verb
            if let role = meeting.role(in: Array(tokens[verb...].prefix(6))), role.index <= 3,
                verb + role.index + role.length < tokens.count, sentence.isWord(verb + role.index + role.length, .infinitiveMarker)
            {
                kept[index].owner = role.name
            }
        }
        return kept
    }
}
