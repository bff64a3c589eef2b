import Followup
import FollowupExtraction
import FollowupTestSupport
import Testing

/// Money that one side only asked for or can spend is restated with its period, but not under "What we agreed": the
/// tenth reading found requests, budgets and revenue listed as agreed ("Наталья запросила 600 000 ₽ в месяц", "Samuel
/// proposed a 3% COLA … (approx. $41,000 per year)"), which alone makes a follow-up unsendable. Notes written for these
/// tests.
@Suite struct DiscussedSumsTests {
    @Test func aBudgetAndARequestAreDiscussedNotAgreed() throws {
        let (text, _) = try SendableTextTests.followUp("""
            # Finance committee, 20 April 2027

            Attendees: Karen Liu, Samuel Ortiz, me

            ## Decisions
            - The committee approved the audit fee of $20,000, one-time.

            ## Staff costs
            - Samuel asked for a cost-of-living budget of $41,000 per year for FY2028.
            """, source: "minutes.md")
        let agreed = SenderReviewFindingsTests.section("What we agreed:", of: text)
        let discussed = SenderReviewFindingsTests.section("Also discussed:", of: text)
        #expect(agreed.contains { $0.contains("20,000") }, "\(text)")
        #expect(!agreed.contains { $0.contains("41,000") }, "\(text)")
        #expect(discussed.count == 1 && discussed[0].contains("41,000") && discussed[0].contains("per year"), "\(text)")
    }

    @Test func aRussianRequestIsDiscussedInRussian() throws {
        let (text, _) = try SendableTextTests.followUp("""
            # Планёрка маркетинга, 16 апреля 2027

            Участники: Наталья Гусева, Павел Ким, я

            - Наталья запросила 600 000 ₽ в месяц на performance-маркетинг.
            - Решение: подписка остаётся 299 ₽ в месяц.
            """, source: "planerka.md")
        let agreed = SenderReviewFindingsTests.section("Договорились:", of: text)
        let discussed = SenderReviewFindingsTests.section("Также обсудили:", of: text)
        #expect(!agreed.contains { $0.contains("600 000") }, "\(text)")
        #expect(discussed.contains { $0.contains("600 000") }, "\(text)")
    }

    /// A sum first said as a budget or a request and then taken is restated where it was taken.
    @Test func aSumTakenLaterIsRestatedWhereItWasTaken() throws {
        let (text, _) = try SendableTextTests.followUp("""
            # Планёрка по подписке, 16 апреля 2027

            Участники: Светлана Орлова, Павел Ким, я

            - Обсуждали повышение с 299 ₽ до 349 ₽ в месяц.
            - Решение: цену не повышаем до итогов июня. Остаётся 299 ₽ в месяц.
            """, source: "podpiska.md")
        let agreed = SenderReviewFindingsTests.section("Договорились:", of: text)
        #expect(agreed.contains { $0.contains("Остаётся 299") }, "\(text)")
    }
}
