import Foundation
import Followup
import FollowupLint
import FollowupTestSupport
import Testing

/// `followup lint` scored on hand-annotated drafts (`Corpora/lint/`, written from the rules in
/// its README, not from lint's output), and on followup's own follow-ups, which must lint clean.
@Suite("Lint on the annotated drafts and on followup's own output")
struct LintCorpusTests {
    /// One `(rule, where)` pair: a draft line, `-`, or `notes:N`.
    struct Key: Hashable, CustomStringConvertible {
        var rule: String
        var place: String
        var description: String { rule + " " + place }
    }

    struct Score {
        var truePositives = 0
        var falsePositives: [String] = []
        var falseNegatives: [String] = []
        var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives.count)) }
        var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives.count)) }
        var drafts = 0
    }

    static func score(_ folder: String) throws -> Score {
        var score = Score()
        let root = Corpus.url(folder)
        for language in ["en", "ru"] {
            let directory = root.appendingPathComponent(language)
            let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            for name in names where name.hasSuffix(".findings") {
                let stem = String(name.dropLast(".findings".count))
                guard let draft = names.first(where: { $0.hasPrefix(stem + ".") && $0 != name && !$0.contains(".notes.") }) else {
                    Issue.record("no draft for \(name)")
                    continue
                }
                let notes = names.first { $0.hasPrefix(stem + ".notes.") }.map { directory.appendingPathComponent($0).path }
                var expected: Set<Key> = []
                var now: String?
                for line in try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8).split(separator: "\n") {
                    if line.hasPrefix("# args:") {
                        let words = line.dropFirst("# args:".count).split(separator: " ")
                        if let index = words.firstIndex(of: "--now"), index + 1 < words.count { now = String(words[index + 1]) }
                    } else if !line.hasPrefix("#"), !line.allSatisfy(\.isWhitespace) {
                        let parts = line.split(separator: " ")
                        expected.insert(Key(rule: String(parts[0]), place: String(parts[1])))
                    }
                }
                if now == nil, let notes {
                    // Same-day by default: the notes' meeting date.
                    let text = try String(contentsOfFile: notes, encoding: .utf8)
                    now = text.firstMatch(of: /\d{4}-\d\d-\d\d/).map { String($0.output) }
                }
                let environment = try RunEnvironment(now: now ?? "2026-11-23", timeZone: "UTC")
                let report = try DraftReview(environment: environment, disabled: [])
                    .review(Array(try Data(contentsOf: directory.appendingPathComponent(draft))), name: draft, notes: notes)
                let found = Set(report.findings.map { finding in
                    Key(rule: finding.rule, place: finding.rule == "missing-item" ? "notes:\(finding.notesLine ?? 0)" : finding.line.map(String.init) ?? "-")
                })
                score.drafts += 1
                score.truePositives += expected.intersection(found).count
                score.falsePositives += found.subtracting(expected).map { "\(language)/\(draft): \($0)" }
                score.falseNegatives += expected.subtracting(found).map { "\(language)/\(draft): \($0)" }
            }
        }
        return score
    }

    /// The issue's bar: precision ≥ 0.9, recall ≥ 0.85, on at least 30 drafts.
    @Test(arguments: ["lint", "lint/heldout"])
    func findingsMatchTheAnnotations(_ folder: String) throws {
        let score = try Self.score(folder)
        #expect(score.drafts >= (folder == "lint" ? 30 : 20))
        #expect(score.precision >= 0.9, "false positives: \(score.falsePositives)")
        #expect(score.recall >= 0.85, "missed: \(score.falseNegatives)")
    }

    /// Every follow-up followup writes for the gold corpus lints clean against its own notes
    /// (German drafts: the rules that need no German words).
    @Test func followupsOwnOutputLintsClean() throws {
        let directory = try RenderingTemporaryDirectory("lint-own")
        defer { directory.remove() }
        try directory.write("[sender]\nname = \"Alice Chen\"\nemail = \"alice@example.com\"\n", to: "config.toml")
        var checked = 0
        for sample in Corpus.samplesWithGold(languages: ["en", "ru", "de", "heldout", "heldout2"]) {
            let gold = try Corpus.gold(for: sample)
            let date = try #require(gold.date)
            let environment = try RunEnvironment(
                configPath: directory.file("config.toml").path, now: date, timeZone: "Europe/Berlin", date: date)
            let record = try environment.process(file: Corpus.url(sample).path).record
            let text = Renderers(environment: environment).summary(record, format: .text).text
            let report = try DraftReview(environment: environment, disabled: [])
                .review(Array(text.utf8), name: sample, notes: Corpus.url(sample).path)
            #expect(report.findings.isEmpty, "\(sample): \(report.text(path: "draft"))\n\(text)")
            checked += 1
        }
        #expect(checked >= 90)
    }
}
