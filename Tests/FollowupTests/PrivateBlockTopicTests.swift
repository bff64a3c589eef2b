import FollowupExtraction
import FollowupTestSupport
import Testing

/// Set 38's findings in notes written here: a private block opened by a whole line in bold that says so, a subject that
/// was a task, and money already spent restated as a proposal.
@Suite struct PrivateBlockTopicTests {
    /// A quoted block under "**Internal use only, do not forward!**" is the sender's, up to the blank line.
    @Test func aBoldPrivateLineOpensItsBlock() throws {
        let (text, record) = try SendableTextTests.followUp("""
            # Steering committee

            - Maria will send the revised plan by Friday.

            > **Internal use only, do not forward!**
            > Ivan wants to hold back 5% of the payment until the acceptance is signed.
            > Tom will ask a second vendor for a quote.

            - Jens will book the room by Monday.
            """)
        #expect(!text.contains("hold back") && !text.contains("second vendor"), "\(text)")
        #expect(record.privateLines == [5, 6, 7], "\(record.privateLines)")
    }

    /// The same words in bold over a line of its own that says nothing private open nothing.
    @Test func aBoldLineThatIsNotPrivateOpensNothing() throws {
        let (_, record) = try SendableTextTests.followUp("""
            # Steering committee

            **Budget is on track!**
            - Tom will ask a second vendor for a quote by Friday.
            """)
        #expect(record.privateLines.isEmpty && record.actionItems.map(\.owner) == ["Tom"], "\(record.actionItems)")
    }

    /// With no title and nobody to name, the subject is a decision or says "our meeting", never a task.
    @Test func aTaskIsNoSubject() throws {
        let (text, _) = try SendableTextTests.followUp("""
            - I'll ping Greg today.
            - Post updates in the hiring channel by Monday.
            """)
        let subject = text.split(separator: "\n").first.map(String.init) ?? ""
        #expect(subject.hasPrefix("Subject:") && !subject.lowercased().contains("ping greg"), "\(subject)")
    }

    /// "освоено на 20.06 — 11,2 млн руб.": money already spent is background, nothing to ask about.
    @Test func moneySpentIsBackground() throws {
        let record = try extract("- Бюджет проекта 18,4 млн руб., освоено на 20.06 — 11,2 млн руб.\n", date: "2026-11-30", language: "ru")
        // "20.06 — 11,2 млн": a date and a dash, no range from 20.06.
        #expect(record.amounts.map(\.value) == [18_400_000, 11_200_000], "\(record.amounts)")
        let spent = record.amounts.first { $0.value == 11_200_000 }
        #expect(spent?.role == "background", "\(record.amounts)")
        #expect(!record.questions.contains { $0.text.contains("11,2") }, "\(record.questions)")
    }

    /// A range climbs: "from $7.40 to $6.95" is two prices, "10–12 тыс. руб." one range.
    @Test func aFallIsNoRange() throws {
        let fall = try extract("- Average label cost dropped from $7.40 to $6.95.\n", date: "2026-11-30", language: "en")
        #expect(fall.amounts.map(\.text) == ["$7.40", "$6.95"], "\(fall.amounts)")
        // A range's two ends, each read with the whole range.
        let range = try extract("- Бюджет на рекламу 10–12 тыс. руб. в месяц.\n", date: "2026-11-30", language: "ru")
        #expect(range.amounts.map(\.value) == [10_000, 12_000] && range.amounts.allSatisfy { $0.text?.hasPrefix("10–12") == true }, "\(range.amounts)")
    }
}
