import FollowupText

/// A commitment or request found in one sentence, before duplicates merge.
struct ActionCandidate: Sendable {
    var task: String
    var owner: String?
    var due: DateMatch?
    var line: Int
    var sentenceIndex: Int
    /// The token where the task's verb stands (`DeadlineRule` picks the date after it).
    var verb: Int
    /// From structure ("Action items:", "- [ ]", "AI:") or an explicit pattern ("Alice will send").
    var strong: Bool
    /// "I'll do that by Friday", "can you have it by Friday?": refers to a task said just before.
    var isReference = false
    /// "Someone needs to update the wiki": a task only once somebody takes it ("I'll do it").
    var isUnclaimed = false
    /// The notes' author ("I'll…" outside a transcript), whose name the notes do not give.
    var byAuthor = false
    /// The owner said it of themself to the one who writes the follow-up ("I can send you the list"): their
    /// "you" is the sender's side.
    var saidByOwner = false
    /// "and try to find a nice shape for it": the chair's next line going on with a hand-over, owned by whoever the
    /// hand-over before it gave work to, and kept only after one (`Analysis.continuing`).
    var continuesHandOver = false
}
