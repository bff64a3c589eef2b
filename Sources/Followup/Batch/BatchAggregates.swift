import Foundation
import FollowupExtraction

/// RFC 4180 CSV: CRLF after every record, a field quoted when it holds a comma, a quote, CR or LF,
/// and quotes inside doubled.
public enum CSV {
    public static func field(_ text: String) -> String {
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// Text a spreadsheet must not run as a formula: a leading `=`, `+`, `-`, `@`, tab or CR gets
    /// a `'` before it (OWASP's advice for CSV meant for spreadsheets).
    public static func inert(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }
}

/// The tracker: every action item of every meeting, one CSV row each.
public enum ActionTracker {
    public static let header = ["meeting", "date", "owner", "task", "due", "source", "line"]

    /// - Parameter records: in the order rows should appear (the batch gives them sorted by source).
    /// - Complexity: O(n) in the number of action items.
    public static func csv(_ records: [ExtractionRecord]) -> String {
        var out = CSV.record(header)
        for record in records {
            let meeting = record.meeting.title ?? record.source
            for item in record.actionItems {
                out += CSV.record([
                    CSV.inert(meeting), record.meeting.date, CSV.inert(item.owner ?? ""), CSV.inert(item.task),
                    dueText(item.due) ?? "", record.source, item.source.map { String($0.line) } ?? "",
                ])
            }
        }
        return out
    }

    /// "2026-11-27 15:00", "2026-11-27", or nil.
    static func dueText(_ due: ExtractionRecord.Due?) -> String? {
        guard let due else { return nil }
        return due.time.map { due.date + " " + $0 } ?? due.date
    }
}

/// Everything each person owes across meetings, and what others owe them: the `people/` files.
public struct PeopleBook: Sendable {
    public struct Item: Sendable, Equatable {
        public var owner: String
        public var task: String
        public var due: ExtractionRecord.Due?
        public var meeting: String
        public var meetingDate: String
        public var source: String
        public var line: Int?
        /// The item's place in its record, to build the person's calendar.
        var recordIndex: Int
        var itemIndex: Int
    }

    public struct Person: Sendable {
        /// The name as first written.
        public var name: String
        /// The file name without extension, unique among people (case-insensitively).
        public var fileName: String
        /// Items this person owns, by due date (no deadline last).
        public var owes: [Item]
        /// Items others own in meetings this person attended, by due date.
        public var owed: [Item]
    }

    public private(set) var people: [Person]
    private let records: [ExtractionRecord]

    /// - Parameter records: meetings in order; items without an owner belong to nobody here.
    /// - Complexity: O(p · n log n) for n items and p participants per meeting.
    public init(records: [ExtractionRecord]) {
        self.records = records
        var byKey: [String: Person] = [:]
        var order: [String] = []
        func person(_ name: String) -> String {
            let key = PeopleBook.key(name)
            if byKey[key] == nil {
                byKey[key] = Person(name: name.trimmingCharacters(in: .whitespacesAndNewlines), fileName: "", owes: [], owed: [])
                order.append(key)
            }
            return key
        }
        for (recordIndex, record) in records.enumerated() {
            let attendees = record.meeting.participants.map(\.name)
            for (itemIndex, action) in record.actionItems.enumerated() {
                guard let owner = action.owner, !PeopleBook.key(owner).isEmpty else { continue }
                let item = Item(
                    owner: owner, task: action.task, due: action.due, meeting: record.meeting.title ?? record.source,
                    meetingDate: record.meeting.date, source: record.source, line: action.source?.line,
                    recordIndex: recordIndex, itemIndex: itemIndex)
                let ownerKey = person(owner)
                byKey[ownerKey]!.owes.append(item)
                var told: Set<String> = [ownerKey]
                for attendee in attendees where !PeopleBook.key(attendee).isEmpty {
                    let key = person(attendee)
                    if told.insert(key).inserted { byKey[key]!.owed.append(item) }
                }
            }
        }
        var people = order.map { byKey[$0]! }.filter { !$0.owes.isEmpty || !$0.owed.isEmpty }
        people.sort { BatchNaming.byteOrder(PeopleBook.key($0.name), PeopleBook.key($1.name)) }
        var taken: Set<String> = []
        for index in people.indices {
            let base = BatchNaming.personFileName(people[index].name)
            var name = base
            var n = 2
            while taken.contains(BatchNaming.foldedKey(name)) {
                name = base + "~\(n)"
                n += 1
            }
            taken.insert(BatchNaming.foldedKey(name))
            people[index].fileName = name
            people[index].owes.sort(by: PeopleBook.byDue)
            people[index].owed.sort(by: PeopleBook.byDue)
        }
        self.people = people
    }

    /// One person for "Alice Chen", "alice  chen" and "ALICE CHEN".
    static func key(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func byDue(_ a: Item, _ b: Item) -> Bool {
        // No deadline sorts last; then by meeting date, source and line for a stable order.
        let left = (a.due?.date ?? "~", a.due?.time ?? "", a.meetingDate, a.source, a.line ?? 0)
        let right = (b.due?.date ?? "~", b.due?.time ?? "", b.meetingDate, b.source, b.line ?? 0)
        if left.0 != right.0 { return left.0 < right.0 }
        if left.1 != right.1 { return left.1 < right.1 }
        if left.2 != right.2 { return left.2 < right.2 }
        if left.3 != right.3 { return BatchNaming.byteOrder(left.3, right.3) }
        return left.4 < right.4
    }

    /// The person's Markdown page.
    public func markdown(for person: Person) -> String {
        var out = "# \(Markdown.escape(person.name))\n"
        out += "\n## \(Markdown.escape(person.name)) owes (\(person.owes.count))\n\n"
        if person.owes.isEmpty { out += "Nothing.\n" }
        for item in person.owes {
            out += "- \(PeopleBook.dueLabel(item.due)): \(Markdown.escape(item.task))  \n"
            out += "  \(PeopleBook.origin(item))\n"
        }
        out += "\n## Owed to \(Markdown.escape(person.name)) (\(person.owed.count))\n\n"
        if person.owed.isEmpty { out += "Nothing.\n" }
        for item in person.owed {
            out += "- \(PeopleBook.dueLabel(item.due)): \(Markdown.escape(item.owner)) to \(Markdown.escape(item.task))  \n"
            out += "  \(PeopleBook.origin(item))\n"
        }
        return out
    }

    /// Records holding only what `person` owes (no next contact), for the person's calendar.
    public func records(owedBy person: Person) -> [ExtractionRecord] {
        var kept: [Int: [Int]] = [:]
        for item in person.owes { kept[item.recordIndex, default: []].append(item.itemIndex) }
        return kept.keys.sorted().map { recordIndex in
            var record = records[recordIndex]
            let wanted = Set(kept[recordIndex]!)
            record.actionItems = record.actionItems.enumerated().filter { wanted.contains($0.offset) }.map(\.element)
            record.nextContact = nil
            return record
        }
    }

    static func dueLabel(_ due: ExtractionRecord.Due?) -> String {
        ActionTracker.dueText(due).map { "**\($0)**" } ?? "**no deadline**"
    }

    static func origin(_ item: Item) -> String {
        let line = item.line.map { ", line \($0)" } ?? ""
        return "\(Markdown.escape(item.meeting)), \(item.meetingDate) (\(Markdown.escape(item.source))\(line))"
    }
}

enum Markdown {
    /// Backslash-escapes the ASCII punctuation that could start Markdown syntax.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~": out.append("\\"); out.append(character)
            case "\n", "\r": out.append(" ")
            default: out.append(character)
            }
        }
        return out
    }
}

/// The index: one JSON line per input.
enum BatchIndex {
    static func line(_ entry: BatchEntry, duplicateOf: String?) -> String {
        JSONValue.object([
            ("source", .string(entry.source)),
            ("status", .string(entry.status.rawValue)),
            ("reason", entry.reason.map(JSONValue.string) ?? .null),
            ("error", entry.error.map(JSONValue.string) ?? .null),
            ("duplicateOf", duplicateOf.map(JSONValue.string) ?? .null),
            ("language", entry.language.map(JSONValue.string) ?? .null),
            ("counts", entry.counts?.json ?? .null),
            ("outputs", entry.outputsJSON),
        ]).compact + "\n"
    }
}
