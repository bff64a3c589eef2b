import Foundation
import Testing
import FollowupTestSupport

/// The built `followup` binary, end to end: exit status, stdout and stderr.
@Suite("followup CLI: extract on every corpus sample, help, usage errors, failed inputs, stdin")
struct FoundationCLITests {
    static let binary = Result { try ProcessRunner.builtBinary() }

    private func followup(_ arguments: [String], stdin: Data? = nil) throws -> ProcessResult {
        try ProcessRunner.run(try Self.binary.get(), arguments, stdin: stdin, currentDirectory: Corpus.packageRoot)
    }

    private func json(_ result: ProcessResult) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: result.stdoutData)
        return try #require(object as? [String: Any], "stdout is not a JSON object: \(result.stdout.prefix(200))")
    }

    private func participantNames(_ record: [String: Any]) -> [String] {
        let meeting = record["meeting"] as? [String: Any]
        return (meeting?["participants"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
    }

    // MARK: Every corpus sample

    @Test("extract prints a schemaVersion 1 record with the gold file's participants", arguments: Corpus.samplesWithGold())
    func extractCorpusSample(path: String) throws {
        let gold = try Corpus.gold(for: path)
        let date = try #require(gold.date)
        let file = "Corpora/" + path
        let result = try followup(["extract", file, "--date", date])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let record = try json(result)
        #expect(record["schemaVersion"] as? Int == 1)
        #expect(record["source"] as? String == file)
        #expect(record["language"] as? String == gold.language)
        let meeting = try #require(record["meeting"] as? [String: Any])
        #expect(meeting["date"] as? String == date)
        let names = participantNames(record)
        #expect(Set(names) == Set(gold.participantNames))
        #expect(names.count == Set(names).count, "a participant listed twice: \(names)")
        let participants = meeting["participants"] as? [[String: Any]] ?? []
        for (name, email) in gold.emails {
            #expect(participants.first { $0["name"] as? String == name }?["email"] as? String == email)
        }
    }

    @Test("each converted encoding sample extracts the same participants as its UTF-8 source", arguments: [
        "en-notes.utf8-bom.txt", "en-notes.utf16le-bom.txt", "en-notes.utf16be-bom.txt", "en-notes.cp1252.txt",
    ])
    func extractEncodings(file: String) throws {
        let result = try followup(["extract", "Corpora/encodings/" + file, "--date", "2026-11-23"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(participantNames(try json(result)) == ["Zoë Martín", "Renée Dubois", "José Núñez", "Björn Åkesson"])
    }

    @Test("Russian cp1251 notes extract with their Cyrillic attendees")
    func extractCp1251() throws {
        let result = try followup(["extract", "Corpora/encodings/ru-notes.cp1251.txt", "--date", "2026-10-12"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let record = try json(result)
        #expect(participantNames(record) == ["Анна Смирнова", "Иван Петров", "Жанна Юсупова"])
        #expect(record["language"] as? String == "ru")
    }

    // MARK: Standard input

    @Test("notes piped on standard input: source '-', format detected by content")
    func standardInput() throws {
        let data = try Data(contentsOf: Corpus.url("en/acme-renewal-sales.txt"))
        let result = try followup(["extract", "--date", "2026-11-23"], stdin: data)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let record = try json(result)
        #expect(record["source"] as? String == "-")
        #expect(Set(participantNames(record)) == ["Alice Chen", "Bob Lee", "Dana Whitfield"])
    }

    @Test("'-' reads standard input too, and a piped VTT is recognised")
    func dashReadsStandardInput() throws {
        let data = try Data(contentsOf: Corpus.url("en/teams-product-sync.vtt"))
        let result = try followup(["extract", "-", "--date", "2026-11-19"], stdin: data)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(Set(participantNames(try json(result))) == ["Rebecca Hall", "Tom Walsh", "Marcus Lee", "Priya Desai"])
    }

    @Test("--input-format overrides detection on standard input")
    func inputFormatOverride() throws {
        let cue = "00:00:01.000 --> 00:00:03.000\nAlice Chen: I'll send the deck by Friday.\n"
        let result = try followup(["extract", "--input-format", "vtt", "--date", "2026-11-23"], stdin: Data(cue.utf8))
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(participantNames(try json(result)) == ["Alice Chen"])
    }

    @Test("--format jsonl prints the record on one line")
    func jsonl() throws {
        let result = try followup(["extract", "Corpora/en/acme-renewal-sales.txt", "--format", "jsonl", "--date", "2026-11-23"])
        #expect(result.status == 0)
        #expect(result.stdout.filter { $0 == "\n" }.count == 1)
        #expect(try json(result)["schemaVersion"] as? Int == 1)
    }

    // MARK: Help

    @Test("--help of a subcommand exits 0 and lists its options", arguments: ["extract", "summary"])
    func subcommandHelp(command: String) throws {
        let result = try followup([command, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: followup \(command)"))
        #expect(result.stdout.contains("--date"))
        #expect(result.stdout.contains("--input-format"))
    }

    @Test("followup --help exits 0 and lists the subcommands and exit statuses")
    func rootHelp() throws {
        let result = try followup(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("SUBCOMMANDS:"))
        #expect(result.stdout.contains("extract"))
        let words = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("64 bad arguments"))
    }

    // MARK: Usage errors: 64

    @Test("usage errors exit 64 with a message on stderr", arguments: [
        (["extract", "Corpora/en/acme-renewal-sales.txt", "--date", "next friday"], "--date"),
        (["extract", "Corpora/en/acme-renewal-sales.txt", "--date", "2026-13-01"], "--date"),
        (["extract", "Corpora/en/acme-renewal-sales.txt", "--date", "2026-11-23T25:00"], "--date"),
        (["extract", "Corpora/en/acme-renewal-sales.txt", "--tz", "Mars/Olympus"], "--tz"),
        (["extract", "Corpora/en/acme-renewal-sales.txt", "--input-format", "docx"], "input-format"),
        (["extract", "Corpora/en/acme-renewal-sales.txt", "--no-such-flag"], "no-such-flag"),
    ])
    func usageErrors(arguments: [String], mentions: String) throws {
        let result = try followup(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains(mentions))
        #expect(result.stdout.isEmpty)
    }

    // MARK: Failed inputs: 1

    @Test("inputs that are not notes exit 1, naming the file and why", arguments: [
        ("Corpora/encodings/binary.bin", "binary"),
        ("Corpora/encodings/empty.txt", "empty"),
        ("Corpora/encodings/invalid-utf8.txt", "line 6"),
        ("Corpora/en/no-such-file.txt", "cannot read"),
        ("Corpora/en", "not a regular file"),
    ])
    func failedInputs(file: String, reason: String) throws {
        let result = try followup(["extract", file, "--date", "2026-11-23"])
        #expect(result.status == 1)
        #expect(result.stderr.contains(file))
        #expect(result.stderr.contains(reason))
        #expect(result.stdout.isEmpty)
    }

    @Test("empty standard input exits 1 with a message")
    func emptyStandardInput() throws {
        let result = try followup(["extract", "--date", "2026-11-23"], stdin: Data())
        #expect(result.status == 1)
        #expect(result.stderr.contains("empty"))
    }

    @Test("a named encoding reads a file detection would refuse")
    func namedEncoding() throws {
        let result = try followup(["extract", "Corpora/encodings/invalid-utf8.txt", "--encoding", "ISO-8859-1", "--date", "2026-11-23"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(participantNames(try json(result)) == ["Alice Chen", "Bob Ramirez"])
    }
}
