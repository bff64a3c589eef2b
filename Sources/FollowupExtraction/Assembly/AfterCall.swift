import FollowupDocument
import FollowupText

extension Analysis {
    /// "Ира, они отключились?", "Are they gone?": from the turn that asks whether the other side has left, what
    /// the remaining speakers say is their own (a margin to keep, what not to tell the client). Its lines are
    /// private, as a private note's are: the follow-up restates none of it and lists them for the sender.
    var afterCallLines: Set<Int> {
        let cues = CompiledLexicon.shared(lexicon).afterCall
        guard !cues.isEmpty,
            let start = document.utterances.firstIndex(where: { turn in
                // Only asked: "Сергей, вы отключились?" early in a call is someone's line dropping, and "ils ont
                // quitté leur prestataire" is news.
                turn.speakerSpoke && turn.text.split(separator: "?", omittingEmptySubsequences: false).dropLast().contains { asked in
                    let words = ReplyWords.split(asked.split(whereSeparator: { ".!".contains($0) }).last ?? asked)
                    return cues.contains { ReplyWords.contains($0, in: words) }
                }
            })
        else { return [] }
        return Set(document.utterances[start...].flatMap { $0.pieces.map(\.line) })
    }
}
