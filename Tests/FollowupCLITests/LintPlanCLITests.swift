import Foundation
import FollowupTestSupport
import Testing

/// `followup lint` and `followup plan` as a user runs them: exit statuses, formats, standard
/// input, configuration, and the plan's calendar read back by the independent validator.
@Suite struct LintPlanCLITests {
    static let cleanDraft = "Corpora/lint/en/renewal-pricing-clean.txt"
    static let pushyDraft = "Corpora/lint/en/pricing-call-pushy.txt"

    static func run(_ arguments: [String], stdin: Data? = nil, config: String? = nil) throws -> ProcessResult {
        let directory = try RenderingTemporaryDirectory("lint-cli")
        defer { directory.remove() }
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = directory.file("config").path
        environment["HOME"] = directory.url.path
        environment.removeValue(forKey: "SOURCE_DATE_EPOCH")
        if let config {
            try FileManager.default.createDirectory(at: directory.file("config/followup"), withIntermediateDirectories: true)
            _ = try directory.write(config, to: "config/followup/config.toml")
        }
        return try ProcessRunner.run(try ProcessRunner.builtBinary(), arguments, stdin: stdin, currentDirectory: Corpus.packageRoot, environment: environment)
    }

    @Test func aCleanDraftExitsZeroAndPrintsNothing() throws {
        let result = try Self.run(["lint", Self.cleanDraft, "--now", "2026-11-23"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func findingsExitOneWithRuleLineAndFix() throws {
        let result = try Self.run(["lint", Self.pushyDraft, "--now", "2026-11-23"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(Self.pushyDraft):5:"))
        #expect(result.stdout.contains(": pushy-tone: "))
        #expect(result.stdout.contains("    Fix: "))
    }

    @Test func jsonListsEveryFindingWithItsPlace() throws {
        let result = try Self.run(["lint", Self.pushyDraft, "--now", "2026-11-23", "--format", "json"])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        #expect(object["language"] as? String == "en")
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["rule"] as? String == "pushy-tone" && $0["line"] as? Int == 5 })
        #expect(findings.allSatisfy { ($0["message"] as? String)?.isEmpty == false && $0["fix"] is String })
    }

    @Test func standardInputAndDisabledRules() throws {
        let draft = "Subject: Follow-up\nThe deck is attached.\n"
        let all = try Self.run(["lint", "-", "--now", "2026-11-23"], stdin: Data(draft.utf8))
        #expect(all.status == 1)
        #expect(all.stdout.contains("-:1: subject-vague"))
        let flags = ["subject-vague", "greeting-missing", "no-reference", "no-recap", "no-call-to-action"].flatMap { ["--disable", $0] }
        let some = try Self.run(["lint", "-", "--now", "2026-11-23"] + flags, stdin: Data(draft.utf8), config: "[lint]\ndisable = [\"no-signature\"]\n")
        #expect(some.status == 0, "\(some.stdout)")
    }

    @Test func badUsageAndUnreadableInputHaveTheirOwnStatus() throws {
        let unknown = try Self.run(["lint", Self.cleanDraft, "--disable", "no-such-rule"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("no-such-rule"))
        let missing = try Self.run(["lint", "Corpora/lint/en/does-not-exist.txt"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("does-not-exist.txt"))
        let config = try Self.run(["lint", Self.cleanDraft], config: "[lint]\ndisable = [\"shoutin\"]\n")
        #expect(config.status == 78)
        #expect(config.stderr.contains("shoutin"))
    }

    @Test func rulesAreListedWithTheirGuidance() throws {
        let result = try Self.run(["lint", "--rules"])
        #expect(result.status == 0)
        for rule in ["subject-vague", "pushy-tone", "amount-no-period", "missing-item", "sent-late"] {
            #expect(result.stdout.contains(rule))
        }
    }

    @Test func withNotesTheDraftIsComparedToTheMeeting() throws {
        let result = try Self.run([
            "lint", "Corpora/lint/en/agency-retainer-mixup.txt", "--notes", "Corpora/lint/en/agency-retainer-mixup.notes.txt",
            "--format", "json", "--now", "2026-11-23",
        ])
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let rules = (object["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        #expect(rules.contains("amount-differs"))
        #expect(rules.contains("date-differs"))
    }

    // MARK: plan

    @Test func planFromNotesListsCheckBacksAndTheReminder() throws {
        // The ACME notes: meeting Mon 2026-11-23, next call Wed 2026-12-02 10:00.
        let result = try Self.run(["plan", "Corpora/en/acme-renewal-sales.txt", "--tz", "Europe/Berlin", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let touches = try #require(object["touches"] as? [[String: Any]])
        #expect(touches.compactMap { $0["date"] as? String } == ["2026-11-26", "2026-12-04", "2026-12-22"])
        let reminder = try #require(object["reminder"] as? [String: Any])
        #expect(reminder["date"] as? String == "2026-12-01")
    }

    @Test func planOfAThreadWarnsAndItsCalendarValidates() throws {
        let directory = try RenderingTemporaryDirectory("plan-thread")
        defer { directory.remove() }
        var files: [String] = []
        for (index, date) in ["Mon, 23 Nov 2026 17:00:00 +0100", "Tue, 24 Nov 2026 09:00:00 +0100", "Thu, 26 Nov 2026 09:00:00 +0100"].enumerated() {
            let message = "From: Ann <ann@example.com>\nTo: dana@example.org\nSubject: Re: ACME renewal\nDate: \(date)\n\nHi Dana,\nany news?\n"
            files.append(try directory.write(message, to: "\(index).eml").path)
        }
        let text = try Self.run(["plan", "--tz", "Europe/Berlin", "--recipient-tz", "America/New_York"] + files)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("third message in 4 days"))
        #expect(text.stdout.contains("Wed, Dec 2, 08:00 (your time: Wed, Dec 2, 14:00, Europe/Berlin)"))
        let ics = directory.file("plan.ics")
        let calendar = try Self.run(["plan", "--tz", "Europe/Berlin", "--recipient-tz", "America/New_York", "--format", "ics", "--todos", "--now", "2026-11-26", "-o", ics.path] + files)
        #expect(calendar.status == 0, "\(calendar.stderr)")
        let written = try String(contentsOf: ics, encoding: .utf8)
        #expect(written.contains("BEGIN:VTODO"))
        #expect(written.contains("DTSTART;TZID=America/New_York:20261202T080000"))
        #expect(written.contains("BEGIN:VTIMEZONE"))
        if Validators.shouldRun {
            let validation = try Validators.run("validate-ics", [ics])
            #expect(validation.status == 0, "\(validation.stdout)\(validation.stderr)")
        }
    }

    @Test func planWithoutADateFailsClearly() throws {
        let bad = try Self.run(["plan", "Corpora/en/acme-renewal-sales.txt", "--check-back", "0"])
        #expect(bad.status == 64)
        let none = try Self.run(["plan"])
        #expect(none.status == 64)
    }
}

/// What users of a command-line tool expect around it: completions from the command definitions.
@Suite struct CompletionCLITests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsNameEverySubcommand(_ shell: String) throws {
        let result = try ProcessRunner.run(try ProcessRunner.builtBinary(), ["--generate-completion-script", shell])
        #expect(result.status == 0)
        for command in ["summary", "extract", "email", "ics", "batch", "map", "lint", "plan"] {
            #expect(result.stdout.contains(command), "\(shell): \(command)")
        }
    }
}
