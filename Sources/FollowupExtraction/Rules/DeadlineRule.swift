/// Gives each action item of a sentence its deadline: the first date marked as one ("by Friday",
/// "до пятницы"), else the first date after the task's verb, else the sentence's last date.
///
/// A deadline in the next short fragment ("…slides. By Monday.") is assembly's
/// (`Assembly/DeadlineFragments.swift`); what counts as a deadline word is the date rule's
/// (`DateMatch.isDeadline`, from `Lexicon.deadlineWords`).
struct DeadlineRule: Rule {
    var family: RuleFamily { .actionItems }
    var reads: Set<RuleFamily> { [.dates, .actionItems] }
    var openers: TokenClass { [] }

    func apply(to sentence: SentenceView, in context: RuleContext, found: inout SentenceFindings) {
        for i in found.actions.indices where found.actions[i].due == nil {
            found.actions[i].due = deadline(among: found.dates, verb: found.actions[i].verb)
        }
    }

    func deadline(among dates: [DateMatch], verb: Int) -> DateMatch? {
        let candidates = dates.filter { $0.range.upperBound > verb || $0.isDeadline }
        return candidates.first(where: \.isDeadline) ?? candidates.first ?? dates.last
    }
}
