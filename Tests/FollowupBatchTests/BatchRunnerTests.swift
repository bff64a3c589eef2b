import Foundation
import FollowupTestSupport
import Testing

@testable import FollowupBatch
import Followup
import FollowupExtraction

/// Library-level batch runs over trees built in the test.
@Suite struct BatchRunnerTests {
    static func environment() throws -> RunEnvironment {
        try RunEnvironment(now: "2026-11-25T10:00:00Z", timeZone: "Europe/Berlin")
    }

    static func run(
        _ inputs: [String], out: String, jobs: Int = 2, formats: [BatchFormat] = BatchFormat.allCases, force: Bool = false,
        maxBytes: Int = 50 << 20, observer: BatchObserver? = nil, cancellation: BatchCancellation? = nil
    ) throws -> BatchSummary {
        let options = BatchOptions(inputs: inputs, output: out, formats: formats, jobs: jobs, force: force, maxBytes: maxBytes, durable: false)
        return try BatchRunner(options: options, environment: try environment()).run(observer: observer, cancellation: cancellation)
    }

    /// Every non-hidden file under `relative` with its identity, to tell what a run rewrote.
    static func identities(_ directory: TempDirectory, _ relative: String) -> [String: FileIdentity] {
        var result: [String: FileIdentity] = [:]
        for file in directory.files(under: relative, includeHidden: false) {
            result[file] = directory.identity(relative + "/" + file)
        }
        return result
    }

    @Test func aMixedTreeBecomesEveryOutputAndTheFailuresAreNamed() throws {
        let directory = try TempDirectory()
        let expected = try BatchTrees.buildMixed(in: directory, at: "in")
        // The output folder inside the input folder: never read back.
        let out = directory.path("in/_out")
        let summary = try Self.run([directory.path("in")], out: out)
        let source = { (path: String) in directory.path("in/" + path) }

        #expect(summary.total == expected.count)
        #expect(summary.failures.map(\.source) == expected.filter { $0.status == "failed" }.map { source($0.path) })
        #expect(summary.failures.map(\.reason) == expected.filter { $0.status == "failed" }.map { $0.reason! })
        #expect(summary.duplicates == 1)
        #expect(summary.unchanged == 0)
        #expect(summary.interrupted == false)
        #expect(summary.aggregateErrors.isEmpty)
        #expect(summary.skipped.hidden == 2 && summary.skipped.symlinkLoops == 3 && summary.skipped.unrecognized == 2)

        // index.jsonl: one line per input, in walk order.
        let indexText = try #require(directory.text("in/_out/index.jsonl"))
        let index = try #require(parseJSONLines(indexText))
        #expect(index.map { $0["source"] as? String } == expected.map { source($0.path) })
        #expect(index.map { $0["status"] as? String } == expected.map(\.status))
        #expect(index.map { $0["reason"] as? String } == expected.map(\.reason))
        #expect(index.map { $0["duplicateOf"] as? String } == expected.map { $0.duplicateOf.map(source) })
        for (line, want) in zip(index, expected) {
            let outputs = line["outputs"] as? [String: String] ?? [:]
            if let base = want.output {
                #expect(outputs == ["json": base + ".json", "md": base + ".md", "eml": base + ".eml", "ics": base + ".ics"])
            } else {
                #expect(outputs.isEmpty)
                #expect(line["error"] as? String != nil)
            }
        }

        // Per input: the four files, mirrored; the record names its source.
        var records: [String: [String: Any]] = [:]
        for want in expected {
            guard let base = want.output else { continue }
            for ext in ["md", "eml", "ics"] { #expect(directory.exists("in/_out/" + base + "." + ext), "\(base).\(ext)") }
            let data = try #require(directory.read("in/_out/" + base + ".json"), "\(base).json")
            let record = try #require(try JSONSerialization.jsonObject(with: Data(data)) as? [String: Any])
            #expect(record["source"] as? String == source(want.path))
            records[want.path] = record
        }
        #expect(records["ru/notes-cp1251.txt"]?["language"] as? String == "ru")
        // Nothing else was written: every file under OUT is an output, an across-input file or hidden.
        let outputs = Set(expected.compactMap(\.output).flatMap { base in ["json", "md", "eml", "ics"].map { base + "." + $0 } })
        for file in directory.files(under: "in/_out", includeHidden: false) where !file.hasPrefix("people/") {
            #expect(outputs.contains(file) || ["index.jsonl", "actions.csv", "calendar.ics"].contains(file), "\(file)")
        }
        #expect(!directory.files(under: "in/_out").contains { $0.contains(".followup-tmp-") })

        // actions.csv: the action items of every record but the duplicate, in walk order.
        let csvText = try #require(directory.text("in/_out/actions.csv"))
        let csv = try #require(parseCSV(csvText))
        #expect(csv.first == ["meeting", "date", "owner", "task", "due", "source", "line"])
        var rows: [[String]] = []
        for want in expected where want.output != nil && want.duplicateOf == nil {
            let record = records[want.path]!
            let meeting = record["meeting"] as! [String: Any]
            for item in record["actionItems"] as! [[String: Any]] {
                let due = item["due"] as? [String: Any]
                let dueText = due.map { ($0["date"] as! String) + (($0["time"] as? String).map { " " + $0 } ?? "") } ?? ""
                let line = (item["source"] as? [String: Any])?["line"] as? Int
                rows.append([
                    CSV.inert(meeting["title"] as? String ?? source(want.path)), meeting["date"] as! String,
                    CSV.inert(item["owner"] as? String ?? ""), CSV.inert(item["task"] as! String), dueText, source(want.path),
                    line.map(String.init) ?? "",
                ])
            }
        }
        #expect(!rows.isEmpty)
        #expect(Array(csv.dropFirst()) == rows)
        #expect(summary.actionItems == rows.count)

        // people/: one page per owner, the calendar with everything.
        let owners = Set(rows.map { $0[2] }.filter { !$0.isEmpty })
        let pages = Set(directory.files(under: "in/_out/people").filter { $0.hasSuffix(".md") })
        // "we" is the team, not a person: it has no page.
        for owner in owners where !owner.hasPrefix("'") && !ExtractionRecord.isTeamOwner(owner) {
            #expect(pages.contains(BatchNaming.personFileName(owner) + ".md"), "\(owner)")
        }
        #expect(summary.people == pages.count)
        #expect(directory.exists("in/_out/calendar.ics"))
    }

    /// People's pages may be sent to those people: a task the notes keep for the sender is not on them.
    @Test func peoplesPagesLeaveOutWhatTheNotesKeepForTheSender() throws {
        let directory = try TempDirectory()
        let note = """
            Vendor call with Acme
            Date: 2026-11-24
            Attendees: Marta Ruiz, Tom Baker

            - Tom will send the revised quote by Friday.
            - Marta will check the discount ceiling with finance by Thursday (internal, don't mention to Acme).

            """
        try directory.write(Array(note.utf8), to: "in/acme.txt")
        _ = try Self.run([directory.path("in")], out: directory.path("out"), jobs: 1)
        let pages = directory.files(under: "out/people", includeHidden: false)
            .map { String(decoding: directory.read("out/people/" + $0) ?? [], as: UTF8.self) }
        #expect(pages.contains { $0.contains("revised quote") }, "\(pages)")
        #expect(!pages.contains { $0.contains("discount ceiling") }, "\(pages)")
        // The sender's own tracker keeps it.
        let tracker = String(decoding: directory.read("out/actions.csv") ?? [], as: UTF8.self)
        #expect(tracker.contains("discount ceiling"))
    }

    @Test func aRerunDoesNoWorkAndAChangedInputIsRedone() throws {
        let directory = try TempDirectory()
        try BatchTrees.generateNotes(count: 12, in: directory, at: "in")
        let out = directory.path("out")
        let first = try Self.run([directory.path("in")], out: out)
        #expect(first.processed == 12 && first.failed == 0)
        let before = Self.identities(directory, "out")

        let again = try Self.run([directory.path("in")], out: out)
        #expect(again.processed == 0)
        #expect(again.unchanged == 12)
        #expect(Self.identities(directory, "out") == before)

        let changed = "week-03/team-0/notes-0003.txt"
        let text = try #require(directory.text("in/" + changed))
        try directory.write(text + "- Carla Diaz will order the badges by Monday\n", to: "in/" + changed)
        let third = try Self.run([directory.path("in")], out: out)
        #expect(third.processed == 1)
        #expect(third.unchanged == 11)
        let after = Self.identities(directory, "out")
        for (file, identity) in before where !file.hasPrefix("week-03/team-0/notes-0003.") && !file.hasPrefix("people/") {
            if ["index.jsonl", "actions.csv", "calendar.ics"].contains(file) { continue }
            #expect(after[file] == identity, "\(file) was rewritten")
        }
        #expect(after["week-03/team-0/notes-0003.json"] != before["week-03/team-0/notes-0003.json"])
        #expect(directory.text("out/week-03/team-0/notes-0003.json")?.contains("order the badges by Monday") == true)
        #expect(directory.text("out/actions.csv")?.contains("week-03/team-0/notes-0003.txt") == true)

        let forced = try Self.run([directory.path("in")], out: out, force: true)
        #expect(forced.processed == 12 && forced.unchanged == 0)
    }

    @Test func inputsThatDisappearAreReportedAndTheirOutputsKept() throws {
        let directory = try TempDirectory()
        try BatchTrees.generateNotes(count: 4, in: directory, at: "in")
        let out = directory.path("out")
        _ = try Self.run([directory.path("in")], out: out)
        try FileManager.default.removeItem(atPath: directory.path("in/week-01/team-1/notes-0001.txt"))
        let summary = try Self.run([directory.path("in")], out: out)
        #expect(summary.disappeared == [directory.path("in/week-01/team-1/notes-0001.txt")])
        #expect(summary.total == 3 && summary.processed == 0)
        #expect(directory.exists("out/week-01/team-1/notes-0001.json"))
        #expect(directory.text("out/index.jsonl")?.split(separator: "\n").count == 3)
        // Reported once: the manifest no longer lists it.
        #expect(try Self.run([directory.path("in")], out: out).disappeared.isEmpty)
    }

    @Test func aRunStoppedMidwayThenRerunEqualsAnUninterruptedRun() throws {
        let directory = try TempDirectory()
        try BatchTrees.generateNotes(count: 20, in: directory, at: "in")
        _ = try Self.run([directory.path("in")], out: directory.path("whole"))

        let cancellation = BatchCancellation()
        let stopper = StopAfter(count: 5, cancellation: cancellation)
        let stopped = try Self.run([directory.path("in")], out: directory.path("resumed"), jobs: 1, observer: stopper, cancellation: cancellation)
        #expect(stopped.interrupted)
        #expect(stopped.processed == 5)
        #expect(!directory.exists("resumed/index.jsonl"))
        #expect(directory.exists("resumed/.followup-journal.jsonl"))

        let resumed = try Self.run([directory.path("in")], out: directory.path("resumed"))
        #expect(resumed.processed == 15)
        #expect(resumed.unchanged == 5)
        #expect(!directory.exists("resumed/.followup-journal.jsonl"))
        let whole = directory.files(under: "whole")
        #expect(directory.files(under: "resumed") == whole, "resumed run: \(resumed.aggregateErrors), interrupted \(resumed.interrupted)")
        for file in whole {
            #expect(directory.read("resumed/" + file) == directory.read("whole/" + file), "\(file) differs")
        }
    }

    @Test func outputsAreTheSameWithOneJobOrTwo() throws {
        let directory = try TempDirectory()
        try BatchTrees.generateNotes(count: 16, in: directory, at: "in")
        _ = try Self.run([directory.path("in")], out: directory.path("one"), jobs: 1)
        _ = try Self.run([directory.path("in")], out: directory.path("two"), jobs: 2)
        let files = directory.files(under: "one")
        #expect(directory.files(under: "two") == files)
        for file in files { #expect(directory.read("one/" + file) == directory.read("two/" + file), "\(file) differs") }
    }

    @Test func formatsPickThePerInputFiles() throws {
        let directory = try TempDirectory()
        try BatchTrees.generateNotes(count: 1, in: directory, at: "in")
        _ = try Self.run([directory.path("in")], out: directory.path("out"), formats: [.json, .ics])
        #expect(directory.files(under: "out/week-00") == ["team-0/notes-0000.ics", "team-0/notes-0000.json"])
    }

    @Test func inputsOverTheSizeLimitFailAndTheRestGoOn() throws {
        let directory = try TempDirectory()
        try directory.write("- Alice will send the deck by Friday\n", to: "in/small.txt")
        try directory.write(String(repeating: "- Bob will call the vendor tomorrow\n", count: 100), to: "in/large.txt")
        let summary = try Self.run([directory.path("in")], out: directory.path("out"), maxBytes: 1000)
        #expect(summary.failures.map(\.reason) == ["too-large"])
        #expect(summary.failures.map(\.source) == [directory.path("in/large.txt")])
        #expect(directory.exists("out/small.json"))
        #expect(!directory.exists("out/large.json"))
    }

    @Test func inputsAreNeverModified() throws {
        let directory = try TempDirectory()
        let expected = try BatchTrees.buildMixed(in: directory, at: "in")
        let before = Self.identities(directory, "in")
        _ = try Self.run([directory.path("in")], out: directory.path("out"))
        #expect(Self.identities(directory, "in") == before)
        #expect(expected.count == 17)
    }

    @Test func anOutputFolderInsideAnInputIsRefused() throws {
        let directory = try TempDirectory()
        try directory.write("- Alice will send the deck by Friday\n", to: "out/in/a.txt")
        #expect(throws: BatchError.self) { try Self.run([directory.path("out/in")], out: directory.path("out")) }
        #expect(throws: BatchError.self) { try Self.run([directory.path("out")], out: directory.path("out")) }
    }
}

/// Cancels a run after `count` inputs.
final class StopAfter: BatchObserver, @unchecked Sendable {
    let count: Int
    let cancellation: BatchCancellation

    init(count: Int, cancellation: BatchCancellation) {
        self.count = count
        self.cancellation = cancellation
    }

    func batchStarted(total: Int) {}
    func batchCompleted(failure: BatchFailure?, done: Int, failed: Int) {
        if done >= count { cancellation.cancel() }
    }
    func batchNote(_ message: String) {}
    func batchFinished(_ summary: BatchSummary) {}
}
