import Foundation
import Followup
import FollowupExtraction
import FollowupRendering

/// What one input adds to the across-input files, prepared by the worker that processed it, so
/// the aggregator (one input at a time, in walk order) only appends.
struct BatchFragment {
    /// The input's entry, without its record.
    var entry: BatchEntry
    /// The manifest and journal line, record included.
    var manifestLine: String
    var order: Int
    var csv = ""
    var calendar = CalendarChunk(text: "", zones: [])
    var people = PeopleShare()
    var actionItems = 0

    /// An input with nothing for the tracker or the calendars (it failed).
    init(entry: BatchEntry, order: Int) {
        self.entry = entry
        self.order = order
        manifestLine = entry.manifestJSON.compact + "\n"
    }

    /// - Parameters:
    ///   - line: the manifest line the entry was read from, when it is reused as it was.
    ///   - events: the record's calendar events, when they are rendered already.
    init(entry: BatchEntry, line: [UInt8]?, order: Int, renderers: Renderers, events: CalendarChunk? = nil) throws {
        self.init(entry: entry, order: order)
        if let line { manifestLine = String(decoding: line, as: UTF8.self) }
        self.entry.record = nil
        guard entry.status == .ok, let record = entry.record else { return }
        csv = ActionTracker.rows(record)
        calendar = try events ?? renderers.calendarChunk([record])
        // People's pages may reach those people: what the notes keep for the sender stays out, as in the e-mail.
        let shown = FollowUpDraft.shareable(record)
        people = PeopleShare(
            record: shown, order: order, events: shown.actionItems.count == record.actionItems.count ? calendar : try renderers.calendarChunk([shown]))
        actionItems = record.actionItems.count
    }
}

/// Writes the index, the tracker, `calendar.ics`, the people files and the manifest from one
/// fragment at a time, so a run over many inputs holds no more than one input's share.
///
/// Everything goes to temporary files first; `finish` renames them into place, and an
/// interrupted run leaves the previous ones as they were.
final class BatchAggregator: @unchecked Sendable {
    let tree: OutputTree
    let renderers: Renderers
    private(set) var duplicates = 0
    private(set) var actionItems = 0
    private(set) var people = 0
    private(set) var errors: [String] = []

    private var index: OutputFile?
    private var tracker: OutputFile?
    private var calendar: SplitCalendar?
    private var manifest: ScratchFile?
    private var ledger: PeopleLedger?
    /// "hash:size" of each distinct content → the input that had it first.
    private var firstWithContent: [String: Int] = [:]

    init(tree: OutputTree, renderers: Renderers) {
        self.tree = tree
        self.renderers = renderers
        index = attempt("index.jsonl") { try tree.create("index.jsonl") }
        tracker = attempt("actions.csv") {
            let file = try tree.create("actions.csv")
            try file.append(CSV.record(ActionTracker.header))
            return file
        }
        calendar = SplitCalendar(
            create: { part in try tree.create(SplitCalendar.partName("calendar.ics", part)) },
            header: { try renderers.calendarHeader(zones: $0) })
        manifest = attempt(BatchManifest.manifestName) { try tree.scratch() }
        ledger = PeopleLedger(scratch: { try tree.scratch() })
    }

    /// Runs `body`; on an error, notes it against `path` and returns nil.
    private func attempt<T>(_ path: String, _ body: () throws -> T?) -> T? {
        do {
            return try body()
        } catch {
            errors.append("\(tree.path(path)): \(error)")
            return nil
        }
    }

    /// Adds the next input in walk order.
    ///
    /// - Parameter source: the source of the input at a walk position (for `duplicateOf`).
    func add(_ fragment: BatchFragment, source: (Int) -> String) {
        var duplicateOf: String?
        var counted = fragment.entry.status == .ok
        if counted, let hash = fragment.entry.hash, let size = fragment.entry.size {
            let content = "\(hash):\(size)"
            if let first = firstWithContent[content] {
                duplicateOf = source(first)
                duplicates += 1
                counted = false
            } else {
                firstWithContent[content] = fragment.order
            }
        }
        feed(&index, "index.jsonl") { try $0.append(BatchIndex.line(fragment.entry, duplicateOf: duplicateOf)) }
        feed(&manifest, BatchManifest.manifestName) { try $0.append(fragment.manifestLine) }
        guard counted else { return }
        actionItems += fragment.actionItems
        feed(&tracker, "actions.csv") { try $0.append(fragment.csv) }
        feed(&calendar, "calendar.ics") { try $0.add(fragment.calendar.text, zones: fragment.calendar.zones) }
        feed(&ledger, "people") { try $0.add(fragment.people) }
    }

    /// Writes to an output still being built; one that fails is noted against `path` and dropped,
    /// and the others go on.
    private func feed<Output>(_ output: inout Output?, _ path: String, _ body: (Output) throws -> Void) {
        guard let current = output else { return }
        do {
            try body(current)
        } catch {
            errors.append("\(tree.path(path)): \(error)")
            output = nil
        }
    }

    /// Puts every across-input file in place: the people files first, then the manifest that
    /// lists them (written last, so a run killed before it redoes this step).
    ///
    /// - Parameters:
    ///   - header: the manifest's first line, given the people files written.
    ///   - stalePeople: people files an earlier run wrote; those not written now are removed.
    func finish(header: ([String]) -> String, stalePeople: [String]) {
        _ = attempt("index.jsonl") { try index?.commit(onlyIfChanged: true) }
        _ = attempt("actions.csv") { try tracker?.commit(onlyIfChanged: true) }
        if let calendar {
            _ = attempt("calendar.ics") {
                let parts = Set(try calendar.finish())
                // Parts an earlier, longer calendar had and this one does not.
                for name in tree.topLevelNames() where BatchNaming.isCalendarPart(name) && !parts.contains(name) { tree.remove(name) }
            }
        }
        var peopleFiles: [String] = []
        if let ledger {
            let tree = self.tree
            let renderers = self.renderers
            _ = attempt("people") {
                peopleFiles = try ledger.write(
                    create: { try tree.create($0) }, calendarHeader: { try renderers.calendarHeader(zones: $0) },
                    failed: { person, error in errors.append("people/ (\(person)): \(error)") })
            }
            people = peopleFiles.filter { $0.hasSuffix(".md") }.count
            // People who owe nothing any more lose their stale pages.
            for stale in Set(stalePeople).subtracting(peopleFiles) where stale.hasPrefix("people/") {
                tree.remove(stale)
            }
        }
        if let manifest {
            _ = attempt(BatchManifest.manifestName) {
                let file = try tree.create(BatchManifest.manifestName)
                try file.append(header(peopleFiles))
                try file.append(contentsOf: manifest)
                try file.commit(onlyIfChanged: true)
                tree.remove(BatchManifest.journalName)
            }
        }
    }

    /// Lets go of every file not yet in place (their temporaries are deleted now, on this thread).
    /// The run calls it before it returns: a worker thread may hold the aggregator a moment
    /// longer, and a process that exits in that moment would leave hidden temporaries behind.
    func close() {
        index = nil
        tracker = nil
        calendar = nil
        manifest = nil
        ledger = nil
    }
}
