/// What language detection, the readers and the record need of a language without its lexicon: building
/// all five lexicons took a fifth of a short note's run, and a note is in one language.
public struct LanguageProfile: Sendable {
    public let code: String
    /// ISO 15924 code of the language's script, as ICU names it ("Latn", "Cyrl").
    public let script: String
    public let stopWords: Set<String>
    /// Letters only this language of its script writes often ("äöüß"): they decide when stop words tie ("Anna: Zugang prüfen").
    public let letters: Set<Unicode.Scalar>
    public let months: [String: Int]
    /// The lexicon's "we" as an owner ("we", "wir", "мы").
    public let weOwner: String
    private let build: @Sendable () -> Lexicon

    init(code: String, script: String, stopWords: Set<String>, letters: String = "", months: [String: Int], weOwner: String,
         build: @escaping @Sendable () -> Lexicon) {
        self.code = code
        self.script = script
        self.stopWords = stopWords
        self.letters = Set(letters.unicodeScalars)
        self.months = months
        self.weOwner = weOwner
        self.build = build
    }

    /// The language's lexicon, built once on first use (each is a `static let`).
    public var lexicon: Lexicon { build() }
}
