import FollowupExtraction
import FollowupTestSupport
import Testing

/// Classes the fourteenth reading (a recipient's review of twenty follow-ups) found, on text written for these tests.
@Suite struct FourteenthReadingTests {
    /// The record of notes holding `lines` under a heading, on 20 January 2027.
    static func notes(_ lines: String, _ language: String, heading: String = "Notes") throws -> ExtractionRecord {
        try extract(heading + "\n\n" + lines + "\n", date: "2027-01-20", language: language)
    }

    /// The record of a call in which `speakers.0` says `line` after both have said hello.
    static func call(_ line: String, _ language: String, speakers: (String, String) = ("Lena Park", "Raj Wolff")) throws -> ExtractionRecord {
        try extract(webVTT([(speaker: speakers.0, text: "Hello."), (speaker: speakers.1, text: "Hello."), (speaker: speakers.0, text: line)]),
                    date: "2027-01-20", language: language, file: "call.vtt")
    }

    /// "…и я прошу прощения от лица компании" was the sender's task: asking forgiveness, or understanding, asks for nothing.
    @Test("an apology, or saying one understands, is no task", arguments: [
        "И я прошу прощения от имени всей команды.",
        "Я понимаю, ситуация неприятная, и я прошу прощения за задержку.",
    ])
    func apologyIsNoTask(line: String) throws {
        let record = try Self.call(line, "ru", speakers: ("Ольга Рябова", "Игорь Белов"))
        #expect(record.actionItems.isEmpty, "\(record.actionItems.map(\.task))")
    }

    /// A decision keeps what was decided. "Budget Stelle: 60–65 T€ (freigegeben im Nov.)" was the decision "Im Nov.)":
    /// a marker followed only by when decides the words before it. "für alle gewerblichen und kaufm. MA" was cut at
    /// "kaufm" ("SL: schriftl. Vertragsangebot" made two tasks): a common abbreviation's dot ends no sentence.
    @Test("a decision keeps its words: before a marker followed only by a date, after an abbreviation's dot", arguments: [
        ("de", "- Budget Lager: 40–45 T€ (freigegeben im Okt.)", "40–45 T€ (freigegeben"),
        ("ru", "- Запуск нового склада утвердили на 14 сентября", "Запуск нового склада"),
        ("en", "- Launch of the new portal is set for Monday, March 8", "Launch of the new portal"),
        ("de", "- Beschluss: 4 % mehr Gehalt für alle gewerbl. Mitarbeitenden ab Juli", "gewerbl. Mitarbeitenden"),
        ("ru", "- Решили: уборка по 3 эт. и кухне ежедневно", "эт. и кухне"),
        ("en", "- Decision: ask the deal desk re. extra seats in Q3 at the same rate", "re. extra seats"),
    ])
    func decisionKeepsItsWords(language: String, line: String, decided: String) throws {
        let record = try Self.notes(line, language)
        #expect(record.decisions.map(\.text).contains { $0.contains(decided) }, "\(record.decisions.map(\.text))")
    }

    /// "Opened at list: $4,800/mo … + $6,000 one-time onboarding" was listed as agreed after the revised offer and
    /// the cut onboarding: a sum the meeting opened with gives way to a later one in its currency for the period.
    @Test("the offer a meeting opened with gives way to a later sum", arguments: [
        ("en", "- Opened at list: $5,200/mo + $4,000 one-time setup\n- Revised offer: $4,600/mo, setup cut to $2,000 one-time", [5200.0, 4000]),
        ("ru", "- Исходное КП: 210 000 руб./мес.\n- Итог: 190 000 руб./мес. при договоре на год", [210000.0]),
        ("fr", "- Proposition initiale : forfait 90 000 € HT\n- Accord sur 82 000 € HT pour deux sites", [90000.0]),
    ])
    func initialOfferGivesWay(language: String, lines: String, replaced: [Double]) throws {
        let record = try Self.notes(lines, language)
        #expect(record.amounts.filter { $0.superseded == true }.map(\.value) == replaced, "\(record.amounts.map { ($0.value, $0.superseded) })")
    }

    @Test("an opening offer nothing replaced still stands")
    func initialOfferAlone() throws {
        let record = try Self.notes("- Opened at list: $5,200/mo for 40 seats\n- Travel billed at cost", "en")
        #expect(record.amounts.allSatisfy { $0.superseded != true })
    }

    /// "Sind die 365 einmalig oder pro Monat…?" (from "Microsoft-365-Lizenzen"), "Is the 482 one-time…?" (from "PR
    /// #482"): a number that names something is no sum.
    @Test("a number in a name or after a number sign is no amount", arguments: [
        ("de", "- Die Office-365-Lizenzen kosten uns extra."),
        ("en", "- rate limiter PR #311 (Ana) open, needs review"),
    ])
    func namingNumber(language: String, line: String) throws {
        let record = try Self.notes(line, language)
        #expect(record.amounts.isEmpty, "\(record.amounts.map(\.text))")
    }

    /// "confirmar con dirección general, que eso lo llevan ellos…", "pedir al fotógrafo, pero las tengo", "einen Termin
    /// mit denen, wir brauchen ihre Logs von, sonst raten wir nur rum machen": the task ends where its clause does.
    @Test("a task ends before a reason, a 'but' or a new main clause", arguments: [
        ("es", "Javier, ¿puedes confirmar el presupuesto con dirección general, que eso lo llevan ellos?", "confirmar el presupuesto con dirección general"),
        ("es", "Javier, ¿puedes pedir las fotos al fotógrafo, pero sin prisa?", "pedir las fotos al fotógrafo"),
        ("de", "Und ich ruf bei Zahlwerk an und mach einen Termin mit denen, wir brauchen ihre Logs von Samstag.",
         "bei Zahlwerk anrufen und einen Termin mit denen machen"),
    ])
    func taskEndsWithItsClause(language: String, line: String, task: String) throws {
        let record = try Self.call(line, language, speakers: ("Lucía Berger", "Javier Vogt"))
        #expect(record.actionItems.map(\.task) == [task], "\(record.actionItems.map(\.task))")
    }

    /// "I will do: on a twelve-month agreement, …", "С моей стороны: дать, — двадцать пять процентов…": terms put on
    /// offer with "what I can do" are no task; a task after such a lead-in still is.
    @Test("what one can offer is no task", arguments: [
        ("en", "What I can do: on a two-year agreement, nineteen fifty a unit.", [String]()),
        ("ru", "Максимум, что я могу дать, — двадцать процентов на декабрьский счёт.", []),
        ("es", "Lo que puedo ofrecer es un diez por ciento en el primer pedido.", []),
        ("en", "Here's what we can do: I'll send the revised quote by Friday.", ["send the revised quote"]),
    ])
    func offerIsNoTask(language: String, line: String, tasks: [String]) throws {
        let record = try Self.call(line, language)
        #expect(record.actionItems.map(\.task) == tasks, "\(record.actionItems.map(\.task))")
    }

    /// "Meinerseits: Betriebsrat über informieren" (from "über 3,5 % informieren"), "mind. 2 Vergleichsangebote ein
    /// (Seitz + ein weiteres holen)": a percentage stays in a German task, and a closing bracket after the verb.
    @Test("a German task keeps its percentage and its closing bracket", arguments: [
        ("- Jana: den Personalrat über 2,5 % informieren", "den Personalrat über 2,5 % informieren"),
        ("- Jana holt drei Vergleichsangebote ein (Autohaus Kern + ein weiteres)", "drei Vergleichsangebote einholen (Autohaus Kern + ein weiteres)"),
    ])
    func germanTaskKeepsItsWords(line: String, task: String) throws {
        let record = try Self.notes("## Aufgaben\n" + line, "de", heading: "Notizen")
        #expect(record.actionItems.map(\.task) == [task], "\(record.actionItems.map(\.task))")
    }

    /// "Betriebsrat über 3,5 % informieren → vor Weihnachten, spätestens 18.12." was due on Christmas: of two deadlines
    /// said side by side the earlier is kept; a deadline of another clause is not one of them.
    @Test("of two deadlines side by side the earlier is kept; a bare day after a deadline phrase is one", arguments: [
        ("de", "- Jana: Personalrat informieren → vor Ostern, spätestens 19.03.", "2027-03-19"),
        ("en", "- Jana: send the floor plan by Friday, Monday at the latest", "2027-01-22"),
        ("en", "- Jana: send the floor plan by Monday and review the lease by Friday", "2027-01-25"),
        // "J'envoie le budget révisé d'ici le 16", "confirmar antes del veintiocho": a bare day after a deadline phrase.
        ("es", "- Jana: confirmar el presupuesto antes del 28", "2027-01-28"),
        ("fr", "- Jana : confirmer le budget avant le 28", "2027-01-28"),
    ])
    func earlierOfTwoDeadlines(language: String, line: String, due: String) throws {
        let record = try Self.notes(line, language)
        #expect(record.actionItems.first?.due?.date == due, "\(record.actionItems.map { ($0.task, $0.due?.date) })")
    }
}
