import FollowupDocument
import FollowupText

/// What the record keeps of every sentence's findings, in document order.
struct KeptFindings {
    /// A meeting word still waiting for its date.
    var pending = PendingContact()
    var dates: [(DateMatch, SentenceView)] = []
    var amounts: [(AmountMatch, SentenceView)] = []
    var candidates: [ActionCandidate] = []
    var decisions: [DecisionMatch] = []
    var contacts: [NextContactMatch] = []
    var openQuestions: [(text: String, line: Int)] = []

    /// Proposals a decision in the turn that took them replaced: their amounts are still agreed.
    var taken: [DecisionMatch] = []

    /// "So what I'd suggest is nightly backups" / "Yes. Agreed. Backups go to the cloud nightly.": a decision in
    /// the turn that took a proposal (said with a decision word, or terms restated) says it again, and replaces it.
    mutating func keep(_ decision: DecisionMatch) {
        if decision.proposal == nil, let last = decisions.last, last.proposal != nil, last.acceptedIn?.contains(decision.line) ?? false {
            taken.append(decisions.removeLast())
        }
        decisions.append(decision)
    }
}

extension Analysis {
    /// The policy between rules, sentence by sentence:
    /// - a number inside a date is not money;
    /// - a meeting word may wait up to three sentences for its date (`PendingContact`);
    /// - an open question keeps its decision and has no action items;
    /// - a sentence about the next call (outside an action-items section) is no task, and keeps a
    ///   decision only when the decision is its point;
    /// - otherwise a decision is kept when no task was found (or only one that waits for a taker) or
    ///   the decision leads the sentence.
    ///
    /// Called once per sentence in order, with the findings of the (up to two) sentences after it:
    /// only a deadline fragment looks ahead, so no run holds more than three sentences' findings.
    func keep(_ found: SentenceFindings, at index: Int, following: ArraySlice<SentenceFindings>, into kept: inout KeptFindings) {
        var found = found
        let sentence = sentences[index]
        if let decision = found.decision, decision.decidesPrevious {
            found.decision = decidedBefore(decision, at: index)
        }
        // "That'd be $22,000 per quarter." "Deal.": a price taken alone agrees its sums (the record reads `taken`) and
        // lists no decision.
        if let decision = found.decision, decision.onlyAgreesSums {
            kept.taken.append(decision)
            found.decision = nil
        }
        kept.dates += found.dates.map { ($0, sentence) }
        let amounts = found.amounts.filter { amount in
            !found.dates.contains { $0.range.overlaps(amount.range) && amount.currency == nil }
        }
        kept.amounts += amounts.map { ($0, sentence) }

        kept.pending.settle(by: found.dates)
        var contact = found.contact ?? kept.pending.completed(by: found.dates, in: sentence, at: index, after: referenceDate)
            ?? kept.pending.refined(by: found.dates, in: sentence, at: index)
        // "Shall we talk again Tuesday? Same time, 4 pm our time?", "Давайте, в 15:00.": a time without a day, right
        // after a day proposed without one, is that day's time, not a call later today.
        if let time = contact?.date.time ?? found.dates.first(where: { $0.time != nil })?.time,
            contact.map({ $0.date.date == referenceDate }) ?? true, found.dates.allSatisfy({ $0.date == referenceDate && !$0.isAbsolute }),
            let last = kept.contacts.indices.last, kept.contacts[last].date.time == nil, kept.contacts[last].date.date > referenceDate,
            sentence.firstLine - kept.contacts[last].line <= 3
        {
            kept.contacts[last].date.time = time
            contact = nil
        }
        if let contact {
            kept.contacts.append(contact)
            // "Should we follow up before the holidays?": a proposal asked about waits for the day the answer names; so
            // does a call planned "for after the holidays", whose day may follow ("Wednesday January 6th?").
            if sentence.endsWithQuestionMark || contact.date.isStart {
                kept.pending.awaitAnswer(to: contact, at: index)
            } else {
                kept.pending.clear()
                kept.pending.mayRefine(contact, at: index)
            }
        } else if found.contactSignal > 0 {
            kept.pending.wait(strength: found.contactSignal, at: index, in: sentence)
        }

        // "Siguiente junta: el miércoles 9 a las 12:00" under the open questions: the next contact, asked nothing.
        // "### Open" over a to-do list: a task said there, asking nothing, is a task still to do.
        let taskUnderHeading = sentence.utterance.section == .questions && !sentence.endsWithQuestionMark && !found.actions.isEmpty
        // "What if I add ten seats?" answered "Deal.": agreed, not asked.
        let accepted = found.decision?.accepted ?? false
        if let question = found.openQuestion, !(contact != nil && !sentence.endsWithQuestionMark), !taskUnderHeading, !accepted {
            if let decision = found.decision { kept.keep(decision) }
            // "¿…ERP? Raúl lo consulta con el equipo técnico.", "… ou cloud ? / À trancher au prochain comité.":
            // what follows a question without asking is said with it, not asked as another.
            // "… ? Philippe veut d'abord l'avis des managers. Décision reportée.": the rest of the point's line too.
            if !sentence.endsWithQuestionMark, let last = kept.openQuestions.last,
                last.text.hasSuffix("?") && sentence.firstLine - last.line <= 1 || !sentence.opensUtterance && sentence.firstLine == last.line
            {
                kept.openQuestions[kept.openQuestions.count - 1].text += " " + question
                return
            }
            kept.openQuestions.append((question, sentence.firstLine))
            return
        }
        if let contact, contact.strength >= 2, sentence.utterance.section != .actionItems {
            if let decision = found.decision, decision.leading { kept.keep(decision) }
            return
        }
        // "Могу предложить так: полтора миллиона…" taken by the other side: the offer is what was agreed, not a task.
        let actions = found.actions.filter { action in !(found.decision?.proposal?.contains(action.verb) ?? false) }
        // "договорились: образцы … - Громов пришлет к пятнице": a to-do listed with the agreements is a task, said once.
        let listedTask = sentence.utterance.section == .decisions && actions.contains { !$0.isUnclaimed && ($0.owner != nil || $0.byAuthor) }
        if let decision = found.decision, actions.allSatisfy(\.isUnclaimed) || decision.leading && !listedTask { kept.keep(decision) }
        let continued = actions.compactMap { $0.continuesHandOver ? continuing($0, in: sentence, after: kept.candidates.last) : $0 }
        kept.candidates += withFragmentDeadlines(continued, after: index, following: following)
    }
}

extension Analysis {
    /// How many turns back the hand-over a line goes on with may be: the others' "yeah", "expensive buttons" between.
    static let continuationReach = 4

    /// "Kate and Kendra now go away" … "and play with a bit of Plasticine": a line going on with the same speaker's
    /// hand-over a few turns before is that person's task too; with none before it, it is talk.
    func continuing(_ candidate: ActionCandidate, in sentence: SentenceView, after last: ActionCandidate?) -> ActionCandidate? {
        guard let last, sentences[last.sentenceIndex].utterance.speaker == sentence.utterance.speaker,
            sentence.utteranceIndex - sentences[last.sentenceIndex].utteranceIndex <= Self.continuationReach
        else { return nil }
        var taken = candidate
        taken.owner = last.owner
        taken.continuesHandOver = false
        return taken
    }
}

extension Analysis {
    /// "Wages: 4% increase for all hourly staff from Jan 1. Approved unanimously.": the sentence before the bare marker
    /// in the same line is what was decided, the marker how ("4% increase … — approved unanimously").
    func decidedBefore(_ decision: DecisionMatch, at index: Int) -> DecisionMatch? {
        guard index > 0, sentences[index - 1].utteranceIndex == sentences[index].utteranceIndex else { return nil }
        let previous = sentences[index - 1]
        var end = previous.tokens.count
        while end > 0, [".", "!", ";", ":"].contains(previous.tokens[end - 1].key) { end -= 1 }
        guard end > 0 else { return nil }
        // "Approved." goes on as "approved"; a word in capitals ("APPROVED", "CFO approved") stays as written.
        let inCapitals = decision.text.dropFirst().first?.isUppercase ?? false
        let marker = inCapitals ? decision.text : decision.text.prefix(1).lowercased() + decision.text.dropFirst()
        var taken = decision
        taken.text = previous.text(0..<end) + " — " + marker
        taken.line = previous.firstLine
        taken.decidesPrevious = false
        return taken
    }
}
