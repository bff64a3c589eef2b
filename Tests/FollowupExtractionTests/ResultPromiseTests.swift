import FollowupExtraction
import FollowupTestSupport
import Testing

/// "I can have that to you by Wednesday": a promise of the result, which dates the task just asked for, or is a
/// task of its own when it names something new. Text written for these tests.
@Suite("Promised results: 'have it to you by …'")
struct ResultPromiseTests {
    static func items(_ cues: [(speaker: String, text: String)]) throws -> [(owner: String, task: String, due: String?)] {
        let record = try extract(webVTT(cues), date: "2027-04-13", file: "call.vtt")  // a Tuesday
        return record.actionItems.map { ($0.owner ?? "-", $0.task, $0.due?.date) }
    }

    @Test("the reply that promises the result dates the task asked for; it is no second item")
    func replyDatesTheRequest() throws {
        let items = try Self.items([
            ("Sarah Whitfield", "Can you send the revised quote with the volume tiers?"),
            ("Marcus Bell", "Sure, I can have that to you by next Wednesday."),
            ("Sarah Whitfield", "Could you also put together a rough quote for the Leeds site?"),
            ("Marcus Bell", "Absolutely. I'll have the quote to you by Thursday."),
        ])
        #expect(items.contains { $0.owner == "Marcus Bell" && $0.task.contains("revised quote") && $0.due == "2027-04-21" }, "\(items)")
        #expect(items.contains { $0.owner == "Marcus Bell" && $0.task.contains("rough quote") && $0.due == "2027-04-15" }, "\(items)")
        #expect(items.count == 2, "\(items)")
    }

    @Test("a result promised of something not asked for is a task; having something is not")
    func resultOfItsOwn() throws {
        let items = try Self.items([
            ("Sarah Whitfield", "And the connectors for the two carriers?"),
            ("Marcus Bell", "We'll have all of them released by Friday."),
            ("Sarah Whitfield", "Good. You can have the old scanners, by the way."),
        ])
        #expect(items.contains { $0.task.contains("released") && $0.due == "2027-04-16" }, "\(items)")
        #expect(!items.contains { $0.task.contains("scanners") }, "\(items)")
    }
}
