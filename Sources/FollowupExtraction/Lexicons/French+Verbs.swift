extension Lexicon {
    /// French finite forms → infinitive: the present, the future and the subjunctive of the task
    /// verbs ("envoie", "enverra" → "envoyer"; "prépare", "préparera" → "préparer"), irregular ones listed.
    static let frenchVerbForms: [String: String] = VerbForms.table(
        [
            "préparer", "vérifier", "confirmer", "contacter", "relancer", "planifier", "programmer", "organiser",
            "coordonner", "réserver", "acheter", "payer", "régler", "signer", "rédiger", "partager", "publier", "lancer",
            "terminer", "finaliser", "clôturer", "négocier", "renégocier", "chiffrer", "calculer", "analyser", "évaluer",
            "valider", "approuver", "tester", "corriger", "réparer", "configurer", "installer", "migrer", "documenter",
            "rechercher", "demander", "solliciter", "gérer", "livrer", "présenter", "concevoir", "créer", "monter",
            "chercher", "recruter", "convoquer", "inviter", "informer", "communiquer", "notifier", "ajouter", "ajuster",
            "modifier", "changer", "compléter", "remplir", "facturer", "encaisser", "virer", "renouveler", "annuler",
            "déplacer", "résumer", "proposer", "récupérer", "imprimer", "prioriser", "estimer", "mesurer", "étudier",
            "caler", "fixer", "envoyer", "regarder", "occuper", "charger", "comparer", "déposer", "télécharger",
            "former", "briefer", "consolider", "actualiser", "mettre à jour", "transférer", "présenter", "passer",
            "noter", "contrôler", "auditer", "commander", "rencontrer", "clarifier", "chercher", "réviser", "relire",
            "fournir", "finir", "définir", "remplir", "choisir", "réunir", "établir", "saisir",
        ],
        classes: [
            VerbForms.Class(ending: "er", stemEndings: ["e", "es", "ons", "ez", "ent"], infinitiveEndings: ["a", "ai", "ont", "ons", "as", "ez"]),
            VerbForms.Class(ending: "ir", stemEndings: ["it", "is", "issons", "issent", "isse"], infinitiveEndings: ["a", "ai", "ont", "ons"]),
        ],
        irregular: [
            "envoie": "envoyer", "envoies": "envoyer", "envoient": "envoyer", "enverra": "envoyer", "enverrai": "envoyer",
            "enverront": "envoyer", "enverrons": "envoyer", "m'envoies": "envoyer", "m'envoie": "envoyer",
            "j'envoie": "envoyer", "j'enverrai": "envoyer", "t'envoie": "envoyer", "t'enverrai": "envoyer", "t'écris": "écrire",
            "t'appelle": "appeler", "t'appellerai": "appeler", "fait": "faire", "fais": "faire", "fera": "faire", "ferai": "faire",
            "feront": "faire", "ferons": "faire", "fasse": "faire", "met": "mettre", "mets": "mettre", "mettra": "mettre",
            "mettrai": "mettre", "mette": "mettre", "prend": "prendre", "prends": "prendre", "prendra": "prendre",
            "prendrai": "prendre", "prenne": "prendre", "transmet": "transmettre", "transmets": "transmettre",
            "transmettra": "transmettre", "transmettrai": "transmettre", "remet": "remettre", "remets": "remettre",
            "remettra": "remettre", "revient": "revenir", "reviens": "revenir", "reviendra": "revenir", "reviendrai": "revenir",
            "écrit": "écrire", "écris": "écrire", "écrira": "écrire", "écrirai": "écrire", "j'écris": "écrire",
            "lit": "lire", "lis": "lire", "lira": "lire", "relit": "relire", "relis": "relire", "relira": "relire",
            "rappelle": "rappeler", "rappellera": "rappeler", "rappellerai": "rappeler", "appelle": "appeler",
            "appellera": "appeler", "appellerai": "appeler", "j'appelle": "appeler", "j'appellerai": "appeler",
            "préviendra": "prévenir", "préviens": "prévenir", "prévient": "prévenir", "soumet": "soumettre",
            "soumettra": "soumettre", "produit": "produire", "produira": "produire", "traduit": "traduire",
            "traduira": "traduire", "j'organise": "organiser", "j'organiserai": "organiser", "j'ajoute": "ajouter",
            "j'informe": "informer", "j'invite": "inviter", "j'installe": "installer", "paie": "payer", "paiera": "payer",
            "paierai": "payer", "t'occupes": "occuper", "rédige": "rédiger", "rédigera": "rédiger", "gère": "gérer",
            "gérera": "gérer", "récupère": "récupérer", "complète": "compléter", "renouvelle": "renouveler",
            "s'occupe": "s'occuper", "s'occupera": "s'occuper", "s'occupent": "s'occuper", "m'occupe": "m'occuper",
        ]
    )
}
