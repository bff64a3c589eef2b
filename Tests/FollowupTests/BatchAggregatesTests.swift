import Foundation
import FollowupExtraction
import Testing

@testable import Followup

@Suite struct BatchAggregatesTests {
    // MARK: CSV

    @Test(arguments: [
        ("plain", "plain"),
        ("", ""),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("carriage\rreturn", "\"carriage\rreturn\""),
        ("Müller & Søn", "Müller & Søn"),
    ])
    func csvFieldsAreQuotedOnlyWhenTheyMustBe(text: String, field: String) {
        #expect(CSV.field(text) == field)
    }

    @Test func aCSVRecordEndsInCRLF() {
        #expect(CSV.record(["a", "b,c", ""]) == "a,\"b,c\",\r\n")
    }

    @Test func formulasAreMadeInert() {
        #expect(CSV.inert("=SUM(A1:A9)") == "'=SUM(A1:A9)")
        #expect(CSV.inert("+1 555") == "'+1 555")
        #expect(CSV.inert("-5 days") == "'-5 days")
        #expect(CSV.inert("@here") == "'@here")
        #expect(CSV.inert("send the deck") == "send the deck")
        #expect(CSV.inert("") == "")
    }

    // MARK: The tracker

    static func item(_ id: String, _ task: String, owner: String?, due: (String, String?)?, line: Int) -> ExtractionRecord.ActionItem {
        ExtractionRecord.ActionItem(
            id: id, task: task, owner: owner, due: due.map { .init(date: $0.0, time: $0.1, text: "as said") }, amountIds: [],
            source: .init(line: line, text: "line \(line)"))
    }

    static func meeting(_ source: String, title: String?, date: String, people: [String], items: [ExtractionRecord.ActionItem])
        -> ExtractionRecord
    {
        var record = ExtractionRecord(
            source: source, language: "en",
            meeting: .init(title: title, date: date, timezone: "Europe/Berlin", participants: people.map { .init(name: $0) }),
            actionItems: items)
        record.nextContact = .init(date: "2026-12-02", time: "10:00", text: "next call", source: nil)
        return record
    }

    static let renewal = meeting(
        "in/renewal.txt", title: "ACME renewal, Q4", date: "2026-11-23", people: ["Alice Chen", "Bob Lee"],
        items: [
            item("A1", "send the \"final\" proposal", owner: "Alice Chen", due: ("2026-11-27", "15:00"), line: 14),
            item("A2", "check the price floor", owner: "Bob Lee", due: nil, line: 15),
            item("A3", "=book a room", owner: nil, due: ("2026-11-24", nil), line: 16),
        ])

    static let vendor = meeting(
        "in/calls/vendor.vtt", title: nil, date: "2026-11-24", people: ["Alice Chen", "Carla Diaz"],
        items: [
            item("A1", "call the vendor", owner: "Alice Chen", due: ("2026-11-25", nil), line: 3),
            item("A2", "sign the NDA", owner: "alice  chen", due: ("2026-11-26", "09:30"), line: 9),
        ])

    @Test func theTrackerHasOneRowPerActionItem() {
        let expected =
            "meeting,date,owner,task,due,source,line\r\n"
            + "\"ACME renewal, Q4\",2026-11-23,Alice Chen,\"send the \"\"final\"\" proposal\",2026-11-27 15:00,in/renewal.txt,14\r\n"
            + "\"ACME renewal, Q4\",2026-11-23,Bob Lee,check the price floor,,in/renewal.txt,15\r\n"
            + "\"ACME renewal, Q4\",2026-11-23,,'=book a room,2026-11-24,in/renewal.txt,16\r\n"
            + "in/calls/vendor.vtt,2026-11-24,Alice Chen,call the vendor,2026-11-25,in/calls/vendor.vtt,3\r\n"
            + "in/calls/vendor.vtt,2026-11-24,alice  chen,sign the NDA,2026-11-26 09:30,in/calls/vendor.vtt,9\r\n"
        #expect(ActionTracker.csv([Self.renewal, Self.vendor]) == expected)
    }

    @Test func anEmptyTrackerIsItsHeader() {
        #expect(ActionTracker.csv([]) == "meeting,date,owner,task,due,source,line\r\n")
    }

    // MARK: People

    @Test func everyoneWhoOwesOrIsOwedGetsAPage() {
        let book = PeopleBook(records: [Self.renewal, Self.vendor])
        #expect(book.people.map(\.name) == ["Alice Chen", "Bob Lee", "Carla Diaz"])
        #expect(book.people.map(\.fileName) == ["Alice Chen", "Bob Lee", "Carla Diaz"])
    }

    @Test func whatAPersonOwesIsSortedByDueDateAcrossMeetings() {
        let alice = PeopleBook(records: [Self.renewal, Self.vendor]).people[0]
        #expect(alice.owes.map(\.task) == ["call the vendor", "sign the NDA", "send the \"final\" proposal"])
        #expect(alice.owed.map(\.task) == ["check the price floor"])
    }

    @Test func attendeesAreOwedWhatOthersOweInTheirMeetings() {
        let book = PeopleBook(records: [Self.renewal, Self.vendor])
        let bob = book.people[1]
        let carla = book.people[2]
        #expect(bob.owes.map(\.task) == ["check the price floor"])
        #expect(bob.owed.map(\.task) == ["send the \"final\" proposal"])
        #expect(carla.owes.isEmpty)
        #expect(carla.owed.map(\.task) == ["call the vendor", "sign the NDA"])
    }

    @Test func aPersonPageInMarkdown() {
        let book = PeopleBook(records: [Self.renewal, Self.vendor])
        let expected = [
            "# Bob Lee",
            "",
            "## Bob Lee owes (1)",
            "",
            "- **no deadline**: check the price floor  ",
            "  ACME renewal, Q4, 2026-11-23 (in/renewal.txt, line 15)",
            "",
            "## Owed to Bob Lee (1)",
            "",
            "- **2026-11-27 15:00**: Alice Chen to send the \"final\" proposal  ",
            "  ACME renewal, Q4, 2026-11-23 (in/renewal.txt, line 14)",
            "",
        ].joined(separator: "\n")
        #expect(book.markdown(for: book.people[1]) == expected)
    }

    @Test func markdownSyntaxInNotesIsEscaped() {
        #expect(Markdown.escape("fix *all* the [links] #3") == "fix \\*all\\* the \\[links\\] \\#3")
    }

    @Test func aPersonsCalendarHoldsOnlyWhatTheyOwe() {
        let book = PeopleBook(records: [Self.renewal, Self.vendor])
        let records = book.records(owedBy: book.people[0])
        #expect(records.map(\.source) == ["in/renewal.txt", "in/calls/vendor.vtt"])
        #expect(records.map { $0.actionItems.map(\.task) } == [["send the \"final\" proposal"], ["call the vendor", "sign the NDA"]])
        #expect(records.allSatisfy { $0.nextContact == nil })
    }

    @Test func peopleWhoseFileNamesCollideAreNumbered() {
        let record = Self.meeting(
            "x.txt", title: "x", date: "2026-11-23", people: [],
            items: [
                Self.item("A1", "one", owner: "A/B", due: nil, line: 1),
                Self.item("A2", "two", owner: "A:B", due: nil, line: 2),
            ])
        #expect(PeopleBook(records: [record]).people.map(\.fileName) == ["A_B", "A_B~2"])
    }

    // MARK: Manifest lines

    @Test func aManifestLineReadsBackAsTheSameEntry() throws {
        var record = Self.renewal
        record.amounts = [.init(id: "M1", value: 12_500.5, currency: "EUR", period: "month", text: "12.5k", source: .init(line: 3, text: "x"))]
        record.actionItems[0].amountIds = ["M1"]
        let entry = BatchEntry(
            key: "renewal.txt", source: "in/renewal.txt", size: 120, hash: "0123456789abcdef", status: .ok,
            outputs: [(.json, "renewal.json"), (.ics, "renewal.ics")], language: "en", counts: .init(record),
            record: BatchEntry.compact(record))
        let line = entry.manifestJSON.compact
        let back = try #require(BatchEntry(line: Data(line.utf8), decoder: JSONDecoder()))
        #expect(back.manifestJSON.compact == line)
        #expect(back.record?.amounts.first?.value == 12_500.5)
        #expect(back.outputs.map(\.path) == ["renewal.json", "renewal.ics"])
    }

    @Test func aLineCutShortIsNoEntry() {
        #expect(BatchEntry(line: Data("{\"key\":\"a\",\"sou".utf8), decoder: JSONDecoder()) == nil)
    }
}
