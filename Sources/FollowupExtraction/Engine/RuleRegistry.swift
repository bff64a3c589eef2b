/// Every rule, in the order they run on a sentence: a rule may read what the rules before it
/// found in the same sentence (`Rule.reads`). A new rule is one file in `Rules/` and one line here.
enum RuleRegistry {
    static let all: [any Rule] = [
        DateRule(),
        AmountRule(),
        NextContactRule(),
        DecisionRule(),
        OpenQuestionRule(),
        ActionItemRule(),
        HandOverRule(),
        RoundShareRule(),
        DeadlineRule(),
    ]

    /// The rules that run for `families`: those of the families asked for, and of every family
    /// they read.
    static func rules(for families: Set<RuleFamily>) -> [any Rule] {
        var needed = families
        for rule in all.reversed() where needed.contains(rule.family) { needed.formUnion(rule.reads) }
        return all.filter { needed.contains($0.family) }
    }
}
