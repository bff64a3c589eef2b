@testable import FollowupExtraction
import Testing

/// `AmountRule` alone.
@Suite("AmountRule alone")
struct AmountRuleUnitTests {
    @Test("value, currency and period", arguments: [
        ("The fee is $2,500 per month.", 2500.0, "USD", "month"),
        ("Budget: EUR 40k annually.", 40000.0, "EUR", "year"),
        ("US$ 300 one-time", 300.0, "USD", "one-time"),
    ] as [(String, Double, String, String)])
    func english(text: String, value: Double, currency: String, period: String) throws {
        let amounts = try RuleBench().run(AmountRule(), on: text).amounts
        let first = try #require(amounts.first)
        #expect(first.value == value)
        #expect(first.currency == currency)
        #expect(first.period == period)
    }

    @Test("Russian magnitudes, decimal comma and the period after the amount")
    func russian() throws {
        let first = try #require(try RuleBench(.russian).run(AmountRule(), on: "Бюджет 1,5 млн руб. в месяц.").amounts.first)
        #expect(first.value == 1_500_000)
        #expect(first.currency == "RUB")
        #expect(first.period == "month")
    }

    @Test("percentages and counts are no money", arguments: ["We grew 40 percent.", "We need 40 seats."])
    func notMoney(text: String) throws {
        #expect(try RuleBench().run(AmountRule(), on: text).amounts.isEmpty)
    }
}
