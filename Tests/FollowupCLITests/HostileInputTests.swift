import Foundation
import FollowupTestSupport
import Testing

/// The attacks of the hardening issue, each as the built binary meets it: write failures,
/// special files at `-o`, endless standard input, dates a calendar cannot hold, huge lines,
/// hostile file names and names with invisible characters, damaged transcripts.
@Suite struct HostileInputTests {
    static let notes = "Date: 2026-11-23\n\n- Alice will send the deck by Friday\n- Bob to book the room by Dec 1\n"
    static let fixed = ["--now", "2026-11-23T17:00:00Z", "--tz", "Europe/Berlin"]

    /// Runs followup with no configuration file of the user's.
    static func followup(
        _ arguments: [String], in directory: TempDirectory, stdin: Data? = nil, stdinPath: String? = nil,
        stdoutPath: String? = nil, stderrPath: String? = nil
    ) throws -> ProcessResult {
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = directory.path("config")
        environment.removeValue(forKey: "SOURCE_DATE_EPOCH")
        return try ProcessRunner.run(
            try ProcessRunner.builtBinary(), arguments, stdin: stdin, currentDirectory: directory.url, environment: environment,
            stdinPath: stdinPath, stdoutPath: stdoutPath, stderrPath: stderrPath)
    }

    static func fileType(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    // MARK: 1. write errors

    @Test(arguments: [["summary"], ["extract"], ["extract", "--format", "jsonl"], ["email"], ["ics"]])
    func aFullDiskOnStandardOutputExits74WithAMessage(command: [String]) throws {
        let directory = try TempDirectory()
        try directory.write(Self.notes, to: "notes.txt")
        let addresses = command == ["email"] ? ["--from", "alice@example.com", "--to", "dana@example.org"] : []
        let result = try Self.followup(command + ["notes.txt"] + addresses + Self.fixed, in: directory, stdoutPath: "/dev/full")
        #expect(result.status == 74, "\(result.stderr)")
        #expect(result.stderr.contains("standard output: cannot write: No space left on device"))
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test func aFullDiskOnStandardErrorStillEndsWith74NotATrap() throws {
        let directory = try TempDirectory()
        try directory.write(Self.notes, to: "notes.txt")
        // The review list goes to standard error after the message went out whole.
        let result = try Self.followup(
            ["email", "notes.txt", "--from", "alice@example.com", "--to", "dana@example.org"] + Self.fixed, in: directory, stderrPath: "/dev/full")
        #expect(result.status == 74)
        #expect(result.stdout.contains("Subject:"))
    }

    @Test func batchSummaryOnAFullDiskExits74() throws {
        let directory = try TempDirectory()
        try directory.write(Self.notes, to: "in/notes.txt")
        let result = try Self.followup(
            ["batch", "in", "--out", "out", "--json", "--quiet"] + Self.fixed, in: directory, stdoutPath: "/dev/full")
        #expect(result.status == 74, "\(result.stderr)")
    }

    // MARK: 2. what is at the -o path

    /// Through links to the devices: a binary with the old bug (run as root) then replaces a
    /// link in the scratch folder, not the machine's /dev/null.
    @Test func devicesAreWrittenInPlaceNeverReplaced() throws {
        let directory = try TempDirectory()
        try directory.write(Self.notes, to: "notes.txt")
        try directory.symlink("null", to: "/dev/null")
        try directory.symlink("full", to: "/dev/full")
        let null = try Self.followup(["ics", "notes.txt", "-o", "null"] + Self.fixed, in: directory)
        #expect(null.status == 0, "\(null.stderr)")
        #expect(Self.fileType(directory.path("null")) == S_IFLNK)
        #expect(Self.fileType("/dev/null") == S_IFCHR)
        let full = try Self.followup(["ics", "notes.txt", "-o", "full"] + Self.fixed, in: directory)
        #expect(full.status == 74)
        #expect(full.stderr.contains("full: cannot write: No space left on device"))
        #expect(Self.fileType(directory.path("full")) == S_IFLNK)
        #expect(directory.files() == ["notes.txt"])
    }

    @Test func aSymbolicLinkIsFollowedAndStaysALink() throws {
        let directory = try TempDirectory()
        try directory.write(Self.notes, to: "notes.txt")
        try directory.write("old", to: "real.ics")
        try directory.symlink("link.ics", to: "real.ics")
        let result = try Self.followup(["ics", "notes.txt", "-o", "link.ics"] + Self.fixed, in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.fileType(directory.path("link.ics")) == S_IFLNK)
        #expect(directory.text("real.ics")?.hasPrefix("BEGIN:VCALENDAR") == true)
        #expect(directory.files() == ["notes.txt", "real.ics"])
    }

    @Test func aFIFOIsWrittenInPlace() throws {
        let directory = try TempDirectory()
        try directory.write(Self.notes, to: "notes.txt")
        try directory.fifo("pipe.ics")
        // A reader first, so the writer's open does not wait; the calendar fits the pipe's buffer.
        let reader = open(directory.path("pipe.ics"), O_RDONLY | O_NONBLOCK)
        try #require(reader >= 0)
        defer { close(reader) }
        let result = try Self.followup(["ics", "notes.txt", "-o", "pipe.ics"] + Self.fixed, in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        var bytes = [UInt8](repeating: 0, count: 1 << 16)
        let count = read(reader, &bytes, bytes.count)
        #expect(String(decoding: bytes[..<max(0, count)], as: UTF8.self).hasPrefix("BEGIN:VCALENDAR"))
        #expect(Self.fileType(directory.path("pipe.ics")) == S_IFIFO)
    }

    @Test func aRegularFileIsReplacedWholeKeepingItsModeAndNoTemporaryStays() throws {
        let directory = try TempDirectory()
        try directory.write(Self.notes, to: "notes.txt")
        try directory.write("old", to: "out.json")
        chmod(directory.path("out.json"), 0o600)
        let result = try Self.followup(["extract", "notes.txt", "-o", "out.json"] + Self.fixed, in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        var info = stat()
        stat(directory.path("out.json"), &info)
        #expect(info.st_mode & 0o777 == 0o600)
        #expect(directory.text("out.json")?.contains("\"schemaVersion\"") == true)
        #expect(directory.files() == ["notes.txt", "out.json"])
    }

    @Test func aFolderAtThePathIsAnError() throws {
        let directory = try TempDirectory()
        try directory.write(Self.notes, to: "notes.txt")
        try directory.makeDirectory("out")
        let result = try Self.followup(["summary", "notes.txt", "-o", "out"] + Self.fixed, in: directory)
        #expect(result.status == 74)
        #expect(result.stderr.contains("out: cannot write: is a folder"))
    }

    /// `-o /dev/stdout` while standard output is a log being appended to: written through the
    /// descriptor, so the log keeps what it had (a rename would have replaced it).
    @Test func devStdoutIntoAnAppendedFileKeepsWhatWasThere() throws {
        let directory = try TempDirectory()
        try directory.write(Self.notes, to: "notes.txt")
        let result = try ProcessRunner.run(
            URL(fileURLWithPath: "/bin/sh"),
            ["-c", "echo 'earlier line' > log.txt; \"$0\" extract notes.txt -o /dev/stdout \"$@\" >> log.txt", try ProcessRunner.builtBinary().path]
                + Self.fixed, currentDirectory: directory.url)
        #expect(result.status == 0, "\(result.stderr)")
        let log = directory.text("log.txt") ?? ""
        #expect(log.hasPrefix("earlier line\n{"))
        #expect(log.contains("\"schemaVersion\": 1"))
    }

    /// A reader that goes away is a write error: 74 and a message, not a death by SIGPIPE.
    @Test func aClosedPipeExits74() throws {
        let directory = try TempDirectory()
        let line = "{\"id\": \"a\", \"text\": \"- Alice will send the deck by Friday\"}\n"
        try directory.write(String(repeating: line, count: 3000), to: "in.jsonl")
        let result = try ProcessRunner.run(
            URL(fileURLWithPath: "/bin/bash"),
            ["-c", "\"$0\" map \"$@\" < in.jsonl | head -c 10 > /dev/null; echo \"status ${PIPESTATUS[0]}\"", try ProcessRunner.builtBinary().path]
                + Self.fixed, currentDirectory: directory.url)
        #expect(result.stdout.contains("status 74"), "\(result.stdout) \(result.stderr)")
        #expect(result.stderr.contains("standard output: cannot write: Broken pipe"))
    }

    // MARK: 3. standard input

    /// /dev/zero never ends: before the fix the run grew until memory ran out.
    @Test(.timeLimit(.minutes(1)))
    func anEndlessStandardInputStopsAtTheLimit() throws {
        let directory = try TempDirectory()
        let result = try Self.followup(["extract", "-", "--max-size", "1M"] + Self.fixed, in: directory, stdinPath: "/dev/zero")
        #expect(result.status == 1)
        #expect(result.stderr.contains("-: more than the limit of 1048576 bytes; stopped reading"))
    }

    // MARK: 4. dates a calendar cannot hold

    @Test(arguments: [["--now", "99999999999999"], ["--now", "1800-01-01T00:00:00Z"], ["--date", "1899-12-31"], ["--date", "10000-01-01"]])
    func clocksAndDatesOutsideTheCalendarAreUsageErrors(flags: [String]) throws {
        let directory = try TempDirectory()
        try directory.write(Self.notes, to: "notes.txt")
        let result = try Self.followup(["ics", "notes.txt"] + flags, in: directory)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("1900–9999"))
    }

    /// "next week" from 9999-12-30 was written as DTSTART:100000105.
    @Test(arguments: ["9999-12-27", "9999-12-30"])
    func aMeetingAtTheEndOfTheCalendarWritesNoYearPast9999(date: String) throws {
        let directory = try TempDirectory()
        try directory.write("Date: \(date)\n\n- Alice will send the deck next week\n- Bob will call them tomorrow\n", to: "notes.txt")
        let result = try Self.followup(["ics", "notes.txt", "-o", "late.ics"] + Self.fixed, in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let ics = directory.text("late.ics") ?? ""
        for line in ics.split(separator: "\r\n") where line.hasPrefix("DTSTART") || line.hasPrefix("DTEND") {
            let digits = line.split(separator: ":").last?.prefix { $0.isNumber } ?? ""
            #expect(digits.count == 8, "\(line)")
        }
        guard date == "9999-12-27" else { return }  // the later one has no event left to import
        let validation = try Validators.run("validate-ics", [directory.url.appendingPathComponent("late.ics")])
        #expect(validation.status == 0, "\(validation.stdout)")
    }

    // MARK: 5. one huge line

    @Test func aMegabyteLineGivesACalendarOfKilobytes() throws {
        let directory = try TempDirectory()
        let line = "- Alice will send the deck by Friday " + String(repeating: "and more words about it ", count: 44_000) + "\n"
        try directory.write("Date: 2026-11-23\n\n" + line, to: "notes.txt")
        let result = try Self.followup(["ics", "notes.txt", "-o", "big.ics"] + Self.fixed, in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let size = directory.read("big.ics")?.count ?? 0
        #expect(size > 0 && size < 20_000, "calendar of \(size) bytes")
        let validation = try Validators.run("validate-ics", [directory.url.appendingPathComponent("big.ics")])
        #expect(validation.status == 0, "\(validation.stdout)")
    }

    // MARK: 6. names

    @Test func aFileNamedLikeAFormulaIsInertInEveryColumnOfTheTracker() throws {
        let directory = try TempDirectory()
        try directory.write("- Alice will send the deck by Friday\n", to: "=1+1.md")
        let result = try Self.followup(["batch", "=1+1.md", "--out", "out", "--quiet"] + Self.fixed, in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let csv = directory.text("out/actions.csv") ?? ""
        let row = try #require(csv.split(separator: "\r\n").dropFirst().first)
        for field in row.split(separator: ",") {
            #expect(!"=+-@".contains(field.first ?? " "), "a field starts a formula: \(row)")
        }
        #expect(row.contains("'=1+1.md"))
    }

    @Test func controlCharactersInAFileNameAreEscapedInMessages() throws {
        let directory = try TempDirectory()
        let name = "red\u{1B}[31mtext\n.txt"
        try directory.write("", to: name)
        let result = try Self.followup(["extract", name] + Self.fixed, in: directory)
        #expect(result.status == 1)
        #expect(!result.stderr.contains("\u{1B}"))
        #expect(result.stderr.contains("red\\u{1B}[31mtext\\u{A}.txt"))
    }

    @Test func anOutputFolderUnderAFileSaysSo() throws {
        let directory = try TempDirectory()
        try directory.write(Self.notes, to: "in/notes.txt")
        try directory.write("x", to: "file")
        let result = try Self.followup(["batch", "in", "--out", "file/sub"] + Self.fixed, in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.contains("file is a file, not a folder"), "\(result.stderr)")
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test func invisibleCharactersDoNotMakeASecondPerson() throws {
        let directory = try TempDirectory()
        let notes = "Al\u{200D}ice: I will send the deck by Friday.\nBob: I will book the room by Monday.\n"
            + "Alice: Bob, please also call the vendor.\n- \u{202E}Al\u{200B}ice will check the budget by Dec 1\n"
        try directory.write(notes, to: "chat.txt")
        let result = try Self.followup(["extract", "chat.txt", "--format", "jsonl"] + Self.fixed, in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let record = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let owners = Set(((record["actionItems"] as? [[String: Any]]) ?? []).compactMap { $0["owner"] as? String })
        #expect(owners.contains("Alice") && owners.isSubset(of: ["Alice", "Bob"]), "\(owners)")
        let names = ((record["participants"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String }
        #expect(names.filter { $0.hasPrefix("Al") }.count <= 1, "\(names)")
    }

    @Test func damagedWhisperJSONIsReadAsTextAndSaysSo() throws {
        let directory = try TempDirectory()
        try directory.write("{\"segments\": [{\"text\": \"Alice will send the deck by Friday.\"}", to: "call.json")
        let result = try Self.followup(["extract", "call.json"] + Self.fixed, in: directory)
        #expect(result.status == 0)
        #expect(result.stderr.contains("call.json: not valid JSON, so not a Whisper transcript: read as plain text"))
        #expect(result.stdout.contains("send the deck"))
    }
}
