import FollowupDocument
import FollowupText

struct DecisionMatch: Sendable {
    var text: String
    var line: Int
    /// The decision is the sentence's point: under a heading, labelled, or its marker opens the sentence.
    var leading: Bool
    /// For terms proposed and taken in the next turn ("what if…?" "Deal."), the input lines of that turn: a
    /// decision said there restates them better. Terms restated after an agreement are taken in their own line.
    var acceptedIn: ClosedRange<Int>? = nil
    /// The tokens of the phrase that proposed them ("I can offer"): an offer, not a task.
    var proposal: Range<Int>? = nil
    /// "Wages: 4% increase from Jan 1. Approved unanimously.": a marker with nothing decided in its own words speaks
    /// of the sentence before it in the same line (joined in assembly).
    var decidesPrevious = false
    /// A price taken in the next turn with nothing else in its terms: its sums were agreed, no decision is listed.
    var onlyAgreesSums = false

    /// Agreed, not asked.
    var accepted: Bool { acceptedIn != nil }
}

/// Finds decisions: "agreed", "decided", "we'll go with", "approved", "Decision:" lines and
/// everything under a "Decisions" heading ("договорились", "решили", "согласовали" in Russian).
///
/// Ignores questions ("did we agree?"), negations ("nothing decided yet", "не договорились"),
/// conditionals ("if legal approves") and bare replies ("Agreed." as an answer says nothing itself).
/// Contract row: `decisions[].text`.
struct DecisionRule: Rule {
    var family: RuleFamily { .decisions }
    /// Dates: terms proposed and accepted must say more than when ("How about Mondays at 11?"); amounts: terms said
    /// without a proposal phrase are terms when they name a price ("Twenty bucks a pallet, one year." "Deal.").
    var reads: Set<RuleFamily> { [.dates, .amounts] }
    /// A "Decisions" section or a "Decision:" label is enough: no shortcut.
    var openers: TokenClass { [] }

    func apply(to sentence: SentenceView, in context: RuleContext, found: inout SentenceFindings) {
        found.decision = matches(in: sentence, context: context, dates: found.dates, amounts: found.amounts)
    }

    func matches(in sentence: SentenceView, context: RuleContext, dates: [DateMatch] = [], amounts: [AmountMatch] = []) -> DecisionMatch? {
        // Under "Context" / "Background": what was already so before the meeting ("Q1 budget signed off").
        if sentence.utterance.section == .background { return nil }
        let tokens = sentence.tokens
        let compiled = context.compiled
        let label = sentence.utterance.speakerSpoke ? nil : sentence.utterance.speaker?.lowercased()
        let labelled = label.map { compiled.isWord($0, .decisionLabel) } ?? false
        let inSection = sentence.utterance.section == .decisions || labelled
        if !inSection && !sentence.mask.contains(.decisionStart) {
            return agreedAcrossTurns(sentence, context: context, dates: dates, amounts: amounts)
        }
        if sentence.utterance.listMarker == .openCheckbox { return nil }
        // "Мария: отправить КП" under "Договорённости": a person's label makes it an assignment, not a decision.
        if inSection, !labelled, label != nil, sentence.utterance.speaker.map({ context.people.knows($0) || context.people.knowsFirstName($0) }) ?? false {
            return nil
        }
        // "Созвонимся во вторник в 11:00" under "Договорённости": the next contact, not a decision.
        if inSection, compiled.contactVerbs.contains(tokens, in: 0..<min(tokens.count, 3)) { return nil }
        var markerEnd = 0
        var leading = inSection
        if !inSection {
            guard let marker = compiled.decisionPhrases.firstMatch(tokens, in: 0..<tokens.count) else {
                return agreedAcrossTurns(sentence, context: context, dates: dates, amounts: amounts)
            }
            // "¿Lo dejamos en 2.600 al mes?" is decided only when the next turn takes it.
            if sentence.endsWithQuestionMark { return acceptedProposal(sentence, context: context, dates: dates) }
            let negation = context.lexicon.negationSuffixes
            if (0..<marker.index).contains(where: { i in
                sentence.isWord(i, .decisionCanceller) || negation.contains { tokens[i].key.hasSuffix($0) }
            }) {
                return nil
            }
            if sentence.containsWord(.decisionPending, in: marker.index..<(marker.index + 3)) { return nil }
            // "approved" as a past fact about someone else's document still records a decision; but "X will be decided" is not.
            if marker.index > 0, sentence.isWord(marker.index - 1, .futureAuxiliary) { return nil }
            markerEnd = marker.index + marker.length
            leading = marker.index <= 2
            // "confirmed", "approved", "resolved" decide only when they open the sentence ("Approved: …").
            if sentence.isWord(marker.index, .weakDecisionMarker), marker.length == 1, marker.index > 1 { return nil }
            // "get sign-off from legal", "need approval": a noun, not a decision.
            if marker.index > 0, sentence.isWord(marker.index - 1, .approvalSeeker) {
                return nil
            }
            // Keep the words before a sentence-final marker ("Budget stays at 40k — agreed"), and the
            // subject of a passive one ("The minutes were approved as a correct record").
            if markerEnd >= tokens.count - 1 && marker.index > 2 { markerEnd = 0 }
            if marker.index > 1, sentence.isWord(marker.index - 1, .copula) {
                markerEnd = 0
            }
            // "Budget Stelle: 60–65 T€ (freigegeben im Nov.)": a marker followed only by when decides the words before it
            // (not "approved it yesterday", "signed off on last week": an earlier decision).
            let isWhen = { (i: Int) in dates.contains { $0.range.contains(i) } || context.lexicon.months[tokens[i].key] != nil }
            let isStop = { (i: Int) in context.lexicon.stopWords.contains(tokens[i].key) }
            if marker.index > 1, (markerEnd..<tokens.count).contains(where: isWhen),
                (markerEnd..<tokens.count).allSatisfy({ tokens[$0].kind == .symbol || isStop($0) || isWhen($0) }),
                !(markerEnd..<tokens.count).contains(where: { sentence.isWord($0, .earlierMeetingWord) && !isStop($0) })
            {
                markerEnd = 0
            }
            // "CR-014 — EDI interfaces, £86,500 one-off → APPROVED (MD, SL).": a marker followed only by who decided, in
            // brackets, decides the words before it.
            let rest = (markerEnd..<tokens.count).filter { tokens[$0].kind != .symbol || ["(", ")"].contains(tokens[$0].key) }
            if marker.index > 1, let open = rest.first, tokens[open].key == "(", let close = rest.last, tokens[close].key == ")",
                !rest.dropFirst().dropLast().contains(where: { ["(", ")"].contains(tokens[$0].key) })
            {
                markerEnd = 0
            }
            // "Budget 2027 validé à 12,4 M€", "Presupuesto aprobado": a participle after a bare noun keeps that
            // noun, its subject.
            if marker.length == 1, (1...4).contains(marker.index), sentence.isCapitalized(0), !context.lexicon.stopWords.contains(tokens[0].key),
                (0..<marker.index).allSatisfy({ tokens[$0].kind != .symbol
                    && !sentence.word($0, in: [.firstPerson, .firstPersonPlural, .secondPerson]) && !sentence.isWord($0, .decisionLabel) }),
                // Not "Finance already approved it yesterday": something decided follows.
                (markerEnd..<tokens.count).filter({ i in
                    tokens[i].kind != .symbol && !context.lexicon.stopWords.contains(tokens[i].key) && !sentence.isWord(i, .referenceWord)
                        && !sentence.isWord(i, .objectPronoun) && !sentence.isWord(i, .earlierMeetingWord)
                }).count >= 2
            {
                markerEnd = 0
            }
        }
        // "… Approved unanimously.", "… Agreed.": the marker opens a sentence that is not its line's first, and says
        // at most one word more.
        if !inSection, markerEnd > 0, !sentence.opensUtterance, !sentence.endsWithQuestionMark,
            let first = (0..<tokens.count).first(where: { tokens[$0].kind != .symbol }), compiled.decisionPhrases.match(tokens, at: first) != nil,
            (markerEnd..<tokens.count).filter({ tokens[$0].kind != .symbol }).count <= 1
        {
            return DecisionMatch(text: sentence.text(first..<tokens.count).trimmingCharacters(in: " .!"), line: sentence.firstLine, leading: true,
                                 decidesPrevious: true)
        }
        var start = markerEnd
        while start < tokens.count, [":", "-", "—", "–", ","].contains(tokens[start].key) || sentence.isWord(start, .decisionLeadIn) {
            start += 1
        }
        var end = tokens.count
        while end > start, [".", "!", ";", "?"].contains(tokens[end - 1].key) { end -= 1 }
        // "…, right?": the tag asks for a nod; it is not part of what was decided.
        if end - start > 2, tokens[end - 2].key == ",", sentence.isWord(end - 1, .decisionTagReply) {
            end -= 2
        }
        let text: String
        if markerEnd == 0 {
            // Whole sentence (under a heading, or a marker at the end), minus a leading label.
            var first = 0
            if tokens.count > 2, tokens[1].key == ":", sentence.isWord(0, .decisionLabel) {
                first = 2
            }
            text = sentence.text(first..<end)
            // "Revente : remise partenaire de 30 %" under "Ce qu'on a acté": the topic labelling it stays.
            if inSection, !labelled, first == 0, let topic = sentence.topicLabel(context) {
                return DecisionMatch(text: topic + text.trimmingCharacters(in: " ,;:-—–"), line: sentence.firstLine, leading: leading)
            }
        } else {
            guard end > start else { return nil }
            // "We'll go with WordPress": a short object keeps its verb.
            let restIndices = (start..<end).filter { tokens[$0].kind != .symbol }
            let rest = restIndices.map { tokens[$0] }
            if rest.count < 3 && markerEnd - start < 3 {
                let from = (0..<markerEnd).last(where: { sentence.isWord($0, .choiceVerb) }).map { max(0, $0 - 1) } ?? start
                text = sentence.text(min(from, start)..<end)
            } else {
                text = sentence.text(start..<end)
            }
            // "C'est validé pour moi", "agreed with me", "De acuerdo, nos parece bien": a nod, with nothing decided in its words.
            if rest.count <= 3, restIndices.allSatisfy({ i in
                context.lexicon.stopWords.contains(tokens[i].key) || sentence.isWord(i, .referenceWord) || sentence.isWord(i, .objectPronoun)
                    || sentence.word(i, in: [.firstPerson, .secondPerson, .firstPersonPlural])
            }) || saysOnlyAgreement(sentence.text(markerEnd..<end), context) {
                return nil
            }
            // "we decided last week", "agreed it yesterday": about an earlier meeting.
            if restIndices.allSatisfy({ sentence.isWord($0, .earlierMeetingWord) }) && rest.count <= 3 {
                return nil
            }
        }
        guard text.split(separator: " ").count >= 2, !saysOnlyAgreement(text, context) else { return nil }
        // "Marketing: Priya proposed $350k for the year. … Agreed $330k for FY27.": what was decided later in a topic's
        // line keeps its topic ("Marketing: $330k for FY27").
        if !sentence.opensUtterance, let topic = sentence.topicLabel(context, anywhere: true) {
            return DecisionMatch(text: topic + text.trimmingCharacters(in: " ,;:-—–"), line: sentence.firstLine, leading: leading)
        }
        return DecisionMatch(text: text.trimmingCharacters(in: " ,;:-—–"), line: sentence.firstLine, leading: leading)
    }
}
