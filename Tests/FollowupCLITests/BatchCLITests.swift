import Foundation
import FollowupTestSupport
import Testing

/// `followup batch` as users run it: the built binary, its exit status, stdout and stderr.
@Suite struct BatchCLITests {
    static let fixed = ["--now", "2026-11-25T10:00:00Z", "--tz", "Europe/Berlin"]

    static func followup(_ arguments: [String]) throws -> ProcessResult {
        try ProcessRunner.run(try ProcessRunner.builtBinary(), arguments)
    }

    static func summary(_ result: ProcessResult) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any]
        return try #require(object, "stdout is not a JSON object: \(result.stdout)")
    }

    @Test func helpNamesTheOptionsAndTheExitStatus() throws {
        let result = try Self.followup(["batch", "--help"])
        #expect(result.status == 0)
        for text in ["--out", "--formats", "--jobs", "--include", "--exclude", "--force", "--quiet", "--json", "--max-size", "--now"] {
            #expect(result.stdout.contains(text), "\(text) is not in the help")
        }
        let help = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("Exit status: 0 every input processed; 1 some inputs failed"))
        #expect(help.contains("64 bad arguments"))
    }

    @Test(arguments: [
        ["batch", "--out", "/tmp/followup-never"],
        ["batch", "in"],
        ["batch", "in", "--out", "/tmp/followup-never", "--formats", "json,pdf"],
        ["batch", "in", "--out", "/tmp/followup-never", "--jobs", "0"],
        ["batch", "in", "--out", "/tmp/followup-never", "--max-size", "lots"],
    ])
    func badArgumentsExitWith64(arguments: [String]) throws {
        let result = try Self.followup(arguments)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/followup-never"))
    }

    @Test func anOutputFolderThatIsTheInputIsABadArgument() throws {
        let directory = try TempDirectory()
        try directory.write("- Alice will send the deck by Friday\n", to: "in/a.txt")
        let result = try Self.followup(["batch", directory.path("in"), "--out", directory.path("in")])
        #expect(result.status == 64)
        #expect(result.stderr.contains("inside the output folder"))
        #expect(directory.files(under: "in") == ["a.txt"])
    }

    @Test func aTreeWithBrokenFilesExitsWith1AfterWritingEverything() throws {
        let directory = try TempDirectory()
        let expected = try BatchTrees.buildMixed(in: directory, at: "in")
        let result = try Self.followup(["batch", directory.path("in"), "--out", directory.path("out"), "--json"] + Self.fixed)
        #expect(result.status == 1)
        let failed = expected.filter { $0.status == "failed" }
        for want in failed {
            #expect(result.stderr.contains(directory.path("in/" + want.path) + ": "), "stderr does not name \(want.path)")
        }
        #expect(result.stderr.contains("is empty"))
        #expect(result.stderr.contains("binary file"))
        #expect(result.stderr.contains("invalid UTF-8"))
        #expect(result.stderr.contains("not a regular file"))
        // Standard error is a file here: no progress line.
        #expect(!result.stderr.contains("\r"))
        #expect(!result.stderr.contains("files/s, ETA"))

        let summary = try Self.summary(result)
        #expect(summary["inputs"] as? Int == expected.count)
        #expect(summary["failed"] as? Int == failed.count)
        #expect(summary["processed"] as? Int == expected.count - 1)  // the FIFO is never read
        #expect(summary["duplicates"] as? Int == 1)
        #expect((summary["failures"] as? [[String: Any]])?.map { $0["reason"] as? String } == failed.map(\.reason))
        let skipped = summary["skipped"] as? [String: Int]
        #expect(skipped == ["hidden": 2, "symlinkLoops": 3, "brokenLinks": 1, "unrecognized": 2, "excluded": 0])

        #expect(directory.text("out/index.jsonl")?.split(separator: "\n").count == expected.count)
        for want in expected {
            guard let base = want.output else { continue }
            for ext in ["json", "md", "eml", "ics"] {
                #expect(directory.exists("out/" + base + "." + ext), "\(base).\(ext)")
            }
        }
        for file in ["actions.csv", "calendar.ics"] { #expect(directory.exists("out/" + file)) }
    }

    @Test func aCleanTreeExitsWith0AndARerunDoesNoWork() throws {
        let directory = try TempDirectory()
        try BatchTrees.generateNotes(count: 6, in: directory, at: "in")
        let arguments = ["batch", directory.path("in"), "--out", directory.path("out"), "--quiet"] + Self.fixed
        let first = try Self.followup(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.isEmpty)
        #expect(first.stdout.isEmpty)

        let again = try Self.followup(arguments + ["--json"])
        #expect(again.status == 0)
        let summary = try Self.summary(again)
        #expect(summary["processed"] as? Int == 0)
        #expect(summary["unchanged"] as? Int == 6)
    }

    @Test func includeAndExcludeChooseTheInputs() throws {
        let directory = try TempDirectory()
        try BatchTrees.generateNotes(count: 6, in: directory, at: "in")
        let result = try Self.followup(
            ["batch", directory.path("in"), "--out", directory.path("out"), "--quiet", "--json", "--formats", "json",
             "--include", "*.txt", "--exclude", "week-01", "--exclude", "week-02/*/notes-0002.txt"] + Self.fixed)
        #expect(result.status == 0)
        #expect(try Self.summary(result)["inputs"] as? Int == 4)
        #expect(directory.files(under: "out", includeHidden: false).filter { $0.hasPrefix("week-") } == [
            "week-00/team-0/notes-0000.json", "week-03/team-0/notes-0003.json",
            "week-04/team-1/notes-0004.json", "week-05/team-2/notes-0005.json",
        ])
    }

    /// Starts batch without waiting for it.
    static func start(_ arguments: [String]) throws -> ChildProcess {
        try ChildProcess(try ProcessRunner.builtBinary(), arguments)
    }

    /// Waits until the run's journal lists `inputs` finished inputs (or the run ends).
    static func waitForJournal(_ path: String, inputs: Int, process: ChildProcess) {
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline {
            let data = FileManager.default.contents(atPath: path) ?? Data()
            let lines = data.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
            if lines > inputs { return }  // the header, then one line per input
            usleep(5_000)
        }
    }

    static func expectSameTree(_ directory: TempDirectory, _ a: String, _ b: String) {
        let files = directory.files(under: a)
        #expect(directory.files(under: b) == files)
        for file in files {
            #expect(directory.read(a + "/" + file) == directory.read(b + "/" + file), "\(file) differs")
        }
    }

    @Test(.timeLimit(.minutes(5)))
    func aRunKilledMidwayThenRerunGivesTheSameBytesAsAnUninterruptedRun() throws {
        let directory = try TempDirectory()
        try BatchTrees.generateNotes(count: 300, in: directory, at: "in")
        let common = ["batch", directory.path("in"), "--quiet", "--jobs", "2"] + Self.fixed

        let whole = try Self.followup(common + ["--out", directory.path("whole")])
        #expect(whole.status == 0, "\(whole.stderr)")

        let process = try Self.start(common + ["--out", directory.path("killed")])
        Self.waitForJournal(directory.path("killed/.followup-journal.jsonl"), inputs: 40, process: process)
        process.send(SIGKILL)
        process.wait()
        #expect(process.endedBySignal, "the run ended before it could be killed")
        // Whatever is in place is whole: every record written so far parses.
        for file in directory.files(under: "killed", includeHidden: false) where file.hasSuffix(".json") {
            let data = Data(directory.read("killed/" + file) ?? [])
            #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(file) is cut short")
        }

        let rerun = try Self.followup(common + ["--out", directory.path("killed"), "--json"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let summary = try Self.summary(rerun)
        let unchanged = summary["unchanged"] as? Int ?? 0
        #expect(unchanged >= 40)
        #expect(summary["processed"] as? Int == 300 - unchanged)
        #expect(!directory.files(under: "killed").contains { $0.contains(".followup-tmp-") })
        Self.expectSameTree(directory, "whole", "killed")
    }

    @Test(.timeLimit(.minutes(5)))
    func sigtermStopsCleanlyWith143AndTheRerunFinishes() throws {
        let directory = try TempDirectory()
        try BatchTrees.generateNotes(count: 80, in: directory, at: "in")
        let common = ["batch", directory.path("in"), "--quiet", "--jobs", "2"] + Self.fixed
        let process = try Self.start(common + ["--out", directory.path("out")])
        Self.waitForJournal(directory.path("out/.followup-journal.jsonl"), inputs: 10, process: process)
        process.send(SIGTERM)
        #expect(process.wait() == 143)
        #expect(!process.endedBySignal)
        #expect(!directory.files(under: "out").contains { $0.contains(".followup-tmp-") })
        #expect(!directory.exists("out/index.jsonl"))

        let rerun = try Self.followup(common + ["--out", directory.path("out")])
        #expect(rerun.status == 0)
        #expect(directory.text("out/index.jsonl")?.split(separator: "\n").count == 80)
        let whole = try Self.followup(common + ["--out", directory.path("whole")])
        #expect(whole.status == 0)
        Self.expectSameTree(directory, "whole", "out")
    }

    /// Every `.eml` and `.ics` batch writes, `calendar.ics` and the people's calendars included,
    /// passes the shared validators (`../shared/tools`, set up by `setup-validators`).
    @Test func everyEmailAndCalendarPassesTheSharedValidators() throws {
        let directory = try TempDirectory()
        _ = try BatchTrees.buildMixed(in: directory, at: "in")
        let result = try Self.followup(["batch", directory.path("in"), "--out", directory.path("out"), "--quiet"] + Self.fixed)
        #expect(result.status == 1)  // the tree's broken files
        #expect(directory.exists("out/calendar.ics"))
        #expect(!directory.files(under: "out/people").filter { $0.hasSuffix(".ics") }.isEmpty)

        let tools = Corpus.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/tools")
        for tool in ["validate-ics", "validate-eml"] {
            let validation = try ProcessRunner.run(
                tools.appendingPathComponent(tool), ["--no-warnings", directory.path("out")], currentDirectory: Corpus.packageRoot)
            #expect(validation.status == 0, "\(tool):\n\(validation.stdout)\(validation.stderr)")
            #expect(validation.stdout.contains(" 0 problems"), "\(tool): \(validation.stdout)")
        }
    }
}
