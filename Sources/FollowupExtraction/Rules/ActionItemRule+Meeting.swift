import FollowupDocument
import FollowupText

/// Commitments in a long many-party meeting (`MeetingShape`).
extension ActionItemRule {
    /// What a long meeting keeps of a sentence's commitments (said in the closing round, or with a day),
    /// and who owns them.
    func settled(_ actions: [ActionCandidate], in sentence: SentenceView, meeting: MeetingShape, _ context: RuleContext) -> [ActionCandidate] {
        let tokens = sentence.tokens
        let asking = context.lexicon.meetingTalk.askVerbs
        var kept = actions.filter { !meeting.talksAboutMeeting(tokens, from: $0.verb, context.compiled) }
        for index in kept.indices {
            // "the Marketing Expert will…": the participant, by the label they speak under.
            if let owner = kept[index].owner, let label = meeting.participant(named: owner) { kept[index].owner = label }
            // "I will ask the Industrial Designer to find out…", "I'd like the Industrial Designer to think about…":
            // the one asked owns the task (not "I'll go to marketing to get the numbers").
            let verb = kept[index].verb
            if asking.contains(tokens[verb].key), let role = meeting.role(in: Array(tokens[verb...].prefix(6))), role.index <= 3,
                verb + role.index + role.length < tokens.count, sentence.isWord(verb + role.index + role.length, .infinitiveMarker)
            {
                kept[index].owner = role.name
            }
        }
        return kept
    }
}
