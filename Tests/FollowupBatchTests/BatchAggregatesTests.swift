import Foundation
import FollowupExtraction
import FollowupRendering
import FollowupTestSupport
import Testing

@testable import FollowupBatch
import Followup

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

    /// The people files the ledger writes for these meetings (given in walk order), by file name.
    static func peopleFiles(
        _ records: [ExtractionRecord], memoryLimit: Int = 8 << 20, calendarLimit: Int = SplitCalendar.googleLimit,
        keepIn kept: TempDirectory? = nil
    ) throws -> [String: String] {
        let directory = try kept ?? TempDirectory()
        let tree = try OutputTree(root: directory.path, durable: false)
        let renderers = Self.renderers
        let ledger = PeopleLedger(memoryLimit: memoryLimit, scratch: { try tree.scratch() })
        for (order, record) in records.enumerated() {
            try ledger.add(PeopleShare(record: record, order: order, events: try renderers.calendarChunk([record])))
        }
        var problems: [String] = []
        let written = try ledger.write(
            create: { try tree.create($0) }, calendarHeader: { try renderers.calendarHeader(zones: $0) }, calendarLimit: calendarLimit,
            failed: { problems.append("\($0): \($1)") })
        #expect(problems.isEmpty)
        var files: [String: String] = [:]
        for path in written {
            files[String(path.dropFirst("people/".count))] = String(decoding: directory.read(path) ?? [], as: UTF8.self)
        }
        return files
    }

    static let renderers = Renderers(environment: try! RunEnvironment(now: "2026-11-25T10:00:00Z", timeZone: "Europe/Berlin"))

    /// Sixty meetings in two zones, each with timed and all-day deadlines for Alice and Bob.
    static let manyMeetings: [ExtractionRecord] = (0..<60).map { n in
        var record = meeting(
            "in/m\(n).txt", title: "M\(n)", date: "2026-11-\(10 + n % 15)", people: ["Alice Chen", "Bob Lee"],
            items: [
                item("A1", "task \(n)", owner: n % 2 == 0 ? "Alice Chen" : "Bob Lee", due: ("2026-12-\(10 + (n * 7) % 19)", "10:30"), line: n + 1),
                item("A2", "other \(n)", owner: "Alice Chen", due: n % 3 == 0 ? ("2027-01-\(10 + n % 19)", nil) : nil, line: n + 2),
            ])
        record.meeting.timezone = n % 4 == 0 ? "America/New_York" : "Europe/Berlin"
        return record
    }

    /// The list entries (task text) under a page's two headings.
    static func lists(_ page: String?) -> (owes: [String], owed: [String]) {
        var owes: [String] = []
        var owed: [String] = []
        var inOwed = false
        for line in (page ?? "").split(separator: "\n") {
            if line.hasPrefix("## Owed to ") { inOwed = true }
            guard line.hasPrefix("- ") else { continue }
            let text = String(line[line.range(of: ": ")!.upperBound...]).trimmingCharacters(in: .whitespaces)
            if inOwed { owed.append(text) } else { owes.append(text) }
        }
        return (owes, owed)
    }

    @Test func everyoneWhoOwesOrIsOwedGetsAPage() throws {
        let files = try Self.peopleFiles([Self.renewal, Self.vendor])
        #expect(files.keys.filter { $0.hasSuffix(".md") }.sorted() == ["Alice Chen.md", "Bob Lee.md", "Carla Diaz.md"])
        #expect(files["Alice Chen.md"]?.hasPrefix("# Alice Chen\n") == true)
        // Bob's only item has no deadline, Carla owes nothing: no calendars for them.
        #expect(files.keys.filter { $0.hasSuffix(".ics") } == ["Alice Chen.ics"])
    }

    @Test func whatAPersonOwesIsSortedByDueDateAcrossMeetings() throws {
        let alice = Self.lists(try Self.peopleFiles([Self.renewal, Self.vendor])["Alice Chen.md"])
        #expect(alice.owes == ["call the vendor", "sign the NDA", "send the \"final\" proposal"])
        #expect(alice.owed == ["Bob Lee to check the price floor"])
    }

    @Test func attendeesAreOwedWhatOthersOweInTheirMeetings() throws {
        let files = try Self.peopleFiles([Self.renewal, Self.vendor])
        let bob = Self.lists(files["Bob Lee.md"])
        let carla = Self.lists(files["Carla Diaz.md"])
        #expect(bob.owes == ["check the price floor"])
        #expect(bob.owed == ["Alice Chen to send the \"final\" proposal"])
        #expect(carla.owes.isEmpty)
        #expect(carla.owed == ["Alice Chen to call the vendor", "alice  chen to sign the NDA"])
        #expect(files["Carla Diaz.md"]?.contains("## Carla Diaz owes (0)\n\nNothing.\n") == true)
    }

    @Test func aPersonPageInMarkdown() throws {
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
        #expect(try Self.peopleFiles([Self.renewal, Self.vendor])["Bob Lee.md"] == expected)
    }

    @Test func pagesAreTheSameWhenTheSortSpillsToDisk() throws {
        // Many meetings and a tiny memory limit: the sort merges dozens of runs from disk.
        let inMemory = try Self.peopleFiles(Self.manyMeetings)
        let spilled = try Self.peopleFiles(Self.manyMeetings, memoryLimit: 512)
        #expect(spilled == inMemory)
        let alice = Self.lists(inMemory["Alice Chen.md"]).owes
        #expect(alice.count == 90)
        // Deadlines first, in date order; the 40 items without a deadline last.
        let owesSection = inMemory["Alice Chen.md"]!.components(separatedBy: "## Owed to")[0]
        let dues = owesSection.split(separator: "\n").filter { $0.hasPrefix("- **2026") || $0.hasPrefix("- **2027") }.map { $0.dropFirst(4).prefix(10) }
        #expect(dues.count == 50)
        #expect(dues == dues.sorted())
        #expect(alice.suffix(40).allSatisfy { $0.hasPrefix("other ") })
    }

    @Test func aPersonsCalendarPastTheLimitIsSplitIntoWholeCalendars() throws {
        let directory = try TempDirectory()
        let files = try Self.peopleFiles(Self.manyMeetings, calendarLimit: 12_000, keepIn: directory)
        let parts = files.keys.filter { $0.hasPrefix("Alice Chen") && $0.hasSuffix(".ics") }.sorted()
        #expect(parts.count > 2)
        #expect(parts.contains("Alice Chen.ics") && parts.contains("Alice Chen-2.ics"))
        var events = 0
        for part in parts {
            let text = files[part]!
            #expect(text.utf8.count <= 12_000, "\(part)")
            #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n") && text.hasSuffix("END:VCALENDAR\r\n"))
            // Every zone a part's events name has its VTIMEZONE in that part.
            for zone in ["America/New_York", "Europe/Berlin"] where text.contains("TZID=\(zone):") {
                #expect(text.contains("TZID:\(zone)\r\n"), "\(part) lacks \(zone)")
            }
            events += text.components(separatedBy: "BEGIN:VEVENT").count - 1
        }
        // Alice's deadlines: 30 timed tasks and 20 dated "other" items.
        #expect(events == 50)
        if Validators.shouldRun {
            let result = try Validators.run("validate-ics", parts.map { URL(fileURLWithPath: directory.path("people/" + $0)) }, extraArguments: ["--no-warnings"])
            #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        }
    }

    @Test func aCalendarIsSplitBetweenMeetingsWithTheirTimeZones() throws {
        let directory = try TempDirectory()
        let tree = try OutputTree(root: directory.path, durable: false)
        let calendar = SplitCalendar(
            limit: 20_000, create: { try tree.create(SplitCalendar.partName("calendar.ics", $0)) },
            header: { try Self.renderers.calendarHeader(zones: $0) })
        var chunks: [CalendarChunk] = []
        for record in Self.manyMeetings {
            chunks.append(try Self.renderers.calendarChunk([record]))
            try calendar.add(chunks.last!.text, zones: chunks.last!.zones)
        }
        #expect(!directory.exists("calendar.ics"))  // nothing in place before finish
        let parts = try calendar.finish()
        #expect(parts.count > 3)
        #expect(Array(parts.prefix(3)) == ["calendar.ics", "calendar-2.ics", "calendar-3.ics"])
        var body = ""
        for part in parts {
            let text = String(decoding: directory.read(part) ?? [], as: UTF8.self)
            #expect(text.utf8.count <= 20_000)
            let start = text.range(of: "BEGIN:VEVENT")!.lowerBound
            body += text[start..<text.range(of: "END:VCALENDAR", options: .backwards)!.lowerBound]
        }
        // The parts hold every meeting's events, in order, each meeting whole.
        #expect(body == chunks.map(\.text).joined())
    }

    @Test func partsOfTheCalendarAreReservedAtTheTopLevel() {
        let names = BatchNaming.resolve(files: ["calendar-2.txt", "notes.txt"], directories: ["calendar-3.ics"], reserved: BatchNaming.reservedTopLevel)
        #expect(names.files["calendar-2.txt"] == "calendar-2.txt")
        #expect(names.files["notes.txt"] == "notes")
        #expect(names.directories["calendar-3.ics"] == "calendar-3.ics~2")
        #expect(BatchNaming.isCalendarPart("Calendar-12.ICS") && !BatchNaming.isCalendarPart("calendar-x.ics"))
    }

    @Test func markdownSyntaxInNotesIsEscaped() {
        #expect(Markdown.escape("fix *all* the [links] #3") == "fix \\*all\\* the \\[links\\] \\#3")
    }

    @Test func aPersonsCalendarHoldsOnlyWhatTheyOwe() throws {
        let calendar = try #require(try Self.peopleFiles([Self.renewal, Self.vendor])["Alice Chen.ics"])
        let summaries = calendar.components(separatedBy: "\r\n").filter { $0.hasPrefix("SUMMARY:") }
        #expect(summaries.count == 3)
        #expect(summaries.allSatisfy { $0.contains("final") || $0.contains("vendor") || $0.contains("NDA") })
        // Only deadlines: no call proposals or check-backs of the meetings.
        #expect(!calendar.contains("TENTATIVE") && !calendar.contains("CONFIRMED"))
        #expect(calendar.components(separatedBy: "BEGIN:VTIMEZONE").count - 1 == 1)
    }

    @Test func peopleWhoseFileNamesCollideAreNumbered() throws {
        let record = Self.meeting(
            "x.txt", title: "x", date: "2026-11-23", people: [],
            items: [
                Self.item("A1", "one", owner: "A/B", due: nil, line: 1),
                Self.item("A2", "two", owner: "A:B", due: nil, line: 2),
            ])
        #expect(try Self.peopleFiles([record]).keys.sorted() == ["A_B.md", "A_B~2.md"])
    }

    // MARK: Sorting beyond memory

    @Test func theExternalSortMatchesAnInMemorySort() throws {
        let directory = try TempDirectory()
        let tree = try OutputTree(root: directory.path, durable: false)
        var generator = SystemRandomNumberGenerator()
        var keys: [[UInt8]] = []
        for n in 0..<2_000 {
            keys.append(SortKey().text(String(Int.random(in: 0..<50, using: &generator))).number(Int.random(in: 0..<1_000, using: &generator)).number(n).bytes)
        }
        func externalSort() throws -> [[UInt8]] {
            let sorter = ExternalSorter(memoryLimit: 4_096, scratch: { try tree.scratch() })
            for key in keys { try sorter.add(key: key, payload: Array("payload of \(key.count)".utf8)) }
            var sorted: [[UInt8]] = []
            try sorter.forEach { sorted.append($0.key) }
            #expect(directory.files(under: "", includeHidden: true).count == 1)
            return sorted
        }
        let sorted = try externalSort()
        #expect(sorted == keys.sorted { $0.lexicographicallyPrecedes($1) })
        // The scratch files are gone with the sorter.
        #expect(directory.files(under: "", includeHidden: true).isEmpty)
    }

    @Test func sortKeysOrderFieldByField() {
        let a = SortKey().text("b").number(2).bytes
        let b = SortKey().text("a").number(9).bytes
        let c = SortKey().text("b").number(3).bytes
        let d = SortKey().text("ab").number(0).bytes
        let e = SortKey().text("a\u{0}z").number(0).bytes
        #expect(b.lexicographicallyPrecedes(e) && e.lexicographicallyPrecedes(d) && d.lexicographicallyPrecedes(a) && a.lexicographicallyPrecedes(c))
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
