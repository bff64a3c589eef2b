import FollowupDocument
import FollowupText

/// Commitments in a long many-party meeting (`MeetingShape`).
extension ActionItemRule {
    /// What a long meeting keeps of a sentence's commitments (said in the closing round, or with a day),
    /// and who owns them.
    func settled(_ actions: [ActionCandidate], in sentence: SentenceView, meeting: MeetingShape, _ context: RuleContext) -> [ActionCandidate] {
        let tokens = sentence.tokens
        let asking = context.lexicon.meetingTalk.askVerbs
        var kept = actions.filter {
            !meeting.talksAboutMeeting(tokens, from: $0.verb, context.compiled) && !meeting.deliberates(tokens, verb: $0.verb, context.compiled)
                && !meeting.isReceived(sentence, verb: $0.verb, context.compiled)
        }
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

    /// "Could you send us your slides?" answered "Yes, I will.": a request someone took, whoever asked.
    func acceptedRequest(_ sentence: SentenceView, context: RuleContext) -> Bool {
        context.compiled.requestPhrases.contains(sentence.tokens, in: 0..<sentence.tokens.count) && acceptingReply(to: sentence, context: context) != nil
    }

    /// Who takes what `sentence` says in the next turn: another speaker opening with a whole affirmative and no
    /// negation after it ("Yes, I will.", "Sure, no problem."; not "I can't, sorry" or "Sicher nicht").
    func acceptingReply(to sentence: SentenceView, context: RuleContext) -> String? {
        let next = sentence.utteranceIndex + 1
        guard next < context.utterances.count, let answerer = context.utterances[next].speaker, answerer != sentence.utterance.speaker else {
            return nil
        }
        let reply = context.utterances[next].text.lowercased()
        let start = reply.prefix(40)
        let negators = context.lexicon.words(.negator)
        // The words of an affirmative are no negation: "no problem", "kein Problem".
        let said = context.lexicon.affirmatives.filter { $0.contains(" ") }.reduce(reply) { $0.replacing($1, with: " ") }
        let words = said.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }).prefix(6)
        guard !words.contains(where: { negators.contains(String($0)) }) else { return nil }
        let accepts = context.lexicon.affirmatives.contains { word in
            guard start.hasPrefix(word) else { return false }
            let after = start.dropFirst(word.count).first
            return after.map { !$0.isLetter && $0 != "'" && $0 != "’" } ?? true
        }
        return accepts ? answerer : nil
    }

    /// "so I'm supposed to do the components concept": a participant's own assignment, in the first words.
    func restatesOwnAssignment(_ sentence: SentenceView, context: RuleContext) -> Bool {
        context.compiled.ownAssignment.contains(sentence.tokens, in: 0..<min(sentence.tokens.count, 6))
    }
}
