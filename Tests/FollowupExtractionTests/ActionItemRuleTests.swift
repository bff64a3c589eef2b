import FollowupExtraction
import FollowupTestSupport
import Testing

/// Action items (`actionItems[]`): commitments and requests for future work, with the owner in
/// the fullest form the document gives, the deadline resolved by the contract's table, and the
/// 1-based line they came from. D is Monday 2026-11-23, so "by Friday" is 2026-11-27.
@Suite("Action items")
struct ActionItemRuleTests {
    static let reference = "2026-11-23"

    static func notes(_ text: String) throws -> ExtractionRecord {
        try extract(text, date: reference)
    }

    static func call(_ cues: [(speaker: String, text: String)]) throws -> ExtractionRecord {
        try extract(webVTT(cues), date: reference, file: "call.vtt")
    }

    /// Set 34: "Jess: confirm log ingestion limits (we had issues w/ the cap last yr)" was due a year before the meeting.
    @Test("a day counted back from the meeting is no deadline", arguments: [
        "- Jess: confirm log ingestion limits (we had issues w/ the cap last yr)\n",
        "- Jess: confirm the ingestion limits, the cap broke 3 days ago\n",
        "- Jess: confirm the ingestion limits we talked about yesterday\n",
    ])
    func aPastDayIsNoDeadline(notes: String) throws {
        let record = try Self.notes("Attendees: Jess Liu, Mark Doherty\n\n" + notes)
        #expect(record.actionItems.count == 1 && record.actionItems[0].due == nil, "\(record.actionItems)")
    }

    // MARK: Owners in notes

    @Test("the owner as the notes name them", arguments: [
        ("Alice will send the deck by Friday.", "Alice"),
        ("Alice to review the contract by Friday.", "Alice"),
        ("Alice: send the invoice by Friday", "Alice"),
        ("AI (Bob): update the forecast by Friday", "Bob"),
        ("Update the forecast by Friday, assigned to Bob.", "Bob"),
        ("Bob owns the migration plan.", "Bob"),
        ("ACME legal will review the MSA by Friday.", "ACME legal"),
    ])
    func owners(line: String, owner: String) throws {
        let record = try Self.notes("Sync\n\n\(line)\n")
        try #require(record.actionItems.count == 1, "\(record.actionItems.map(\.task))")
        #expect(record.actionItems[0].owner == owner)
    }

    @Test("an open checkbox with an @mention takes the attendee's full name")
    func mentionWithAttendees() throws {
        let record = try Self.notes("Sync\nAttendees: Maria Gonzalez, Bob Lee\n\n- [ ] @maria draft the FAQ by Friday\n")
        try #require(record.actionItems.count == 1)
        #expect(record.actionItems[0].owner == "Maria Gonzalez")
        #expect(record.actionItems[0].due?.date == "2026-11-27")
        #expect(record.actionItems[0].task.contains("FAQ"))
    }

    @Test("an @mention that spells out the name: @maria (Maria Gonzalez)")
    func mentionWithName() throws {
        let record = try Self.notes("Sync\n\n- [ ] @maria (Maria Gonzalez) draft the FAQ by Friday\n")
        try #require(record.actionItems.count == 1)
        #expect(record.actionItems[0].owner == "Maria Gonzalez")
    }

    @Test("initials defined in the attendee list stand for the person")
    func initials() throws {
        let record = try Self.notes(
            "Sync\nAttendees: Alice Chen (AC), Bob Lee (BL)\n\nAC to send the pricing sheet by Friday.\n")
        try #require(record.actionItems.count == 1)
        #expect(record.actionItems[0].owner == "Alice Chen")
    }

    @Test("the owner is the fullest form of the name in the document")
    func fullestForm() throws {
        let record = try Self.notes("Sync\nAttendees: Alice Chen, Bob Lee\n\nAlice will send the deck by Friday.\n")
        try #require(record.actionItems.count == 1)
        #expect(record.actionItems[0].owner == "Alice Chen")
    }

    @Test("no owner named: owner is null and the follow-up asks who")
    func noOwner() throws {
        let record = try Self.notes("Sync\n\nAction items:\n- Send the signed MSA by Friday\n")
        try #require(record.actionItems.count == 1)
        #expect(record.actionItems[0].owner == nil)
        #expect(record.questionReasons.contains("action-without-owner"))
    }

    @Test("no deadline: due is null and the follow-up asks by when")
    func noDeadline() throws {
        let record = try Self.notes("Sync\n\nAlice will send the deck.\n")
        try #require(record.actionItems.count == 1)
        #expect(record.actionItems[0].due == nil)
        #expect(record.questionReasons.contains("action-without-deadline"))
    }

    // MARK: Owners in transcripts

    @Test("\"I'll…\" in a transcript is the speaker")
    func firstPersonIsSpeaker() throws {
        let record = try Self.call([
            ("Alice Chen", "Thanks everyone for joining."),
            ("Alice Chen", "I'll send the pricing sheet by Friday."),
            ("Bob Lee", "Great."),
            ("Carla Diaz", "Sounds good."),
        ])
        try #require(record.actionItems.count == 1)
        #expect(record.actionItems[0].owner == "Alice Chen")
        #expect(record.actionItems[0].due?.date == "2026-11-27")
    }

    @Test("\"Bob, can you…?\" is Bob's")
    func namedRequest() throws {
        let record = try Self.call([
            ("Alice Chen", "Bob, can you send the signed contract by Thursday?"),
            ("Carla Diaz", "I think legal has it."),
            ("Bob Lee", "Yes."),
        ])
        try #require(record.actionItems.count == 1)
        #expect(record.actionItems[0].owner == "Bob Lee")
        #expect(record.actionItems[0].due?.date == "2026-11-26")
    }

    @Test("\"can you…?\" answered \"Sure\" by the next speaker is that speaker's")
    func answeredRequest() throws {
        let record = try Self.call([
            ("Alice Chen", "Can you send the signed contract by Thursday?"),
            ("Bob Lee", "Sure, no problem."),
            ("Carla Diaz", "Great, thanks."),
        ])
        try #require(record.actionItems.count == 1)
        #expect(record.actionItems[0].owner == "Bob Lee")
    }

    @Test("\"we'll…\" is owned by \"we\"")
    func weOwner() throws {
        let record = try Self.call([
            ("Alice Chen", "We'll share the roadmap with the customer next week."),
            ("Bob Lee", "Okay."),
            ("Carla Diaz", "Fine by me."),
        ])
        try #require(record.actionItems.count == 1)
        #expect(record.actionItems[0].owner == "we")
        #expect(record.actionItems[0].due?.date == "2026-11-30")
    }

    @Test("SRT transcripts name the speaker too")
    func srtSpeaker() throws {
        let record = try extract(
            srt([("Bob Lee", "I will update the forecast by Friday."), ("Alice Chen", "Thanks Bob.")]),
            date: Self.reference, file: "call.srt")
        try #require(record.actionItems.count == 1)
        #expect(record.actionItems[0].owner == "Bob Lee")
    }

    // MARK: Not action items

    @Test("not action items", arguments: [
        "Alice sent the deck yesterday.",
        "- [x] Bob to update the forecast",
        "We could maybe look at a new vendor.",
        "We discussed who would own hiring.",
    ])
    func noise(line: String) throws {
        let record = try Self.notes("Sync\n\n\(line)\n")
        #expect(record.actionItems.isEmpty, "\(record.actionItems.map(\.task))")
    }

    @Test("a question about the past is not a request")
    func questionAboutThePast() throws {
        let record = try Self.call([
            ("Alice Chen", "Bob, did you send the contract to legal?"),
            ("Bob Lee", "Yes, on Monday."),
            ("Carla Diaz", "Good."),
        ])
        #expect(record.actionItems.isEmpty, "\(record.actionItems.map(\.task))")
    }

    @Test("a negated commitment is not a commitment")
    func negation() throws {
        let record = try Self.call([
            ("Bob Lee", "I won't be able to review the contract this week."),
            ("Alice Chen", "Understood."),
            ("Carla Diaz", "Okay."),
        ])
        #expect(record.actionItems.isEmpty, "\(record.actionItems.map(\.task))")
    }

    // MARK: One item per task

    @Test("a task said in the transcript and again in a recap is one item")
    func transcriptAndRecap() throws {
        let record = try Self.call([
            ("Alice Chen", "I'll send the pricing sheet by Friday."),
            ("Bob Lee", "Great, thanks."),
            ("Carla Diaz", "To recap: Alice will send the pricing sheet by Friday."),
        ])
        try #require(record.actionItems.count == 1, "\(record.actionItems.map(\.task))")
        #expect(record.actionItems[0].owner == "Alice Chen")
        #expect(record.actionItems[0].source?.line == 5)
    }

    @Test("a task in the notes and again under Action items is one item")
    func notesAndRecap() throws {
        let record = try Self.notes(
            "Sync\nAttendees: Alice Chen\n\nAlice will send the pricing sheet by Friday.\n\nAction items:\n- Alice: send the pricing sheet by Friday\n")
        try #require(record.actionItems.count == 1, "\(record.actionItems.map(\.task))")
        #expect(record.actionItems[0].owner == "Alice Chen")
    }

    // MARK: Source

    @Test("source.line is 1-based and source.text has the task's words")
    func source() throws {
        let record = try Self.notes("Weekly sync\n\nAttendees: Alice Chen\n\nAlice will send the revised proposal by Friday.\n")
        try #require(record.actionItems.count == 1)
        let item = record.actionItems[0]
        #expect(item.source?.line == 5)
        #expect(item.source?.text.contains("send the revised proposal") == true)
        #expect(item.task.contains("send the revised proposal"))
        #expect(item.task.contains("Friday") == false, "the task leaves out the deadline")
        #expect(item.task.contains("Alice") == false, "the task leaves out the owner")
    }

    @Test("a transcript item's line is the cue's text line")
    func transcriptSourceLine() throws {
        // WEBVTT, blank, "1", timing, cue text on line 5; cue 2's text on line 9.
        let record = try Self.call([
            ("Alice Chen", "Welcome, everyone."),
            ("Bob Lee", "I'll draft the security questionnaire by Friday."),
            ("Carla Diaz", "Thanks."),
        ])
        try #require(record.actionItems.count == 1)
        #expect(record.actionItems[0].source?.line == 9)
        #expect(record.actionItems[0].source?.text.contains("security questionnaire") == true)
    }

    // MARK: Russian

    @Test("Russian: \"Иван пришлёт договор до пятницы\"")
    func russianNamed() throws {
        let record = try Self.notes("Планёрка\n\nИван пришлёт договор до пятницы.\n")
        try #require(record.actionItems.count == 1)
        #expect(record.actionItems[0].owner == "Иван")
        #expect(record.actionItems[0].due?.date == "2026-11-27")
        #expect(record.actionItems[0].task.contains("договор"))
    }

    @Test("Russian: \"я подготовлю КП завтра\" is the speaker's")
    func russianSpeaker() throws {
        let record = try Self.call([
            ("Мария Иванова", "Я подготовлю КП завтра."),
            ("Иван Петров", "Отлично."),
            ("Анна Смирнова", "Спасибо."),
        ])
        try #require(record.actionItems.count == 1)
        #expect(record.actionItems[0].owner == "Мария Иванова")
        #expect(record.actionItems[0].due?.date == "2026-11-24")
    }

    @Test("Russian: a dative owner with an infinitive, in the attendee's full name")
    func russianDative() throws {
        let record = try Self.notes(
            "Планёрка\nУчастники: Анна Смирнова, Иван Петров\n\nАнне согласовать бюджет до конца недели.\n")
        try #require(record.actionItems.count == 1)
        #expect(record.actionItems[0].owner == "Анна Смирнова")
        #expect(record.actionItems[0].due?.date == "2026-11-27")
    }

    /// "тех. требования", "120 000 руб. в день", "до 400 тыс. руб.": a Russian abbreviation's dot inside a task does not end
    /// it (the eleventh reading's "Олег: тех").
    @Test func aRussianAbbreviationDoesNotCutTheTask() throws {
        let record = try extract("""
            Участники: Олег Смирнов, Елена Ким

            - Олег Смирнов — тех. требования (размеры, чертеж) -> до вторника
            - Елена Ким оплатит аренду звука 120 000 руб. в день до четверга
            """, date: "2027-03-18", language: "ru")
        let tasks = record.actionItems.map(\.task)
        #expect(tasks.contains { $0.hasPrefix("тех. требования") }, "\(tasks)")
        #expect(tasks.contains { $0.contains("руб. в день") }, "\(tasks)")
    }
}
