import FollowupDocument

extension Analysis {
    /// Words of a reply that may come before its refusal ("Yeah, no, we'll pass on that").
    static let refusalReach = 6

    /// Whether what `sentence` offers is turned down right after it: in the same turn's next sentence ("They came back
    /// with 50 €. We turned it down.", `Lexicon.amountRoles`), or, when it closes its speaker's turn, in the first
    /// words of another speaker's next turn ("That's six dollars per vehicle per month on top." "Yeah, we'll pass on
    /// that for now.", `MeetingTalk.refusals`).
    func turnedDown(after sentence: SentenceView, _ compiled: CompiledLexicon) -> Bool {
        let next = sentence.index + 1
        guard next < sentences.count else { return false }
        let reply = sentences[next]
        if reply.utteranceIndex == sentence.utteranceIndex {
            return !reply.tokens.contains(where: { $0.kind == .number }) && AmountRoles.opensWithRejection(reply.tokens, from: 0, compiled)
        }
        guard reply.utteranceIndex == sentence.utteranceIndex + 1, sentence.utterance.speakerSpoke, reply.utterance.speakerSpoke,
            let speaker = sentence.utterance.speaker, let answerer = reply.utterance.speaker, answerer != speaker
        else { return false }
        let words = Array(ReplyWords.split(reply.utterance.text).prefix(Self.refusalReach))
        return compiled.refusals.contains { ReplyWords.contains($0, in: words) }
    }
}
