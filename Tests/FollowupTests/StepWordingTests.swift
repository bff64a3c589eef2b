import Followup
import FollowupTestSupport
import Testing

/// How a next step is worded when the notes give it no day.
@Suite struct StepWordingTests {
    @Test func aTaskThatSaysRoughlyWhenIsNotAskedByWhen() throws {
        let (text, _) = try SendableTextTests.followUp("""
            Grant call - Orrin Trust
            Date: 2026-12-03
            Attendees: Ann Hale, Bob Lund, Sam Rivera

            - Ann: send the shortlist of evaluators, early Jan
            - Bob: check whether we may reuse the deck
            """)
        #expect(text.contains("- Ann: send the shortlist of evaluators, early Jan\n"), "\(text)")
        // "may" is no month here: the step asks its day.
        #expect(text.contains("- Bob: check whether we may reuse the deck (by when?)"), "\(text)")
    }
}
