import FollowupExtraction
import FollowupRendering

/// Hand-built records in the contract's shape (extraction-json.md), so rendering tests do not
/// depend on the extraction rules.
enum Fixtures {
    typealias Record = ExtractionRecord

    /// Mon 23 Nov 2026, 17:00 UTC (18:00 in Berlin).
    static let now: Double = 1_795_453_200

    static func source(_ line: Int, _ text: String) -> Record.SourceRef { Record.SourceRef(line: line, text: text) }

    /// The contract's example meeting: Alice (the sender), Bob and Dana from ACME.
    static func acme(nextContact: Record.NextContact? = Record.NextContact(
        date: "2026-12-02", time: "09:00", text: "call again next Wednesday at 9", source: source(16, "call again next Wednesday at 9"))
    ) -> Record {
        Record(
            source: "Corpora/en/acme-renewal.md", language: "en",
            meeting: Record.Meeting(
                title: "ACME renewal call", date: "2026-11-23", timezone: "Europe/Berlin",
                participants: [
                    Record.Person(name: "Alice Chen", email: "alice@example.com"),
                    Record.Person(name: "Bob Lee", email: "bob@example.com"),
                    Record.Person(name: "Dana Whitfield", email: "dana@acme-corp.com"),
                ]),
            actionItems: [
                Record.ActionItem(
                    id: "A1", task: "send the revised proposal", owner: "Alice Chen",
                    due: Record.Due(date: "2026-11-27", time: "15:00", text: "by Friday 3pm"), amountIds: [],
                    source: source(14, "Alice will send the revised proposal by Friday 3pm")),
                Record.ActionItem(
                    id: "A2", task: "check the price floor with finance", owner: "Bob Lee",
                    due: Record.Due(date: "2026-11-24", time: nil, text: "tomorrow"), amountIds: [],
                    source: source(15, "Bob to check the price floor with finance tomorrow")),
                Record.ActionItem(
                    id: "A3", task: "book the venue", owner: nil, due: nil, amountIds: [], source: source(17, "someone books the venue")),
            ],
            decisions: [
                Record.Decision(id: "D1", text: "Budget stays at 100,000 RUB per quarter", source: source(9, "Budget stays at 100,000 RUB per quarter"))
            ],
            amounts: [
                Record.Amount(
                    id: "M1", value: 100_000, currency: "RUB", period: "quarter", text: "100,000 RUB per quarter",
                    source: source(9, "Budget stays at 100,000 RUB per quarter")),
                Record.Amount(
                    id: "M2", value: 20_000, currency: "EUR", period: nil, text: "20,000 EUR", source: source(11, "pilot costs 20,000 EUR")),
            ],
            questions: [
                Record.Question(
                    text: "Is the 20,000 EUR for the pilot one-time or monthly?", reason: "amount-without-period",
                    source: source(11, "pilot costs 20,000 EUR"))
            ],
            nextContact: nextContact)
    }

    /// Alice as the configured sender, Berlin, the fixed clock.
    static func settings(
        now: Double = Fixtures.now, lead: Int = 1, checkBack: Int = 3, todos: Bool = false, locale: String? = nil
    ) -> RenderSettings {
        RenderSettings(
            sender: RenderSettings.Sender(name: "Alice Chen", email: "alice@example.com", signature: "Account Manager, Example Ltd"),
            timeZone: "Europe/Berlin", locale: locale, now: now, reminderLeadDays: lead, checkBackDays: checkBack, todos: todos)
    }

    /// A record whose every text field is hostile: CRLF, iCalendar and MIME structure, long lines,
    /// right-to-left and emoji text.
    static let hostileTask = "ship it\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:pwned; a,b \\ c --=_followup_mixed_0 שלום עולם 👩‍👩‍👧‍👦"
    static let hostileName = "x\r\nBcc: victim@example.org"

    static func hostile() -> Record {
        let long = String(repeating: "Lorem ipsum dolor sit amet, ünïcödé ✓ ", count: 60)
        return Record(
            source: "hostile.md", language: "en",
            meeting: Record.Meeting(
                title: "Review\r\nBcc: evil@example.org 🚀 مرحبا", date: "2026-11-23", timezone: "Europe/Berlin",
                participants: [
                    Record.Person(name: hostileName, email: "x@example.org"),
                    Record.Person(name: "Mallory\r\nTo: all@example.org", email: "evil@example.org\r\nBcc: a@b.c"),
                ]),
            actionItems: [
                Record.ActionItem(
                    id: "A1", task: hostileTask, owner: hostileName,
                    due: Record.Due(date: "2026-11-27", time: "15:00", text: "Friday"), amountIds: [],
                    source: source(3, hostileTask)),
                Record.ActionItem(
                    id: "A2", task: long, owner: "Bob", due: Record.Due(date: "2026-11-30", time: nil, text: "Monday"), amountIds: [],
                    source: source(4, long)),
            ],
            decisions: [Record.Decision(id: "D1", text: "--=_followup_alt_0\r\nContent-Type: text/html", source: source(5, "x"))])
    }
}
