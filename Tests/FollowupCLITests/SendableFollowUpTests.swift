import Foundation
import FollowupTestSupport
import Testing

/// Around the follow-up text (issue 13, points 8–11): what `email` needs before it writes a
/// message, honest decoding, and a README, help and error that agree.
@Suite struct SendableFollowUpTests {
    static let notes = """
        ACME renewal
        Date: 2026-11-23
        Attendees: Alice Chen, Dana Smith

        - Dana will send the signed order form by Friday
        """

    static func run(_ arguments: [String], files: [String: [UInt8]] = ["notes.txt": Array(notes.utf8)], config: String? = nil) throws -> ProcessResult {
        let directory = try TempDirectory()
        for (name, bytes) in files { try Data(bytes).write(to: directory.url.appendingPathComponent(name)) }
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = directory.url.appendingPathComponent("config").path
        environment["HOME"] = directory.url.path
        if let config {
            let folder = directory.url.appendingPathComponent("config/followup")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(config.utf8).write(to: folder.appendingPathComponent("config.toml"))
        }
        return try ProcessRunner.run(try ProcessRunner.builtBinary(), arguments + ["--now", "2026-11-23T17:00:00Z"], currentDirectory: directory.url, environment: environment)
    }

    @Test func emailWithoutASenderWritesNothingAndSaysWhatToSet() throws {
        let result = try Self.run(["email", "notes.txt", "--to", "dana@example.org"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--from"))
        #expect(result.stderr.contains("followup config init"))
    }

    @Test func emailWithoutARecipientWritesNothing() throws {
        let result = try Self.run(["email", "notes.txt", "--from", "Alice Chen <alice@example.com>"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--to"))
    }

    @Test func emailGoesToTheParticipantsWhoseAddressesTheNotesGive() throws {
        let notes = Self.notes.replacingOccurrences(of: "Dana Smith", with: "Dana Smith <dana@acme.example>")
        let result = try Self.run(["email", "notes.txt", "--from", "Alice Chen <alice@example.com>"], files: ["notes.txt": Array(notes.utf8)])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("To: \"Dana Smith\" <dana@acme.example>") || result.stdout.contains("To: Dana Smith <dana@acme.example>"))
        #expect(!result.stdout.contains("followup@localhost"))
    }

    @Test func damagedUTF8IsAnErrorNamingTheByte() throws {
        // Stray bytes before UTF-8 text: the file is UTF-8, damaged, not Latin-1.
        var bytes = Array("Notes\n- Alice will send the deck ".utf8)
        let offset = bytes.count
        bytes += [0xFF, 0xFE] + Array(" by Friday, café later\n".utf8)
        let result = try Self.run(["extract", "notes.txt"], files: ["notes.txt": bytes])
        #expect(result.status == 1)
        #expect(result.stderr.contains("invalid UTF-8 at line 2 (byte offset \(offset))"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func aLegacyEncodingIsReadAndSaidSo() throws {
        let bytes = Array("Notes\n- Alice will send the deck by Friday, caf".utf8) + [0xE9] + Array(" with M".utf8) + [0xFC] + Array("ller\n- Bob to call them\n".utf8)
        let result = try Self.run(["extract", "notes.txt", "--format", "jsonl"], files: ["notes.txt": bytes])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("café with Müller"))
        #expect(result.stderr.contains("not UTF-8: read as ISO-8859-1") || result.stderr.contains("not UTF-8: read as windows-1252"), "\(result.stderr)")
    }

    @Test func theLanguagesListedAgreeEverywhere() throws {
        let error = try Self.run(["summary", "notes.txt", "--language", "xx"])
        #expect(error.status == 64)
        let listed = try #require(error.stderr.firstMatch(of: /must be one of: ([a-z, ]+)/)).output.1
        let codes = listed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(codes.count >= 3)
        let help = try Self.run(["summary", "--help"])
        #expect(help.stdout.contains(codes.joined(separator: ", ")))
        let readme = try String(contentsOf: Corpus.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("`--language " + codes.joined(separator: "|") + "`"))
    }

    @Test func withoutASenderTheSummaryHintsAtTheConfiguration() throws {
        let bare = try Self.run(["summary", "notes.txt"])
        #expect(bare.status == 0)
        #expect(bare.stderr.contains("followup config init"))
        let configured = try Self.run(["summary", "notes.txt"], config: "[sender]\nname = \"Alice Chen\"\n")
        #expect(!configured.stderr.contains("followup config init"))
        #expect(configured.stdout.hasSuffix("Alice Chen\n"))
    }

    @Test func aBrokenConfigurationIsItsOwnStatus() throws {
        let result = try Self.run(["summary", "notes.txt"], config: "[sender]\nnmae = \"x\"\n")
        #expect(result.status == 78)
        #expect(result.stderr.contains("nmae"))
    }
}
