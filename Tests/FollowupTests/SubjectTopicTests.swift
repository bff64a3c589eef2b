import Followup
import FollowupTestSupport
import Testing

/// What a title gives the subject: the topic, not the sender's own company, not the meeting's kind when another part
/// says more, and the year it is about (the sixth reading: "Follow-up: Harbor & Pine Bakery Co.", "Whitcombe Fdn call").
@Suite struct SubjectTopicTests {
    static func mail(_ notes: String, signature: String, source: String = "notes.md") throws -> (subject: String, opening: String) {
        let directory = try TempDirectory()
        let config = try directory.write(
            "[sender]\nname = \"Ivo Marsh\"\nemail = \"ivo@example.com\"\nsignature = \"\(signature)\"\n", to: "config.toml")
        let environment = try RunEnvironment(configPath: config, now: "2027-03-04T18:00:00Z", timeZone: "UTC")
        let output = try Pipeline(options: environment.pipelineOptions).process(bytes: Array(notes.utf8), source: source)
        let lines = Renderers(environment: environment).summary(output.record, format: .text).text.split(separator: "\n").map(String.init)
        return (lines.first ?? "", lines.first { $0.hasPrefix("Thanks") } ?? "")
    }

    @Test func theSendersOwnCompanyIsNoTopic() throws {
        let (subject, opening) = try Self.mail("""
            # Quillon Bikes Ltd — Board Meeting: 2028 Capex Plan

            Attendees: Ivo Marsh, Petra Lind

            - Decision: the new paint line is approved.
            - Petra will send the lease terms by Friday.
            """, signature: "CFO, Quillon Bikes Ltd")
        #expect(subject == "Subject: Follow-up: Board Meeting – 2028 Capex Plan, Mar 4")
        // The title names the meeting's kind: the opening does not thank for "the meeting about Board Meeting".
        #expect(opening == "Thanks for the meeting today.")
    }

    /// Untitled notes with nobody named: the first decision says what the meeting was about, unless its first words
    /// open a bracket that the cut would leave hanging (the nineteenth reading: "Se renueva solo para 3 (Pau").
    @Test("a decision's first words are the topic unless they open a bracket", arguments: [
        ("- Decided: the spring catalogue goes to print.\n- Ivo will send the proofs by Friday.\n",
         "Subject: Follow-up: The spring catalogue goes to print, Mar 4"),
        ("- Decided: print run stays at 3 (catalogue, flyer, poster) = 900 copies each\n- Ivo will send the proofs by Friday.\n",
         "Subject: Follow-up: our meeting, Mar 4"),
    ])
    func untitledTopic(notes: String, subject: String) throws {
        #expect(try Self.mail(notes, signature: "Print desk", source: "notes.txt").subject == subject)
    }

    @Test func aLongTitleKeepsThePartThatSaysMoreThanTheKindOfMeeting() throws {
        let (subject, _) = try Self.mail("""
            Orrin Trust call - renewal of the reading programme grant
            Attendees: Ivo Marsh, Dana Pike

            - Dana will send the budget template by Friday.
            """, signature: "Director, Fernhill Literacy", source: "notes.txt")
        #expect(subject == "Subject: Follow-up: Renewal of the reading programme grant, Mar 4")
    }

    @Test func aYearTheMeetingIsAboutStaysInTheTopic() throws {
        let (subject, _) = try Self.mail("""
            Jahresgespräch 2028 – Kessler Druck
            Teilnehmer: Ivo Marsh, Jana Kessler

            - Jana schickt das Angebot bis Freitag.
            """, signature: "Einkauf, Fernhill Verlag", source: "notes.txt")
        #expect(subject.contains("Jahresgespräch 2028"), "\(subject)")
        // A day written out after the title is the meeting's day, said once.
        let (dated, _) = try Self.mail("""
            # Platform sync – Thu, 4 Mar 2027

            Attendees: Ivo Marsh, Dana Pike

            - Dana will send the budget template by Friday.
            """, signature: "Director, Fernhill Literacy")
        #expect(dated == "Subject: Follow-up: Platform sync, Mar 4", "\(dated)")
    }

    /// "Созвон: «Сосновый бор» — …" on a transcript's first line is its title, not a speaker named "Созвон"; a topic
    /// that is one quotation is quoted once (the ninth reading: "Созвон и Марина, добрый день!", «„Сосновый бор“»).
    @Test func aMeetingKindLabelsTheTitleNotASpeaker() throws {
        let directory = try TempDirectory()
        let config = try directory.write("[sender]\nname = \"Екатерина Белова\"\nemail = \"kb@example.com\"\n", to: "config.toml")
        let environment = try RunEnvironment(configPath: config, now: "2027-03-19T15:00:00Z", timeZone: "UTC")
        let notes = """
            Созвон: «Сосновый бор»
            19.03.2027

            Екатерина Белова: Марина, добрый день, это Екатерина. Со мной Павел из финансов.

            Марина Гусева: Добрый день! Дата пока свободна.

            Екатерина Белова: Хорошо. Договор пришлёте до среды?

            Марина Гусева: Да, пришлю договор до среды.

            Екатерина Белова: Спасибо.
            """
        let output = try Pipeline(options: environment.pipelineOptions).process(bytes: Array(notes.utf8), source: "call.txt")
        let text = Renderers(environment: environment).summary(output.record, format: .text).text
        #expect(!output.record.meeting.participants.contains { $0.name == "Созвон" }, "\(output.record.meeting.participants.map(\.name))")
        #expect(text.hasPrefix("Тема: Итоги встречи: «Сосновый бор»") || text.contains("«Сосновый бор»"), "\(text)")
        #expect(!text.contains("„"), "\(text)")
        #expect(!text.contains("Созвон и"), "\(text)")
    }

    /// "standup 4/3 — Quillon app, sprint 9 day 2" gives the topic "Standup: Quillon app, …": the kind before the colon
    /// is the meeting's, so the opening names no topic ("Thanks for the meeting today about Standup: …" read as a machine's).
    @Test func aTitleOpeningWithTheKindAndAColonGivesNoTopicToTheThanks() throws {
        let (_, opening) = try Self.mail("""
            standup 4/3 — Quillon app, sprint 9 day 2
            Attendees: Ivo Marsh, Petra Lind

            - Petra will send the release notes by Friday.
            """, signature: "PM, Quillon Bikes Ltd", source: "notes.txt")
        #expect(opening == "Thanks for the meeting today.", "\(opening)")
    }

    @Test func aColleagueTheSenderBringsAlongIsNotGreeted() throws {
        let calls: [(String, String)] = [
            ("Ivo Marsh: Hi Dana. Jo Brandt is from our data team, she'll do the import.\nJo Brandt: Hi.\nDana Pike: Hello both.\n"
                + "Dana Pike: We will send the export by Friday.\nIvo Marsh: Great.\n", "Dana"),
            ("Ivo Marsh: Hola, Dana. Os presento a Jo Brandt, nuestra consultora.\nJo Brandt: Hola.\nDana Pike: Buenos días.\n"
                + "Dana Pike: Os mando el fichero el viernes.\nIvo Marsh: Perfecto.\n", "Dana"),
            ("Ivo Marsh: Bonjour Dana. Je suis avec Jo Brandt, qui gère l'import chez nous.\nJo Brandt: Bonjour.\nDana Pike: Bonjour à vous deux.\n"
                + "Dana Pike: Je vous envoie le fichier vendredi.\nIvo Marsh: Parfait.\n", "Dana"),
            ("Ivo Marsh: Guten Tag, Frau Pike. Ich habe meine Kollegin Jo Brandt dabei.\nJo Brandt: Hallo.\nDana Pike: Guten Tag.\n"
                + "Dana Pike: Ich schicke Ihnen die Datei bis Freitag.\nIvo Marsh: Danke.\n", "Pike"),
            ("Ivo Marsh: Дана, добрый день. У меня тут Йо Брандт, она по импорту.\nЙо Брандт: Здравствуйте.\nDana Pike: Добрый день.\n"
                + "Dana Pike: Я пришлю файл в пятницу.\nIvo Marsh: Отлично.\n", "Dana"),
            ("Ivo Marsh: Hey Dana. I've got Jo Brandt here too, she does all our money stuff.\nJo Brandt: Hi.\nDana Pike: Hi both.\n"
                + "Dana Pike: I'll send the export by Friday.\nIvo Marsh: Great.\n", "Dana"),
            ("Ivo Marsh: Guten Morgen, Frau Pike. Ich hab die Frau Brandt mit dabei, unsere Ingenieurin.\nJo Brandt: Hallo.\nDana Pike: Guten Morgen.\n"
                + "Dana Pike: Ich schicke Ihnen die Datei bis Freitag.\nIvo Marsh: Danke.\n", "Pike"),
            ("Ivo Marsh: Hola, Dana. Yo estoy con Jo Brandt, que lleva exportación.\nJo Brandt: Hola.\nDana Pike: Buenos días.\n"
                + "Dana Pike: Os mando el fichero el viernes.\nIvo Marsh: Perfecto.\n", "Dana"),
        ]
        for (call, recipient) in calls {
            let directory = try TempDirectory()
            let config = try directory.write("[sender]\nname = \"Ivo Marsh\"\nemail = \"ivo@example.com\"\n", to: "config.toml")
            let environment = try RunEnvironment(configPath: config, now: "2027-03-04T18:00:00Z", timeZone: "UTC")
            let output = try Pipeline(options: environment.pipelineOptions).process(bytes: Array(call.utf8), source: "call.txt")
            let text = Renderers(environment: environment).summary(output.record, format: .text).text
            let greeting = text.split(separator: "\n").dropFirst().first { !$0.isEmpty }.map(String.init) ?? ""
            #expect(greeting.contains(recipient) && !greeting.contains("Brandt") && !greeting.contains("Jo") && !greeting.contains("Йо"), "\(greeting)")
        }
    }

    /// A title, or a part of it, that only says which companies met ("Greenleaf Foods / PackRight Solutions", the other
    /// side's name alone) is no topic: the subject takes the part that says what about, the opening thanks for the
    /// meeting without "about" the companies (the thirteenth reading).
    @Test func theCompaniesThatMetAreNoTopic() throws {
        let withTopic = try Self.mail("""
            # Greenleaf Foods / PackRight Solutions - compostable tray pricing

            Attendees: Ivo Marsh, Dana Brooks

            - Dana will send the revised quote by Friday.
            """, signature: "Senior Buyer, Greenleaf Foods")
        #expect(withTopic.subject == "Subject: Follow-up: Compostable tray pricing, Mar 4", "\(withTopic.subject)")
        #expect(!withTopic.opening.contains("Greenleaf") && !withTopic.opening.contains("PackRight"), "\(withTopic.opening)")
        let partiesOnly = try Self.mail("""
            # Harwick Logistik / Glanzwerk Services

            Attendees: Ivo Marsh, Dana Brooks

            - Dana will send the final offer by Friday.
            """, signature: "Facility Manager, Harwick Logistik")
        #expect(partiesOnly.opening == "Thanks for the meeting today.", "\(partiesOnly.opening)")
        let otherSide = try Self.mail("""
            # Norte Conservas — ERP rollout, phase 2 status review

            **Attendees:**
            - Norte Conservas: Ramon Iglesias, Beatriz Molina
            - Atalaya Consulting: Ivo Marsh, Javier Ortega

            - Ramon will confirm the go-live date by Friday.
            """, signature: "Project Lead, Atalaya Consulting")
        #expect(otherSide.subject.contains("ERP rollout") && !otherSide.subject.contains("Norte"), "\(otherSide.subject)")
        // A number closing a bracket is part of the topic, not its date.
        let phase = try Self.mail("""
            # Norte Conservas — ERP rollout (phase 2)

            **Attendees:**
            - Norte Conservas: Ramon Iglesias, Beatriz Molina
            - Atalaya Consulting: Ivo Marsh, Javier Ortega

            - Ramon will confirm the go-live date by Friday.
            """, signature: "Project Lead, Atalaya Consulting")
        #expect(phase.subject.hasPrefix("Subject: Follow-up: ERP rollout (phase 2),"), "\(phase.subject)")
        // A party's name in quotes is still the party (the fifteenth reading: "Эскалация: «Здоровье Рядом» — сбои…").
        let quoted = try Self.mail("""
            # Escalation: «Norte Conservas» — stock sync failures

            Attendees: Ivo Marsh, Javier Ortega (Atalaya Consulting); Ramon Iglesias, Beatriz Molina («Norte Conservas»)

            - Ramon will confirm the go-live date by Friday.
            """, signature: "Project Lead, Atalaya Consulting")
        #expect(quoted.subject.contains("stock sync failures") && !quoted.subject.contains("Norte"), "\(quoted.subject)")
        let comma = try Self.mail("""
            # «Norte Conservas», stock sync failures

            Attendees: Ivo Marsh, Javier Ortega (Atalaya Consulting); Ramon Iglesias, Beatriz Molina («Norte Conservas»)
            """, signature: "Project Lead, Atalaya Consulting")
        #expect(comma.subject.contains("Stock sync failures") && !comma.subject.contains("Norte"), "\(comma.subject)")
        // Companies with the topic in the same part keep it.
        let withTheirTopic = try Self.mail("""
            # Harwick / Vireo MSA negotiation — call summary

            Attendees: Ivo Marsh (Harwick), Dana Brooks (Vireo)

            - Dana will send the redlines by Friday.
            """, signature: "Counsel, Harwick")
        #expect(withTheirTopic.subject.contains("Vireo MSA negotiation"), "\(withTheirTopic.subject)")
    }
}
