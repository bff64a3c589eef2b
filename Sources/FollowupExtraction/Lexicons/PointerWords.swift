/// How a language points back to a thing it named a sentence before ("The deck is outdated. I'll update it"):
/// the pronouns a task may hold for it, and the words that open and close the noun phrase that named it. A
/// language without articles leaves `determiners` empty and its tasks keep their pronouns.
public struct PointerWords: Sendable {
    /// Pronouns that stand for a thing wherever they are in a task: "it", "them".
    public var pronouns: Set<String> = []
    /// Words that stand for a thing only with nothing but a particle after them ("send that over"); before a
    /// clause or a noun they are no pronoun ("confirm that Ann agrees", "send that deck").
    public var demonstratives: Set<String> = []
    /// Of `demonstratives`, those that on a call point at what is at hand or at what was just said ("we work together
    /// on this", "I'll put that in the SLA"), not at a thing named.
    public var deictic: Set<String> = []
    /// Object pronouns standing before the verb, outside the task's words ("Ana *lo* manda", "je *la* relis",
    /// "*l'*envoie"): what they stand for goes after the task's verb.
    public var clitics: Set<String> = []
    /// Words that open a noun phrase, and the form they take when it is named again ("an issue" → "the issue"); a
    /// word mapped to itself stays as written ("Ihre Vorlage").
    public var determiners: [String: String] = [:]
    /// The determiners a pronoun agrees with, where gender and case tell them apart ("die" → "die Vorlage", not "das
    /// Angebot"); a pronoun not listed points to any phrase.
    public var agreement: [String: Set<String>] = [:]
    /// Verbs and function words that end a noun phrase ("The deck *is* outdated", "the quote *for* Acme").
    public var phraseEnds: Set<String> = []
    /// Of `phraseEnds`, the verbs: a phrase opening its clause names a thing only when one of them follows it ("The
    /// client *wants* a discount" leaves "client wants" unsure, "The deck *is* outdated" names the deck).
    public var subjectVerbs: Set<String> = []
}

extension PointerWords {
    static let english = PointerWords(
        pronouns: ["it", "them"],
        demonstratives: ["that", "this", "these", "those"],
        deictic: ["that", "this", "these", "those"],
        determiners: [
            "the": "the", "a": "the", "an": "the", "this": "this", "these": "these", "those": "those",
            "our": "our", "their": "their",
        ],
        phraseEnds: [
            "and", "or", "but", "so", "to", "for", "of", "with", "from", "in", "on", "at", "by", "about", "into", "over", "as",
            "via", "than", "which", "who", "that", "where", "when", "if", "because", "i", "we", "you", "he", "she", "they",
            "it", "still", "also", "already", "now", "just", "again", "too", "yet",
        ],
        subjectVerbs: [
            "is", "are", "was", "were", "isn't", "aren't", "wasn't", "has", "have", "had", "hasn't", "will", "won't", "would",
            "can", "can't", "could", "should", "must", "might", "may", "needs", "need", "looks", "look", "seems", "seem",
            "got", "gets", "goes", "went", "came", "comes", "arrived", "landed", "expired", "expires", "broke", "breaks",
        ])

    static let german = PointerWords(
        demonstratives: ["die", "das", "den", "es"],
        deictic: ["das", "es"],
        determiners: [
            "die": "die", "das": "das", "den": "den", "eine": "die", "einen": "den", "diese": "diese", "dieses": "dieses",
            "diesen": "diesen", "ihre": "ihre", "ihren": "ihren", "unsere": "unsere", "unseren": "unseren",
        ],
        agreement: [
            "die": ["die", "eine", "diese", "ihre", "unsere"], "das": ["das", "dieses"], "es": ["das", "dieses"],
            "den": ["den", "einen", "diesen", "ihren", "unseren"],
        ],
        phraseEnds: [
            "und", "oder", "aber", "für", "mit", "von", "vom", "bei", "zu", "zum", "zur", "an", "am", "auf", "in", "im", "aus",
            "nach", "über", "bis", "als", "wie", "dass", "ob", "ich", "wir", "sie", "er", "es", "du", "ihr", "noch", "schon",
            "auch", "dann", "nicht", "bitte", "gern", "gerne",
        ],
        subjectVerbs: [
            "ist", "sind", "war", "waren", "hat", "haben", "habe", "hatte", "hatten", "wird", "werden", "muss", "müssen", "soll",
            "sollen", "kann", "können", "fehlt", "fehlen", "liegt", "liegen", "kommt", "kommen", "geht", "gehen", "braucht",
            "brauchen", "brauche", "schicke", "schick", "schicken", "sende", "senden",
        ])

    static let spanish = PointerWords(
        clitics: ["lo", "la", "los", "las"],
        determiners: [
            "el": "el", "la": "la", "los": "los", "las": "las", "un": "el", "una": "la", "unos": "los", "unas": "las", "del": "el",
            "este": "este", "esta": "esta", "estos": "estos", "estas": "estas", "nuestro": "nuestro", "nuestra": "nuestra",
            "nuestros": "nuestros", "nuestras": "nuestras",
        ],
        agreement: [
            "lo": ["el", "un", "del", "este", "nuestro"], "la": ["la", "una", "esta", "nuestra"],
            "los": ["los", "unos", "estos", "nuestros"], "las": ["las", "unas", "estas", "nuestras"],
        ],
        phraseEnds: [
            "y", "e", "o", "pero", "para", "por", "con", "a", "al", "en", "sobre", "que", "como", "si", "cuando", "ya", "también",
            "todavía", "aún", "no", "se", "le", "les", "lo", "yo", "él", "ella", "ellos", "nosotros", "usted", "ustedes",
        ],
        subjectVerbs: [
            "está", "están", "es", "son", "era", "fue", "estaba", "tiene", "tienen", "hay", "falta", "faltan", "queda", "quedan",
            "sigue", "siguen", "va", "van", "necesita", "necesitan", "debe", "deben", "puede", "pueden", "llegó", "vence",
        ])
    static let french = PointerWords(
        clitics: ["le", "la", "les", "l'"],
        determiners: [
            "le": "le", "la": "la", "les": "les", "l'": "l'", "un": "le", "une": "la", "des": "les", "du": "le", "ce": "ce",
            "cet": "cet", "cette": "cette", "ces": "ces", "notre": "notre", "nos": "nos",
        ],
        agreement: [
            "le": ["le", "un", "du", "ce", "cet", "notre", "l'"], "la": ["la", "une", "cette", "notre", "l'"],
            "les": ["les", "des", "ces", "nos"], "l'": ["le", "la", "l'", "un", "une", "du", "ce", "cet", "cette", "notre"],
        ],
        phraseEnds: [
            "et", "ou", "mais", "pour", "par", "avec", "à", "au", "aux", "en", "dans", "sur", "chez", "que", "qui", "comme", "si",
            "quand", "déjà", "aussi", "encore", "toujours", "ne", "pas", "il", "elle", "ils", "elles", "on", "je", "nous", "vous",
        ],
        subjectVerbs: [
            "est", "sont", "était", "a", "ont", "va", "vont", "doit", "doivent", "peut", "peuvent", "reste", "restent", "manque",
            "manquent", "semble", "arrive", "expire",
        ])
}
