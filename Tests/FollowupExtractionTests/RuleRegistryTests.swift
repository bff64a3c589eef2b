@testable import FollowupExtraction
import Testing

/// The registry: every rule once, in the stated order, and the families each run needs.
@Suite("Rule registry")
struct RuleRegistryTests {
    static let order = ["DateRule", "AmountRule", "NextContactRule", "DecisionRule", "OpenQuestionRule", "ActionItemRule", "HandOverRule", "RoundShareRule", "DeadlineRule"]

    @Test("every rule is registered once, in the order they run")
    func order() {
        #expect(RuleRegistry.all.map { String(describing: type(of: $0)) } == Self.order)
    }

    @Test("a rule reads only families that run before it")
    func readsEarlier() {
        for (position, rule) in RuleRegistry.all.enumerated() {
            for family in rule.reads where family != rule.family {
                let producers = RuleRegistry.all.indices.filter { RuleRegistry.all[$0].family == family }
                #expect(producers.allSatisfy { $0 < position }, "\(type(of: rule)) reads \(family)")
            }
        }
    }

    @Test("every family has a rule")
    func families() {
        #expect(Set(RuleRegistry.all.map(\.family)) == Set(RuleFamily.allCases))
    }

    @Test("a family runs with the families it reads", arguments: [
        ([RuleFamily.actionItems], ["DateRule", "ActionItemRule", "HandOverRule", "RoundShareRule", "DeadlineRule"]),
        ([.nextContact], ["DateRule", "NextContactRule"]),
        ([.amounts], ["AmountRule"]),
    ])
    func closure(families: [RuleFamily], rules: [String]) {
        #expect(RuleRegistry.rules(for: Set(families)).map { String(describing: type(of: $0)) } == rules)
    }
}
