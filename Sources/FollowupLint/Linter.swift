import FollowupExtraction
import FollowupText

/// A check of a draft against one piece of follow-up guidance.
public protocol LintRule: Sendable {
    /// The id findings carry and configuration switches off ("pushy-tone").
    var id: String { get }
    /// The guidance the rule encodes, for `lint --rules` and the README.
    var guidance: String { get }
    /// Whether the rule needs the draft's language's tables (greetings, phrases); the others
    /// also run on drafts in languages lint has no tables for.
    var languageSpecific: Bool { get }
    func check(_ context: LintContext) -> [Finding]
}

extension LintRule {
    public var languageSpecific: Bool { true }
}

/// Every rule, in the order findings about the same line are listed.
public enum LintRules {
    public static let all: [any LintRule] = [
        SubjectMissingRule(), SubjectLongRule(), SubjectVagueRule(), GreetingMissingRule(), GreetingNoNameRule(),
        NoReferenceRule(), NoRecapRule(), NoCallToActionRule(), CallToActionNoDateRule(), NoSignatureRule(),
        TooLongRule(), LongParagraphRule(),
        PhraseRule(id: "pushy-tone", guidance: "Pushy, aggressive or accusatory tone (\"as I already told you\", \"you still haven't\", \"last chance\") puts the reader on the defensive."),
        ShoutingRule(),
        PhraseRule(id: "generic-phrase", guidance: "Generic, template-like text (\"just checking in\", \"hope this finds you well\") says nothing of this meeting."),
        PhraseRule(id: "jargon", guidance: "Jargon-heavy or slang language (\"circle back\", \"synergy\", \"апрувнуть\") is harder to read and sounds careless."),
        PhraseRule(id: "diminutive", guidance: "Diminutives (\"звоночек\", \"договорчик\", \"a quick little favor\") make a business request sound small or wheedling."),
        AmountNoPeriodRule(), VagueDeadlineRule(), SentLateRule(),
        MissingItemRule(), OwnerDiffersRule(), DateDiffersRule(), AmountDiffersRule(),
    ]

    public static var ids: [String] { all.map(\.id) }
}

/// What the rules read: the draft, its language's tables, what extraction found in it, and the
/// notes it follows.
public struct LintContext {
    public let draft: Draft
    let lexicon: LintLexicon
    /// The extraction lexicon of the draft's language (stop words, names of days).
    let words: Lexicon
    /// Extraction over the draft's body, dates resolved against the meeting's date.
    public let record: ExtractionRecord
    /// The notes' record, with `--notes`.
    public let notes: ExtractionRecord?
    /// The day the draft is sent: its `Date` header, else today.
    public let sentDay: CivilDate?
    /// Body lines with their words.
    let lines: [(line: Draft.Line, words: WordLine)]

    init(draft: Draft, lexicon: LintLexicon, words: Lexicon, record: ExtractionRecord, notes: ExtractionRecord?, sentDay: CivilDate?) {
        self.draft = draft
        self.lexicon = lexicon
        self.words = words
        self.record = record
        self.notes = notes
        self.sentDay = sentDay
        lines = draft.body.map { ($0, WordLine($0.text)) }
    }

    func finding(_ rule: String, line: Int? = nil, column: Int? = nil, excerpt: String? = nil, detail: String? = nil, notesLine: Int? = nil) -> Finding {
        let text = lexicon.message(rule)
        func fill(_ template: String) -> String {
            template.replacing("{excerpt}", with: excerpt ?? "").replacing("{detail}", with: detail ?? "")
        }
        return Finding(rule: rule, line: line, column: column, excerpt: excerpt, notesLine: notesLine, message: fill(text.message), fix: fill(text.fix))
    }

    /// The subject line, then every body line: where wording rules look.
    var linesWithSubject: [(line: Draft.Line, words: WordLine)] {
        (draft.subject.map { [($0, WordLine($0.text))] } ?? []) + lines
    }

    /// Non-empty body lines.
    var contentLines: [(line: Draft.Line, words: WordLine)] { lines.filter { !$0.words.words.isEmpty } }

    /// Whether a body line is a list item ("- ", "* ", "1. ").
    static func isListItem(_ text: String) -> Bool {
        let trimmed = text.drop(while: { $0 == " " || $0 == "\t" })
        guard let first = trimmed.first else { return false }
        if "-*•–—+".contains(first) { return trimmed.dropFirst().first == " " }
        let digits = trimmed.prefix(while: \.isNumber)
        guard !digits.isEmpty, digits.count <= 2 else { return false }
        let after = trimmed.dropFirst(digits.count)
        return (after.first == "." || after.first == ")") && after.dropFirst().first == " "
    }

    /// The line's sentences: split after `.`, `!`, `?` and a space.
    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var previousEnd = false
        for character in text {
            if previousEnd, character == " " {
                result.append(current)
                current = ""
                previousEnd = false
                continue
            }
            current.append(character)
            previousEnd = character == "." || character == "!" || character == "?"
        }
        if !current.allSatisfy(\.isWhitespace) { result.append(current) }
        return result
    }

    /// Whether a sentence on `line` names a day or a time: a date extraction found there, a
    /// clock time, or a time-of-day word.
    func hasDate(_ sentence: String, line: Int) -> Bool {
        let lowered = sentence.lowercased()
        for mention in record.dates where mention.source?.line == line {
            if lowered.contains(mention.text.lowercased()) { return true }
        }
        let sentenceWords = WordLine(sentence)
        if lexicon.timeWords.matches(sentenceWords) { return true }
        if sentenceWords.words.contains(where: { words.weekdays[$0.text] != nil || words.months[$0.text] != nil }) { return true }
        return LintContext.hasClockTime(sentence)
    }

    /// "15:00", "3pm", "3 pm".
    static func hasClockTime(_ text: String) -> Bool {
        let characters = Array(text.lowercased())
        for i in characters.indices where characters[i].isNumber {
            var j = i
            while j < characters.count, characters[j].isNumber { j += 1 }
            if j < characters.count, characters[j] == ":", j + 2 < characters.count, characters[j + 1].isNumber, characters[j + 2].isNumber { return true }
            var k = j
            if k < characters.count, characters[k] == " " { k += 1 }
            if k + 1 < characters.count, characters[k] == "a" || characters[k] == "p", characters[k + 1] == "m",
                k + 2 == characters.count || !characters[k + 2].isLetter
            { return true }
        }
        return false
    }
}

/// What a lint run found, in the draft's language.
public struct LintReport: Sendable {
    public var language: String
    public var findings: [Finding]
    /// What the run could not check ("no rules for German: ...").
    public var warnings: [String] = []
}

/// Runs the rules that are switched on.
public struct Linter: Sendable {
    public var disabled: Set<String>

    public init(disabled: Set<String> = []) { self.disabled = disabled }

    /// - Parameters:
    ///   - record: extraction over the draft's body (`Draft.bodyTextForExtraction`).
    ///   - notes: the notes' record, for the rules that compare.
    ///   - today: the day the draft is checked, when its headers give no date.
    public func lint(_ draft: Draft, record: ExtractionRecord, notes: ExtractionRecord?, today: CivilDate?) -> LintReport {
        let known = LintLexicons.lexicon(for: record.language)
        let lexicon = known ?? LintLexicons.neutral(record.language)
        let words = Lexicons.lexicon(for: lexicon.code) ?? Lexicons.profiles[0].lexicon
        let sent = draft.sent.map(\.date) ?? today
        let context = LintContext(draft: draft, lexicon: lexicon, words: words, record: record, notes: notes, sentDay: sent)
        var findings: [Finding] = []
        for rule in LintRules.all where !disabled.contains(rule.id) && (known != nil || !rule.languageSpecific) {
            var seen: Set<String> = []
            for finding in rule.check(context) {
                let key = "\(finding.line ?? -1):\(finding.notesLine ?? -1)"
                if finding.line != nil || finding.notesLine != nil, !seen.insert(key).inserted { continue }
                findings.append(finding)
            }
        }
        let order = Dictionary(uniqueKeysWithValues: LintRules.ids.enumerated().map { ($1, $0) })
        findings.sort {
            ($0.line ?? Int.max, order[$0.rule] ?? 0, $0.notesLine ?? 0) < ($1.line ?? Int.max, order[$1.rule] ?? 0, $1.notesLine ?? 0)
        }
        var report = LintReport(language: lexicon.code, findings: findings)
        if known == nil {
            let skipped = LintRules.all.filter(\.languageSpecific).map(\.id)
            report.warnings.append(
                "lint has no rules for the draft's language (\(record.language)); checked only what needs no words of it, not: \(skipped.joined(separator: ", "))")
        }
        return report
    }
}
