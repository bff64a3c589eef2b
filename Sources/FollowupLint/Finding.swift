/// One thing a draft does against the guidance: which rule, where, why, and what to do instead.
public struct Finding: Sendable, Equatable {
    public var rule: String
    /// The draft's 1-based line; nil for findings about the whole draft.
    public var line: Int?
    /// The 1-based column (in characters) where the excerpt starts on `line`.
    public var column: Int?
    /// The words that break the rule, as written.
    public var excerpt: String?
    /// The line of the notes a finding refers to (`missing-item`).
    public var notesLine: Int?
    /// One sentence, in the draft's language.
    public var message: String
    /// A suggested fix, in the draft's language.
    public var fix: String

    public init(rule: String, line: Int? = nil, column: Int? = nil, excerpt: String? = nil, notesLine: Int? = nil, message: String, fix: String) {
        self.rule = rule
        self.line = line
        self.column = column
        self.excerpt = excerpt
        self.notesLine = notesLine
        self.message = message
        self.fix = fix
    }
}
