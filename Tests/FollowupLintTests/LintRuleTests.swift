import Foundation
import FollowupExtraction
import FollowupText
import Testing

@testable import FollowupLint

/// The phrase tables' matching and single rules on drafts written for each case. Extraction's
/// part (dates, amounts) is given as a record, so these test the rules alone.
@Suite struct LintRuleTests {
    static func record(_ language: String = "en", dates: [(Int, String, String)] = [], amounts: [ExtractionRecord.Amount] = []) -> ExtractionRecord {
        ExtractionRecord(
            source: "draft", language: language,
            meeting: .init(title: nil, date: "2026-11-23", timezone: nil, participants: []),
            amounts: amounts,
            dates: dates.map { ExtractionRecord.DateMention(text: $0.1, date: $0.2, time: nil, source: .init(line: $0.0, text: "")) })
    }

    static func lint(_ text: String, _ record: ExtractionRecord = record(), notes: ExtractionRecord? = nil, today: String = "2026-11-23") throws -> [Finding] {
        let draft = try Draft.read(Array(text.utf8))
        return Linter().lint(draft, record: record, notes: notes, today: CivilDate(iso: today)).findings
    }

    static func rules(_ findings: [Finding]) -> [String] { findings.map { "\($0.rule)@\($0.line.map(String.init) ?? "-")" } }

    static let good = """
        Subject: ACME renewal: pricing and next steps
        Hi Dana,

        Thanks for the call today about the renewal. We agreed:
        - Bob sends the revised proposal by Friday, Nov 27

        Could you confirm the seat count by Thursday?

        Best regards,
        Alice
        """

    @Test func phrasesMatchWordBeginningsAndGaps() {
        let table = PhraseTable(["как я ~ говорил*", "circle back"])
        #expect(table.firstMatch(in: WordLine("Как я уже говорила, срок — пятница"))?.excerpt == "Как я уже говорила")
        #expect(table.firstMatch(in: WordLine("Let's circle back, OK?"))?.excerpt == "circle back")
        #expect(table.firstMatch(in: WordLine("We will circle the date")) == nil)
        #expect(table.firstMatch(in: WordLine("как я и не говорил")) != nil)
        #expect(table.firstMatch(in: WordLine("как я тогда вам и говорил")) == nil, "a gap is at most two words")
    }

    @Test func aGoodDraftIsClean() throws {
        let findings = try Self.lint(Self.good, Self.record(dates: [(5, "by Friday, Nov 27", "2026-11-27"), (7, "by Thursday", "2026-11-26")]))
        #expect(findings.isEmpty, "\(Self.rules(findings))")
    }

    @Test func structureRulesFireOnABareDraft() throws {
        let findings = try Self.lint("Subject: Follow-up\nThe deck is attached.\n")
        #expect(Self.rules(findings) == ["subject-vague@1", "greeting-missing@-", "no-reference@-", "no-recap@-", "no-call-to-action@-", "no-signature@-"])
    }

    @Test func aGreetingWithoutANameButAGroupIsFine() throws {
        let named = try Self.lint("Hi all,\nThanks for the call.\n")
        #expect(!Self.rules(named).contains("greeting-no-name@1"))
        let anonymous = try Self.lint("Dear Sir or Madam,\nThanks for the call.\n")
        #expect(Self.rules(anonymous).contains("greeting-no-name@1"))
        let bare = try Self.lint("Здравствуйте!\nСпасибо за встречу.\n", Self.record("ru"))
        #expect(Self.rules(bare).contains("greeting-no-name@1"))
    }

    @Test func toneRulesPointAtTheWords() throws {
        let findings = try Self.lint(Self.good.replacingOccurrences(of: "Thanks for the call today", with: "As I already told you on the call, you still haven't replied. URGENT!! Thanks for the call today"))
        let pushy = try #require(findings.first { $0.rule == "pushy-tone" })
        #expect(pushy.line == 4)
        #expect(pushy.excerpt == "As I already told you")
        #expect(pushy.column == 1)
        #expect(findings.contains { $0.rule == "shouting" && $0.line == 4 })
    }

    @Test func anAmountWithoutItsPeriodUnlessTheDraftAsksAboutIt() throws {
        let amount = ExtractionRecord.Amount(id: "M1", value: 100_000, currency: "USD", period: nil, text: "$100k", source: .init(line: 5, text: ""))
        let text = Self.good.replacingOccurrences(of: "- Bob sends", with: "- The fee is $100k; Bob sends")
        #expect(try Self.lint(text, Self.record(amounts: [amount])).contains { $0.rule == "amount-no-period" && $0.excerpt == "$100k" })
        let asked = text.replacingOccurrences(of: "Could you confirm the seat count by Thursday?", with: "Is the 100k per month or one-time? Please reply by Thursday.")
        #expect(try !Self.lint(asked, Self.record(amounts: [amount])).contains { $0.rule == "amount-no-period" })
    }

    @Test func aVagueDeadlineUnlessTheLineHasADate() throws {
        let vague = Self.good.replacingOccurrences(of: "by Friday, Nov 27", with: "soon")
        #expect(try Self.lint(vague).contains { $0.rule == "vague-deadline" && $0.line == 5 })
        let dated = Self.good.replacingOccurrences(of: "by Friday, Nov 27", with: "as soon as legal signs, by Friday, Nov 27")
        #expect(try !Self.lint(dated, Self.record(dates: [(5, "by Friday, Nov 27", "2026-11-27")])).contains { $0.rule == "vague-deadline" })
    }

    @Test func sentLateCountsDaysFromTheNotesMeeting() throws {
        let notes = Self.record()
        let findings = try Self.lint(Self.good, notes: notes, today: "2026-11-25")
        let late = try #require(findings.first { $0.rule == "sent-late" })
        #expect(late.message.contains("2 days"))
        #expect(try !Self.lint(Self.good, notes: notes, today: "2026-11-23").contains { $0.rule == "sent-late" })
    }

    @Test func aDraftInALanguageWithoutTablesGetsOnlyTheNeutralRules() throws {
        let draft = try Draft.read(Array("Hallo Anna,\nWie besprochen!!\n".utf8))
        let report = Linter().lint(draft, record: Self.record("de"), notes: nil, today: nil)
        #expect(report.findings.map(\.rule) == ["shouting"])
        #expect(report.warnings.first?.contains("(de)") == true)
    }

    @Test func disabledRulesDoNotRun() throws {
        let draft = try Draft.read(Array("Subject: Follow-up\nThe deck is attached.\n".utf8))
        let report = Linter(disabled: ["no-signature", "subject-vague"]).lint(draft, record: Self.record(), notes: nil, today: nil)
        #expect(!report.findings.contains { $0.rule == "no-signature" || $0.rule == "subject-vague" })
        #expect(report.findings.contains { $0.rule == "no-recap" })
    }

    @Test func messagesComeInTheDraftsLanguage() throws {
        let findings = try Self.lint("Тема: Встреча\nДобрый день!\nДокументы во вложении.\n", Self.record("ru"))
        #expect(findings.first { $0.rule == "subject-vague" }?.message.hasPrefix("Тема «Встреча»") == true)
    }

    @Test func everyRuleHasMessagesInEveryLanguage() {
        for lexicon in LintLexicons.all {
            for id in LintRules.ids {
                #expect(lexicon.messages[id] != nil, "\(lexicon.code): \(id)")
            }
        }
        #expect(Set(LintRules.ids).count == LintRules.ids.count)
    }
}
