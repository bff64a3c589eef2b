@testable import FollowupExtraction
import Testing

/// `DecisionRule` alone.
@Suite("DecisionRule alone")
struct DecisionRuleUnitTests {
    @Test("a marker and what was decided", arguments: [
        ("We agreed to keep the launch date.", "keep the launch date"),
        ("Decided: two-year term.", "two-year term"),
    ])
    func decided(text: String, decision: String) throws {
        let found = try RuleBench().run(DecisionRule(), on: text)
        #expect(found.decision?.text == decision)
    }

    @Test("questions, negations and conditions decide nothing", arguments: [
        "Did we agree on the price?", "Nothing decided yet.", "If legal approves, we go.",
    ])
    func notDecided(text: String) throws {
        #expect(try RuleBench().run(DecisionRule(), on: text).decision == nil)
    }

    @Test("a \"Decision:\" label makes the line a decision in each language", arguments: [
        ("en", "Decision", "Use the new vendor."), ("ru", "Решение", "Берём нового подрядчика."),
        ("de", "Beschluss", "Wir nehmen den neuen Anbieter."),
    ])
    func labelled(language: String, label: String, text: String) throws {
        let found = try RuleBench(try #require(Lexicons.lexicon(for: language))).run(DecisionRule(), on: text, speaker: label)
        #expect(found.decision != nil)
    }
}
