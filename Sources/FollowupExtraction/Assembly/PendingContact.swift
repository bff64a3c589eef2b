import FollowupText

/// "Should we do a follow-up once you've had a look? Maybe November 3 at 10am?": a sentence that
/// speaks of meeting again without a date waits for a date in the next three sentences.
struct PendingContact {
    private var waiting: (strength: Int, index: Int)?

    mutating func wait(strength: Int, at index: Int) { waiting = (strength, index) }

    mutating func clear() { waiting = nil }

    /// The next contact that sentence `index` completes with its first upcoming date, if any.
    func completed(by dates: [DateMatch], in sentence: SentenceView, at index: Int, after referenceDate: CivilDate) -> NextContactMatch? {
        guard let waiting, index - waiting.index <= 3, let date = dates.first(where: { $0.date > referenceDate }) else { return nil }
        return NextContactMatch(date: date, line: sentence.line(ofToken: date.range.lowerBound), strength: min(waiting.strength, 2),
                                text: sentence.fullText)
    }
}
