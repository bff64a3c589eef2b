extension Lexicon {
    /// German. Keys are NFKC_Casefold forms: "ß" folds to "ss" ("schließen" → "schliessen"), umlauts stay.
    ///
    /// German puts the infinitive at the end of the clause after a modal ("Anna wird das Angebot
    /// schicken", "kannst du den Vertrag prüfen?"); the rules look for the verb right after the
    /// marker, so commitments are found through finite present-tense forms ("Anna schickt",
    /// "ich prüfe") and, for known people, the finite endings below ("Anna wird …" keeps "wird").
    /// "nächsten Freitag" is the first Friday after the meeting (`.firstAfter`).
    public static let german: Lexicon = {
        var lexicon = Lexicon(
        code: "de",
        icuLocale: "de",
        script: "Latn",
        // Words frequent in German and rare in English (no "in", "so", "also", "will", "was", "um").
        stopWords: germanStopWords,
        weekdays: [
            "montag": 1, "mo": 1, "montagmorgen": 1, "montagvormittag": 1, "montagmittag": 1, "montagnachmittag": 1,
            "montagabend": 1,
            "dienstag": 2, "di": 2, "dienstagmorgen": 2, "dienstagvormittag": 2, "dienstagmittag": 2,
            "dienstagnachmittag": 2, "dienstagabend": 2,
            "mittwoch": 3, "mi": 3, "mittwochmorgen": 3, "mittwochvormittag": 3, "mittwochmittag": 3,
            "mittwochnachmittag": 3, "mittwochabend": 3,
            "donnerstag": 4, "do": 4, "donnerstagmorgen": 4, "donnerstagvormittag": 4, "donnerstagmittag": 4,
            "donnerstagnachmittag": 4, "donnerstagabend": 4,
            // "Fr." is also "Frau" ("Fr. Müller"): `WordClass.ambiguousWeekday` lets it be Friday only after "bis", "am", ….
            "freitag": 5, "fr": 5, "freitagmorgen": 5, "freitagvormittag": 5, "freitagmittag": 5, "freitagnachmittag": 5,
            "freitagabend": 5,
            // "So" is the adverb "so": only the full word.
            "samstag": 6, "sonnabend": 6, "sa": 6,
            "sonntag": 7,
        ],
        months: germanMonths,
        relativeDays: [
            "direkt nach dem termin": .offset(0), "direkt nach dem call": .offset(0), "am selben tag": .offset(0),
            "heute": .offset(0), "heute noch": .offset(0), "noch heute": .offset(0), "heute abend": .offset(0),
            "heute nachmittag": .offset(0), "heute vormittag": .offset(0), "heute mittag": .offset(0),
            "heute morgen": .offset(0), "eod": .offset(0), "ende des tages": .offset(0), "tagesende": .offset(0),
            "feierabend": .offset(0), "dienstschluss": .offset(0),
            "morgen": .offset(1), "morgen früh": .offset(1), "morgen vormittag": .offset(1),
            "morgen nachmittag": .offset(1), "morgen mittag": .offset(1), "morgen abend": .offset(1),
            "übermorgen": .offset(2), "gestern": .offset(-1), "vorgestern": .offset(-2),
            "ende der woche": .endOfWeek, "ende dieser woche": .endOfWeek, "ende der laufenden woche": .endOfWeek,
            "diese woche": .endOfWeek, "dieser woche": .endOfWeek,
            "im laufe der woche": .endOfWeek, "eow": .endOfWeek,
            "ende nächster woche": .endOfNextWeek, "ende der nächsten woche": .endOfNextWeek,
            "ende kommender woche": .endOfNextWeek, "ende der kommenden woche": .endOfNextWeek, "mitte nächster woche": .midNextWeek,
            "mitte der nächsten woche": .midNextWeek, "mitte kommender woche": .midNextWeek, "mitte der kommenden woche": .midNextWeek,
            "nächste woche": .nextWeek, "die woche danach": .weekAfterThat, "die woche darauf": .weekAfterThat, "nächster woche": .nextWeek, "nächsten woche": .nextWeek,
            "kommende woche": .nextWeek, "kommender woche": .nextWeek, "kommenden woche": .nextWeek,
            "anfang nächster woche": .nextWeek, "anfang der nächsten woche": .nextWeek,
            "anfang kommender woche": .nextWeek, "folgewoche": .nextWeek, "der folgewoche": .nextWeek,
            "ende des monats": .endOfMonth, "ende dieses monats": .endOfMonth, "monatsende": .endOfMonth,
            "ende des laufenden monats": .endOfMonth, "monatsultimo": .endOfMonth, "ultimo": .endOfMonth,
            "eom": .endOfMonth,
            "ende nächsten monats": .endOfNextMonth, "ende des nächsten monats": .endOfNextMonth,
            "ende kommenden monats": .endOfNextMonth, "ende des kommenden monats": .endOfNextMonth, "mitte des monats": .midMonth, "mitte dieses monats": .midMonth, "monatsmitte": .midMonth, "mitte nächsten monats": .midNextMonth, "mitte des nächsten monats": .midNextMonth, "mitte kommenden monats": .midNextMonth,
            "nächsten monat": .nextMonth, "nächster monat": .nextMonth, "kommenden monat": .nextMonth,
            "anfang nächsten monats": .nextMonth, "anfang des nächsten monats": .nextMonth,
            "ende des quartals": .endOfQuarter, "ende dieses quartals": .endOfQuarter, "quartalsende": .endOfQuarter,
            "ende des laufenden quartals": .endOfQuarter, "eoq": .endOfQuarter,
            "ende des jahres": .endOfYear, "ende dieses jahres": .endOfYear, "jahresende": .endOfYear,
            "jahresultimo": .endOfYear, "eoy": .endOfYear,
        ],
        nextWords: ["nächsten", "nächste", "nächster", "nächstes", "kommenden", "kommende", "kommender", "kommendes"],
        nextWeekdayMeaning: .firstAfter,
        nextWordsAfter: [],
        lastWords: ["letzten", "letzte", "letzter", "letztes", "vergangenen", "vergangene", "vorigen", "vorige", "voriger", "voriges"],
        pastMarkers: [
            "hat", "haben", "hatte", "hatten", "hast", "habe", "wurde", "wurden", "war", "waren", "gestern", "vorgestern",
            "bereits", "geschickt", "gesendet", "zugeschickt", "geprüft",
            "besprochen", "getroffen", "unterschrieben", "gezahlt",
            "überwiesen", "beschlossen", "entschieden", "gemacht", "abgeschlossen", "gesagt",
            "erwähnt", "gefragt", "geliefert", "hochgeladen", "geteilt", "weitergeleitet", "gestartet",
            "angefangen", "gesprochen", "gemeldet", "vorgestellt", "geklärt", "gebucht",
            "vorbereitet", "abgestimmt", "freigegeben",
        ],
        inWords: ["in"],
        // "innerhalb von 3 Tagen": the rule reads the unit right after the within-word, so "von" stands in.
        withinWords: ["innerhalb", "binnen", "von"],
        durationUnits: [
            "tag": .days(1), "tage": .days(1), "tagen": .days(1), "tages": .days(1),
            "woche": .days(7), "wochen": .days(7), "wo": .days(7),
            "monat": .months(1), "monate": .months(1), "monaten": .months(1), "monats": .months(1),
            "jahr": .months(12), "jahre": .months(12), "jahren": .months(12),
            // German fuses "business" into the unit: "3 Werktagen" (`businessUnits`).
            "werktag": .days(1), "werktage": .days(1), "werktagen": .days(1), "arbeitstag": .days(1),
            "arbeitstage": .days(1), "arbeitstagen": .days(1), "geschäftstag": .days(1), "geschäftstage": .days(1),
            "geschäftstagen": .days(1),
            "stunde": .seconds(3_600), "stunden": .seconds(3_600), "std": .seconds(3_600),
            "minute": .seconds(60), "minuten": .seconds(60), "min": .seconds(60),
            "sekunde": .seconds(1), "sekunden": .seconds(1), "sek": .seconds(1),
        ],
        durationDirections: ["später": 1, "danach": 1],
        amountRoles: [
            "abgelehnte": "rejected", "abgelehnten": "rejected", "ablehnen": "rejected", "lehnen wir ab": "rejected",
            "ziel": "budget", "zielpreis": "budget", "rechtsstreit": "background", "streitwert": "background", "rückstellung": "background",
            "→ nein": "rejected", "→ abgelehnt": "rejected", "wollte": "requested", "wollten": "requested", "erwähnt": "background",
            "ausgegeben": "background", "verbraucht": "background",
            "anderen firma": "background", "anderes angebot": "background",
            "höher als erwartet": "rejected", "über unserem budget": "rejected", "zu viel": "rejected",
            "schätzung": "budget", "geschätzt": "budget", "rahmen": "budget",
            "zahlen": "background", "zahlt": "background", "kontostand": "background", "bereits": "background", "schon": "background",
            "derzeit": "background", "aktuell": "background", "im moment": "background", "momentan": "background", "bisher": "background", "bislang": "background",
            "letztes jahr": "background", "im letzten jahr": "background", "im vorjahr": "background",
            "umsatz": "background", "wettbewerber": "background", "konkurrenz": "background",
            "verloren": "background", "verlust": "background", "zahlen derzeit": "background", "früher": "background", "zu teuer": "rejected", "abgelehnt": "rejected",
            "lehnen ab": "rejected", "nicht in frage": "rejected", "statt": "rejected", "anstatt": "rejected",
            "vereinbart": "agreed", "beschlossen": "agreed", "freigegeben": "agreed", "genehmigt": "agreed",
            "zugestimmt": "agreed", "geeinigt": "agreed", "kompromiss": "agreed", "einigen uns": "agreed", "unterschrieben": "agreed",
            "bestätigt": "agreed", "festgelegt": "agreed", "entschieden": "agreed", "budget": "budget",
            "maximal": "budget", "höchstens": "budget", "obergrenze": "budget", "deckel": "budget",
            "eingeplant": "budget", "fordern": "requested", "fordert": "requested", "beantragt": "requested", "beantragen": "requested", "möchten": "requested",
            "wünschen": "requested", "wünscht": "requested", "verlangen": "requested", "verlangt": "requested",
            "erwarten": "requested", "erwartet": "requested", "angebot": "offered", "bietet": "offered",
            "bieten": "offered", "angeboten": "offered", "kostet": "offered", "kosten": "offered",
            "preis": "offered", "veranschlagt": "offered", "veranschlagen": "offered",
            "nicht genehmigt": "rejected", "nicht freigegeben": "rejected", "nicht bewilligt": "rejected", "nicht akzeptiert": "rejected", "vom tisch": "rejected",
        ],
        contrastWords: ["aber", "während", "jedoch", "sondern", "dagegen", "allerdings"],
        anchorDirections: ["nach": 1, "vor": -1],
        businessWords: [],
        numberWords: [
            "ein": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4,
            "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
            "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
            "zwanzig": 20, "dreissig": 30, "paar": 2,
        ],
        // German writes the day as "15." — ICU cuts the dot off; kept for a "15." that stays one token.
        ordinalSuffixes: ["."],
        deadlineWords: [
            "bis", "bis zum", "bis zur", "zum", "spätestens", "spätestens bis", "spätestens zum", "bis spätestens",
            "vor", "noch vor", "fällig", "fällig am", "frist", "deadline", "stichtag", "bis einschliesslich",
        ],
        dayFirst: true,
        amWords: [],
        pmWords: [],
        namedTimes: ["mittag": (12, 0), "mittags": (12, 0), "mitternacht": (0, 0), "mittagszeit": (12, 0)],
        atWords: ["um", "gegen", "ab"],
        morningWords: ["morgens", "vormittags", "früh", "früh morgens"],
        eveningWords: ["nachmittags", "abends"],
        currencies: [
            "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "$": "USD", "us$": "USD", "usd": "USD",
            "dollar": "USD", "us-dollar": "USD", "chf": "CHF", "franken": "CHF", "sfr": "CHF", "£": "GBP",
            "gbp": "GBP", "pfund": "GBP", "₽": "RUB", "rub": "RUB", "rubel": "RUB", "pln": "PLN", "zloty": "PLN",
            "czk": "CZK", "kronen": "CZK", "sek": "SEK", "dkk": "DKK", "nok": "NOK", "jpy": "JPY", "yen": "JPY",
            "¥": "JPY", "cny": "CNY", "yuan": "CNY", "huf": "HUF", "forint": "HUF",
        ],
        magnitudes: [
            "tsd": 1e3, "tausend": 1e3, "k": 1e3, "mio": 1e6, "million": 1e6, "millionen": 1e6,
            "mrd": 1e9, "milliarde": 1e9, "milliarden": 1e9, "hundert": 1e2,
        ],
        periods: [
            "meilensteine": "one-time", "bei unterzeichnung": "one-time",
            // A credit note is paid once.
            "gutschrift": "one-time", "eine gutschrift": "one-time",
            // A rate per hour, per event or per unit: no period of the contract, and no question about one.
            "pro stunde": "rate", "die stunde": "rate", "je stunde": "rate", "/std": "rate", "/stunde": "rate", "stündlich": "rate", "/h": "rate", "pro veranstaltung": "rate", "pro termin": "rate", "pro einsatz": "rate", "pro karton": "rate", "pro stück": "rate", "je stück": "rate", "pro kg": "rate",
            "pro monat": "month", "im monat": "month", "je monat": "month", "monatlich": "month",
            "monatliche": "month", "monatlichen": "month", "monatlicher": "month", "/monat": "month",
            "/ monat": "month", "/mon": "month", "pro mon": "month", "jeden monat": "month",
            "p.m": "month", "mtl": "month", "monatsmiete": "month", "monatsgebühr": "month", "monatspauschale": "month",
            "pro quartal": "quarter", "im quartal": "quarter", "je quartal": "quarter", "quartalsweise": "quarter",
            "vierteljährlich": "quarter", "vierteljährliche": "quarter", "/quartal": "quarter",
            "/ quartal": "quarter", "jedes quartal": "quarter", "fürs quartal": "quarter", "für das quartal": "quarter",
            "pro jahr": "year", "für das jahr": "year", "fürs jahr": "year", "im jahr": "year", "je jahr": "year", "jährlich": "year", "jährliche": "year",
            "jährlichen": "year", "jährlicher": "year", "/jahr": "year", "/ jahr": "year", "p.a": "year",
            "p. a": "year", "pa": "year", "per anno": "year", "jedes jahr": "year", "jahresgebühr": "year",
            "jahreslizenz": "year", "jahresbudget": "year", "jahresumsatz": "year", "jahresvolumen": "year",
            "pro woche": "week", "in der woche": "week", "wöchentlich": "week", "/woche": "week", "/ woche": "week",
            "pro tag": "day", "am tag": "day", "täglich": "day", "/tag": "day", "/ tag": "day", "tagessatz": "day",
            "einmalig": "one-time", "einmalige": "one-time", "einmaligen": "one-time", "einmaliger": "one-time",
            "einrichtungsgebühr": "one-time", "einrichtungspauschale": "one-time",
            "setup-gebühr": "one-time", "setupgebühr": "one-time", "setup": "one-time", "pauschal": "one-time",
            "im voraus": "one-time", "anzahlung": "one-time", "insgesamt": "one-time",
            "festpreis": "one-time", "implementierungsgebühr": "one-time", "aufnahmegebühr": "one-time",
        ],
        moneyWords: [
            "budget", "budgets", "preis", "preise", "preises", "kosten", "kostet", "gebühr", "gebühren", "betrag",
            "summe", "rechnung", "angebot", "rabatt", "nachlass", "gehalt", "honorar", "umsatz", "zahlung",
            "anzahlung", "miete", "lizenz", "lizenzen", "vertragswert", "volumen", "pauschale", "zahlen", "bezahlen",
            "zahlt", "investition", "ausgaben", "etat", "gesamt", "gesamtbetrag", "aufwand", "tagessatz",
            "stundensatz", "festpreis", "obergrenze", "deckel", "limit", "wert", "förderung", "finanzierung",
            "kaution", "vergütung", "provision", "bonus", "listenpreis", "netto", "brutto",
        ],
        decimalComma: true,
        firstPerson: ["ich"],
        firstPersonPlural: ["wir"],
        secondPerson: ["du", "ihr", "sie", "dir", "dich", "euch", "ihnen"],
        weOwner: "wir",
        commitmentMarkers: ["wird", "soll", "muss", "kann", "sollte", "werden", "sollen", "müssen", "möchte"],
        commitmentPhrases: [
            "kümmert sich um", "kümmert sich darum", "kümmern sich um", "ist zuständig für", "ist verantwortlich für",
            "sind zuständig für", "übernimmt", "übernehmen", "nimmt sich", "wird sich um", "hat zugesagt",
            "sagt zu", "wird sich darum kümmern", "soll sich um", "muss noch", "wird noch",
        ],
        requestPhrases: [
            "kannst du", "könntest du", "können sie", "könnten sie", "würdest du", "würden sie", "magst du",
            "kannst du bitte", "könntest du bitte", "können sie bitte", "könnten sie bitte", "bitte",
            "ich bräuchte", "wir bräuchten", "denk bitte daran", "denken sie bitte daran",
        ],
        selfCommitmentPhrases: [
            "ich werde", "ich kümmere mich", "ich kümmere mich um", "ich kümmere mich darum", "lass mich",
            "lassen sie mich", "ich übernehme", "übernehme ich", "ich mache", "mache ich", "ich kann", "ich schicke",
            "ich sende", "ich kläre", "ich prüfe", "ich nehme", "das übernehme ich", "das mache ich",
        ],
        taskVerbs: [
            "schicken", "senden", "versenden", "verschicken", "zuschicken", "rausschicken", "nachreichen", "prüfen",
            "überprüfen", "klären", "abklären", "vorbereiten", "erstellen", "aktualisieren", "planen", "organisieren",
            "buchen", "bestätigen", "kontaktieren", "anrufen", "informieren", "abstimmen", "freigeben",
            "unterschreiben", "unterzeichnen", "einholen", "anfragen", "nachfragen", "nachhaken", "nachfassen",
            "bestellen", "bezahlen", "überweisen", "zahlen", "hochladen", "teilen", "weiterleiten", "zusammenfassen",
            "schreiben", "entwerfen", "überarbeiten", "anpassen", "ändern", "korrigieren", "beheben", "testen",
            "einrichten", "installieren", "konfigurieren", "migrieren", "dokumentieren", "recherchieren",
            "analysieren", "bewerten", "auswerten", "berechnen", "kalkulieren", "schätzen", "verhandeln", "einladen",
            "terminieren", "koordinieren", "übernehmen", "liefern", "bereitstellen", "besorgen", "kaufen",
            "beauftragen", "einstellen", "durchsehen", "übersetzen", "erinnern", "einreichen", "ausfüllen",
            "anlegen", "erfassen", "eintragen", "sammeln", "zusammenstellen", "aufsetzen", "fertigstellen",
            "abschliessen", "starten", "veröffentlichen", "ausrollen", "deployen", "reparieren", "melden",
            "zurückmelden", "rückmelden", "beantworten", "aufbereiten", "ausarbeiten", "erarbeiten", "vorlegen",
            "einplanen", "reservieren", "absagen", "verschieben", "kündigen", "verlängern", "genehmigen",
            "freischalten", "holen", "machen", "erledigen", "kümmern", "anschauen", "ansehen", "checken", "mailen",
            "ermitteln", "herausfinden", "nachliefern", "ablegen", "archivieren", "priorisieren", "skizzieren",
            "schulen", "kommunizieren", "ankündigen", "mitteilen", "weitergeben", "übergeben", "verteilen", "sichern",
            "nachschauen", "finalisieren", "ergänzen", "überweisen", "stellen", "nachverhandeln", "einarbeiten",
            "aufsetzen", "vergleichen", "zusenden", "verifizieren", "validieren", "beantragen", "anstossen",
            // Imperatives that open a request or a note ("Schick mir bitte…", "Bitte prüfe…").
            "schick", "schicke", "sende", "prüf", "prüfe", "klär", "kläre", "bereite", "erstell", "erstelle",
            "ruf", "buch", "buche", "check", "mach", "melde", "frag", "frage", "denk", "denke", "gib", "leite",
        ],
        firstPersonFutureVerbs: [
            "schicke", "versende", "verschicke", "prüfe", "überprüfe", "kläre", "bereite", "erstelle", "aktualisiere",
            "plane", "organisiere", "buche", "bestätige", "kontaktiere", "rufe", "informiere", "stimme", "unterschreibe",
            "hole", "bestelle", "bezahle", "überweise", "lade", "leite", "schreibe", "entwerfe", "überarbeite",
            "korrigiere", "behebe", "teste", "richte", "installiere", "dokumentiere", "recherchiere", "analysiere",
            "berechne", "kalkuliere", "verhandle", "koordiniere", "übernehme", "liefere", "besorge", "beauftrage",
            "kümmere", "checke", "maile", "melde", "werde", "ergänze", "finalisiere",
            "reserviere", "verschiebe", "kündige", "verlängere", "sammle", "ermittle", "frage", "sende",
        ],
        thirdPersonFutureVerbs: [
            "schickt", "sendet", "versendet", "verschickt", "prüft", "überprüft", "klärt", "bereitet", "erstellt",
            "aktualisiert", "plant", "organisiert", "bucht", "bestätigt", "kontaktiert", "ruft", "unterschreibt",
            "holt", "bestellt", "bezahlt", "überweist", "zahlt", "lädt", "leitet", "schreibt", "entwirft",
            "überarbeitet", "ändert", "korrigiert", "behebt", "testet", "richtet", "installiert", "dokumentiert",
            "recherchiert", "analysiert", "berechnet", "kalkuliert", "verhandelt", "koordiniert", "übernimmt",
            "liefert", "besorgt", "kauft", "beauftragt", "kümmert", "erledigt", "checkt", "mailt", "meldet",
            "kommuniziert", "kündigt", "verlängert", "reserviert", "verschiebt", "sammelt", "ermittelt",
            "legt", "erfasst", "setzt", "schliesst", "startet", "veröffentlicht", "beantwortet",
            "erarbeitet", "finalisiert", "arbeitet", "holt",
        ],
        // German capitalizes every noun and puts the verb last in a to-do line: "Styleguide an die Agentur
        // schicken" would read "Agentur" as the subject of "schicken". Teams are found as capitalized subjects
        // of a finite verb instead ("Die Rechtsabteilung prüft …").
        teamNouns: [],
        // German nouns end in -en as often as infinitives do ("Kunden", "Unterlagen"): no open-class guessing.
        infinitiveSuffixes: [],
        // Finite endings after a known person, "wir" or a team: "Anna wird …", "Anna soll …", "Anna muss …" (the
        // modal stands in for the verb at the clause end). Not "-t": "Die Agentur veranschlagt" would commit.
        finiteVerbSuffixes: ["rd", "ll", "ss"],
        imperativeSuffixes: [],
        verbMayComeLate: true,
        nonTaskVerbs: [
            "ist", "sind", "war", "waren", "hat", "haben", "hatte", "hatten", "meint", "sagt", "findet", "glaubt",
            "denkt", "erklärt", "berichtet", "erwähnt", "erzählt", "zeigt", "kommt", "geht", "steht", "bleibt",
            "fehlt", "passt", "klappt", "dauert", "kostet", "läuft", "wartet", "erwartet", "hofft", "weiss", "kennt",
            "versteht", "sieht", "hört", "möchte", "mag", "will", "wünscht", "freut", "betont", "schlägt",
            "präsentiert", "informiert", "stellt", "fasst", "merkt", "weist", "antwortet", "bittet",
            "spricht", "redet", "lacht", "nickt", "liegt", "gilt", "reicht", "braucht", "benötigt", "bekommt",
            "erhält", "hält", "lässt", "nutzt", "sitzt", "ergänzt",
            "empfiehlt", "befürchtet", "bezweifelt", "vermutet", "heisst", "bedeutet", "vertritt",
            "nicht", "auch", "noch", "schon", "dass", "und", "oder", "aber", "selbst", "gerade", "bereits", "eigentlich",
        ],
        immediatePhrases: [
            "erzähl", "erzählen sie", "erklären sie", "schildern sie", "teile meinen bildschirm", "teile kurz meinen bildschirm", "teile den bildschirm", "teile mal meinen bildschirm",
            "zeige euch", "zeige ihnen", "zeig euch", "zeige kurz", "gehe kurz durch", "gehe das kurz durch",
            "fange an", "fange mal an", "fasse zusammen", "fasse kurz zusammen", "stelle mich vor", "stelle kurz vor",
            "erkläre", "erzähle", "übergebe an", "gebe ab", "gebe weiter", "mache weiter", "starte die aufnahme",
            "beende die aufnahme", "sage", "wiederhole", "antworte", "gehe durch", "mache es kurz", "halte es kurz",
            "schreibe mit", "protokolliere", "lese vor",
        ],
        immediateWords: ["jetzt", "gleich", "sofort", "chat", "direkt"],
        hedges: [
            "vielleicht", "eventuell", "evtl", "möglicherweise", "wenn", "falls", "ob", "gegebenenfalls", "ggf",
            "unter umständen", "wir könnten", "man könnte", "idealerweise", "irgendwann", "theoretisch",
            "hypothetisch", "wäre", "wären", "ich glaube wir", "wir dachten", "ich dachte", "weiss nicht", "nicht sicher", "überlegen",
            "überlegt", "müsste man", "sollte man", "bei bedarf", "würde", "würden", "könnte", "könnten",
        ],
        assignmentPhrases: [
            "zuständig", "verantwortlich", "owner", "zugewiesen an", "zugeordnet", "federführend", "verantwortung",
           
        ],
        discussionWords: [
            "besprochen", "diskutiert", "diskutieren", "unklar", "offen ist", "gesprochen über", "kurz über",
            "debattiert", "überlegt", "noch offen",
        ],
        fillers: [
            "äh", "ähm", "ehm", "öh", "hm", "hmm", "also", "halt", "quasi", "sozusagen", "eigentlich", "irgendwie",
            "ja", "mal", "eben", "genau", "okay", "ok", "naja", "na ja", "ne", "gell", "übrigens", "dann", "einfach",
            "kurz", "gerne", "gern", "bitte", "auch", "noch", "nochmal", "noch mal", "auf jeden fall", "sowieso", "wie gesagt",
        ],
        decisionPhrases: [
            "beschlossen", "vereinbart", "entschieden", "entscheidung", "wir nehmen", "einigung", "geeinigt",
            "wir haben uns geeinigt", "festgelegt", "freigegeben", "genehmigt", "abgestimmt", "beschluss",
            "zugestimmt", "wir gehen mit", "wir bleiben bei", "einig", "wir sind uns einig", "abgenommen",
            "es bleibt bei", "wir machen es", "wir entscheiden uns für", "fixiert", "verabschiedet",
            "wir vereinbaren", "vereinbaren wir", "wir beschließen", "wir einigen uns", "einigen uns",
        ],
        contactNouns: [
            "termin", "call", "telefonat", "besprechung", "meeting", "jour fixe", "jourfixe", "rücksprache",
            "gespräch", "treffen", "folgetermin", "videocall", "telko", "telefonkonferenz", "workshop", "review",
            "sync", "check-in", "austausch", "statusmeeting", "statustermin", "abstimmungstermin", "follow-up",
            "followup", "nachtermin", "webmeeting", "teams-call", "zoom-call", "telefontermin",
            "retro", "standup", "daily", "demo", "vorführung", "präsentation", "besichtigung", "begehung", "ortstermin", "vor-ort-termin", "besuch", "schulung", "vorstandssitzung", "aufsichtsratssitzung",
        ],
        contactVerbs: [
            "telefonieren", "sprechen uns", "wir sprechen uns", "hören uns", "wir hören uns", "treffen uns",
            "wir treffen uns", "sehen uns", "wir sehen uns", "setzen uns zusammen", "zusammensetzen",
            "stimmen uns ab", "melden uns", "telefonieren wir", "sprechen wir", "treffen wir", "hören wir uns",
            "sprechen wir uns", "sehen wir uns", "wiedersehen", "zusammentelefonieren",
            // The rule wants the contact verb first or after an English/Russian subject word: "Dann …" opens it.
            "dann sprechen wir uns", "dann telefonieren wir", "dann hören wir uns", "dann sehen wir uns",
            "dann treffen wir uns", "reden wir", "dann reden wir", "wir reden", "rufe sie", "rufe dich", "rufe euch", "ruft sie", "ruft dich", "ruft euch", "melde mich",
        ],
        contactNextWords: [
            "nächster", "nächste", "nächsten", "nächstes", "weiterer", "weiteren", "erneut", "wieder", "nochmal",
            "kommende", "kommenden", "folgetermin",
        ],
        affirmatives: [
            "ja", "klar", "okay", "ok", "gerne", "gern", "mach ich", "mache ich", "kein problem", "passt",
            "alles klar", "geht klar", "in ordnung", "machen wir", "wird gemacht", "genau", "sicher", "natürlich",
            "selbstverständlich", "übernehme ich", "jawohl", "klar doch", "wird erledigt", "erledige ich",
        ],
        questionTemplates: [
            "amount-without-period": "Sind die {x} einmalig oder pro Monat, Quartal oder Jahr?",
            "action-without-owner": "Wer übernimmt: {x}?",
            "action-without-deadline": "Bis wann: {x}?",
            "two-way-date": "Ist mit {x} der {a} oder der {b} gemeint?",
            "deadline-in-past": "Die Frist für „{x}“ ist bereits verstrichen: Was ist der neue Termin?",
            "open-question": "{x}",
        ]
    )
        lexicon.words = germanWords
        // Not "am": German "am Freitag" is no meridiem.
        lexicon.amWords.formUnion(["a.m", "a.m."])
        lexicon.pmWords.formUnion(["pm", "p.m", "p.m."])
        lexicon.vagueTimePhrases = ["irgendwann"]
        lexicon.lowercasesTaskStart = false
        lexicon.openQuestionOpeners = ["offene frage", "offene fragen", "offener punkt", "zu klären", "unklar", "frage :"]
        lexicon.currencyPhrases = [
            "us $": "USD", "kanadische dollar": "CAD", "kanadischen dollar": "CAD", "kanadischer dollar": "CAD",
            "australische dollar": "AUD", "australischen dollar": "AUD", "indische rupien": "INR", "indischen rupien": "INR",
            "kambodschanische riel": "KHR", "schweizer franken": "CHF", "britische pfund": "GBP", "britischen pfund": "GBP",
            "hongkong-dollar": "HKD", "japanische yen": "JPY", "chinesische yuan": "CNY",
        ]
        lexicon.nounSuffixes = ["ion", "ment", "ments", "ings"]
        lexicon.dayPartAfterHour = true
        lexicon.nightWords = ["nachts", "nacht"]
        lexicon.ordinalWords = germanOrdinals
        lexicon.morningWords.formUnion(["morgen", "vormittag"])
        lexicon.eveningWords.formUnion(["nachmittag", "abend"])
        lexicon.dayPartsAfterLeadInOnly = ["morgen"]
        lexicon.clockFractions = ["viertel": 15]
        lexicon.minutesPastWords = ["nach"]
        lexicon.minutesToWords = ["vor"]
        lexicon.halfBeforeHourWords = ["halb"]
        lexicon.dayPartDays = Lexicon.germanDayParts
        lexicon.verbForms = germanVerbForms
        lexicon.infinitiveLast = true
        lexicon.clauseFinalInfinitiveEndings = ["en", "ern", "eln"]
        lexicon.separableParticles = germanSeparableParticles
        lexicon.deadlineBeforeVerb = true
        lexicon.hourMarkers = ["uhr"]
        lexicon.businessUnits = [
            "werktag", "werktage", "werktagen", "arbeitstag", "arbeitstage", "arbeitstagen", "geschäftstag", "geschäftstage",
            "geschäftstagen",
        ]
        lexicon.monthEndPhrases = ["ende", "ende des"]; lexicon.monthMiddlePhrases = ["mitte"]; lexicon.alternativeWords = ["oder"]
        lexicon.durationLeadIns = ["vor": -1]
        lexicon.fusedDurationUnits = ["h": .seconds(3_600), "d": .days(1)]
        lexicon.fractionWords = ["anderthalb": 1.5, "eineinhalb": 1.5, "halbe": 0.5, "halben": 0.5, "viertel": 0.25, "dreiviertel": 0.75]
        lexicon.holidays = Holiday.table(Lexicon.germanHolidays)
        lexicon.holidayYearLinks = ["im", "in", "des", "jahr", "jahre", "jahres", "von"]
        lexicon.calendarWeekWords = ["kw"]
        lexicon.apologyPhrases = ["es tut mir leid", "es tut uns leid", "ich entschuldige mich", "wir entschuldigen uns", "entschuldige ich mich", "entschuldigen wir uns", "habe mich entschuldigt"]; lexicon.initialOfferPhrases = ["ursprüngliches angebot", "ursprünglich", "erstes angebot", "ausgangsangebot", "listenpreis", "anfangs"]
        lexicon.addresseeReceives = ["sie bekommen", "sie erhalten", "du bekommst", "du erhältst", "ihr bekommt", "ihr erhaltet"]
        lexicon.titleGreetingForms = ["fr": "Frau", "hr": "Herr", "hrn": "Herr", "herrn": "Herr", "frau": "Frau", "herr": "Herr"]
        lexicon.inlineAbbreviations = ["hr", "inkl", "exkl", "ca", "bzw", "wg", "ggü", "tel", "nr", "zzgl", "ggf", "evtl", "vgl", "bzgl", "gem", "lt", "abt", "z.b", "u.a", "d.h", "u.u", "i.d.r", "z", "u", "d", "max", "min", "mind", "std", "mio", "mrd", "tsd", "kaufm", "kfm", "schriftl", "mündl", "gewerbl", "techn", "monatl", "jährl", "tägl", "wöchentl", "voraussichtl", "ursprüngl", "stellv", "bspw", "sog", "insg", "allg", "ggfs", "zzt"]
        lexicon.meetingTalk = .german
        lexicon.internalMarkers = ["intern:", "(intern", "nur intern", "interne notiz", "notiz für mich", "nicht weitergeben", "nicht erwähnen", "vertraulich:", "(vertraulich", "nicht für den kunden", "nicht ansprechen", "private notiz", "privat:", "(privat", "sagen wir ihnen nicht", "sagen wir ihnen noch nicht", "sagen wir noch nicht"]
        lexicon.recapNouns = ["zusammenfassung", "protokoll", "recap", "follow-up-mail"]
        lexicon.statusLabels = ["gestern", "erledigt", "blocker", "blockiert", "hindernisse"]
        lexicon.sums = .german; lexicon.pointers = .german
        lexicon.hesitations = ["äh", "ähm", "äähm", "öh", "öhm", "hm"]; lexicon.capitalizesNouns = true
        lexicon.zoneNames = ["mez": "Europe/Berlin", "mesz": "Europe/Berlin", "cet": "Europe/Berlin", "cest": "Europe/Berlin", "utc": "UTC", "gmt": "UTC"]
        lexicon.unitCurrencyWords = ["pfund"]
        lexicon.greetingWords = ["hallo", "guten", "moin", "servus", "willkommen"]
        lexicon.startWords = ["ab", "ab dem", "ab den", "beginnend", "beginnend am", "seit"]
        return lexicon
    }()
}
