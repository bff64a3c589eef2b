import FollowupDocument
import FollowupText

extension Analysis {
    /// "Linda is going to ask me why", "Linda has to approve anything over forty K": in a call, what someone who is
    /// not on it will do, with no day for it, is talk about them, not a step anyone on the call owes (as "I'll take
    /// the minutes" is talk in a long meeting). With a day ("Linda signs by the 15th") it stays; in notes, whoever
    /// the writer names owns the line.
    func withoutThirdPartyTalk(_ candidates: [ActionCandidate]) -> [ActionCandidate] {
        guard meeting == nil, document.utterances.contains(where: \.speakerSpoke), speakers.count >= 2 else { return candidates }
        return candidates.filter { candidate in
            guard candidate.due == nil, let owner = candidate.owner, !ExtractionRecord.isTeamOwner(owner) else { return true }
            return speakers.contains(owner) || people.knows(owner) || people.knowsFirstName(owner)
        }
    }
}
