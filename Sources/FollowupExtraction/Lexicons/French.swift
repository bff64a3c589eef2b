extension Lexicon {
    /// French (France, Belgium, Switzerland, Québec). Keys are NFKC_Casefold forms; accents stay, and
    /// ICU keeps an elided article with its word ("l'équipe", "d'ici", "s'occupe"): typographic
    /// apostrophes are folded to "'" before lookup.
    ///
    /// Commitments come as "va + infinitive" ("Marc va envoyer"), the future ("Marc enverra"), the
    /// present of notes ("Claire envoie le devis vendredi") and phrases ("se charge de", "s'occupe de").
    /// Infinitives end in -er and -ir (-re too many nouns share: "offre", "lettre"; those verbs are listed).
    /// "vendredi prochain" is the first Friday after the meeting (`.firstAfter`).
    public static let french: Lexicon = {
        var lexicon = Lexicon(
        code: "fr",
        icuLocale: "fr",
        script: "Latn",
        // Frequent in French, rare in Spanish, English and German.
        stopWords: frenchStopWords,
        weekdays: [
            "lundi": 1, "lun": 1, "mardi": 2, "mar": 2, "mercredi": 3, "mer": 3, "jeudi": 4, "jeu": 4,
            "vendredi": 5, "ven": 5, "samedi": 6, "sam": 6, "dimanche": 7, "dim": 7,
        ],
        months: frenchMonths,
        relativeDays: [
            "aujourd'hui": .offset(0), "ce soir": .offset(0), "cet après-midi": .offset(0), "ce matin": .offset(0),
            "dans la journée": .offset(0), "dans la soirée": .offset(0), "dans la matinée": .offset(0), "en fin de journée": .offset(0), "fin de journée": .offset(0),
            "ce jour": .offset(0), "le jour même": .offset(0), "dès aujourd'hui": .offset(0),
            "demain": .offset(1), "demain à la première heure": .offset(1), "demain matin": .offset(1), "demain soir": .offset(1), "demain midi": .offset(1),
            "demain après-midi": .offset(1), "après-demain": .offset(2), "après demain": .offset(2),
            "hier": .offset(-1), "hier soir": .offset(-1), "avant-hier": .offset(-2), "avant hier": .offset(-2),
            "le lendemain": .offset(1), "le surlendemain": .offset(2), "la veille": .offset(-1), "lendemain": .offset(1),
            "apres-demain": .offset(2), "apres demain": .offset(2), "cette nuit": .offset(0), "cette soirée": .offset(0),
            "cette soiree": .offset(0), "cet aprem": .offset(0), "cet apres-midi": .offset(0), "cet après midi": .offset(0),
            "aujourd'hui même": .offset(0), "aujourd'hui meme": .offset(0), "la semaine prochaine même": .nextWeek,
            "la fin de la journée": .offset(0), "la fin de la journee": .offset(0),
            "cette semaine": .endOfWeek, "fin de semaine": .endOfWeek, "la fin de la semaine": .endOfWeek,
            "fin de la semaine": .endOfWeek, "en fin de semaine": .endOfWeek, "fin de cette semaine": .endOfWeek,
            "fin de la semaine prochaine": .endOfNextWeek, "fin de semaine prochaine": .endOfNextWeek,
            "la fin de la semaine prochaine": .endOfNextWeek, "milieu de semaine prochaine": .midNextWeek,
            "milieu de la semaine prochaine": .midNextWeek, "le milieu de la semaine prochaine": .midNextWeek,
            "la semaine prochaine": .nextWeek, "semaine prochaine": .nextWeek, "la semaine suivante": .weekAfterThat, "la semaine d'après": .weekAfterThat,
            "début de semaine prochaine": .nextWeek, "début de la semaine prochaine": .nextWeek,
            "fin du mois": .endOfMonth, "fin de mois": .endOfMonth, "la fin du mois": .endOfMonth,
            "fin de ce mois": .endOfMonth, "ce mois-ci": .endOfMonth, "fin du mois en cours": .endOfMonth,
            "fin du mois prochain": .endOfNextMonth, "la fin du mois prochain": .endOfNextMonth, "mi-mois": .midMonth, "la mi-mois": .midMonth,
            "milieu du mois": .midMonth, "le milieu du mois": .midMonth, "mi-mois prochain": .midNextMonth, "milieu du mois prochain": .midNextMonth,
            "le mois prochain": .nextMonth, "mois prochain": .nextMonth, "début du mois prochain": .nextMonth,
            "le mois suivant": .nextMonth,
            "fin du trimestre": .endOfQuarter, "fin de trimestre": .endOfQuarter, "la fin du trimestre": .endOfQuarter,
            "fin d'année": .endOfYear, "fin de l'année": .endOfYear, "la fin de l'année": .endOfYear,
            "fin d'annee": .endOfYear,
        ],
        nextWords: ["prochain", "prochaine"],
        nextWeekdayMeaning: .firstAfter,
        nextWordsAfter: ["prochain", "prochaine", "suivant", "suivante"],
        lastWords: ["dernier", "dernière", "derniere"],
        pastMarkers: [
            "a", "ont", "avons", "avez", "ai", "as", "était", "étaient", "été", "hier", "déjà", "envoyé", "envoyée",
            "reçu", "reçue", "signé", "signée", "payé", "payée", "fait", "faite", "parlé", "dit", "discuté",
            "présenté", "validé", "validée", "terminé", "terminée", "fini", "finie", "partagé", "rencontré",
            "appelé", "eu", "avait", "avaient", "il y a", "dernier", "dernière", "passé", "passée",
        ],
        inWords: ["dans", "en"],
        // "sous 3 jours", "d'ici 2 semaines", "dans un délai de 10 jours".
        withinWords: ["sous", "d'ici", "délai"],
        durationUnits: [
            "jour": .days(1), "jours": .days(1), "j": .days(1), "semaine": .days(7), "semaines": .days(7),
            "quinzaine": .days(14), "mois": .months(1), "an": .months(12), "ans": .months(12), "année": .months(12),
            "années": .months(12), "trimestre": .months(3), "trimestres": .months(3),
            // "dans 5 minutes", "dans 2 heures" ("à 16 heures" stays a clock time).
            "minute": .seconds(60), "minutes": .seconds(60), "min": .seconds(60), "heure": .seconds(3_600), "heures": .seconds(3_600),
            "seconde": .seconds(1), "secondes": .seconds(1),
        ],
        durationDirections: ["plus tard": 1, "après": 1, "à partir d'aujourd'hui": 1],
        amountRoles: [
            "compromis": "agreed", "on a atterri à": "agreed",
            "refuse": "rejected", "refusent": "rejected", "refusés": "rejected", "refusées": "rejected", "rejeté": "rejected", "rejetée": "rejected", "rejetons": "rejected", "rejette": "rejected",
            "litige": "background", "provisionner": "background", "contentieux": "background",
            "objectif": "budget", "cible": "budget",
            "→ non": "rejected", "→ refusé": "rejected", "a demandé": "requested", "ai demandé": "requested", "demandé": "requested", "mentionné": "background", "ai mentionné": "background",
            "paie": "background", "payez": "background", "consommé": "background", "consommés": "background", "dépensé": "background",
            "dépensés": "background", "prévus": "budget", "prévu": "budget",
            "autre société": "background", "la concurrence": "background", "concurrent": "background",
            "plus que prévu": "rejected", "au-dessus du budget": "rejected", "trop cher": "rejected", "trop": "rejected",
            "refusé": "rejected", "refusée": "rejected", "refusons": "rejected", "écarté": "rejected",
            "au lieu de": "rejected", "au lieu des": "rejected", "au lieu du": "rejected", "plutôt que": "rejected", "estimation": "budget", "estimé": "budget",
            "environ": "budget", "budget": "budget", "maximum": "budget", "au maximum": "budget", "plafond": "budget",
            "enveloppe": "budget", "payons": "background", "payions": "background", "actuellement": "background",
            "actuel": "background", "actuelle": "background", "jusqu'ici": "background", "l'an dernier": "background",
            "l'année dernière": "background", "chiffre d'affaires": "background", "ca": "background",
            "perdu": "background", "perte": "background", "déjà": "background",
            "convenu": "agreed", "convenue": "agreed", "validé": "agreed", "validée": "agreed", "accepté": "agreed",
            "acceptée": "agreed", "acceptons": "agreed", "signé": "agreed", "approuvé": "agreed", "décidé": "agreed",
            "retenu": "agreed", "retenue": "agreed", "on part sur": "agreed", "d'accord sur": "agreed",
            "demande": "requested", "demandent": "requested", "souhaite": "requested", "souhaitent": "requested",
            "veut": "requested", "veulent": "requested", "exige": "requested", "exigent": "requested",
            "propose": "offered", "proposent": "offered", "proposons": "offered", "offre": "offered",
            "devis": "offered", "coûte": "offered", "coûtent": "offered", "coûterait": "offered", "prix": "offered",
            "tarif": "offered",
            "pas validé": "rejected", "non validé": "rejected", "pas accepté": "rejected", "non retenu": "rejected", "pas retenu": "rejected",
            "voté": "agreed", "votée": "agreed", "votés": "agreed", "votées": "agreed", "adopté": "agreed", "adoptée": "agreed",
        ],
        contrastWords: ["mais", "alors que", "tandis que", "pourtant", "cependant"],
        anchorDirections: ["après": 1, "avant": -1],
        businessWords: ["ouvrés", "ouvrables", "ouvré", "ouvrable"],
        numberWords: [
            "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
            "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
            "trente": 30, "quarante": 40, "cinquante": 50,
        ],
        ordinalSuffixes: ["er", "re", "e", "ème", "eme", "è"],
        deadlineWords: [
            "d'ici", "avant", "avant le", "d'ici le", "au plus tard", "au plus tard le", "pour", "pour le", "pr", "pr le", "au + tard", "au + tard le",
            "jusqu'au", "jusqu'à", "échéance", "deadline", "date limite", "dernier délai", "sous", "avant la",
        ],
        dayFirst: true,
        amWords: ["am", "a.m", "a.m."],
        pmWords: ["pm", "p.m", "p.m."],
        namedTimes: ["midi": (12, 0), "minuit": (0, 0)],
        atWords: ["à", "a", "vers", "dès"],
        morningWords: ["matin"],
        eveningWords: ["soir", "l'après-midi", "après-midi"],
        currencies: [
            "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "k€": "EUR", "$": "USD", "us$": "USD", "usd": "USD",
            "dollar": "USD", "dollars": "USD", "chf": "CHF", "francs": "CHF", "franc": "CHF", "£": "GBP", "gbp": "GBP",
            "livres": "GBP", "livre": "GBP", "cad": "CAD", "$ca": "CAD", "ca$": "CAD", "c$": "CAD", "xof": "XOF",
            "fcfa": "XOF", "mad": "MAD", "dirhams": "MAD", "dh": "MAD", "tnd": "TND", "dinars": "TND", "jpy": "JPY",
            "yens": "JPY", "¥": "JPY", "cny": "CNY", "yuans": "CNY", "rub": "RUB", "roubles": "RUB", "₽": "RUB",
            "d'euros": "EUR", "d'euro": "EUR", "hkd": "HKD", "aud": "AUD", "inr": "INR", "roupies": "INR",
        ],
        magnitudes: [
            "k": 1e3, "mille": 1e3, "milliers": 1e3, "million": 1e6, "millions": 1e6, "m": 1e6, "mio": 1e6,
            "md": 1e9, "mds": 1e9, "milliard": 1e9, "milliards": 1e9, "cent": 1e2,
        ],
        periods: [
            "jalons": "one-time", "à la signature": "one-time",
            // A credit note is paid once.
            "un avoir": "one-time", "l'avoir": "one-time", "geste commercial": "one-time", "avenant": "one-time",
            // A rate per hour, per event or per unit: no period of the contract, and no question about one.
            "de l'heure": "rate", "par heure": "rate", "l'heure": "rate", "/heure": "rate", "/ heure": "rate", "/h": "rate", "une seule fois": "one-time", "pour l'ensemble": "one-time", "par événement": "rate", "par intervention": "rate", "par visite": "rate", "par carton": "rate", "le carton": "rate", "par unité": "rate", "l'unité": "rate", "par boîte": "rate", "le kilo": "rate",
            "par mois": "month", "mensuel": "month", "mensuels": "month", "mensuelle": "month", "mensuelles": "month",
            "/mois": "month", "/ mois": "month", "chaque mois": "month", "mensuellement": "month", "le mois": "month",
            "par trimestre": "quarter", "trimestriel": "quarter", "trimestrielle": "quarter", "trimestriels": "quarter",
            "/trimestre": "quarter", "chaque trimestre": "quarter",
            "par an": "year", "par année": "year", "annuel": "year", "annuelle": "year", "annuels": "year",
            "annuelles": "year", "/an": "year", "/ an": "year", "chaque année": "year", "l'an": "year",
            "annuellement": "year", "pour l'année": "year", "sur l'année": "year", "pour toute l'année": "year",
            "par semaine": "week", "hebdomadaire": "week", "/semaine": "week", "chaque semaine": "week",
            "par jour": "day", "tjm": "day", "taux journalier": "day", "/jour": "day", "/ jour": "day", "journalier": "day", "par journée": "day", "/j": "day",
            "en une fois": "one-time", "en une seule fois": "one-time", "unique": "one-time", "ponctuel": "one-time",
            "ponctuelle": "one-time", "forfaitaire": "one-time", "forfait": "one-time", "one-shot": "one-time", "one shot": "one-time", "de mise en œuvre": "one-time",
            "frais de mise en service": "one-time", "frais d'installation": "one-time", "acompte": "one-time",
            "au total": "one-time", "forfait unique": "one-time",
            "per month": "month", "a month": "month", "per year": "year", "a year": "year", "one-off": "one-time",
            "une fois": "one-time", "une fois par mois": "month", "une fois par an": "year", "une fois par trimestre": "quarter", "une fois par semaine": "week",
        ],
        moneyWords: [
            "budget", "prix", "coût", "coûts", "tarif", "tarifs", "montant", "somme", "facture", "offre", "devis",
            "remise", "rabais", "salaire", "honoraires", "paiement", "acompte", "loyer", "licence", "licences",
            "investissement", "dépense", "dépenses", "total", "valeur", "commission", "prime", "financement",
            "enveloppe", "chiffre", "payer", "coûte", "vaut", "forfait",
        ],
        decimalComma: true,
        firstPerson: ["je", "j'"],
        firstPersonPlural: ["nous", "on"],
        secondPerson: ["tu", "vous"],
        weOwner: "nous",
        commitmentMarkers: ["doit", "doivent", "devra", "devront"],
        commitmentPhrases: [
            "va", "vont", "doit", "doivent", "se charge de", "se chargent de", "se chargera de", "s'occupe de",
            "s'occupent de", "s'occupera de", "s'engage à", "s'engagent à", "est chargé de", "est chargée de",
            "est responsable de", "sera responsable de", "prend en charge", "va se charger de", "va s'occuper de",
            "se charge", "s'occupe", "se chargera", "s'occupera", "s'engage",
            "devra", "devront", "a pour action de", "reste à",
        ],
        requestPhrases: [
            "tu peux", "peux-tu", "tu pourrais", "pourrais-tu", "vous pouvez", "pouvez-vous", "vous pourriez",
            "pourriez-vous", "merci de", "merci d'", "est-ce que tu peux", "est-ce que vous pouvez",
            "s'il te plaît", "s'il vous plaît", "je te laisse", "je vous laisse", "il faudrait que tu",
            "il faudrait que vous", "j'aurais besoin que tu", "n'oublie pas de", "pense à", "pensez à",
        ],
        selfCommitmentPhrases: [
            "je vais", "je m'occupe de", "je me charge de", "je m'engage à", "je peux", "je te", "je vous",
            "laisse-moi", "laissez-moi", "je m'en charge", "j'envoie", "j'enverrai", "je prépare", "je préparerai",
            "je regarde", "je reviens vers", "je fais", "je ferai", "je relance", "je relancerai", "je mets",
            "je lui", "je leur", "je le", "je la", "je les", "je m'occupe", "je me charge",
            "je t'envoie", "je t'enverrai", "je t'écris", "je t'appelle", "je t'appellerai",
        ],
        taskVerbs: [
            "envoyer", "renvoyer", "transmettre", "faire suivre", "relire", "vérifier", "préparer", "mettre",
            "actualiser", "confirmer", "appeler", "rappeler", "contacter", "relancer", "planifier", "programmer",
            "organiser", "coordonner", "réserver", "acheter", "payer", "régler", "signer", "rédiger", "écrire",
            "partager", "publier", "lancer", "terminer", "finaliser", "clôturer", "négocier", "chiffrer", "calculer",
            "analyser", "évaluer", "valider", "approuver", "tester", "corriger", "réparer", "résoudre", "configurer",
            "installer", "migrer", "documenter", "rechercher", "demander", "solliciter", "gérer", "livrer",
            "présenter", "concevoir", "définir", "élaborer", "créer", "faire", "monter", "chercher", "recruter",
            "convoquer", "inviter", "prévenir", "informer", "communiquer", "notifier", "ajouter",
            "ajuster", "modifier", "changer", "compléter", "remplir", "facturer", "encaisser", "virer", "renouveler",
            "annuler", "déplacer", "traduire", "résumer", "proposer", "obtenir", "récupérer", "imprimer",
            "prioriser", "estimer", "mesurer", "revoir", "mettre à jour", "étudier", "caler", "fixer", "prendre",
            "remettre", "soumettre", "produire", "fournir", "rendre", "joindre", "rejoindre",
            "lire", "reprendre", "faire le point", "s'occuper", "se charger", "occuper", "charger",
            "comparer", "déposer", "télécharger", "former", "briefer", "débriefer", "réunir", "consolider",
            "s'occupe", "s'occupent", "s'occupera", "charge",
            // Imperatives that open a note or a request ("Envoie le devis", "Merci de vérifier").
            "envoie", "envoyez", "vérifie", "vérifiez", "prépare", "préparez", "confirme", "confirmez", "appelle",
            "appelez", "relance", "relancez", "transmets", "transmettez",
        ],
        firstPersonFutureVerbs: [
            "enverrai", "transmettrai", "relirai", "vérifierai", "préparerai", "mettrai", "confirmerai", "appellerai",
            "rappellerai", "contacterai", "relancerai", "planifierai", "organiserai", "réserverai", "paierai",
            "signerai", "rédigerai", "écrirai", "partagerai", "publierai", "lancerai", "terminerai", "finaliserai",
            "négocierai", "chiffrerai", "calculerai", "analyserai", "validerai", "testerai", "corrigerai",
            "installerai", "documenterai", "demanderai", "gérerai", "livrerai", "présenterai", "définirai",
            "créerai", "ferai", "chercherai", "préviendrai", "informerai", "ajouterai", "modifierai", "compléterai",
            "facturerai", "proposerai", "récupérerai", "reviendrai", "regarderai", "fournirai", "remettrai",
            "j'enverrai", "j'appellerai", "j'organiserai", "j'envoie", "j'appelle", "j'organise", "j'ajoute",
            "j'écris", "j'informe", "j'invite", "j'installe", "t'envoie", "t'enverrai", "t'écris", "t'appelle", "t'appellerai",
            "enverrons", "préparerons", "confirmerons", "organiserons", "ferons", "présenterons", "signerons",
            "validerons", "lancerons", "publierons", "reviendrons",
        ],
        thirdPersonFutureVerbs: [
            "enverra", "transmettra", "relira", "vérifiera", "préparera", "mettra", "confirmera", "appellera",
            "rappellera", "contactera", "relancera", "planifiera", "organisera", "réservera", "paiera", "signera",
            "rédigera", "écrira", "partagera", "publiera", "lancera", "terminera", "finalisera", "négociera",
            "chiffrera", "calculera", "analysera", "validera", "testera", "corrigera", "installera", "documentera",
            "demandera", "gérera", "livrera", "présentera", "définira", "créera", "fera", "cherchera",
            "préviendra", "informera", "ajoutera", "modifiera", "complétera", "facturera", "proposera",
            "récupérera", "reviendra", "regardera", "fournira", "remettra",
            "enverront", "prépareront", "feront", "présenteront", "confirmeront", "livreront",
            // Present tense in notes: "Claire envoie le devis vendredi".
            "envoie", "transmet", "prépare", "vérifie", "confirme", "appelle", "rappelle", "contacte", "relance",
            "organise", "réserve", "rédige", "partage", "finalise", "chiffre", "valide", "met", "fait",
            "planifie", "présente", "livre", "fournit", "remet", "gère", "cale", "fixe", "corrige", "fais", "mets",
            "transmets", "prends", "écris", "rédige", "regarde", "occupe", "reviens", "lance", "termine", "renégocie",
            "négocie", "mette", "fasse", "prenne", "rappelle", "récupère", "contacte", "vérifie", "réserve", "met",
            // After "tu": "Anne, tu m'envoies le détail ?"
            "envoies", "m'envoies", "nous envoies", "prépares", "relances", "regardes", "vérifies", "t'occupes",
            "me prépares", "nous prépares", "m'appelles", "rappelles", "transmets", "m'envoie",
        ],
        teamNouns: [
            "juridique", "finance", "finances", "achats", "commercial", "marketing", "support", "rh", "dsi",
            "direction", "comptabilité", "produit", "technique", "logistique", "équipe", "fournisseur", "client",
            "agence", "l'équipe", "prestataire",
        ],
        infinitiveSuffixes: ["er", "ir"],
        // Future forms after a known person or team ("Marc enverra", "le juridique validera").
        // and the present of notes ("Laurent renégocie le contrat d'ici le 18").
        finiteVerbSuffixes: ["ra", "ront", "e"],
        imperativeSuffixes: [],
        verbMayComeLate: false,
        nonTaskVerbs: [
            "est", "sont", "était", "a", "ont", "avait", "dit", "pense", "croit", "explique", "mentionne", "raconte",
            "montre", "vient", "reste", "manque", "coûte", "dure", "attend", "sait", "connaît", "comprend", "voit",
            "veut", "préfère", "souhaite", "reçoit", "semble", "trouve", "répond", "indique", "suggère", "demande",
            "dossier", "fichier", "calendrier", "premier", "dernier", "papier", "janvier", "février", "hier",
            "quartier", "chantier", "métier", "courrier", "cahier", "atelier", "entier", "particulier", "plaisir",
            "avenir", "désir", "loisir", "soir", "espoir", "devoir", "pouvoir", "savoir", "avoir", "être", "leur",
            "plutôt", "mieux", "sur", "pour", "par", "trimestriel", "super", "propose", "estime", "considère",
            "souligne", "remarque", "note", "précise", "aime", "adore", "déteste", "rappelle que", "signale",
            "juge", "trouve", "regrette", "confirme que",
        ],
        immediatePhrases: [
            "expliquez-nous", "racontez-nous", "explique-nous", "raconte-nous",
            "appelle au sujet", "présente nos excuses", "remercie",
            "partage mon écran", "je partage mon écran", "je vous montre", "je te montre", "je commence",
            "je résume", "je me présente", "je vous explique", "je t'explique", "je lance l'enregistrement",
            "je passe la parole", "je continue", "je note",
        ],
        immediateWords: ["maintenant", "tout de suite", "chat", "directement", "là"],
        hedges: [
            "peut-être", "éventuellement", "si", "pourrait", "pourrions", "on pourrait", "il faudrait voir",
            "je ne sais pas", "pas sûr", "pas sûre", "en théorie", "un jour", "idéalement", "serait", "seraient",
            "à voir", "potentiellement", "s'il le faut", "on pensait", "nous pensions", "je pensais",
        ],
        assignmentPhrases: ["responsable", "assigné à", "assignée à", "attribué à", "porteur", "pilote", "owner"],
        discussionWords: [
            "discuté", "avons discuté", "on a parlé", "échangé", "débattu", "reste ouvert", "à définir", "à discuter",
        ],
        fillers: [
            "euh", "heu", "hum", "bon", "ben", "bah", "donc", "alors", "voilà", "genre", "en fait", "du coup",
            "quoi", "ok", "okay", "d'accord", "oui", "ouais", "aussi", "bien", "juste", "vraiment",
        ],
        decisionPhrases: [
            "il a été décidé", "décidé", "décidons", "nous avons décidé", "on a décidé", "convenu", "nous avons convenu",
            "on a convenu", "validé", "validée", "validés", "on part sur", "nous partons sur", "retenu", "retenue",
            "approuvé", "approuvée", "accord", "décision", "acté", "actée", "arrêté", "on garde", "on reste sur",
            "nous retenons", "on retient", "adopté", "adoptée", "entériné", "on s'est mis d'accord sur", "mis d'accord sur",
            "nous nous sommes mis d'accord sur",
            "il est convenu", "est convenu", "on convient", "nous convenons", "il est décidé", "on valide", "nous validons",
        ],
        contactNouns: [
            "réunion", "rendez-vous", "rdv", "appel", "call", "point", "visio", "visioconférence", "entretien",
            "rencontre", "séance", "comité", "conseil d'administration", "assemblée générale", "copil", "meeting", "suivi", "échange", "atelier", "teams", "zoom",
            "point d'étape", "sync", "rétro", "rétrospective", "daily", "démo", "démonstration", "présentation", "visite", "inspection", "formation",
        ],
        contactVerbs: [
            "on se reparle", "on se revoit", "on se rappelle", "on se retrouve", "on se recale", "on se cale",
            "se reparler", "se revoir", "on fait le point", "nous nous reverrons", "nous nous retrouverons",
            "on se refait un point", "on se parle", "nous ferons le point", "on refait un point",
            "on se voit", "je vous rappelle", "je te rappelle", "on se voit pour", "je vous appelle", "on s'appelle", "nous vous appelons",
        ],
        contactNextWords: [
            "prochain", "prochaine", "suivant", "suivante", "nouveau", "nouvelle", "autre", "de suivi",
        ],
        affirmatives: [
            "oui", "d'accord", "ok", "okay", "pas de souci", "pas de problème", "bien sûr", "parfait", "entendu",
            "ça marche", "je m'en occupe", "c'est noté", "noté", "volontiers", "avec plaisir", "ça roule", "super",
        ],
        questionTemplates: [
            // French typography: a no-break space before "?" and ":" and inside « ».
            "amount-without-period": "Les {x} sont-ils à payer en une fois, ou par mois, par trimestre ou par an\u{00A0}?",
            "action-without-owner": "Qui se charge de\u{00A0}: {x}\u{00A0}?",
            "action-without-deadline": "Pour quand\u{00A0}: {x}\u{00A0}?",
            "two-way-date": "{x}\u{00A0}: s'agit-il du {a} ou du {b}\u{00A0}?",
            "deadline-in-past": "L'échéance de «\u{00A0}{x}\u{00A0}» est déjà passée\u{00A0}: quelle est la nouvelle date\u{00A0}?",
            "open-question": "{x}",
        ]
    )
        lexicon.words = frenchWords
        lexicon.vagueTimePhrases = ["un jour", "à un moment", "plus tard"]
        lexicon.openQuestionOpeners = [
            "question ouverte", "questions ouvertes", "point ouvert", "points ouverts", "à confirmer", "à clarifier",
            "à valider", "question :",
        ]
        lexicon.currencyPhrases = [
            "us $": "USD", "c $": "CAD", "$ c": "CAD", "$ ca": "CAD", "$ cad": "CAD", "$ hk": "HKD", "$ us": "USD",
            "$ usd": "USD", "dollars australiens": "AUD", "dollars canadiens": "CAD", "dollars américains": "USD",
            "roupies indiennes": "INR", "francs suisses": "CHF",
        ]
        lexicon.nounSuffixes = ["tion", "sion", "ment", "ité", "ure", "isme", "ance", "ence"]
        lexicon.firstPersonVerbSuffixes = ["rai"]
        lexicon.labelColon = "\u{00A0}: "
        lexicon.impersonalPhrases = ["il faut", "il faudra", "il faut que", "reste à", "il reste à", "il nous faut"]
        lexicon.firstPersonPluralSuffixes = ["rons", "ons"]
        lexicon.dayPartAfterHour = true
        lexicon.cardinalDays = true
        lexicon.nightWords = ["nuit"]
        lexicon.ordinalWords = [
            "premier": 1, "première": 1, "deuxième": 2, "second": 2, "seconde": 2, "troisième": 3, "quatrième": 4, "cinquième": 5,
        ]
        // "huit heures et demie", "neuf heures moins le quart": minutes after "et", before "moins".
        lexicon.clockFractions = ["quart": 15, "demie": 30, "demi": 30]
        lexicon.minutesToWords = ["moins"]
        lexicon.hourMinuteJoiners = ["et"]
        lexicon.dayPartDays = Lexicon.frenchDayParts
        lexicon.durationUnits.merge(["annee": .months(12), "annees": .months(12), "mins": .seconds(60)]) { kept, _ in kept }
        lexicon.verbForms = frenchVerbForms
        lexicon.elisionPrefixes = ["d'", "l'", "m'", "t'", "qu'", "n'"]
        lexicon.durationLeadIns = ["il y a": -1, "il ya": -1]
        lexicon.hourMarkers = ["heures", "heure", "h"]
        lexicon.lastWordsAfter = ["dernier", "dernière", "derniere"]
        lexicon.monthEndPhrases = ["fin", "fin de", "la fin de"]
        lexicon.monthMiddlePhrases = ["mi-", "mi", "la mi-", "milieu", "milieu de"]; lexicon.alternativeWords = ["ou"]
        lexicon.fusedDurationUnits = ["h": .seconds(3_600)]
        lexicon.fractionWords = ["demi": 0.5, "demie": 0.5, "quart de": 0.25]
        lexicon.holidays = Holiday.table(Lexicon.frenchHolidays)
        lexicon.holidayYearLinks = ["de", "en"]
        lexicon.apologyPhrases = ["je suis désolé", "je suis désolée", "nous sommes désolés", "toutes nos excuses", "je m'excuse", "nous nous excusons", "mes excuses", "je me suis excusé", "je me suis excusée"]; lexicon.initialOfferPhrases = ["proposition initiale", "offre initiale", "devis initial", "initialement", "prix catalogue", "première proposition", "première offre"]
        lexicon.addresseeReceives = ["vous recevrez", "tu recevras"]
        lexicon.shortForms = ["prochaine": ["proch."], "prochain": ["proch."], "semaine": ["sem."]]
        lexicon.inlineAbbreviations = ["env", "incl", "p.ex", "ex", "cf", "vs", "réf", "càd", "c.-à-d", "p", "m", "mme", "mlle", "me", "dr", "max", "tél", "resp", "hebdo", "mens", "approx", "dépt", "prév"]
        lexicon.meetingTalk = .french
        lexicon.internalMarkers = ["interne :", "interne:", "(interne", "nb interne", "note interne", "note perso", "note pour moi", "ne pas diffuser", "ne pas mentionner", "ne pas le mentionner", "ne pas la mentionner", "ne pas en parler", "ne pas communiquer", "ne pas transmettre", "confidentiel :", "(confidentiel", "ne pas l'évoquer", "ne pas évoquer", "ne pas l'annoncer", "ne pas annoncer", "pas pour le client", "on ne dit rien au client", "entre nous,", "(entre nous", "note privée", "privé :", "(privé", "on ne leur dit pas", "on ne leur dit rien", "on ne leur dit pas encore"]
        lexicon.recapNouns = ["compte rendu", "compte-rendu", "récap", "récapitulatif", "résumé", "cr", "follow-up", "follow up", "mail de suivi"]
        lexicon.statusLabels = ["hier", "fait", "bloquant", "bloquants", "blocages", "blocage"]
        lexicon.sums = .french
        lexicon.pointers = .french
        lexicon.hesitations = ["euh", "heu", "hum", "euhm"]
        lexicon.shorthand = ["ds": "dans", "pr": "pour", "qd": "quand", "rdv": "rendez-vous", "ac": "avec", "pb": "problème", "pbs": "problèmes", "dc": "donc"]
        lexicon.zoneNames = ["cet": "Europe/Paris", "cest": "Europe/Paris", "hne": "America/Toronto", "hae": "America/Toronto", "utc": "UTC", "gmt": "UTC"]
        lexicon.unitCurrencyWords = ["livre", "livres"]
        lexicon.greetingWords = ["bonjour", "salut", "bonsoir", "bienvenue"]
        lexicon.startWords = ["à partir du", "à partir de", "dès le", "dès", "depuis le", "à compter du"]
        return lexicon
    }()
}
