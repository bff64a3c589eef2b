import Followup
import FollowupTestSupport
import Testing

/// How a next step is worded when the notes give it no day.
@Suite struct StepWordingTests {
    /// A human writes the step as agreed; "(by when?)" beside it read as a machine's note to every reader.
    @Test func anUndatedStepIsListedAsSaid() throws {
        let (text, _) = try SendableTextTests.followUp("""
            Grant call - Orrin Trust
            Date: 2026-12-03
            Attendees: Ann Hale, Bob Lund, Sam Rivera

            - Ann: send the shortlist of evaluators, early Jan
            - Bob: check whether we may reuse the deck
            """)
        #expect(text.contains("- Ann: send the shortlist of evaluators, early Jan\n"), "\(text)")
        #expect(text.contains("- Bob: check whether we may reuse the deck\n"), "\(text)")
        #expect(!text.contains("(by when?)"), "\(text)")
    }

    /// "asap", "date TBD": the notes put the day off, so the follow-up asks for one instead of listing the step as settled.
    @Test func aStepThatPutsItsDayOffIsAsked() throws {
        let (text, _) = try SendableTextTests.followUp("""
            Onboarding call - Loomis
            Date: 2026-12-03
            Attendees: Ann Hale, Bob Lund, Dana Kim, Sam Rivera

            - Bob: send the admin list asap
            - Dana: book the training, date TBD
            - Ann: update the rollout plan
            """)
        let confirm = text.components(separatedBy: "Please confirm:").dropFirst().first ?? ""
        #expect(confirm.contains("send the admin list"), "\(text)")
        #expect(confirm.contains("book the training"), "\(text)")
        #expect(!text.contains("- Bob: send the admin list"), "\(text)")
        #expect(text.contains("- Ann: update the rollout plan\n"), "\(text)")
    }

    /// "send the retainer at $6,500 per month" says its sum; "(USD 6,500 per month)" after it is an echo. A sum whose
    /// period the task does not say keeps it.
    @Test func aTaskThatSaysItsSumIsNotEchoed() throws {
        let (text, _) = try SendableTextTests.followUp("""
            Retainer call - Harbor Legal
            Date: 2026-12-03
            Attendees: Ann Hale, Bob Lund

            - Bob: send the updated retainer agreement at $6,500 per month by Dec 8
            - Ann: confirm the travel budget of $1,200 by Dec 9
            - Travel budget is $1,200 per quarter.
            """)
        #expect(text.contains("- Bob: send the updated retainer agreement at $6,500 per month, by"), "\(text)")
        #expect(!text.contains("(USD 6,500 per month)"), "\(text)")
        #expect(text.contains("(USD 1,200 per quarter)"), "\(text)")
    }
}
