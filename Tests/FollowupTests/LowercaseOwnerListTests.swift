import FollowupExtraction
import FollowupTestSupport
import Testing

/// Quick notes list their to-dos one per line as "name - task - day", in lower case and without bullets, often under
/// "AIs". Each line is its owner's item: none runs on into the next as a wrapped sentence would.
@Suite struct LowercaseOwnerListTests {
    static let notes = """
        platform standup — tue 3/14/28
        ppl: Nora, Sam, Ivo, me

        AIs
        nora - migrate the billing cron - thu eod
        me - draft the release notes - today
        sam+ivo - load test on staging fri pm
        ivo - renew the TLS cert - mon

        nts: Sam seems burnt out, check in privately
        """

    @Test func eachLabelledLineIsItsOwnersItem() throws {
        let (_, record) = try SendableTextTests.followUp(Self.notes)
        let items = record.actionItems.map { ($0.owner ?? "-", $0.task) }
        #expect(items.count == 4, "\(items)")
        #expect(items.contains { $0 == ("Nora", "migrate the billing cron") }, "\(items)")
        #expect(items.contains { $0 == ("Sam + Ivo", "load test on staging") }, "\(items)")
        #expect(items.contains { $0 == ("Ivo", "renew the TLS cert") }, "\(items)")
        #expect(!items.contains { $0.1.contains(" - ") }, "\(items)")
    }

    @Test func aWeekdayWithAPartOfItsDayIsThatDay() throws {
        let (_, record) = try SendableTextTests.followUp(Self.notes)
        let due = Dictionary(record.actionItems.map { ($0.owner ?? "-", $0.due?.date ?? "none") }, uniquingKeysWith: { a, _ in a })
        #expect(due["Nora"] == "2028-03-16", "\(due)")
        #expect(due["Sam + Ivo"] == "2028-03-17", "\(due)")
        #expect(due["Ivo"] == "2028-03-20", "\(due)")
    }

    @Test func aNoteToSelfAfterTheListStaysOut() throws {
        let (text, record) = try SendableTextTests.followUp(Self.notes)
        #expect(!text.contains("burnt out"), "\(text)")
        #expect(!record.actionItems.contains { $0.task.contains("privately") })
    }

    @Test("a weekday and the part of its day after it are one date", arguments: [
        ("Mia to send the incident report by Friday am", "2028-03-17", "Friday am"),
        ("Mia to send the incident report Friday end of day", "2028-03-17", "Friday end of day"),
        ("Mia to send the incident report - wed pm", "2028-03-15", "wed pm"),
    ])
    func weekdayAndPartOfDay(line: String, date: String, said: String) throws {
        let record = try extract(line, date: "2028-03-14")
        #expect(record.actionItems.first?.due?.date == date, "\(record.actionItems.map(\.due))")
        #expect(record.actionItems.first?.task == "send the incident report", "\(record.actionItems.map(\.task))")
        #expect(record.dates.map(\.text).contains { $0.hasSuffix(said) }, "\(record.dates.map(\.text))")
        #expect(record.dates.count == 1, "\(record.dates.map(\.text))")
    }

    @Test func aPronounBeforeAnAbbreviationKeepsItAWord() throws {
        let record = try extract("We sat today with the auditors and went through the sample.", date: "2028-03-14")
        #expect(record.dates.allSatisfy { $0.date == "2028-03-14" }, "\(record.dates.map(\.date))")
    }

    @Test func aMeetingWordOpeningATaskIsItsVerb() throws {
        let record = try extract("""
            Team sync 2028-03-14
            Attendees: Nora, Ivo

            - retro fri 2pm, the usual room
            - nora - review ivo's PR before it merges
            - ivo - pair with Nora on the cache bug mon
            """, date: "2028-03-14")
        #expect(record.nextContact?.date == "2028-03-17", "\(String(describing: record.nextContact))")
        #expect(record.nextContact?.time == "14:00", "\(String(describing: record.nextContact))")
    }

    /// Set 36: "I'll email you the names tonight or first thing tomorrow" left "or first thing" in the task.
    @Test("'first thing tomorrow' is the next morning", arguments: [
        ("Tom: I'll email you the names tonight or first thing tomorrow.", "email you the names"),
        ("Tom: I'll send the deck first thing in the morning.", "send the deck"),
    ])
    func firstThing(line: String, task: String) throws {
        let record = try extract(line, date: "2028-03-14")
        #expect(record.actionItems.map(\.task) == [task], "\(record.actionItems.map(\.task))")
        #expect(record.dates.contains { $0.date == "2028-03-15" }, "\(record.dates.map(\.text))")
    }

    /// Set 37: a Russian task table wrote its owners surname first ("Ковалёва М. С.") where the attendees had "М. С.
    /// Ковалёва", and every row became "Кто возьмёт задачу…?".
    @Test func initialsBeforeOrAfterTheSurnameNameOnePerson() throws {
        let record = try extract("""
            # Бюджет маркетинга
            **Участники:** А. В. Никитин (финансовый директор), М. С. Ковалёва (маркетинг)

            ## Поручения
            | Ответственный | Задача | Срок |
            |---|---|---|
            | Ковалёва М. С. | Подписать договор с организатором выставки | до 05.04 |
            | Никитин А. В. | Завести бюджет в систему | до 29.03 |
            """, date: "2028-03-22", language: "ru", file: "notes.md")
        let owners = record.actionItems.map { $0.owner ?? "-" }
        #expect(owners == ["М. С. Ковалёва", "А. В. Никитин"], "\(record.actionItems.map { ($0.owner, $0.task) })")
    }
}
