import FollowupExtraction
import FollowupTestSupport
import Testing

/// How people ask and promise in a call, beyond "X will …": German "du" with a finite verb,
/// imperatives, separable verbs, replies that take a task said before, and the same forms in
/// French and Spanish. Each case is a transcript line written for the form it tests.
@Suite("Request and commitment forms")
struct RequestFormsTests {
    static let thursday = "2026-12-03"

    /// A call (three timestamped turns make it a transcript): Andreas asks, Jonas answers.
    static func call(_ line: String, reply: String = "Ja, gut.") -> String {
        """
        Besprechung Einkauf
        Teilnehmer: Andreas Koch, Jonas Albrecht

        [00:00:01] Jonas Albrecht: Hallo zusammen.
        [00:00:05] Andreas Koch: \(line)
        [00:00:09] Jonas Albrecht: \(reply)

        """
    }

    @Test("German requests name the person asked and read the task as an infinitive", arguments: [
        ("Jonas, du stimmst bitte bis Freitag den Stellplan mit der Haustechnik ab.", "den Stellplan mit der Haustechnik abstimmen"),
        ("Jonas, schick bitte bis Freitag den Stellplan.", "den Stellplan schicken"),
        ("Jonas, bitte buch bis zum 4. Dezember den Messestand.", "den Messestand buchen"),
        ("Jonas, prüfen Sie das Angebot bis Freitag.", "das Angebot prüfen"),
        ("Jonas, du arbeitest bitte die Stellenbeschreibung bis Freitag um, die alte ist von 2019.", "die Stellenbeschreibung umarbeiten"),
    ])
    func germanRequests(line: String, task: String) throws {
        let record = try extract(Self.call(line), date: Self.thursday, language: "de")
        let item = try #require(record.actionItems.first, "\(line)")
        #expect(item.task == task)
        #expect(item.owner == "Jonas Albrecht")
        #expect(item.due != nil)
    }

    @Test("a polite German question to a named person is a request, not a hypothetical")
    func germanPoliteQuestion() throws {
        let record = try extract(Self.call("Jonas, könnten Sie die Agenturkosten klären?"), date: Self.thursday, language: "de")
        #expect(record.actionItems.map(\.task) == ["die Agenturkosten klären"])
        #expect(record.actionItems.first?.owner == "Jonas Albrecht")
    }

    @Test("a reason after a comma is no part of the task; a plural verb after 'wir' is not read as an infinitive")
    func germanSubordinateClause() throws {
        let record = try extract(
            Self.call("Und wir melden die beiden bis Ende des Monats bei der ÖGK an, damit das rechtzeitig durch ist."),
            date: Self.thursday, language: "de")
        #expect(record.actionItems.map(\.task) == ["die beiden bei der ÖGK anmelden"])
    }

    @Test("a task said with no date becomes one when a reply takes it ('Das mache ich')")
    func replyTakesAnUndatedTask() throws {
        let record = try extract(
            Self.call("Wir holen ein zweites Angebot ein.", reply: "Das mache ich, innerhalb von zwei Wochen."),
            date: Self.thursday, language: "de")
        let item = try #require(record.actionItems.first)
        #expect(item.task == "ein zweites Angebot einholen")
        #expect(item.owner == "Jonas Albrecht")
        #expect(item.due?.date == "2026-12-17")
    }

    @Test("without a reply, a team's undated plan stays no task")
    func undatedPlanWithoutTaker() throws {
        let record = try extract(Self.call("Wir holen ein zweites Angebot ein.", reply: "Gut, weiter."), date: Self.thursday, language: "de")
        #expect(record.actionItems.isEmpty)
    }

    @Test("what someone has already done is no task ('hat … verschickt')")
    func germanPast() throws {
        let record = try extract(
            Self.call("Jonas hat die Zielgruppenanalyse bereits letzte Woche verschickt."), date: Self.thursday, language: "de")
        #expect(record.actionItems.isEmpty)
    }

    @Test("French 'se charge de' and 's'occupe de' before an elided verb keep that verb")
    func frenchElidedVerbAfterPhrase() throws {
        let notes = "Notes\nParticipants : Claire Martin, Hugo Petit\n\n- Claire se charge d'adapter le contrat d'ici lundi.\n"
            + "- Hugo s'occupe de relancer le client d'ici mardi.\n"
        let record = try extract(notes, date: Self.thursday, language: "fr")
        #expect(record.actionItems.map(\.task) == ["adapter le contrat", "relancer le client"])
    }

    /// "- Nathalie, voir avec …" (a name, a comma and an infinitive); "- Ana (yo): enviar …" (a label with a bracket).
    @Test("the name before a task on a line of notes owns it", arguments: [
        ("Notes\nParticipants : Nathalie Perrin, Claire Martin\n\n- Nathalie, voir avec la communication interne pour le nom de l'intranet.\n",
         "fr", "Nathalie Perrin"),
        ("Notas\nAsistentes: Ana Ruiz, Nuria Gil\n\nTareas:\n- Ana (yo): enviar a Nuria la descripción de funciones mañana.\n", "es", "Ana Ruiz"),
    ])
    func nameBeforeTheTask(notes: String, language: String, owner: String) throws {
        let record = try extract(notes, date: Self.thursday, language: language)
        #expect(record.actionItems.first?.owner == owner)
    }

    @Test("a Spanish reply whose object is a pronoun gives the request its date ('te lo mando mañana')")
    func spanishReplyPointsBack() throws {
        let vtt = """
            WEBVTT

            00:00:01.000 --> 00:00:04.000
            <v Ana Ruiz>Marta, ¿puedes enviarme la propuesta técnica actualizada?

            00:00:05.000 --> 00:00:07.000
            <v Marta Gómez>Sí, te lo mando mañana a primera hora.

            """
        let record = try extract(vtt, date: Self.thursday, language: "es", file: "call.vtt")
        #expect(record.actionItems.count == 1)
        #expect(record.actionItems.first?.owner == "Marta Gómez")
        #expect(record.actionItems.first?.due?.date == "2026-12-04")
    }

    @Test("the author's own task is marked, owned by nobody named, and asks nobody who does it")
    func authorsOwnTask() throws {
        let notes = "Llamada con Levante\nFecha: 2 de diciembre de 2026\n\nTareas:\nYo me encargo de preparar el acceso a la demo.\n"
        let record = try extract(notes, date: "2026-12-02", language: "es")
        let item = try #require(record.actionItems.first)
        #expect(item.owner == nil)
        #expect(item.byAuthor == true)
        #expect(!record.questions.contains { $0.reason == "action-without-owner" })
    }

    @Test("one calendar unit either way from the meeting", arguments: [
        ("fr", "Le budget a été revu le mois dernier.", "2026-11-03"),
        ("fr", "On en reparle l'année prochaine.", "2027-12-03"),
        ("en", "Revenue grew last month.", "2026-11-03"),
        ("en", "We renew next year.", "2027-12-03"),
        ("de", "Das Budget steht für letztes Jahr fest.", "2025-12-03"),
    ])
    func relativeUnits(language: String, line: String, date: String) throws {
        let record = try extract("Notes\n\n" + line + "\n", date: Self.thursday, language: language)
        #expect(record.dates.map(\.date).contains(date), "\(record.dates.map(\.date))")
    }

    @Test("'at the last minute' names no date")
    func lastMinuteIsNoDate() throws {
        let record = try extract("Notes\n\nThey changed the venue at the last minute.\n", date: Self.thursday, language: "en")
        #expect(record.dates.isEmpty)
    }

    @Test("11/12/2026 said on 3 December is 11 December: the other reading is already past, so nothing is asked")
    func numericDateWithOnePastReading() throws {
        let record = try extract("Notas\n\n- Luis envía el desglose antes del 11/12/2026.\n", date: Self.thursday, language: "es")
        #expect(record.actionItems.first?.due?.date == "2026-12-11")
        #expect(!record.questions.contains { $0.reason == "two-way-date" })
    }

    @Test("an hourly rate and a sum whose period the notes give elsewhere are not asked about")
    func amountQuestions() throws {
        let notes = """
            Point fournisseur

            - Tarif d'entreposage : 1 800 € HT par mois.
            - Le tarif de 1 800 € inclut-il l'assurance ?
            - La migration est facturée 180 CHF de l'heure.
            - L'abonnement de 4 800 € HT est accepté.

            """
        let record = try extract(notes, date: Self.thursday, language: "fr")
        let asked = record.questions.filter { $0.reason == "amount-without-period" }
        #expect(asked.count == 1, "\(asked.map(\.text))")
        #expect(asked.first?.text.contains("4 800") == true)
        #expect(record.amounts.first { $0.value == 180 }?.period == nil)
    }

    @Test("a heading that names the next meeting gives the line under it its meaning")
    func nextMeetingHeading() throws {
        let notes = "# Acta del comité\n\n## Acuerdos\n\n- Se aprueba el plan.\n\n## Próximo comité\n\nMiércoles 13 de enero de 2027 a las 9:00 en la sala de juntas.\n"
        let record = try extract(notes, date: Self.thursday, language: "es", file: "acta.md")
        #expect(record.nextContact?.date == "2027-01-13")
        #expect(record.nextContact?.time == "09:00")
        // Set 32: a numbered heading ("## 6. Nächste Sitzung") gave its "6." to the German date under it as a day.
        let german = try extract("# Protokoll\n\n## 6. Nächste Sitzung\nMontag, 13.12.2027, 14:00 Uhr, Raum Elbe.\n",
                                 date: "2027-11-08", language: "de", file: "protokoll.md")
        #expect(german.nextContact?.date == "2027-12-13" && german.nextContact?.time == "14:00", "\(String(describing: german.nextContact))")
    }

    @Test("a nod after 'validé' decides nothing ('C'est validé pour moi')")
    func nodIsNoDecision() throws {
        let record = try extract("Notes\n\nC'est validé pour moi.\n", date: Self.thursday, language: "fr")
        #expect(record.decisions.isEmpty)
    }

    // Native readers' second round (issue 14).

    @Test("'$285,000 MXN anuales': the code after a shared symbol decides, and the period stays with its amount")
    func symbolThenCode() throws {
        let record = try extract("Notas\n\n- Bajamos la cotización a $285,000 MXN anuales (antes $310,000 MXN).\n", date: Self.thursday, language: "es")
        #expect(record.amounts.map(\.currency) == ["MXN", "MXN"])
        #expect(record.amounts.map(\.period) == ["year", nil])
    }

    @Test("two people named together own the task together")
    func twoOwners() throws {
        let notes = "Notas\nAsistentes: Pablo Herrero, Lucía Fernández\n\n- Pablo y Lucía cierran la fecha de la visita antes del viernes.\n"
        let record = try extract(notes, date: Self.thursday, language: "es")
        #expect(record.actionItems.first?.owner == "Pablo y Lucía")
        #expect(record.actionItems.first?.task == "cerrar la fecha de la visita")
    }

    @Test("what follows an open question without asking is said with it")
    func questionAndItsFollowUp() throws {
        let notes = "Notas\n\nPregunta abierta:\n- ¿Podemos integrarlo con su ERP sin coste adicional? Raúl lo consulta con el equipo técnico.\n"
        let record = try extract(notes, date: Self.thursday, language: "es")
        let open = record.questions.filter { $0.reason == "open-question" }.map(\.text)
        #expect(open == ["¿Podemos integrarlo con su ERP sin coste adicional? Raúl lo consulta con el equipo técnico."])
    }

    @Test("'au plus tard' is a deadline, not a vague 'later'; a second promise in the sentence ends the first task")
    func auPlusTard() throws {
        let srt = """
            1
            00:00:01,000 --> 00:00:04,000
            Olivier Faure : Est-ce qu'on peut avoir un contact direct ? Le support met trop de temps à répondre.

            2
            00:00:05,000 --> 00:00:08,000
            Claire Martin : Oui, je vous mets en place une ligne prioritaire et je vous envoie les coordonnées demain, au plus tard.

            3
            00:00:09,000 --> 00:00:10,000
            Olivier Faure : Parfait, merci.

            """
        let record = try extract(srt, date: Self.thursday, language: "fr", file: "appel.srt")
        #expect(record.actionItems.map(\.task) == ["mettre en place une ligne prioritaire"], "\(record.actionItems.map(\.task))")
        #expect(record.actionItems.first?.owner == "Claire Martin")
        #expect(record.actionItems.first?.due?.date == "2026-12-04")
    }

    @Test("of a span and a named day with its time, the next contact is the named one")
    func namedNextContactWins() throws {
        let record = try extract(
            "Notes\n\nOn se refait un point dans quinze jours, le jeudi 17 décembre à 16 h, pour faire le bilan.\n", date: Self.thursday,
            language: "fr")
        #expect(record.nextContact?.date == "2026-12-17")
        #expect(record.nextContact?.time == "16:00")
    }

    @Test("a rate per event is asked nothing")
    func perEventRate() throws {
        let record = try extract("Notas\n\n- Tarifa de limpieza: 1.500 MXN por evento.\n", date: Self.thursday, language: "es")
        #expect(!record.questionReasons.contains("amount-without-period"))
    }

    @Test("a task for the next meeting is due on the day the notes give that meeting")
    func dueAtTheNextMeeting() throws {
        let notes = "Acta\n\n- Luis presentará una previsión de tesorería en el próximo comité.\n\nPróximo comité: jueves 14 de enero a las 9:00.\n"
        let record = try extract(notes, date: Self.thursday, language: "es")
        #expect(record.nextContact?.date == "2027-01-14")
        #expect(record.actionItems.first?.due?.date == "2027-01-14")
        #expect(record.actionItems.first?.due?.time == "09:00")
    }

    @Test("a price per box is a unit price, asked nothing; a numeric date that can be the meeting's own day is that day")
    func unitPriceAndTheMeetingsOwnDay() throws {
        let record = try extract("Notas 3/12 12h\n\n- Precio cerrado: 42,50 € por caja.\n", date: Self.thursday, language: "es")
        #expect(!record.questionReasons.contains("amount-without-period"))
        #expect(!record.questionReasons.contains("two-way-date"))
    }

    /// A four-person call whose speakers are roles, written for these rows (issue 12).
    static let roleCall = """
        Project Manager: Okay, let's get started.
        Industrial Designer: Sure.
        Marketing Expert: Fine.
        User Interface Designer: Okay.
        Project Manager: I'm gonna talk about the budget first.
        Project Manager: I'll just open the slides.
        Marketing Expert: I'll talk to the sales team about the price.
        Project Manager: So for the next round, as the Industrial Designer, you're gonna be working on the casing.
        Project Manager: And you'll be looking at the user requirements, Marketing Expert.

        """

    @Test("in a call by role, 'you're gonna be working on' after a role names that role's task; talk about the meeting is none")
    func roleAssignments() throws {
        let record = try extract(Self.roleCall, date: Self.thursday, language: "en")
        let tasks = Dictionary(record.actionItems.map { ($0.task, $0.owner ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(tasks["working on the casing"] == "Industrial Designer", "\(tasks)")
        #expect(tasks["talk to the sales team about the price"] == "Marketing Expert", "\(tasks)")
        #expect(!record.actionItems.contains { $0.task.contains("budget first") || $0.task.contains("slides") }, "\(tasks)")
    }

    @Test("a name after the 'you' is the recipient, not the one asked")
    func recipientIsNotTheOwner() throws {
        let call = "Alice: Okay.\nBob: Hi.\nCarol: Hello.\nAlice: Carol, can you send the deck to Bob by Friday?\nAlice: And can you send the notes to Bob?\n"
        let record = try extract(call, date: Self.thursday, language: "en")
        #expect(record.actionItems.first { $0.task.contains("deck") }?.owner == "Carol")
        #expect(record.actionItems.first { $0.task.contains("notes") }.map { $0.owner == nil } ?? true)
    }

    @Test("'it' and 'has' opening a sentence are no owners; 'IT' in capitals is the team")
    func itIsNoOwner() throws {
        let call = """
            Project Manager: Okay.
            Industrial Designer: Sure.
            Marketing Expert: Fine.
            User Interface Designer: It will give the remote a round look.
            Marketing Expert: So this will reduce the cost, and it will increase our profit.
            Industrial Designer: Has to change channels, has to change volume.
            Project Manager: IT will set up the test laptops by Friday.

            """
        let record = try extract(call, date: Self.thursday, language: "en")
        #expect(record.actionItems.map { $0.owner ?? "" } == ["IT"], "\(record.actionItems.map { ($0.owner ?? "", $0.task) })")
    }

    @Test("a verb that is a task only with its particles ('come up with', 'think about') opens a request", arguments: [
        ("Please come up with two options for the booth layout by Friday.", "come up with two options for the booth layout"),
        ("Jonas, could you think about the shuttle times by Friday?", "think about the shuttle times"),
    ])
    func phrasalVerbs(line: String, task: String) throws {
        let call = """
            Planning call
            Attendees: Andreas Koch, Jonas Albrecht

            [00:00:01] Jonas Albrecht: Hi both.
            [00:00:05] Andreas Koch: \(line)
            [00:00:09] Jonas Albrecht: Sure, will do.

            """
        let record = try extract(call, date: Self.thursday, language: "en")
        let item = try #require(record.actionItems.first, "\(line)")
        #expect(item.task == task)
        #expect(item.owner == "Jonas Albrecht")
        // "I think we should…", "come and see": the verb alone opens no task; "I'll think about it" promises nothing.
        for other in ["I think the booth looks good, come and see it.", "Okay, I'll think about it."] {
            let alone = try extract(call.replacingOccurrences(of: line, with: other), date: Self.thursday, language: "en")
            #expect(alone.actionItems.isEmpty, "\(other): \(alone.actionItems.map(\.task))")
        }
    }
}
