import FollowupDocument

/// One language's data for `lint`: the phrase tables each rule looks for and the messages it
/// writes. A language adds a `LintLexicon` and a line in `LintLexicons.all`; no rule changes.
///
/// Phrases are words in any case; `word*` matches every ending of a word, `~` up to two words.
public struct LintLexicon: Sendable {
    /// The extraction lexicon's code ("en", "ru"): the draft's detected language picks this.
    public var code: String
    /// Labels of a subject line at the top of a text draft ("Subject", "Тема").
    var subjectLabels: [String]
    /// Reply and forward prefixes of a subject ("re", "fwd", "aw").
    var subjectPrefixes: Set<String>
    /// Words that say nothing of a meeting's topic: a subject of only these is vague.
    var vagueSubjectWords: PhraseTable
    var greetings: PhraseTable
    /// Addressing a group by a word, which is fine ("all", "team", "коллеги").
    var groupAddress: PhraseTable
    /// Addressing no one ("there", "sir or madam", "клиент").
    var impersonalAddress: PhraseTable
    /// Words that refer to the contact a follow-up follows (call, meeting, встреча).
    var contactWords: PhraseTable
    /// Words that restate agreements ("agreed", "next steps", "договорились").
    var recapPhrases: PhraseTable
    /// Requests and proposals ("please", "let me know", "давайте").
    var callToAction: PhraseTable
    /// Closings before a name ("Best regards", "С уважением").
    var closings: PhraseTable
    /// Words for a time of day ("noon", "morning"): a request with one has a date-like anchor.
    var timeWords: PhraseTable
    /// Questions that ask for a date ("by when", "what is the deadline"): a vague word in one is quoted, not meant.
    var dateQuestions: PhraseTable
    /// Words that give an amount its period or make it one-time ("per hour", "в месяц", "итого"),
    /// found in the amount's line when extraction could not tie them to the amount.
    var periodWords: PhraseTable
    /// Phrase tables of the rules that are only a table.
    var phraseRules: [String: PhraseTable]
    /// All-caps words that shout ("ASAP", "СРОЧНО").
    var shoutingWords: Set<String>
    /// Each rule's message and suggested fix; `{excerpt}` and `{detail}` are filled in.
    var messages: [String: (message: String, fix: String)]

    func message(_ rule: String) -> (message: String, fix: String) {
        messages[rule] ?? LintLexicons.english.messages[rule] ?? (rule, "")
    }
}

public enum LintLexicons {
    public static let all: [LintLexicon] = [english, russian]

    /// For a language without tables: English messages, no phrases; only the rules that need
    /// no words of the language run.
    static func neutral(_ code: String) -> LintLexicon {
        var lexicon = english
        lexicon.code = code
        let empty = PhraseTable([])
        lexicon.vagueSubjectWords = empty
        lexicon.greetings = empty
        lexicon.groupAddress = empty
        lexicon.impersonalAddress = empty
        lexicon.contactWords = empty
        lexicon.recapPhrases = empty
        lexicon.callToAction = empty
        lexicon.closings = empty
        lexicon.timeWords = empty
        lexicon.dateQuestions = empty
        lexicon.periodWords = empty
        lexicon.phraseRules = [:]
        lexicon.shoutingWords = []
        return lexicon
    }

    public static func lexicon(for code: String) -> LintLexicon? { all.first { $0.code == code } }

    /// Whether `text` puts a deadline off as the vague-deadline rule reads it ("asap", "date TBD"): a follow-up asks
    /// for a day instead of restating such a task as settled.
    public static func defersDeadline(_ text: String, language: String) -> Bool {
        lexicon(for: language)?.phraseRules["vague-deadline"]?.matches(WordLine(text)) ?? false
    }

    /// A subject without "Re:", "Fwd:", "Отв:" and the like, in any language's spelling.
    public static func withoutReplyPrefixes(_ subject: String) -> String {
        var text = Substring(subject)
        while true {
            text = text.drop(while: { $0 == " " })
            guard let colon = text.firstIndex(of: ":") else { break }
            let prefix = text[..<colon].trimmingWhitespace().lowercased()
            guard all.contains(where: { $0.subjectPrefixes.contains(prefix) }) else { break }
            text = text[text.index(after: colon)...]
        }
        return String(text)
    }
}
