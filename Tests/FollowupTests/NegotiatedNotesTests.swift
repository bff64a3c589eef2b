import Followup
import FollowupExtraction
import FollowupTestSupport
import Testing

/// A negotiation written up as notes: "opened at list, $89/seat/mo … landed at $74 / seat / month". Where the price
/// landed is what was agreed, and what was on the table before it is not listed as agreed (the eleventh reading's
/// most damaging fault). Notes written for these tests.
@Suite struct NegotiatedNotesTests {
    static let notes = """
        # Tallyworks / Brightline pricing call, 12 March 2027

        Attendees: Dan Reyes, Meg Ortiz, me

        ## Price
        - opened at list, $89/seat/mo
        - Dan wants to stay under budget, I offered $79 on annual commitment
        - landed at $74 / seat / month, 120 seats, billed annually

        ## Onboarding
        - compromise: $3,500 one-time onboarding. agreed.

        ## Next steps
        - me: revised order form w/ $74, $3,500 onboarding, annual billing, by Friday
        """

    @Test func wherePriceLandedIsAgreedAndTheListPriceIsNot() throws {
        let (text, record) = try SendableTextTests.followUp(Self.notes, source: "pricing.md")
        let landed = record.amounts.first { $0.value == 74 && $0.period == "month" }
        #expect(landed?.role == "agreed", "\(record.amounts.map { ($0.value, $0.role ?? "-") })")
        #expect(record.amounts.first { $0.value == 89 }?.superseded == true, "\(record.amounts.map { ($0.value, $0.superseded ?? false) })")
        let agreed = SenderReviewFindingsTests.section("What we agreed:", of: text)
        #expect(agreed.contains { $0.contains("$74") }, "\(text)")
        #expect(!agreed.contains { $0.contains("$89") }, "\(text)")
    }

    /// A decision that says its sum is one-time is not given another line's reading of the same sum ("(USD 3,500 per
    /// year)" from "annual billing" on the order form's line).
    @Test func aDecisionKeepsItsOwnReadingOfItsSum() throws {
        let (text, _) = try SendableTextTests.followUp(Self.notes, source: "pricing.md")
        let line = SenderReviewFindingsTests.section("What we agreed:", of: text).first { $0.contains("3,500") }
        #expect(line != nil && !line!.contains("per year"), "\(text)")
    }
}
