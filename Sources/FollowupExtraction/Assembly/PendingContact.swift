import FollowupText

/// "Should we do a follow-up once you've had a look? Maybe November 3 at 10am?": a sentence that
/// speaks of meeting again without a date waits for a date in the next three sentences.
struct PendingContact {
    private var waiting: (strength: Int, index: Int)?
    /// The turn a meeting word said in passing was spoken in: only the same speaker's next words, or another's proposal,
    /// give it a day ("this is the third sync incident this quarter" is no call the other side's "before Monday" dates).
    private var withinTurn: Int?
    /// A day proposed as a question ("Should we follow up before the holidays?"): the answer's day replaces it.
    private var proposed: CivilDate?
    private var answering: Bool { proposed != nil }
    /// A contact said without its time ("La demo la hacemos la semana que viene"), which a day and time asked just
    /// after ("¿Qué tal el miércoles 9 a las diez?") names.
    private var untimed: (contact: NextContactMatch, index: Int)?

    mutating func wait(strength: Int, at index: Int, in sentence: SentenceView) {
        waiting = (strength, index)
        proposed = nil
        withinTurn = sentence.utterance.speakerSpoke && strength == 1 && !sentence.endsWithQuestionMark ? sentence.utteranceIndex : nil
    }

    mutating func awaitAnswer(to contact: NextContactMatch, at index: Int) {
        waiting = (contact.strength, index)
        withinTurn = nil
        proposed = contact.date.date
        untimed = nil
    }

    mutating func mayRefine(_ contact: NextContactMatch, at index: Int) {
        untimed = contact.date.time == nil ? (contact, index) : nil
    }

    /// The day and time that sentence `index` asks about, naming the untimed contact just before; not a deadline.
    func refined(by dates: [DateMatch], in sentence: SentenceView, at index: Int) -> NextContactMatch? {
        guard let untimed, index - untimed.index <= 3, sentence.endsWithQuestionMark,
            let date = dates.first(where: { $0.time != nil && !$0.isDeadline && $0.date >= untimed.contact.date.date })
        else { return nil }
        return NextContactMatch(date: date, line: sentence.line(ofToken: date.range.lowerBound), strength: untimed.contact.strength,
                                text: sentence.fullText)
    }

    mutating func clear() {
        waiting = nil
        proposed = nil
    }

    /// "January 5 works.": an answer that names the proposed day agrees; the proposal (with its time) stands
    /// and nothing said after ("Happy new year!") replaces it. So does its weekday said alone: "Shall we talk again
    /// Thursday next week?" "Thursday works." is that Thursday, not this week's.
    mutating func settle(by dates: [DateMatch]) {
        guard let proposed else { return }
        if dates.contains(where: { $0.date == proposed || !$0.isAbsolute && $0.date.daysSinceEpoch == proposed.daysSinceEpoch - 7 }) { clear() }
    }

    /// The next contact that sentence `index` completes with its first upcoming date, if any.
    func completed(by dates: [DateMatch], in sentence: SentenceView, at index: Int, after referenceDate: CivilDate) -> NextContactMatch? {
        // Another speaker gives it a day by proposing one ("Давайте в четверг…?"), not by saying one in passing.
        let proposes = sentence.endsWithQuestionMark || sentence.containsWord(.letsWord, in: sentence.tokens.indices)
        guard let waiting, index - waiting.index <= 3, proposes || withinTurn.map({ $0 == sentence.utteranceIndex }) ?? true,
            let date = dates.first(where: { $0.date > referenceDate && !(answering && $0.isDeadline) })
        else { return nil }
        return NextContactMatch(date: date, line: sentence.line(ofToken: date.range.lowerBound), strength: answering ? waiting.strength : min(waiting.strength, 2),
                                text: sentence.fullText)
    }
}
