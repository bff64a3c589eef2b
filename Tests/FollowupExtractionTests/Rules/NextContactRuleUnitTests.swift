@testable import FollowupExtraction
import Testing

/// `NextContactRule` alone.
@Suite("NextContactRule alone")
struct NextContactRuleUnitTests {
    @Test("a meeting word with an upcoming date is the next contact")
    func withDate() throws {
        let bench = try RuleBench()
        let text = "Next call on Wednesday at 10am."
        let found = try bench.run(NextContactRule(), on: text, given: bench.dates(in: text))
        let contact = try #require(found.contact)
        #expect(contact.date.date.iso == "2026-11-25")
        #expect(contact.strength == 3)
    }

    @Test("without a date, the sentence only signals; \"follow up with legal\" is someone's task")
    func signal() throws {
        let bench = try RuleBench()
        #expect(try bench.run(NextContactRule(), on: "Let's schedule a call.").contactSignal == 2)
        let legal = "I'll follow up with legal on Friday."
        #expect(try bench.run(NextContactRule(), on: legal, given: bench.dates(in: legal)).contact == nil)
    }

    @Test("a Russian contact verb needs no subject")
    func russian() throws {
        let bench = try RuleBench(.russian)
        let text = "Созвонимся в среду в 10:00."
        let contact = try #require(try bench.run(NextContactRule(), on: text, given: bench.dates(in: text)).contact)
        #expect(contact.date.time?.description == "10:00")
    }
}
