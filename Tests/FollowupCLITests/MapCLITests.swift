import Foundation
import FollowupTestSupport
import Testing

/// `followup map` as a stream engine runs it: JSON Lines in and out, in order, error records
/// that keep the stream going, results written as they are ready.
@Suite struct MapCLITests {
    static let fixed = ["--now", "2026-11-23T17:00:00Z", "--tz", "Europe/Berlin"]

    static func map(_ arguments: [String], stdin: String, in directory: TempDirectory) throws -> ProcessResult {
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = directory.path("config")
        environment.removeValue(forKey: "SOURCE_DATE_EPOCH")
        return try ProcessRunner.run(
            try ProcessRunner.builtBinary(), ["map"] + arguments + fixed, stdin: Data(stdin.utf8), currentDirectory: directory.url,
            environment: environment)
    }

    static func objects(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return try #require(object, "not a JSON object: \(line)")
        }
    }

    static func line(_ fields: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
    }

    /// Generated notes: names, tasks and days combined by index.
    static func documents(_ count: Int) throws -> [String] {
        let names = ["Alice", "Bob", "Chen", "Dana", "Emil"]
        let tasks = ["send the deck", "book the room", "call the vendor", "review the contract", "update the plan"]
        let days = ["Friday", "tomorrow", "Dec 1", "next Tuesday", "the end of the month"]
        return try (0..<count).map { index in
            let text = "Sync \(index)\n\n- \(names[index % 5]) will \(tasks[index % 5]) by \(days[(index / 5) % 5])\n"
                + "- Budget: $\(1 + index % 9),500 per month\n"
            return try line(["id": String(format: "doc-%04d", index), "text": text, "date": "2026-11-23"])
        }
    }

    @Test func recordsComeInInputOrderWithTheirIdsWhateverTheJobs() throws {
        let directory = try TempDirectory()
        let input = try Self.documents(60).joined(separator: "\n") + "\n"
        let one = try Self.map(["--jobs", "1"], stdin: input, in: directory)
        let three = try Self.map(["--jobs", "3"], stdin: input, in: directory)
        #expect(one.status == 0, "\(one.stderr)")
        #expect(three.status == 0)
        #expect(one.stdout == three.stdout)
        let objects = try Self.objects(one.stdout)
        #expect(objects.map { $0["id"] as? String } == (0..<60).map { String(format: "doc-%04d", $0) })
        #expect(objects.map { $0["line"] as? Int } == Array(1...60))
        let owners = objects.compactMap { (($0["record"] as? [String: Any])?["actionItems"] as? [[String: Any]])?.first?["owner"] as? String }
        #expect(owners.count == 60)
        #expect(owners.prefix(5) == ["Alice", "Bob", "Chen", "Dana", "Emil"])
    }

    @Test func badLinesGiveErrorRecordsAndTheStreamGoesOn() throws {
        let directory = try TempDirectory()
        let good = try Self.line(["id": "ok", "text": "- Alice will send the deck by Friday"])
        let lines = [
            good,
            "not json at all",
            "",
            try Self.line(["id": "no-text"]),
            try Self.line(["text": "no id here"]),
            try Self.line(["id": "bad-date", "text": "x", "date": "2026-13-45"]),
            try Self.line(["id": "bad-output", "text": "x", "outputs": ["pdf"]]),
            try Self.line(["id": "big", "text": String(repeating: "word ", count: 400)]),
            try Self.line(["id": "empty", "text": ""]),
            good,
        ]
        let result = try Self.map(["--max-size", "1K"], stdin: lines.joined(separator: "\n"), in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.contains("map: 7 of 9 lines failed"), "\(result.stderr)")
        let objects = try Self.objects(result.stdout)
        #expect(objects.map { $0["line"] as? Int } == [1, 2, 4, 5, 6, 7, 8, 9, 10])
        // A line over --max-size is skipped to its end unread, so its id is not known.
        #expect(objects.map { $0["id"] as? String } == ["ok", nil, "no-text", nil, "bad-date", "bad-output", nil, "empty", "ok"])
        let reasons = objects.map { ($0["error"] as? [String: Any])?["reason"] as? String }
        #expect(reasons == [nil, "not-json", "no-text", "no-id", "bad-field", "bad-field", "too-large", "empty", nil])
        #expect(objects.first?["record"] != nil && objects.last?["record"] != nil)
    }

    /// Files read in turn: a first file whose last line is too large and has no newline still
    /// leaves the second file's first line whole.
    @Test func filesAreReadInTurnAndATooLargeLastLineEndsWithItsFile() throws {
        let directory = try TempDirectory()
        let big = try Self.line(["id": "big", "text": String(repeating: "word ", count: 400)])
        let small = try Self.line(["id": "next", "text": "- Bob will call the vendor tomorrow"])
        try directory.write(try Self.line(["id": "first", "text": "- Alice will send it"]) + "\n" + big, to: "one.jsonl")
        try directory.write(small + "\n", to: "two.jsonl")
        let result = try Self.map(["one.jsonl", "two.jsonl", "--max-size", "1K"], stdin: "", in: directory)
        #expect(result.status == 1)
        let objects = try Self.objects(result.stdout)
        #expect(objects.map { $0["line"] as? Int } == [1, 2, 3])
        #expect(objects.map { ($0["error"] as? [String: Any])?["reason"] as? String } == [nil, "too-large", nil])
        #expect(objects.last?["id"] as? String == "next")
    }

    /// The record of a document through map is the record `extract` gives for the same file.
    @Test(arguments: ["Corpora/en/acme-renewal-sales.txt", "Corpora/ru/konec-goda.txt", "Corpora/de/protokoll-website-relaunch.md"])
    func aRecordEqualsExtractOfTheSameDocument(path: String) throws {
        let file = Corpus.packageRoot.appendingPathComponent(path)
        let directory = try TempDirectory()
        let text = try String(contentsOf: file, encoding: .utf8)
        let mapped = try Self.map([], stdin: try Self.line(["id": file.path, "text": text, "date": "2026-11-23"]) + "\n", in: directory)
        #expect(mapped.status == 0, "\(mapped.stderr)")
        let record = try #require(try Self.objects(mapped.stdout).first?["record"] as? [String: Any])
        let extracted = try ProcessRunner.run(
            try ProcessRunner.builtBinary(), ["extract", file.path, "--date", "2026-11-23", "--format", "jsonl"] + Self.fixed)
        #expect(extracted.status == 0)
        let expected = try #require(try JSONSerialization.jsonObject(with: extracted.stdoutData) as? NSDictionary)
        #expect(NSDictionary(dictionary: record) == expected)
    }

    @Test func askedOutputsComeAlongAndTheCalendarValidates() throws {
        let directory = try TempDirectory()
        let document = try Self.line([
            "id": "call-1", "text": "Date: 2026-11-23\n\n- Alice will send the deck by Friday 3pm\n- Next call on Thursday at 10am\n",
            "outputs": ["summary", "email", "ics"], "tz": "America/New_York", "title": "Renewal call",
        ])
        let result = try Self.map([], stdin: document + "\n", in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try Self.objects(result.stdout).first)
        #expect(object["record"] == nil)
        #expect((object["summary"] as? String)?.contains("Renewal call") == true)
        #expect((object["email"] as? String)?.contains("MIME-Version: 1.0") == true)
        let ics = try #require(object["ics"] as? String)
        #expect(ics.contains("TZID=America/New_York"))
        let path = try directory.write(ics, to: "call-1.ics")
        let validation = try Validators.run("validate-ics", [URL(fileURLWithPath: path)])
        #expect(validation.status == 0, "\(validation.stdout)")
    }

    /// A line's result is out before the next line is in: what a stream consumer needs.
    /// With two workers, one waits on the empty pipe while the other's result goes out.
    @Test(.timeLimit(.minutes(2)), arguments: [1, 2])
    func eachResultIsWrittenBeforeTheInputEnds(jobs: Int) throws {
        let directory = try TempDirectory()
        try directory.fifo("in")
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = directory.path("config")
        // Opened for writing first (O_RDWR does not wait for a reader on Linux): the child opens
        // its end before it starts, and the spawn waits for that.
        let writer = open(directory.path("in"), O_RDWR | O_CLOEXEC)
        try #require(writer >= 0)
        let child = try ChildProcess(
            try ProcessRunner.builtBinary(), ["map", "--jobs", "\(jobs)"] + Self.fixed, stdin: directory.path("in"), stdout: directory.path("out"),
            stderr: directory.path("err"), environment: environment)
        let first = try Self.line(["id": "first", "text": "- Alice will send the deck by Friday"]) + "\n"
        _ = first.withCString { write(writer, $0, strlen($0)) }
        // Wait for the state the program reports: its first output line.
        while child.isRunning, !(directory.text("out") ?? "").hasSuffix("\n") { usleep(10_000) }
        #expect(try Self.objects(directory.text("out") ?? "").map { $0["id"] as? String } == ["first"])
        let second = try Self.line(["id": "second", "text": "- Bob will call tomorrow"]) + "\n"
        _ = second.withCString { write(writer, $0, strlen($0)) }
        close(writer)
        #expect(child.wait() == 0)
        #expect(try Self.objects(directory.text("out") ?? "").map { $0["id"] as? String } == ["first", "second"])
    }
}
