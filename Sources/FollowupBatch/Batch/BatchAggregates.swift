import Foundation
import Followup
import FollowupExtraction
import FollowupRendering

/// RFC 4180 CSV: CRLF after every record, a field quoted when it holds a comma, a quote, CR or LF,
/// and quotes inside doubled.
public enum CSV {
    public static func field(_ text: String) -> String {
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Every field is made `inert` first: a file name or a task is as hostile as any other text.
    public static func record(_ fields: [String]) -> String {
        fields.map { field(inert($0)) }.joined(separator: ",") + "\r\n"
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
        records.reduce(CSV.record(header)) { $0 + rows($1) }
    }

    /// One meeting's rows.
    public static func rows(_ record: ExtractionRecord) -> String {
        var out = ""
        let meeting = record.meeting.title ?? record.source
        for item in record.actionItems {
            out += CSV.record([
                CSV.inert(meeting), record.meeting.date, CSV.inert(item.owner ?? ""), CSV.inert(item.task),
                dueText(item.due) ?? "", record.source, item.source.map { String($0.line) } ?? "",
            ])
        }
        return out
    }

    /// "2026-11-27 15:00", "2026-11-27", or nil.
    static func dueText(_ due: ExtractionRecord.Due?) -> String? {
        guard let due else { return nil }
        return due.time.map { due.date + " " + $0 } ?? due.date
    }
}

/// What one meeting adds to the `people/` files; made by the worker that processed it.
struct PeopleShare: Sendable {
    enum Kind: UInt8, Sendable { case calendar = 0, owes = 1, owed = 2 }

    struct Line: Sendable {
        var person: String
        var kind: Kind
        var key: [UInt8]
        var payload: [UInt8]
    }

    /// People in the order the meeting names them (owners first), with their key.
    var names: [(key: String, name: String)] = []
    var lines: [Line] = []
    init() {}

    /// - Parameters:
    ///   - order: the meeting's place in the walk, which breaks ties so every key is unique.
    ///   - events: the record's calendar events (each owner's calendar takes their deadlines).
    /// - Complexity: O(p · n) for n items and p participants.
    init(record: ExtractionRecord, order: Int, events: CalendarChunk) {
        var keys: [String: String] = [:]
        func key(_ name: String) -> String {
            if let known = keys[name] { return known }
            let key = PeopleLedger.key(name)
            keys[name] = key
            return key
        }
        var seen: Set<String> = []
        func note(_ name: String) -> String {
            let key = key(name)
            if seen.insert(key).inserted { names.append((key, name.trimmingCharacters(in: .whitespacesAndNewlines))) }
            return key
        }
        let attendees = record.meeting.participants.map(\.name).filter { !key($0).isEmpty }
        let meeting = Markdown.escape(record.meeting.title ?? record.source)
        let source = Markdown.escape(record.source)
        for (index, action) in record.actionItems.enumerated() {
            // "we" is the team, not a person: no `people/we.md`.
            guard let owner = action.owner, !key(owner).isEmpty, !ExtractionRecord.isTeamOwner(owner) else { continue }
            let ownerKey = note(owner)
            let due = ActionTracker.dueText(action.due).map { "**\($0)**" } ?? "**no deadline**"
            let at = action.source.map { ", line \($0.line)" } ?? ""
            let origin = "  \(meeting), \(record.meeting.date) (\(source)\(at))\n"
            let task = Markdown.escape(action.task)
            let owes = Array("- \(due): \(task)  \n\(origin)".utf8)
            let owed = Array("- \(due): \(Markdown.escape(owner)) to \(task)  \n\(origin)".utf8)
            let order = SortKey().text(action.due?.date ?? "~").text(action.due?.time ?? "").text(record.meeting.date).text(record.source)
                .number(action.source?.line ?? 0).number(order).number(index).bytes
            func line(_ person: String, _ kind: Kind) -> Line {
                Line(person: person, kind: kind, key: SortKey().text(person).number(Int(kind.rawValue)).bytes + order, payload: kind == .owed ? owed : owes)
            }
            lines.append(line(ownerKey, .owes))
            var told: Set<String> = [ownerKey]
            for attendee in attendees {
                let key = note(attendee)
                if told.insert(key).inserted { lines.append(line(key, .owed)) }
            }
        }
        var calendars: [String: (text: String, zones: [ZoneSpan])] = [:]
        var owners: [String] = []
        for deadline in events.deadlines {
            guard let owner = deadline.owner.map(key), !owner.isEmpty else { continue }
            if calendars[owner] == nil { owners.append(owner) }
            calendars[owner, default: ("", [])].text += deadline.text
            if let span = deadline.zone { ZoneSpan.merge(span, into: &calendars[owner]!.zones) }
        }
        for owner in owners {
            let calendar = calendars[owner]!
            var payload: [UInt8] = []
            ByteCoding.appendLength(calendar.zones.count, to: &payload)
            for span in calendar.zones {
                for field in [span.zone, String(span.fromUTCMillis), String(span.toUTCMillis)] { ByteCoding.appendText(field, to: &payload) }
            }
            payload += calendar.text.utf8
            lines.append(Line(person: owner, kind: .calendar, key: SortKey().text(owner).number(0).number(order).bytes, payload: payload))
        }
    }

    /// The zones at the start of a calendar line's payload (the events follow).
    static func decodeZones(_ reader: inout ByteCoding.Reader) -> [ZoneSpan] {
        (0..<reader.length()).map { _ in
            ZoneSpan(zone: reader.text(), fromUTCMillis: Double(reader.text()) ?? 0, toUTCMillis: Double(reader.text()) ?? 0)
        }
    }
}

/// Everything each person owes across meetings, and what others owe them: `people/NAME.md` and
/// `people/NAME.ics`, built from one meeting's share at a time.
///
/// Shares go through an external sort (by person, then due date), so memory stays bounded by
/// the number of people, not of meetings or items.
final class PeopleLedger {
    struct Person {
        /// The name as first written.
        var name: String
        var owes = 0
        var owed = 0
    }

    private var people: [String: Person] = [:]
    private let sorter: ExternalSorter

    init(memoryLimit: Int = 2 << 20, scratch: @escaping () throws -> ScratchFile) {
        sorter = ExternalSorter(memoryLimit: memoryLimit, scratch: scratch)
    }

    /// Adds a meeting's share; meetings come in walk order, so names are as first written.
    func add(_ share: PeopleShare) throws {
        for (key, name) in share.names where people[key] == nil { people[key] = Person(name: name) }
        for line in share.lines {
            switch line.kind {
            case .owes: people[line.person]?.owes += 1
            case .owed: people[line.person]?.owed += 1
            case .calendar: break
            }
            var payload: [UInt8] = []
            ByteCoding.appendText(line.person, to: &payload)
            payload.append(line.kind.rawValue)
            try sorter.add(key: line.key, payload: payload + line.payload)
        }
    }

    /// One person for "Alice Chen", "alice  chen" and "ALICE CHEN".
    static func key(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Writes every person's pages, people in key order: `people/NAME.md`, and `people/NAME.ics`
    /// (`NAME-2.ics`, ... past Google's import limit) when they have deadlines. Returns the
    /// files written, relative to the output folder. A person whose pages cannot be written is
    /// reported and skipped.
    ///
    /// - Parameters:
    ///   - create: starts writing a file under the output folder.
    ///   - calendarHeader: a calendar's start, with the VTIMEZONEs for these spans.
    ///   - calendarLimit: the most bytes one calendar file may hold.
    func write(
        create: @escaping (String) throws -> OutputFile, calendarHeader: @escaping ([ZoneSpan]) throws -> String,
        calendarLimit: Int = SplitCalendar.googleLimit, failed: (String, Error) -> Void
    ) throws -> [String] {
        var taken: Set<String> = []
        var written: [String] = []
        var current: (key: String, person: Person, fileName: String, page: OutputFile, calendar: SplitCalendar?, stage: PeopleShare.Kind)?

        func finish() {
            guard let (_, person, fileName, page, calendar, stage) = current else { return }
            current = nil
            do {
                if stage == .calendar { try startOwes(person, page) }
                if stage != .owed {
                    try startOwed(person, page)
                    try page.append("Nothing.\n")
                }
                try page.commit(onlyIfChanged: true)
                written.append(page.relative)
                if let calendar {
                    written += try calendar.finish()
                    // Later people's names keep clear of this person's calendar parts.
                    for part in stride(from: 2, through: calendar.parts.count, by: 1) { taken.insert(BatchNaming.foldedKey(fileName + "-\(part)")) }
                }
            } catch {
                failed(person.name, error)
            }
        }
        func startOwes(_ person: Person, _ page: OutputFile) throws {
            let name = Markdown.escape(person.name)
            try page.append("# \(name)\n\n## \(name) owes (\(person.owes))\n\n")
            if person.owes == 0 { try page.append("Nothing.\n") }
        }
        func startOwed(_ person: Person, _ page: OutputFile) throws {
            try page.append("\n## Owed to \(Markdown.escape(person.name)) (\(person.owed))\n\n")
        }

        var broken: String?
        try sorter.forEach { record in
            var reader = ByteCoding.Reader(record.payload)
            let key = reader.text()
            let kind = PeopleShare.Kind(rawValue: reader.bytes[reader.position])!
            reader.position += 1
            if key == broken { return }
            do {
                if current?.key != key {
                    finish()
                    guard let person = people[key], person.owes + person.owed > 0 else { return }
                    let fileName = PeopleLedger.fileName(person.name, taken: &taken)
                    let calendar = kind != .calendar ? nil : SplitCalendar(
                        limit: calendarLimit,
                        create: { part in try create("people/" + SplitCalendar.partName(fileName + ".ics", part)) }, header: calendarHeader)
                    current = (key, person, fileName, try create("people/\(fileName).md"), calendar, .calendar)
                }
                guard var state = current else { return }
                switch kind {
                case .calendar:
                    let zones = PeopleShare.decodeZones(&reader)
                    try state.calendar?.add(String(decoding: reader.rest, as: UTF8.self), zones: zones)
                case .owes:
                    if state.stage == .calendar { try startOwes(state.person, state.page) }
                    try state.page.append(reader.rest)
                case .owed:
                    if state.stage == .calendar { try startOwes(state.person, state.page) }
                    if state.stage != .owed { try startOwed(state.person, state.page) }
                    try state.page.append(reader.rest)
                }
                state.stage = kind
                current = state
            } catch {
                failed(people[key]?.name ?? key, error)
                broken = key
                current = nil
            }
        }
        finish()
        return written
    }

    /// The person's file name without extension, unique among people (case-insensitively).
    static func fileName(_ name: String, taken: inout Set<String>) -> String {
        let base = BatchNaming.personFileName(name)
        var candidate = base
        var n = 2
        while taken.contains(BatchNaming.foldedKey(candidate)) {
            candidate = base + "~\(n)"
            n += 1
        }
        taken.insert(BatchNaming.foldedKey(candidate))
        return candidate
    }
}

enum Markdown {
    private static let special: [Bool] = (0..<256).map { "\\`*_[]<>|#~\n\r".utf8.contains(UInt8($0)) }

    /// Backslash-escapes the ASCII punctuation that could start Markdown syntax.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { special[Int($0)] }) else { return text }
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
