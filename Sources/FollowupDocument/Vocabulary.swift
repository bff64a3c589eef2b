import FollowupText

/// Words that mark a document's structure: attendee lines and section headings, in every
/// language followup reads. Matched on lowercased text with trailing ":" and markup removed.
enum Vocabulary {
    /// Who was not there ("Apologies:", "Отсутствовал:", "Entschuldigt:"): no participant, greeted by nobody.
    static let absenceLabels: Set<String> = [
        "apologies", "absent", "absentees", "regrets", "excused", "not present", "отсутствовал", "отсутствовала", "отсутствовали",
        "отсутствуют", "entschuldigt", "abwesend", "ausentes", "ausente", "excusados", "absents", "absent·e·s", "excusés",
    ]
    static let attendeeLabels: Set<String> = ourSideLabels.union([
        "attendees", "attendee", "participants", "participant", "present", "attendance", "in attendance", "panel", "interviewers",
        "people", "who", "members", "invitees", "speakers", "with", "call with", "meeting with",
        "участники", "присутствовали", "присутствуют", "присутствует", "участвовали", "кто", "были", "был", "была",
        "teilnehmer", "teilnehmende", "anwesend", "asistentes", "participantes", "presentes",
        "présents", "presents", "participants:", "dabei", "mit dabei", "anwesende", "teilnehmer:innen", "teilnehmerinnen",
        "asistieron", "convocados", "participan", "intervinientes", "assistants", "étaient présents", "invités", "présent·e·s",
        "en la llamada", "en la reunión", "sur l'appel", "am call", "im call", "sprecher", "sprecherinnen", "hablantes",
        "intervenants", "intervenantes", "ponentes",
        "team", "on the call", "on call", "ppl", "them", "contacts", "contacts on call", "contact", "to", "cc",
        "customer contacts", "client contacts", "guests", "panel",
        // "от них: Сергей Петров (закупки)", "côté client : Isabelle Lenoir": the other side's people.
        "their side", "from them", "от них", "с их стороны", "côté client", "chez eux", "por su parte", "por ellos",
        "auf ihrer seite", "von ihnen",
    ])

    /// Header fields naming who wrote the notes: "I" in the notes is this person.
    static let authorLabels: Set<String> = [
        "from", "author", "agent", "owner", "rep", "sales rep", "account owner", "notes by", "prepared by", "minutes by",
        "taken by", "scribe", "note taker", "notetaker", "host", "organizer", "organiser", "автор", "протокол вёл",
        "протокол вел", "составил", "составила", "protokoll", "protokollant", "protokollantin", "verfasser", "verfasst von",
        "redactado por", "acta por", "elaborado por", "redactora", "redactor", "rédigé par", "rédacteur", "rédactrice",
        "secrétaire de séance", "compte rendu par",
    ]

    /// Roles written after a name ("Judith Thorne (Chair)"): the notes may call the person by them.
    static let roles: Set<String> = [
        "chair", "chairperson", "chairman", "chairwoman", "secretary", "treasurer", "president", "vice chair", "host",
        "facilitator", "moderator", "scribe", "ceo", "cfo", "cto", "coo", "cmo", "cpo", "ciso", "vp", "pm", "po", "em",
        "tl", "lead", "director", "am", "csm", "ae", "sdr", "hr", "counsel", "председатель", "секретарь", "казначей",
        "директор", "руководитель",
    ]

    /// The last word of a job title ("Solutions Engineer", "IT Procurement Manager", "Directora de Proyecto" ends
    /// otherwise): a bracket of capitalized words ending in one is a role, not the person's name.
    static let jobTitleHeads: Set<String> = [
        "engineer", "manager", "director", "officer", "lead", "head", "consultant", "designer", "analyst", "specialist",
        "architect", "developer", "coordinator", "executive", "president", "partner", "counsel", "administrator", "assistant",
        "ingenieur", "ingenieurin", "leiter", "leiterin", "berater", "beraterin", "geschäftsführer", "geschäftsführerin",
        "ingeniero", "ingeniera", "gerente", "consultor", "consultora", "directeur", "directrice", "ingénieur", "ingénieure",
        "responsable", "consultante", "chef", "cheffe",
    ]

    /// Header fields naming one more person on the call (the first name in the value only).
    static let personLabels: Set<String> = ["caller", "customer", "client contact", "contact person", "interviewer", "candidate"]

    static let sectionHeadings: [(SectionKind, [String])] = [
        (.actionItems, [
            "action items", "action item", "actions", "action points", "ais", "a.i.s", "todo", "to do", "to-do", "todos",
            "tasks", "follow-ups", "follow ups", "followups", "follow-up items", "assignments", "owners",
            "задачи", "действия", "поручения", "кто что делает", "to-dos", "aufgaben", "maßnahmen",
            "tareas", "acciones", "actions à mener", "tâches", "pendientes", "compromisos", "tareas pendientes",
            "responsables", "à faire", "points d'action", "plan d'action", "suite à donner", "suites à donner", "todo-liste",
            "offene punkte und aufgaben", "aufgabenliste", "plan d'actions", "plan de acción", "plan de acciones", "action plan",
            "maßnahmenplan", "план действий",
        ]),
        (.nextSteps, [
            "next steps", "next step", "следующие шаги", "дальнейшие шаги", "nächste schritte", "próximos pasos", "prochaines étapes",
            "siguientes pasos", "próximo paso", "siguiente paso", "prochaine étape", "suite", "suites", "next actions",
            "pasos siguientes", "prochaines actions", "weitere schritte",
        ]),
        (.decisions, [
            "decisions", "decision", "decided", "agreed", "agreements", "outcomes", "resolutions", "key decisions",
            "решения", "решение", "договорились", "договоренности", "договорённости", "entscheidungen",
            "beschlüsse", "decisiones", "acuerdos", "décisions", "beschlossen", "ergebnisse", "vereinbarungen",
            "acuerdos alcanzados", "se acordó", "relevé de décisions", "décisions prises", "arbitrages",
            "what we agreed", "we agreed", "agreed items", "ce qu'on a acté", "ce que nous avons acté", "ce qui a été acté",
            "ce qui a été décidé", "ce qu'on a décidé", "acté", "lo que acordamos", "lo acordado", "acordado", "acordamos",
            "lo que se decidió", "was wir vereinbart haben", "vereinbart", "о чём договорились", "что решили",
        ]),
        (.questions, [
            "open questions", "questions", "open issues", "parking lot", "to clarify", "risks", "вопросы",
            "открытые вопросы", "offene fragen", "preguntas", "dudas", "preguntas abiertas", "temas abiertos", "offene punkte",
            "points ouverts", "points en suspens", "dudas abiertas", "pendiente por definir", "por definir", "por confirmar",
            "à clarifier", "à confirmer", "questions en suspens", "questions ouvertes", "open question", "открытый вопрос",
            "offene frage", "puntos abiertos", "cuestiones abiertas", "questions à trancher", "pregunta abierta", "pregunta", "duda", "question ouverte", "question", "point ouvert", "point en suspens",
            // "## Open:", "Still open", "Offen:": points the meeting left open, to be confirmed.
            "open", "still open", "open points", "unresolved", "not agreed yet", "not yet agreed",
            "открыто", "не решено", "нерешённые вопросы", "нерешенные вопросы", "offen", "noch offen", "ungeklärt", "klärungsbedarf",
            "abierto", "sin resolver", "sin acuerdo", "non tranché", "à trancher",
        ]),
        (.background, [
            "background", "context", "current state", "current situation", "status quo", "history", "контекст", "предыстория",
            "исходные данные", "текущая ситуация", "hintergrund", "ausgangslage", "kontext", "ist-stand", "antecedentes",
            "contexto", "contexte", "historique", "stand", "sachstand", "aktueller stand", "situación actual", "situación",
            "estado actual", "situation actuelle", "état des lieux", "point de situation",
        ]),
        (.agenda, ["agenda", "повестка", "повестка дня", "tagesordnung", "orden del día", "ordre du jour"]),
        (.summary, ["summary", "recap", "notes", "discussion", "резюме", "итог", "итоги", "обсуждение", "zusammenfassung", "resumen", "résumé"]),
    ]

    private static let sectionByHeading: [String: SectionKind] = {
        var table: [String: SectionKind] = [:]
        for (kind, words) in sectionHeadings {
            for word in words where table[word] == nil { table[word] = kind }
        }
        return table
    }()

    /// Headings are short: a long line is never one, and is not lower-cased to find out.
    /// - Parameter byPrefix: for a heading's own line (a Markdown heading, a label with nothing after its colon),
    ///   also the longest known heading the title begins with; a list item or a short line must match whole
    ///   ("1. Open a Jira ticket" is no questions heading).
    static func section(forHeading heading: String, byPrefix: Bool = false) -> SectionKind? {
        guard heading.utf8.count <= 60 else { return nil }
        let lowered = heading.lowercased().trimmingCharacters(in: " :*#_-—–.\t")
        let bare = withoutNumbering(lowered)
        if let kind = sectionByHeading[lowered] ?? sectionByHeading[bare] { return kind }
        // "вопросы (открыто)", "Action items (owner / due)": a heading with a remark in brackets after it.
        if bare.hasSuffix(")"), let open = bare.lastIndex(of: "("), open > bare.startIndex,
            let kind = sectionByHeading[String(bare[..<open]).trimmingCharacters(in: " :*#_-—–.\t")]
        {
            return kind
        }
        guard byPrefix else { return nil }
        // "Dudas pendientes", "Open questions for legal", "Acuerdos comerciales": the longest known heading the
        // title begins with, as whole words.
        let words = bare.split(separator: " ")
        for count in stride(from: words.count - 1, through: 1, by: -1) {
            if let kind = sectionByHeading[words.prefix(count).joined(separator: " ")] { return kind }
        }
        return nil
    }

    /// "2. décisions", "iv) next steps", "a. acuerdos": a heading without its number.
    static func withoutNumbering(_ heading: String) -> String {
        guard let space = heading.firstIndex(of: " ") else { return heading }
        let number = heading[..<space]
        guard let last = number.last, ".)".contains(last) else { return heading }
        let body = number.dropLast()
        let numeral = !body.isEmpty && (body.allSatisfy(\.isNumber) || body.count <= 4 && body.allSatisfy { "ivxl".contains($0) }
            || body.count == 1 && body.allSatisfy(\.isLetter))
        return numeral ? String(heading[space...]).trimmingCharacters(in: " :*#_-—–.\t") : heading
    }

    /// Labels before ":" that name a field, not a person ("Date: ...", "Budget: ...").
    static let fieldLabels: Set<String> = [
        "date", "time", "when", "where", "location", "subject", "title", "meeting", "topic", "re", "note", "notes",
        "agenda", "budget", "price", "cost", "total", "decision", "decisions", "action", "actions", "next", "next steps",
        "next call", "next meeting", "follow-up", "follow up", "status", "summary", "goal", "goals", "context",
        "background", "customer", "client", "company", "account", "deal", "project", "timeline", "deadline", "risk",
        "risks", "question", "questions", "q", "a", "pricing", "terms", "payment", "fyi", "update", "updates", "owner",
        "дата", "время", "тема", "место", "бюджет", "решение", "итог", "клиент", "проект", "срок", "вопрос", "задача",
        "datum", "zeit", "ort", "thema", "fecha", "hora", "tema", "heure", "lieu", "sujet", "objet", "uhrzeit", "betreff",
        "presupuesto", "precio", "lugar", "asunto", "acuerdo", "decisión", "próxima reunión", "prix", "coût", "décision",
        "prochaine réunion", "prochain point", "nächster termin", "siguiente reunión", "próxima llamada", "siguiente llamada",
        "prochain rendez-vous", "prochain rdv", "prochain appel", "nächstes treffen", "nächster call", "nächstes meeting",
        "transkript", "aufgezeichnet", "aufnahme", "transcript", "recorded", "recording", "grabación", "grabado",
        "transcripción", "enregistré", "enregistrement", "transcription", "запись", "стенограмма", "entscheidung", "beschluss", "kosten", "preis", "stand",
    ]

    /// Headings that name the next meeting, whose date stands on the line under them ("## Próximo
    /// comité" / "Miércoles 14 de enero a las 9:00"): that line is read with the heading before it.
    static let nextContactHeadings: Set<String> = [
        "next call", "next meeting", "next sync", "next check-in", "follow-up call", "следующая встреча", "следующий созвон",
        "следующий звонок", "nächster termin", "nächstes treffen", "nächster call", "nächstes meeting", "nächste sitzung",
        "próxima reunión", "siguiente reunión", "próxima llamada", "siguiente llamada", "próximo comité", "siguiente junta",
        "próxima junta", "prochaine réunion", "prochain point", "prochain rendez-vous", "prochain rdv", "prochain appel",
        "prochain comité", "prochaine séance", "prochain codir", "prochain copil", "prochain comité de direction",
        "próximo comité de dirección", "next steering committee", "nächster lenkungsausschuss", "next standup", "next review", "next touchpoint", "следующий синк",
        "следующий стендап", "следующее совещание", "следующая планерка", "следующая планёрка", "nächster jour fixe",
        "nächstes gespräch", "próximo seguimiento", "próxima sesión", "prochain point d'étape", "prochaine visio",
        "следующее заседание", "следующая сессия", "next session", "next steerco", "next board meeting", "nächste besprechung",
        "nächster lenkungskreis", "prochaine session", "próxima junta directiva",
    ]

    /// Header words of a minutes table's columns (`| Owner | Action | Due |`), lowercased.
    static let tableOwnerHeaders: Set<String> = [
        "owner", "owners", "who", "responsible", "assignee", "assigned to", "person", "lead", "ответственный", "ответственные",
        "кто", "исполнитель", "владелец", "verantwortlich", "verantwortliche", "wer", "zuständig", "zuständigkeit",
        "responsable", "quién", "qui", "responsables", "encargado", "encargada", "porteur", "pilote", "verantwortlicher"
    ]
    static let tableActionHeaders: Set<String> = [
        "action", "actions", "action item", "action items", "task", "tasks", "item", "what", "todo", "to do", "to-do", "next step",
        "задача", "задачи", "что", "действие", "что сделать", "поручение", "aufgabe", "aufgaben", "was", "maßnahme",
        "acción", "tarea", "tâche", "action à mener", "acciones", "tareas", "tâches", "to-do", "aktion", "quoi", "qué", "que faire"
    ]
    static let tableDueHeaders: Set<String> = [
        "due", "due date", "deadline", "when", "by", "by when", "date", "target date", "eta", "срок", "сроки", "когда", "дата",
        "до", "frist", "bis", "fällig", "termin", "wann", "fecha", "plazo", "échéance", "date limite", "fecha límite",
        "para cuándo", "cuándo", "quand", "délai", "deadline", "bis wann", "erledigt bis", "zieldatum", "fällig am", "due by",
        "к какому сроку", "до когда", "fecha de entrega", "pour quand", "d'ici quand", "date cible",
    ]
    /// A table cell that names no one and no date.
    static let emptyCells: Set<String> = [
        "", "-", "—", "–", "tbd", "tba", "n/a", "?", "???", "none", "нет", "offen", "tbc", "pendiente", "por definir", "à définir",
        "à déterminer", "à confirmer", "nadie", "personne", "keiner", "niemand", "no date", "no due date", "without date", "ohne datum",
        "ohne termin", "sin fecha", "sans date", "без срока", "без даты", "не определён", "не определен",
    ]

    /// Phrases of a heading whose section is the sender's own ("### Interne – ne pas diffuser", "## Internal
    /// notes", "Solo para nosotros"), in every supported language; not "internal" alone ("## Internal rollout").
    static let privateHeadingWords: [String] = [
        "internal notes", "internal note", "internal only", "note to self", "notes to self", "nts", "not for the client",
        "not for the group", "not for the team", "do not share", "confidential",
        "notes internes", "note interne", "remarques internes", "ne pas diffuser", "pas pour le client", "confidentiel",
        "notas internas", "nota interna", "solo interno", "no comunicar", "no compartir", "solo para nosotros", "confidencial",
        "interne notizen", "nur intern", "nicht weitergeben", "vertraulich", "внутренние заметки", "не для клиента",
        "конфиденциально", "do not forward", "not to be shared", "ne pas transmettre", "no reenviar", "weitergeben",
        "не пересылать", "nicht ans protokoll", "nicht fürs protokoll", "для себя", "off the record",
        // "INTERNAL – delete before sending:", "RH internal — delete before circulating": the sender is to take it out.
        "delete before", "remove before", "before sending", "before circulating", "vor dem versand", "vor versand löschen",
        "перед отправкой", "antes de enviar", "avant envoi", "avant l'envoi",
        // "**Только для внутреннего пользования, не пересылать!**", "For internal use only".
        "internal use", "для внутреннего пользования", "uso interno", "usage interne", "interner gebrauch", "internen gebrauch",
    ]

    /// A line over the sender's own block: "Remarques internes (ne pas diffuser) :", "*Intern – NICHT ans Protokoll:*",
    /// "---- not for Raj ----", "**Internal use only, do not forward!**" (a whole line in bold or italics).
    static func opensPrivateBlock(_ line: String, emphasized: Bool = false) -> Bool {
        let bare = line.trimmingCharacters(in: " \t*_")
        let ruled = bare.hasPrefix("---") || bare.hasPrefix("===")
        guard bare.hasSuffix(":") || ruled || emphasized && isPrivateHeading(bare) else { return false }
        // Over a block only: "not for Raj", "НЕ для ПакТеха" (a label saying "not for" may still be a field's).
        let words = bare.lowercased().split(whereSeparator: { !$0.isLetter })
        // "intern (nicht an SWL):", "Internal:": the block's label says so in its first word.
        return isPrivateHeading(bare) || words.first.map { privateBlockFirstWords.contains(String($0)) } == true
            || zip(words, words.dropFirst()).contains { privateBlockOpeners.contains($0 + " " + $1) }
    }

    static let privateBlockFirstWords: Set<String> = ["internal", "intern", "interne", "internes", "interno", "interna", "внутреннее", "внутренние"]

    /// A NOTE's first word that makes it a remark about the recording, not the meeting's name.
    static let recordingWords: Set<String> = [
        "recorded", "recording", "transcribed", "aufzeichnung", "aufgezeichnet", "aufnahme", "запись", "записано", "grabación", "grabado",
        "grabada", "enregistrement", "enregistré", "enregistrée", "transcription", "transcripción",
    ]

    static let privateBlockOpeners: Set<String> = ["not for", "nicht für", "nicht an", "не для", "pas pour", "no para", "non destiné"]

    /// Whether a heading keeps its section for the sender: one of `privateHeadingWords` as whole words.
    static func isPrivateHeading(_ heading: String) -> Bool {
        // Asked of every label on every line: words compared by their first word, no substring search.
        let words = heading.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" })
        for start in words.indices {
            guard let phrases = privateHeadingPhrases[String(words[start])] else { continue }
            if phrases.contains(where: { words[start...].starts(with: $0) }) { return true }
        }
        return false
    }

    /// `privateHeadingWords` as word lists by their first word.
    private static let privateHeadingPhrases: [String: [[Substring]]] = Dictionary(
        grouping: privateHeadingWords.map { $0.split(separator: " ") }.filter { !$0.isEmpty }, by: { String($0[0]) })

    /// "### Open", "### Erledigt": a heading that says where a task stands, not who owns it.
    static let statusHeadings: Set<String> = [
        "open", "closed", "done", "blocked", "backlog", "later", "todo", "to do", "wip", "pending", "in progress", "offen",
        "erledigt", "in arbeit", "en cours", "fait", "terminé", "à faire", "hecho", "pendiente", "en curso", "por hacer",
        "в работе", "сделано", "готово", "открыто",
    ]

    static let titleLabels: Set<String> = [
        "subject", "title", "meeting", "topic", "re", "тема", "встреча", "betreff", "thema", "asunto", "objet", "sujet", "transcript",
        "transkript", "transcripción", "transcription", "reunión", "réunion", "besprechung",
    ]
    /// Attendee labels for the writer's own side (attendee labels too).
    static let ourSideLabels: Set<String> = [
        "us", "our side", "from us", "от нас", "с нашей стороны", "de notre côté", "côté nous", "por nuestra parte",
        "por nosotros", "auf unserer seite", "von uns",
    ]

    /// "Jess Tan (our SE)", "Marc (notre juriste)": a bracketed note that puts someone on the writer's side.
    static let ourSideWords: Set<String> = ["our", "unser", "unsere", "unserer", "notre", "nos", "nuestro", "nuestra", "наш", "наша"]

    /// "(us)", "– por nuestra parte", "— от нас": a note after a name in an attendee list that puts it on the writer's
    /// side; the our-side labels and a few ways of saying it only after a name.
    static let ourSideNotes: Set<String> = ourSideLabels.union([
        "de nuestra parte", "on our side", "from our side", "de notre part", "unsererseits", "von unserer seite",
        // "Орлов Д. (технолог, мы)": "we" beside a name.
        "we", "nous", "nosotros", "wir", "мы",
    ])

    /// "from Halvorsen: Tom Berg", "от ТП — Дмитрий Белов": in an attendee list, the words that introduce the other
    /// side's organization before its people.
    static let otherSideLeadIns: [String] = [
        "from", "от", "со стороны", "von", "seitens", "de", "del", "de la", "côté", "chez", "por parte de",
    ]

    /// "me", "moi", "yo", "я": a to-do's label that names the notes' author.
    static let selfLabels: Set<String> = ["me", "i", "myself", "moi", "je", "yo", "mí", "я", "ich"]

    /// "Protokoll: Lieferantengespräch …", "Minutes: Q4 review": on the first line, the rest is the title.
    static let firstLineTitleLabels: Set<String> = [
        "protokoll", "minutes", "notes", "meeting notes", "call notes", "протокол", "заметки", "acta", "notas", "minuta",
        "compte rendu", "compte-rendu", "cr", "notizen",
    ]
    /// Words that name someone's role in a speaker label written with lower-case words ("Jefa de proyecto",
    /// "Chef de projet", "Head of sales"): such a label is a speaker's, "Pain point" is not.
    static let roleWords: Set<String> = [
        "manager", "lead", "head", "director", "designer", "engineer", "developer", "analyst", "expert", "specialist",
        "officer", "owner", "consultant", "coordinator", "representative", "chair", "host", "moderator", "facilitator",
        "jefe", "jefa", "directora", "responsable", "diseñador", "diseñadora", "analista", "desarrollador",
        "desarrolladora", "ingeniero", "ingeniera", "coordinador", "coordinadora", "moderador", "moderadora", "gerente",
        "chef", "cheffe", "directeur", "directrice", "concepteur", "conceptrice", "ingénieur", "ingénieure", "analyste",
        "développeur", "développeuse", "animateur", "animatrice", "chargé", "chargée",
        "leiter", "leiterin", "projektleiter", "projektleiterin", "entwickler", "entwicklerin", "designerin", "referent",
        "referentin", "moderatorin", "berater", "beraterin",
        "руководитель", "менеджер", "дизайнер", "разработчик", "аналитик", "инженер", "директор", "ведущий", "ведущая",
    ]
    /// "standup 03.12 mobile team", "созвон 4.12 с партнёром": a first line that opens (or ends) with the
    /// kind of meeting is its title, dates and all.
    static let meetingKindWords: Set<String> = [
        "standup", "stand-up", "sync", "meeting", "retro", "kickoff", "kick-off", "weekly", "daily", "1:1",
        "стендап", "созвон", "встреча", "планерка", "планёрка", "синк", "звонок", "совещание", "ретро", "протокол",
        "besprechung", "termin", "telefonat", "jour", "abstimmung", "protokoll", "reunión", "llamada", "comité", "acta",
        "réunion", "appel", "point", "visio", "compte-rendu",
    ]
}

extension String {
    /// Without the given characters at either end ("*Decisions:*" → "Decisions").
    public func trimmingCharacters(in set: String) -> String {
        // Most ends are a letter whose byte is not in `set`: the set is built only when needed.
        var characters: Set<Character>?
        // Only a Character with a Cyrillic scalar (U+0400...U+04FF) is equal to one that starts
        // with such a scalar (no other character decomposes to one): a set without Cyrillic
        // rules out Cyrillic ends by their lead byte, without hashing them.
        let cyrillicSet = set.utf8.contains { $0 >= 0xD0 && $0 <= 0xD3 }
        func isMember(_ character: Character) -> Bool {
            if let byte = character.byte, !set.containsByte(byte) { return false }
            if !cyrillicSet, let lead = character.utf8.first, lead >= 0xD0 && lead <= 0xD3 { return false }
            if characters == nil { characters = Set(set) }
            return characters!.contains(character)
        }
        var start = startIndex
        var end = endIndex
        while start < end, isMember(self[start]) { start = index(after: start) }
        while end > start, isMember(self[index(before: end)]) { end = index(before: end) }
        return String(self[start..<end])
    }
}
