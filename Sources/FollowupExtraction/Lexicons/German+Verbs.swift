extension Lexicon {
    /// German finite forms → infinitive: "schickt", "schicke" → "schicken"; separable verbs through
    /// their base ("bereitet … vor" → "bereiten" + "vor" → "vorbereiten").
    static let germanVerbForms: [String: String] = VerbForms.table(
        [
            "schicken", "senden", "versenden", "verschicken", "prüfen", "überprüfen", "klären", "bereiten", "erstellen",
            "aktualisieren", "planen", "organisieren", "buchen", "bestätigen", "kontaktieren", "informieren", "stimmen",
            "unterschreiben", "holen", "fragen", "haken", "fassen", "bestellen", "bezahlen", "überweisen", "zahlen",
            "teilen", "leiten", "schreiben", "entwerfen", "überarbeiten", "passen", "ändern", "korrigieren", "beheben",
            "testen", "richten", "installieren", "konfigurieren", "migrieren", "dokumentieren", "recherchieren",
            "analysieren", "bewerten", "werten", "berechnen", "kalkulieren", "schätzen", "verhandeln", "terminieren",
            "koordinieren", "liefern", "stellen", "besorgen", "kaufen", "beauftragen", "übersetzen", "erinnern",
            "reichen", "füllen", "legen", "fassen", "tragen", "sammeln", "setzen", "schliessen", "starten",
            "veröffentlichen", "rollen", "reparieren", "melden", "antworten", "beantworten", "arbeiten", "planen",
            "reservieren", "sagen", "schieben", "verschieben", "kündigen", "verlängern", "genehmigen", "schalten",
            "machen", "erledigen", "kümmern", "schauen", "checken", "mailen", "ermitteln", "finden", "archivieren",
            "priorisieren", "skizzieren", "schulen", "kommunizieren", "kündigen", "teilen", "verteilen", "sichern",
            "finalisieren", "ergänzen", "vergleichen", "verifizieren", "validieren", "beantragen", "stossen", "suchen",
            "führen", "durchführen", "laden", "rufen", "gleichen", "räumen", "drucken", "bringen", "zeigen", "üben",
            "prüfen", "testen", "einigen", "kontrollieren", "reduzieren", "präsentieren", "vorstellen", "begleiten",
            "übermitteln", "vermitteln", "vereinbaren", "verfassen", "formulieren", "aufbereiten", "strukturieren",
            "markieren", "buchen", "mieten", "anmieten", "decken", "klappen", "danken", "erstatten", "bauen", "kaufen",
            "kriegen",
        ],
        classes: [
            VerbForms.Class(ending: "ern", stemEndings: ["e", "t", "st", "n"]),
            VerbForms.Class(ending: "eln", stemEndings: ["e", "t", "st", "n"]),
            VerbForms.Class(ending: "en", stemEndings: ["e", "t", "st", "et", "est"]),
        ],
        irregular: [
            "nimmt": "nehmen", "nehme": "nehmen", "nimm": "nehmen", "übernimmt": "übernehmen", "übernehme": "übernehmen",
            "gibt": "geben", "gebe": "geben", "gib": "geben", "sieht": "sehen", "sehe": "sehen", "liest": "lesen",
            "lese": "lesen", "spricht": "sprechen", "spreche": "sprechen", "trifft": "treffen", "treffe": "treffen",
            "lädt": "laden", "lade": "laden", "hält": "halten", "halte": "halten", "schlägt": "schlagen",
            "schlage": "schlagen", "trägt": "tragen", "trage": "tragen", "tut": "tun", "tue": "tun", "fährt": "fahren",
            "fahre": "fahren", "lässt": "lassen", "lasse": "lassen", "entwirft": "entwerfen", "entwerfe": "entwerfen",
            "wirft": "werfen", "werfe": "werfen", "hilft": "helfen", "helfe": "helfen", "sammle": "sammeln",
            "verhandle": "verhandeln", "bringt": "bringen", "bringe": "bringen", "weiss": "wissen",
            "kümmere": "kümmern", "ändere": "ändern", "liefere": "liefern", "erinnere": "erinnern",
            "verlängere": "verlängern",
            // Imperatives without their "-e" ("Schick bitte …", "bitte buch …"); only these, since bare stems
            // are often nouns ("Plan", "Start").
            "schick": "schicken", "prüf": "prüfen", "klär": "klären", "erstell": "erstellen", "ruf": "rufen",
            "buch": "buchen", "check": "checken", "mach": "machen", "frag": "fragen", "stimm": "stimmen",
            "meld": "melden", "hol": "holen", "bestell": "bestellen", "kümmer": "kümmern", "schreib": "schreiben",
            "such": "suchen", "schau": "schauen", "krieg": "kriegen", "aktualisier": "aktualisieren", "organisier": "organisieren", "informier": "informieren",
        ],
        includingInfinitives: true
    )

    /// Particles of German separable verbs that stand at the clause end ("bereitet … vor").
    static let germanSeparableParticles: Set<String> = [
        "an", "ab", "auf", "aus", "ein", "mit", "vor", "zu", "zurück", "nach", "um", "weiter", "raus", "heraus", "durch",
        "fest", "zusammen", "bereit", "her", "hin", "los", "fertig", "frei", "hoch", "rein", "rüber",
    ]
}
