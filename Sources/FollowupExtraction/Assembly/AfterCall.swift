import FollowupDocument
import FollowupText

extension Analysis {
    /// "Ира, они отключились?", "Are they gone?": from the turn that asks whether the other side has left, what
    /// the remaining speakers say is their own (a margin to keep, what not to tell the client). Its lines are
    /// private, as a private note's are: the follow-up restates none of it and lists them for the sender.
    var afterCallLines: Set<Int> {
        let cues = lexicon.meetingTalk.afterCall
        guard !cues.isEmpty,
            let start = document.utterances.firstIndex(where: { turn in
                turn.speakerSpoke && cues.contains { turn.text.lowercased().containsWholeWord($0) }
            })
        else { return [] }
        return Set(document.utterances[start...].flatMap { $0.pieces.map(\.line) })
    }
}
