import FollowupExtraction
import FollowupTestSupport
import Testing

/// Decisions (`decisions[]`): what the meeting settled; and the next contact (`nextContact`):
/// the next agreed call, meeting or contact. D is Monday 2026-11-23.
@Suite("Decisions")
struct DecisionRuleTests {
    static let reference = "2026-11-23"

    @Test("what the meeting settled is a decision", arguments: [
        ("We agreed to keep the current vendor.", "keep the current vendor"),
        ("Decision: move the launch to March.", "move the launch to March"),
        ("We'll go with the annual plan.", "the annual plan"),
        ("The revised budget was approved.", "revised budget"),
        ("Договорились: запуск переносим на март.", "запуск переносим на март"),
    ])
    func decisions(line: String, words: String) throws {
        let record = try extract("Sync\n\n\(line)\n", date: Self.reference)
        try #require(record.decisions.count == 1, "\(record.decisions.map(\.text))")
        #expect(record.decisions[0].text.contains(words))
        #expect(record.decisions[0].source?.line == 3)
    }

    @Test("every line under a Decisions heading is a decision")
    func heading() throws {
        let record = try extract(
            "# Sync\n\n## Decisions\n- Keep the budget flat\n- Launch in March\n\n## Notes\nThe demo went well.\n",
            date: Self.reference)
        #expect(record.decisions.map(\.text) == ["Keep the budget flat", "Launch in March"])
        #expect(record.decisions.compactMap(\.source?.line) == [4, 5])
    }

    @Test("not decisions", arguments: [
        "Did we agree on the price?",
        "Nothing decided yet on pricing.",
        "We have not agreed on the rollout date.",
    ])
    func notDecisions(line: String) throws {
        let record = try extract("Sync\n\n\(line)\n", date: Self.reference)
        #expect(record.decisions.isEmpty, "\(record.decisions.map(\.text))")
    }
}

@Suite("Next contact")
struct NextContactRuleTests {
    static let reference = "2026-11-23"

    /// Set 36: a private note's 1:1 ("note to self: talk to Raj 1:1 … this wk") hid the team's retro, and the mail
    /// proposed an invented call instead.
    @Test("a private note's meeting is not the next contact")
    func privateNoteIsNoContact() throws {
        let notes = "Payments standup\n\n- retro fri 2pm, usual room\n\nnote to self: talk to Kofi 1:1 about the on-call rota this wk. NOT for the group msg\n"
        let record = try extract(notes, date: Self.reference)
        let contact = try #require(record.nextContact)
        #expect(contact.source?.line == 3, "\(contact)")
        #expect(contact.date == "2026-11-27" && contact.time == "14:00", "\(contact)")
    }

    @Test("the next agreed contact", arguments: [
        ("Next call Wednesday 9am.", "2026-11-25", "09:00"),
        ("Let's reconnect in two weeks.", "2026-12-07", nil),
        ("We'll follow up on the 15th.", "2026-12-15", nil),
        ("Созвон в среду в 10:00.", "2026-11-25", "10:00"),
        ("Let's call again next Wednesday at 9.", "2026-12-02", "09:00"),
        // Set 36: the present tense says the plan ("встречаемся в пятницу").
        ("Тогда встречаемся в пятницу, в 12:00, смотрим новый медиаплан.", "2026-11-27", "12:00"),
        ("Созваниваемся в четверг в 15:00.", "2026-11-26", "15:00"),
    ] as [(String, String, String?)])
    func nextContact(line: String, date: String, time: String?) throws {
        let record = try extract("Sync\n\n\(line)\n", date: Self.reference)
        let contact = try #require(record.nextContact)
        #expect(contact.date == date)
        #expect(contact.time == time)
    }

    @Test("the next call itself is not an action item")
    func callIsNotAnItem() throws {
        let record = try extract("Sync\n\nNext call Wednesday 9am.\n", date: Self.reference)
        #expect(record.actionItems.isEmpty, "\(record.actionItems.map(\.task))")
        #expect(record.dates.map(\.date) == ["2026-11-25"], "the contact's date is still a date mention")
    }

    @Test("\"follow up with legal by Friday\" is an action item, not the next contact")
    func followUpWithSomeone() throws {
        let record = try extract("Sync\n\nBob will follow up with legal by Friday.\n", date: Self.reference)
        #expect(record.nextContact == nil)
        try #require(record.actionItems.count == 1)
        #expect(record.actionItems[0].owner == "Bob")
        #expect(record.actionItems[0].due?.date == "2026-11-27")
    }

    @Test("no next contact: null")
    func none() throws {
        let record = try extract("Sync\n\nAlice will send the deck by Friday.\n", date: Self.reference)
        #expect(record.nextContact == nil)
    }
}
