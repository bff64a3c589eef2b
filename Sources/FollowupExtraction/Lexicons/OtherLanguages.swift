/// Languages followup has no rules for, only so it can say so: their frequent words (NFKC_Casefold)
/// and the scripts that have no lexicon at all. Data, like the lexicons; a language that gets rules
/// leaves this table.
public enum OtherLanguages {
    public struct Language: Sendable {
        public var code: String
        public var name: String
        public var script: String
        public var stopWords: Set<String>
    }

    public static let all: [Language] = [
        Language(code: "it", name: "Italian", script: "Latn", stopWords: [
            "il", "di", "che", "per", "non", "sono", "è", "della", "anche", "ci", "questo", "ho", "abbiamo", "domani",
            "settimana", "prossima", "grazie", "riunione", "entro", "venerdì", "lunedì", "gli", "nel", "alla", "delle",
            "dei", "fare", "essere", "siamo", "perché", "quindi", "allora", "anch'", "molto", "possiamo",
            "l'", "dell'", "all'", "nell'", "un'", "dall'", "sull'",
        ]),
        Language(code: "pt", name: "Portuguese", script: "Latn", stopWords: [
            "não", "você", "vocês", "nós", "obrigado", "obrigada", "amanhã", "também", "uma", "em", "do", "da", "na", "dos",
            "das", "é", "foi", "reunião", "até", "então", "isso", "está", "estão", "fazer", "vou", "sexta-feira",
            "segunda-feira", "semana", "próxima", "com", "mas",
        ]),
        Language(code: "nl", name: "Dutch", script: "Latn", stopWords: [
            "het", "een", "en", "van", "ik", "je", "dat", "niet", "voor", "met", "zijn", "maar", "ook", "wij", "morgen",
            "volgende", "week", "vergadering", "bedankt", "tot", "vrijdag", "maandag", "hebben", "wordt", "kunnen", "moet",
            "nog", "dan", "deze", "bij", "naar",
        ]),
        Language(code: "pl", name: "Polish", script: "Latn", stopWords: [
            "nie", "się", "że", "jest", "jak", "ale", "tak", "jutro", "tydzień", "spotkanie", "dziękuję", "piątek", "będzie",
            "przez", "dla", "już", "też", "może", "trzeba", "który", "która", "oraz", "jeszcze", "przyszłym", "poniedziałek",
        ]),
        Language(code: "sv", name: "Swedish", script: "Latn", stopWords: [
            "och", "att", "det", "som", "på", "är", "av", "för", "med", "till", "inte", "vi", "jag", "har", "om", "men",
            "kan", "imorgon", "nästa", "vecka", "möte", "tack", "fredag", "måndag", "ska", "också", "eller",
        ]),
        Language(code: "tr", name: "Turkish", script: "Latn", stopWords: [
            "ve", "bir", "bu", "için", "ile", "çok", "ama", "yarın", "hafta", "toplantı", "teşekkürler", "cuma", "pazartesi",
            "gelecek", "olarak", "sonra", "daha", "gibi", "kadar", "değil",
        ]),
        Language(code: "uk", name: "Ukrainian", script: "Cyrl", stopWords: [
            "і", "й", "що", "це", "та", "як", "ми", "для", "але", "він", "вона", "вони", "буде", "завтра", "тиждень",
            "наступного", "дякую", "зустріч", "також", "його", "її", "їх", "ще", "якщо", "треба", "потрібно", "має",
        ]),
    ]

    /// Languages of scripts no lexicon is written in, by ICU script code.
    public static let scriptLanguages: [String: String] = [
        "Grek": "Greek", "Arab": "Arabic", "Hebr": "Hebrew", "Hani": "Chinese", "Hira": "Japanese", "Kana": "Japanese",
        "Hang": "Korean", "Thai": "Thai", "Deva": "Hindi", "Armn": "Armenian", "Geor": "Georgian", "Beng": "Bengali",
        "Taml": "Tamil",
    ]
}
