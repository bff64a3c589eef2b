import Foundation
import FollowupTestSupport
import Testing

/// The built `followup` binary's summary, email, ics and config commands: stdout, stderr, exit
/// status, and the files read back by the independent validators.
@Suite struct RenderingCLITests {
    static let now = "2026-11-23T17:00:00Z"
    static let acme = "Corpora/en/acme-renewal-sales.txt"

    /// A scratch folder with its own XDG_CONFIG_HOME holding `config` (nil: no configuration file).
    struct Sandbox {
        let directory: RenderingTemporaryDirectory
        let environment: [String: String]

        init(config: String? = Sandbox.aliceConfig) throws {
            directory = try RenderingTemporaryDirectory("cli")
            let configHome = directory.file("config")
            try FileManager.default.createDirectory(at: configHome.appendingPathComponent("followup"), withIntermediateDirectories: true)
            if let config { try directory.write(config, to: "config/followup/config.toml") }
            var environment = ProcessInfo.processInfo.environment
            environment["XDG_CONFIG_HOME"] = configHome.path
            environment["HOME"] = directory.url.path
            environment.removeValue(forKey: "SOURCE_DATE_EPOCH")
            self.environment = environment
        }

        static let aliceConfig = """
            time_zone = "Europe/Berlin"

            [sender]
            name = "Alice Chen"
            email = "alice@example.com"
            signature = "Account Manager, Example Ltd"
            """

        var configPath: String { directory.file("config/followup/config.toml").path }

        func run(_ arguments: [String], stdin: Data? = nil, extraEnvironment: [String: String] = [:]) throws -> ProcessResult {
            try ProcessRunner.run(
                try ProcessRunner.builtBinary(), arguments, stdin: stdin, currentDirectory: Corpus.packageRoot,
                environment: environment.merging(extraEnvironment) { _, new in new })
        }
    }

    // MARK: summary

    @Test func summaryPrintsTheFollowUpAndKeepsTheReviewOnStderr() throws {
        let sandbox = try Sandbox()
        defer { sandbox.directory.remove() }
        let result = try sandbox.run(["summary", "--now", Self.now, Self.acme])
        #expect(result.status == 0, "\(result.stderr)")
        // Bob Lee is "(us)" in the notes, the sender's colleague: only Dana is greeted.
        #expect(result.stdout.hasPrefix("Subject: Follow-up: ACME renewal, Nov 23\n\nHi Dana,\n\n"))
        #expect(result.stdout.hasSuffix("Best regards,\nAlice Chen\nAccount Manager, Example Ltd\nalice@example.com\n"))
        #expect(!result.stdout.contains("Check before sending"))
        #expect(!result.stderr.contains("Hi Bob"))
    }

    @Test func noSubcommandReadsStandardInputAsSummary() throws {
        let sandbox = try Sandbox()
        defer { sandbox.directory.remove() }
        let notes = try Data(contentsOf: Corpus.url("en/acme-renewal-sales.txt"))
        let bare = try sandbox.run(["--now", Self.now], stdin: notes)
        let summary = try sandbox.run(["summary", "--now", Self.now, "-"], stdin: notes)
        #expect(bare.status == 0, "\(bare.stderr)")
        #expect(bare.stdout.hasPrefix("Subject: Follow-up: ACME renewal, Nov 23\n"))
        #expect(bare.stdout == summary.stdout)
    }

    @Test(arguments: [("markdown", "**Subject:** Follow-up: ACME renewal, Nov 23\n"), ("html", "<!DOCTYPE html>\n<html lang=\"en\">")])
    func summaryFormats(format: String, prefix: String) throws {
        let sandbox = try Sandbox()
        defer { sandbox.directory.remove() }
        let result = try sandbox.run(["summary", "--now", Self.now, "--format", format, Self.acme])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix(prefix))
    }

    @Test func unknownFormatIsAUsageError() throws {
        let sandbox = try Sandbox()
        defer { sandbox.directory.remove() }
        let result = try sandbox.run(["summary", "--format", "pdf", Self.acme])
        #expect(result.status == 64)
        #expect(result.stderr.contains("pdf"))
    }

    @Test func outputsAreByteIdenticalForAFixedClock() throws {
        let sandbox = try Sandbox()
        defer { sandbox.directory.remove() }
        for command in [["summary"], ["email"], ["ics", "--todos"]] {
            let flag = try sandbox.run(command + ["--now", "1795453200", Self.acme])
            let again = try sandbox.run(command + ["--now", Self.now, Self.acme])
            let epoch = try sandbox.run(command + [Self.acme], extraEnvironment: ["SOURCE_DATE_EPOCH": "1795453200"])
            #expect(flag.status == 0, "\(command): \(flag.stderr)")
            #expect(!flag.stdout.isEmpty)
            #expect(flag.stdoutData == again.stdoutData, "\(command)")
            #expect(flag.stdoutData == epoch.stdoutData, "\(command)")
        }
    }

    // MARK: email

    @Test func emailFlagsOverrideTheConfiguration() throws {
        let sandbox = try Sandbox()
        defer { sandbox.directory.remove() }
        let result = try sandbox.run([
            "email", "--now", Self.now, "--from", "Bob Lee <bob@example.com>", "--to", "boss@example.com", "--cc", "a@example.com, b@example.com",
            Self.acme,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let head = result.stdout.components(separatedBy: "\r\n\r\n")[0].replacingOccurrences(of: "\r\n ", with: " ")
        let lines = head.components(separatedBy: "\r\n")
        #expect(lines.contains("From: Bob Lee <bob@example.com>"))
        #expect(lines.contains("To: boss@example.com, Dana Whitfield <dana.whitfield@acme-corp.com>"))
        #expect(lines.contains("Cc: a@example.com, b@example.com"))
        #expect(lines.contains("Date: Mon, 23 Nov 2026 18:00:00 +0100"))
    }

    @Test(arguments: [["--to", "x\r\nBcc: y@example.com"], ["--from", "not an address"], ["--cc", "a@b@c"]])
    func badAddressesAreUsageErrors(arguments: [String]) throws {
        let sandbox = try Sandbox()
        defer { sandbox.directory.remove() }
        let result = try sandbox.run(["email"] + arguments + [Self.acme])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
    }

    // MARK: ics

    @Test func icsWritesTheFileAtomicallyAndNothingToStdout() throws {
        let sandbox = try Sandbox()
        defer { sandbox.directory.remove() }
        let target = sandbox.directory.file("out.ics")
        let result = try sandbox.run(["ics", "--now", Self.now, "-o", target.path, Self.acme])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let text = try String(contentsOf: target, encoding: .utf8)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(text.contains("ORGANIZER;CN=\"Alice Chen\":mailto:alice@example.com"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: sandbox.directory.url.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func icsIntoAMissingFolderFails() throws {
        let sandbox = try Sandbox()
        defer { sandbox.directory.remove() }
        let result = try sandbox.run(["ics", "-o", sandbox.directory.file("no/such/dir/out.ics").path, Self.acme])
        #expect(result.status == 74)
        #expect(result.stderr.contains("cannot write"))
    }

    // MARK: config

    @Test func configInitWritesOnceAndForceReplaces() throws {
        let sandbox = try Sandbox(config: nil)
        defer { sandbox.directory.remove() }
        let first = try sandbox.run(["config", "init"])
        #expect(first.status == 0, "\(first.stderr)")
        let written = try String(contentsOfFile: sandbox.configPath, encoding: .utf8)
        #expect(written.hasPrefix("# followup configuration."))
        let second = try sandbox.run(["config", "init"])
        #expect(second.status == 1)
        #expect(second.stderr.contains("already exists"))
        #expect(try sandbox.run(["config", "init", "--force"]).status == 0)
        let printed = try sandbox.run(["config", "init", "--print"])
        #expect(printed.stdout == written)
        // The example is a valid configuration.
        #expect(try sandbox.run(["summary", "--now", Self.now, Self.acme]).status == 0)
    }

    @Test(arguments: [
        ("[reminders]\nlead_days = \"one\"\n", ":2: 'reminders.lead_days': must be a whole number"),
        ("time_zone = \"Mars/Olympus\"\n", ":1: 'time_zone': is not a time zone"),
        ("[sender]\nname = \"A\"\nemial = \"a@example.com\"\n", ":3: 'sender.emial': unknown key"),
        ("[sender]\nname = \"A\nemail = 1\n", ":2:"),
        ("[[reminders.call_windows]]\ndays = [\"wed\"]\nfrom = \"08:00\"\nto = \"10:00\"\n[[reminders.call_windows]]\ndays = [\"someday\"]\nfrom = \"16:00\"\nto = \"17:00\"\n",
         ":6: 'reminders.call_windows[1].days': 'someday' is not a weekday"),
        // Found by fuzzing: toml++ aborted the process on a header without a name.
        ("time_zone = \"UTC\"\n[=\n", ":2: TOML syntax error: a [table] header needs a name"),
        ("[[ =]]\n", ":1: TOML syntax error: a [table] header needs a name"),
        ("locale = \"en\"\n[[[a]]]\n", ":2: TOML syntax error: a [table] header needs a name"),
        ("\u{FEFF}[=\n", ":1: TOML syntax error: a [table] header needs a name"),
        ("to = [\"\"\"x\"\"\"\"\", \"[\"]\n[=\n", ":2: TOML syntax error: a [table] header needs a name"),
    ])
    func brokenConfigurationNamesKeyAndLine(config: String, expected: String) throws {
        let sandbox = try Sandbox(config: config)
        defer { sandbox.directory.remove() }
        let result = try sandbox.run(["summary", Self.acme])
        #expect(result.status == 78)
        #expect(result.stderr.contains(sandbox.configPath + expected), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    // MARK: validators over corpus documents

    static let corpusSample = [
        "en/acme-renewal-sales.txt", "en/design-review.md", "en/meet-partner-intro.vtt", "en/srt-vendor-pricing.srt",
        "en/whisper-saas-demo.json", "ru/reklama-byudzhet.txt", "ru/zvonok-klient.vtt",
    ]

    @Test(.enabled(if: Validators.shouldRun, "validators not installed: run ../shared/tools/setup-validators in the package root"))
    func corpusDocumentsGiveValidEmailAndCalendars() throws {
        let sandbox = try Sandbox()
        defer { sandbox.directory.remove() }
        var emails: [URL] = []
        var calendars: [URL] = []
        for (index, input) in Self.corpusSample.enumerated() {
            let email = try sandbox.run(["email", "--now", Self.now, "--to", "Dana Client <dana@example.org>", "Corpora/" + input])
            #expect(email.status == 0, "\(input): \(email.stderr)")
            emails.append(try sandbox.directory.write(email.stdout, to: "\(index).eml"))
            let ics = sandbox.directory.file("\(index).ics")
            let calendar = try sandbox.run(["ics", "--now", Self.now, "--todos", "-o", ics.path, "Corpora/" + input])
            #expect(calendar.status == 0, "\(input): \(calendar.stderr)")
            calendars.append(ics)
        }
        let eml = try Validators.run("validate-eml", emails, extraArguments: ["--no-warnings"])
        #expect(eml.status == 0, "\(eml.stdout)\(eml.stderr)")
        let ics = try Validators.run("validate-ics", calendars, extraArguments: ["--no-warnings"])
        #expect(ics.status == 0, "\(ics.stdout)\(ics.stderr)")
    }

    @Test(.enabled(if: Validators.shouldRun, "validators not installed: run ../shared/tools/setup-validators in the package root"))
    func hostileNotesStayInsideTheirFields() throws {
        let sandbox = try Sandbox()
        defer { sandbox.directory.remove() }
        let notes = """
            Launch review 🚀 مرحبا
            Date: 2026-11-23
            Attendees: Bob Lee (bob@example.com), Dana Whitfield

            - Bob will send END:VEVENT and --=_followup_mixed_0 by Friday
            - Dana to check שלום עולם 👩‍👩‍👧‍👦 tomorrow
            - \(String(repeating: "very long line ", count: 120))

            """
        let input = try sandbox.directory.write(notes, to: "hostile.md")
        let email = try sandbox.run(["email", "--now", Self.now, input.path])
        #expect(email.status == 0, "\(email.stderr)")
        let eml = try sandbox.directory.write(email.stdout, to: "hostile.eml")
        let ics = sandbox.directory.file("hostile.ics")
        #expect(try sandbox.run(["ics", "--now", Self.now, "-o", ics.path, input.path]).status == 0)
        #expect(try Validators.run("validate-eml", [eml]).status == 0)
        #expect(try Validators.run("validate-ics", [ics]).status == 0)
        // Python's email package finds exactly the parts followup wrote.
        let parts = try Validators.python("""
            import email, email.policy, sys
            msg = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)
            print(','.join(p.get_content_type() for p in msg.walk()))
            """, [eml.path])
        #expect(parts.stdout == "multipart/mixed,multipart/alternative,text/plain,text/html,text/calendar\n")
    }
}
