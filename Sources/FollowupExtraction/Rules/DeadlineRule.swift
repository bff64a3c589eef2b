import FollowupText

/// Gives each action item of a sentence its deadline: the first date marked as one ("by Friday",
/// "до пятницы"), else the first date after the task's verb, else the sentence's last date; a day
/// already past loses to an upcoming one ("transmet la balance au 30 novembre … demain").
///
/// A deadline in the next short fragment ("…slides. By Monday.") is assembly's
/// (`Assembly/DeadlineFragments.swift`); what counts as a deadline word is the date rule's
/// (`DateMatch.isDeadline`, from `Lexicon.deadlineWords`).
struct DeadlineRule: Rule {
    var family: RuleFamily { .actionItems }
    var reads: Set<RuleFamily> { [.dates, .actionItems] }
    var openers: TokenClass { [] }

    func apply(to sentence: SentenceView, in context: RuleContext, found: inout SentenceFindings) {
        // "(we had issues w/ the cap last yr)", "as we said yesterday": a day counted back from the meeting is no deadline.
        let dates = found.dates.filter { !$0.isStart && !($0.date < context.referenceDate && !$0.isAbsolute && !$0.isDeadline) }
        let deadlines = dates.filter { !Self.namesThing($0, in: sentence) }
        for i in found.actions.indices where found.actions[i].due == nil {
            let verb = found.actions[i].verb
            // "crédit pour la livraison du 19/11 sur la prochaine facture": a past day that names a thing is no deadline.
            let due = deadline(among: deadlines, verb: verb, after: context.referenceDate)
                ?? deadline(among: dates.filter { $0.date >= context.referenceDate }, verb: verb, after: context.referenceDate)
            found.actions[i].due = due.map { later(alternativeTo: $0, among: dates, in: sentence, context.lexicon) }
        }
    }

    /// "la formation du 12 janvier", "the minutes of March 3": a date after "of" names a thing; it is a
    /// deadline only when nothing else in the sentence is.
    static func namesThing(_ date: DateMatch, in sentence: SentenceView) -> Bool {
        !date.isDeadline && !date.isStart && date.range.lowerBound > 0 && sentence.isWord(date.range.lowerBound - 1, .dateOfPreposition)
    }

    func deadline(among dates: [DateMatch], verb: Int, after day: CivilDate? = nil) -> DateMatch? {
        var candidates = dates.filter { $0.range.upperBound > verb || $0.isDeadline }
        if let day, candidates.contains(where: { $0.date >= day }) { candidates.removeAll { $0.date < day && !$0.isDeadline } }
        guard let first = candidates.first(where: \.isDeadline) else { return candidates.first ?? dates.last }
        // "vor Weihnachten, spätestens 18.12.", "by Friday, Monday at the latest": two deadlines side by side for one
        // task; the earlier is the one to keep.
        if let second = candidates.first(where: { $0.isDeadline && $0.range.lowerBound >= first.range.upperBound }),
            second.range.lowerBound - first.range.upperBound <= Self.appositionGap, second.date < first.date
        {
            return second
        }
        return first
    }

    /// "tonight or first thing tomorrow", "Friday or Monday": of two days offered as alternatives, the later is what
    /// was promised.
    func later(alternativeTo chosen: DateMatch, among dates: [DateMatch], in sentence: SentenceView, _ lexicon: Lexicon) -> DateMatch {
        guard let next = dates.first(where: { $0.range.lowerBound >= chosen.range.upperBound }),
            next.range.lowerBound - chosen.range.upperBound <= Self.appositionGap, next.date > chosen.date,
            // The "or" may open the later date's match ("or Monday").
            (chosen.range.upperBound...next.range.lowerBound).contains(where: { lexicon.alternativeWords.contains(sentence.tokens[$0].key) })
        else { return chosen }
        // The due reads as said: "tonight or first thing tomorrow".
        var both = next
        both.range = chosen.range.lowerBound..<next.range.upperBound
        both.text = sentence.text(both.range)
        both.isDeadline = chosen.isDeadline || next.isDeadline
        return both
    }

    /// Tokens between two deadlines said side by side (a comma, "or").
    static let appositionGap = 2
}
