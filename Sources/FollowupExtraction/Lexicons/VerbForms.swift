/// Finite verb forms back to their infinitive, so a task reads as a to-do in every language
/// ("Frank schickt das Angebot" → "das Angebot schicken", "Marta enviará la propuesta" → "enviar la
/// propuesta"). Regular forms are generated from the infinitives and the language's endings;
/// irregular ones are listed beside them in the lexicon. Data, not grammar: the rules only look up.
public struct VerbForms: Sendable {
    /// The ending an infinitive class has ("en", "ar"), the endings added to the stem that is left
    /// ("e", "t"), and the endings added to the whole infinitive (the Spanish and French future).
    public struct Class: Sendable {
        public var ending: String
        public var stemEndings: [String]
        public var infinitiveEndings: [String]
        /// Removed from the infinitive before the future endings (French "-re": "mettre" → "mettr-a").
        public var futureDrop: String

        public init(ending: String, stemEndings: [String], infinitiveEndings: [String] = [], futureDrop: String = "") {
            self.ending = ending
            self.stemEndings = stemEndings
            self.infinitiveEndings = infinitiveEndings
            self.futureDrop = futureDrop
        }
    }

    /// Every finite form of `infinitives` in `classes` (the longest matching ending decides), then
    /// `irregular` on top. A form two infinitives share keeps the first.
    public static func table(
        _ infinitives: [String], classes: [Class], irregular: [String: String] = [:], includingInfinitives: Bool = false
    ) -> [String: String] {
        var forms: [String: String] = [:]
        // German "machen wir" inverts the plural, which is the infinitive itself.
        if includingInfinitives { for infinitive in infinitives { forms[infinitive] = infinitive } }
        let ordered = classes.sorted { $0.ending.count > $1.ending.count }
        for infinitive in infinitives {
            guard let verbClass = ordered.first(where: { infinitive.hasSuffix($0.ending) && infinitive.count > $0.ending.count + 1 }) else {
                continue
            }
            let stem = String(infinitive.dropLast(verbClass.ending.count))
            for ending in verbClass.stemEndings where forms[stem + ending] == nil { forms[stem + ending] = infinitive }
            let futureStem = String(infinitive.dropLast(verbClass.futureDrop.count))
            for ending in verbClass.infinitiveEndings where forms[futureStem + ending] == nil { forms[futureStem + ending] = infinitive }
        }
        for (form, infinitive) in irregular { forms[form] = infinitive }
        return forms
    }
}

extension Lexicon {
    /// "working" → "work", "evaluating" → "evaluat", "evaluate": the forms a progressive may come from, or nil
    /// when the word is no progressive (too short, or without the suffix: "ring", "thing").
    func progressiveStems(_ key: String) -> [String]? {
        guard key.count > 5, let suffix = progressiveSuffixes.first(where: { key.hasSuffix($0) }) else { return nil }
        let stem = String(key.dropLast(suffix.count))
        return progressiveStemEndings.map { stem + $0 }
    }
}
