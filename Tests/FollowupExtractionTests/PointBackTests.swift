import FollowupExtraction
import FollowupTestSupport
import Testing

/// "The onboarding deck is outdated. I'll update it by Tuesday": a task whose object is a pronoun says what the
/// pronoun stands for, taken from the words just before it (issue 13, point 7). Text written for these tests.
@Suite("Tasks that point back name what they point to")
struct PointBackTests {
    static func items(_ body: String, language: String? = nil) throws -> [(owner: String, task: String, due: String?)] {
        let notes = "Renewal call, Thu 14 Jan 2027\nPresent: Ann Lee, Mark Osei, Priya Nair, Omar Haddad, me\n\n" + body
        let record = try extract(notes, date: "2027-01-14", language: language)
        return record.actionItems.map { ($0.owner ?? "-", $0.task, $0.due?.date) }
    }

    @Test("the thing named in the sentence before, its label, or its own earlier clause")
    func namedBefore() throws {
        let items = try Self.items("""
            - Mark shared the revised master services agreement. Ann will send it to legal by Friday.
            - The onboarding deck is outdated. I'll update it by Tuesday.
            - Tom asked about the pricing sheet - Mark will send that over next week.
            - Dashboard mockups: Priya to review them by Jan 20.
            - Legal found an issue in the SLA. Omar will fix it by Jan 22.
            """)
        #expect(items.contains { $0.owner == "Ann Lee" && $0.task == "send the revised master services agreement to legal" }, "\(items)")
        #expect(items.contains { $0.task == "update the onboarding deck" && $0.due == "2027-01-19" }, "\(items)")
        #expect(items.contains { $0.owner == "Mark Osei" && $0.task == "send the pricing sheet over" }, "\(items)")
        #expect(items.contains { $0.owner == "Priya Nair" && $0.task == "review dashboard mockups" }, "\(items)")
        // Named again, an indefinite phrase takes the definite article.
        #expect(items.contains { $0.owner == "Omar Haddad" && $0.task == "fix the issue" }, "\(items)")
    }

    @Test("no pointing where the words do not point: a clause, a task naming its own thing, a verb's subject")
    func notPointing() throws {
        let items = try Self.items("""
            - The client wants a discount. Ann will check that the renewal is still on budget by Friday.
            - Mark will send the quote by Friday and walk them through it.
            - The team reviewed the numbers. Priya will do that by Jan 20.
            """)
        #expect(items.contains { $0.task.hasPrefix("check that the renewal") }, "\(items)")
        #expect(items.contains { $0.task == "send the quote and walk them through it" }, "\(items)")
        #expect(!items.contains { $0.task.contains("client wants") || $0.task.contains("the numbers") }, "\(items)")
    }

    @Test("a heading is no thing a pronoun points to")
    func notTheHeading() throws {
        let items = try Self.items("""
            Call:
            - onboarding normally USD 2,000, Mark offered to waive it if we sign by Friday
            """)
        #expect(!items.contains { $0.task.lowercased().contains("waive call") }, "\(items)")
    }

    @Test("on a call, a reply pointing back is a task only with a later day, and 'that' points at what was said")
    func spoken() throws {
        let record = try extract(webVTT([
            ("Nora Lindqvist", "The export script still times out on big accounts."),
            ("Jonas Berg", "I'll fix it by Friday."),
            ("Nora Lindqvist", "Can I borrow the projector cable?"),
            ("Jonas Berg", "I'll bring them in a minute."),
            ("Nora Lindqvist", "Four hours for the clinical sites, yes. I'll put that in the contract by Monday."),
        ]), date: "2027-04-13", file: "call.vtt")  // a Tuesday
        let items = record.actionItems.map { ($0.owner ?? "-", $0.task, $0.due?.date) }
        #expect(items.contains { $0.0 == "Jonas Berg" && $0.1 == "fix the export script" && $0.2 == "2027-04-16" }, "\(items)")
        #expect(!items.contains { $0.1.contains("cable") }, "\(items)")
        #expect(!items.contains { $0.1.contains("clinical sites in") }, "\(items)")
    }

    @Test("German: the pronoun agrees with the phrase it stands for")
    func german() throws {
        let items = try Self.items("""
            - Die Lastenhefte fehlen noch. Mark schickt die bis Freitag.
            - Das Angebot für die Wartung ist fertig, der Vertrag auch. Ann prüft den bis Montag.
            """, language: "de")
        #expect(items.contains { $0.owner == "Mark Osei" && $0.task == "die Lastenhefte schicken" }, "\(items)")
        // "den" is no "das Angebot" and no "die Wartung"; "der Vertrag" is not read as "den".
        #expect(!items.contains { $0.task.contains("Angebot") || $0.task.contains("Wartung") }, "\(items)")
    }
}

/// Spanish and French put the pronoun before the verb, outside the task's words: what it stands for goes after the verb.
@Suite("Tasks that point back in Spanish and French")
struct CliticPointBackTests {
    static func items(_ notes: String, language: String) throws -> [(owner: String, task: String, due: String?)] {
        try extract(notes, date: "2027-01-14", language: language).actionItems.map { ($0.owner ?? "-", $0.task, $0.due?.date) }
    }

    @Test("Spanish: the phrase before, in the pronoun's gender and number, after the verb")
    func spanish() throws {
        let items = try Self.items("""
            Reunión, jueves 14 de enero de 2027
            Asistentes: Ana López, Marcos Ruiz, Julia Vera

            - La factura de enero tiene un error. Ana la corrige el viernes.
            - El plan de formación, Marcos lo revisa para el lunes.
            """, language: "es")
        #expect(items.contains { $0.owner == "Ana López" && $0.task == "corregir la factura de enero" && $0.due == "2027-01-15" }, "\(items)")
        #expect(items.contains { $0.owner == "Marcos Ruiz" && $0.task.hasPrefix("revisar el plan de formación") }, "\(items)")
    }

    /// Set 36: on a call, "El listado te lo mando hoy mismo" said the same day was dropped as a reply that only points
    /// back; its own sentence names what it sends.
    @Test("Spanish, on a call: the thing named in the task's own sentence makes it a task the same day")
    func spanishSpokenTopic() throws {
        let record = try extract(webVTT([
            ("Javier Roldán", "Necesito el listado de pedidos afectados."),
            ("Marta Gil", "El listado te lo mando hoy mismo."),
            ("Javier Roldán", "¿Me pasas el cable del proyector?"),
            ("Marta Gil", "Ahora te lo paso."),
        ]), date: "2027-01-14", language: "es", file: "call.vtt")
        let items = record.actionItems.map { ($0.owner ?? "-", $0.task, $0.due?.date) }
        #expect(items.contains { $0.0 == "Marta Gil" && $0.1 == "mandar el listado" && $0.2 == "2027-01-14" }, "\(items)")
        #expect(!items.contains { $0.1.contains("cable") }, "\(items)")
    }

    @Test("Spanish: a task naming the phrase's thing itself points elsewhere")
    func namesItsOwnThing() throws {
        let items = try Self.items("""
            Reunión, jueves 14 de enero de 2027
            Asistentes: Ana López, Marcos Ruiz

            - Lo decide el comité el día 20. Marcos lo confirma después del comité, el viernes 22.
            """, language: "es")
        #expect(!items.contains { $0.task.contains("el comité después") }, "\(items)")
    }

    @Test("French: 'l'' elided onto the verb; a pronoun of another gender finds no phrase")
    func french() throws {
        let items = try Self.items("""
            Réunion, jeudi 14 janvier 2027
            Présents : Anne Leroy, Marc Dubois

            - Le contrat cadre est prêt. Anne l'envoie au juridique vendredi.
            - Le budget est validé. Marc la transmet à la direction lundi.
            """, language: "fr")
        #expect(items.contains { $0.owner == "Anne Leroy" && $0.task == "envoyer le contrat cadre au juridique" }, "\(items)")
        #expect(!items.contains { $0.task.contains("budget") }, "\(items)")
    }
}
