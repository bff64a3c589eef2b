@testable import FollowupExtraction
import Testing

/// `DeadlineRule` alone: which of a sentence's dates is an item's deadline.
@Suite("DeadlineRule alone")
struct DeadlineRuleUnitTests {
    @Test("a date marked as a deadline wins over an earlier one")
    func markedWins() throws {
        let bench = try RuleBench(people: ["Alice Chen"])
        let text = "On Monday Alice will send the deck by Thursday."
        var found = try bench.dates(in: text)
        found = try bench.run(ActionItemRule(), on: text, given: found)
        found = try bench.run(DeadlineRule(), on: text, given: found)
        #expect(found.actions.first?.due?.date.iso == "2026-11-26")
    }

    @Test("without a deadline word, the first date after the verb")
    func afterVerb() throws {
        let bench = try RuleBench()
        let dates = try bench.dates(in: "x Monday x Friday").dates
        #expect(dates.count == 2)
        #expect(DeadlineRule().deadline(among: dates, verb: 2)?.date.iso == "2026-11-27")
        #expect(DeadlineRule().deadline(among: dates, verb: 0)?.date.iso == "2026-11-30")
    }

    @Test("a day already past loses to an upcoming one: the balance as of 20 November goes out tomorrow")
    func upcomingWinsOverPast() throws {
        let bench = try RuleBench(people: ["Alice Chen"])
        let text = "Alice will send the balance as of November 20 to the auditors tomorrow."
        var found = try bench.dates(in: text)
        #expect(found.dates.count == 2)
        found = try bench.run(ActionItemRule(), on: text, given: found)
        found = try bench.run(DeadlineRule(), on: text, given: found)
        #expect(found.actions.first?.due?.date.iso == "2026-11-24")
    }

    @Test("an item that already has a due date keeps it; no dates, no deadline")
    func keeps() throws {
        let bench = try RuleBench(people: ["Alice Chen"])
        let text = "Alice will send the deck by Thursday."
        var found = try bench.run(ActionItemRule(), on: text, given: bench.dates(in: text))
        let earlier = try #require(try bench.dates(in: "on Monday").dates.first)
        found.actions[0].due = earlier
        found = try bench.run(DeadlineRule(), on: text, given: found)
        #expect(found.actions.first?.due?.date.iso == "2026-11-30")
        #expect(DeadlineRule().deadline(among: [], verb: 0) == nil)
    }
}
