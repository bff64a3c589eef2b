import Testing
import FollowupDocument
import FollowupText

@Suite("NotesReader: plain-text and Markdown notes")
struct NotesReaderTests {
    // MARK: Plain text

    @Test("acme-renewal-sales.txt: title, header, attendees with an e-mail, one utterance per bullet")
    func acmeRenewal() throws {
        let document = try readCorpus("en/acme-renewal-sales.txt")
        #expect(document.format == .text)
        #expect(document.title == "ACME renewal - call notes")
        #expect(document.headerLines.contains { $0.line == 2 && $0.text == "Date: 2026-11-23" })
        #expect(document.participants == [
            // "(us)": the writer's side, greeted by nobody.
            Participant(name: "Alice Chen", onOurSide: true), Participant(name: "Bob Lee", onOurSide: true),
            Participant(name: "Dana Whitfield", email: "dana.whitfield@acme-corp.com", organization: "ACME procurement"),
        ])
        // Lines 5–15 are eleven bullets.
        #expect(document.utterances.map(\.firstLine) == Array(5...15))
        #expect(document.utterances.allSatisfy { $0.listMarker == .bullet })
        #expect(document.utterance(startingAt: 11)?.text == "Alice will send the revised proposal by Friday 3pm")
    }

    /// "present: me, Tom Ashby, Connor": "me" is the writer, not a participant greeted as "Me" (a ninth-reading fault).
    @Test("a bare 'me' in the attendee list is the writer")
    func meInTheAttendees() throws {
        let document = try parse("Debrief\npresent: me, Tom Ashby, Connor\n\n- Tom: send the scorecard by Friday\n", source: "debrief.txt")
        #expect(document.participants.map(\.name) == ["Tom Ashby", "Connor"])
    }

    /// "ПромУпак: Игорь Белов (коммерч. директор)", "Fr. Schulz (Elbblick Immobilien)" right under an attendee line are
    /// the other side's people (the eleventh reading greeted only the sender's colleagues and left the supplier's tasks
    /// unowned); "Apologies: …" under it is nobody there, and "Ziel: Angebot (bis Freitag)" no person.
    @Test("lines right under an attendee line that list names with notes go on with it")
    func attendeeLineContinued() throws {
        let russian = try parse("""
            ПромУпак — переговоры
            Были: я (Климова А.), Олег Смирнов (производство)
            ПромУпак: Игорь Белов (коммерч. директор)

            - Игорь — обновленное КП до пятницы
            """, source: "notes.txt")
        #expect(russian.participants.map(\.name).contains("Игорь Белов"), "\(russian.participants)")
        let german = try parse("""
            Besprechung Büro
            dabei: ich (M. Becker), Sandra Meier (Office)
            Fr. Schulz (Elbblick Immobilien, Hausverwaltung)
            Hr. Kowalski (Malerbetrieb Kowalski & Sohn) ab ca 14:30
            Apologies: Tim Brauer (IT)
            Ziel: Angebot (bis Freitag)

            - Fr. Schulz klärt den Schlüssel
            """, source: "notes.txt")
        #expect(german.participants.map(\.name) == ["Sandra Meier", "Fr. Schulz", "Hr. Kowalski"], "\(german.participants)")
    }

    /// An attendee line that names the other side's organization partway ("…, from Halvorsen: Tom Berg, Maria
    /// Lindqvist", "…, от ТП — Дмитрий Белов"): before it the writer's side, when the writer lists themself; after it the
    /// other side's people, of that organization.
    @Test
    func attendeeLineSplitByTheOtherSidesOrganization() throws {
        let english = try parse("""
            Pricing call
            Attendees: me (Priya), Jake Ortiz (SE), from Halvorsen: Tom Berg, Maria Lindqvist

            - Tom to send the PO by Friday
            """, source: "notes.txt")
        let sides = english.participants.map { "\($0.name) \($0.onOurSide == true) \($0.organization ?? "-")" }
        #expect(sides == ["Jake Ortiz true -", "Tom Berg false Halvorsen", "Maria Lindqvist false Halvorsen"], "\(sides)")
        let russian = try parse("""
            Закупка ноутбуков
            Были: я (Ирина), Алексей Громов (ИТ), Олег Киселёв (финансы), от ТП — Дмитрий Белов

            - Дмитрий пришлёт КП до среды
            """, source: "notes.txt")
        let ours = russian.participants.filter { $0.onOurSide == true }.map(\.name)
        #expect(ours == ["Алексей Громов", "Олег Киселёв"], "\(russian.participants)")
        #expect(russian.participants.first { $0.name == "Дмитрий Белов" }?.organization == "ТП", "\(russian.participants)")
        // Without the writer in the list, nobody is put on the writer's side.
        let neutral = try parse("""
            Steering group
            Attendees: Ann Lee, Bob Stone, from Acme: Carla Diaz

            - Carla to share the plan by Monday
            """, source: "notes.txt")
        #expect(neutral.participants.filter { $0.onOurSide == true }.isEmpty, "\(neutral.participants)")
        #expect(neutral.participants.first { $0.name == "Carla Diaz" }?.organization == "Acme", "\(neutral.participants)")
    }

    /// A bracket that gives the person's job title ("Tom Reyes (Solutions Engineer)") is no second name: "Solutions
    /// Engineer" was a participant, greeted as "Solutions".
    @Test func aJobTitleInBracketsIsNoName() throws {
        let document = try parse("""
            Pricing call
            Attendees: Karen Whitfield (VP Operations), Tom Reyes (Solutions Engineer), Lena Park (Account Manager)

            - Tom to set up the sandbox by Monday
            """, source: "notes.txt")
        #expect(document.participants.map(\.name) == ["Karen Whitfield", "Tom Reyes", "Lena Park"], "\(document.participants)")
        // With a note after it that puts the person on the writer's side.
        let ours = try parse("""
            Pricing call
            Attendees: Karen Whitfield (VP Operations, Harbor), Jason Liu (IT Procurement Manager, Harbor), Tom Reyes (Solutions Engineer) from our side

            - Tom to set up the sandbox by Monday
            """, source: "notes.txt")
        let sides = ours.participants.map { "\($0.name) \($0.onOurSide == true)" }
        #expect(sides == ["Karen Whitfield false", "Jason Liu false", "Tom Reyes true"], "\(sides)")
    }

    /// One line piped in is what to extract from, not a title ("echo ... | followup" found nothing).
    @Test("a note of one line is content; a short first line with more below is the title", arguments: [
        ("Dana to send the deck by Friday\n", nil, ["Dana to send the deck by Friday"]),
        ("Budget sync\nDana to send the deck by Friday\n", "Budget sync", ["Dana to send the deck by Friday"]),
    ] as [(String, String?, [String])])
    func oneLineNotes(text: String, title: String?, utterances: [String]) throws {
        let document = try parse(text)
        #expect(document.utterances.map(\.text) == utterances)
        if let title { #expect(document.title == title) } else { #expect(document.title != "Dana to send the deck by Friday") }
    }

    @Test("a 'Name:' label on a note line is a label, not a speaker")
    func noteLabel() throws {
        let document = try readCorpus("en/acme-renewal-sales.txt")
        let line = try #require(document.utterance(startingAt: 14))
        #expect(line.speaker == "Bob")
        #expect(!line.speakerSpoke)
        #expect(line.text == "get legal review of the DPA done by 12/4")
    }

    @Test("standup-platform.txt: 'Team:' lists the attendees; 'AI (Bob):' marks a task and its owner")
    func standup() throws {
        let document = try readCorpus("en/standup-platform.txt")
        #expect(document.participantNames == ["Bob Müller", "Kenji Sato", "Aisha Bello", "Liam O'Connor"])
        let first = try #require(document.utterance(startingAt: 12))
        #expect(first.actionMarked)
        #expect(first.speaker == "Bob")
        #expect(first.text == "clean up CI runner disks today")
        let liam = try #require(document.utterance(startingAt: 15))
        #expect(liam.speaker == "Liam")
        #expect(liam.text == "write the postmortem for last Friday's outage by EOW")
        #expect(document.utterance(startingAt: 2) == nil)
    }

    @Test("renewal-pricing-call.txt: 'Us: … Them: …' on one line, an e-mail in parentheses")
    func usAndThem() throws {
        let document = try readCorpus("en/renewal-pricing-call.txt")
        #expect(document.participants == [
            Participant(name: "Sam Whitaker"), Participant(name: "Nina Petrova"),
            Participant(name: "Felix Braun", email: "felix@orbitmedia.de", organization: "Orbit Media"),
        ])
        let action = try #require(document.utterance(startingAt: 10))
        #expect(action.actionMarked)
        #expect(action.speaker == "Sam")
        #expect(action.text == "send the renewal quote with the annual prepay option by next Tuesday")
    }

    @Test("an attendee label followed by no names stays a line of notes")
    func attendeeLabelWithoutNames() throws {
        let document = try parse("Weekly sync\nTeam: we need a second reviewer before Friday.\nAlice sends the deck.\n", source: "notes.txt")
        #expect(document.participants.isEmpty)
        #expect(document.utterance(startingAt: 2)?.text == "Team: we need a second reviewer before Friday.")
    }

    @Test("a lower-case line after a paragraph line continues it, keeping both line numbers")
    func wrappedParagraph() throws {
        let document = try readCorpus("encodings/en-notes.utf8.txt", source: "en-notes.txt")
        let summary = try #require(document.utterance(startingAt: 6))
        #expect(summary.lines == [6, 7])
        #expect(summary.line(of: "with the numbers") == 7)
        #expect(summary.line(of: "didn’t survive") == 6)
    }

    // MARK: Markdown

    @Test("infra-migration-todo.md: heading title, done and open checkboxes, @mentions kept, sections")
    func infraTodo() throws {
        let document = try readCorpus("en/infra-migration-todo.md")
        #expect(document.format == .markdown)
        #expect(document.title == "Postgres 16 migration — TODO")
        #expect(document.participantNames == ["Gabriel Silva", "Hana Kim", "Ivan Petrov"])
        #expect([7, 8].map { document.utterance(startingAt: $0)?.listMarker } == [.doneCheckbox, .doneCheckbox])
        #expect((11...16).map { document.utterance(startingAt: $0)?.listMarker } == Array(repeating: .openCheckbox, count: 6))
        #expect(document.utterance(startingAt: 11)?.text == "@gabriel write the cutover runbook — due Thursday")
        #expect(document.utterance(startingAt: 15)?.text == "announce the maintenance window to customers")
        let decision = try #require(document.utterance(startingAt: 19))
        #expect(decision.section == .decisions)
        #expect(decision.sectionTitle == "Decisions")
        #expect(decision.listMarker == .bullet)
        // Line 3, the six open items, two done items, two decisions, and lines 22 and 24.
        #expect(document.utterances.count == 13)
    }

    @Test("design-review.md: '@maria (Maria Gonzalez)' is Maria Gonzalez, known as maria; no e-mail invented")
    func mentionWithFullName() throws {
        let document = try readCorpus("en/design-review.md")
        #expect(document.participantNames == ["Maria Gonzalez", "Tom Fischer", "Yuki Tanaka", "Devon Price"])
        #expect(document.participants.allSatisfy { $0.email == nil })
        #expect(document.participants[0].aliases.contains("maria"))
        #expect(document.headerLines.contains { $0.line == 3 && $0.text == "Date: Tue, 17 Nov 2026" })
    }

    @Test("design-review.md: headings set the section of the items under them")
    func designReviewSections() throws {
        let document = try readCorpus("en/design-review.md")
        #expect(document.title == "Design review: mobile checkout")
        #expect(document.utterance(startingAt: 7)?.section == .summary)
        #expect(document.utterance(startingAt: 13)?.section == .decisions)
        let todo = try #require(document.utterance(startingAt: 18))
        #expect(todo.section == .actionItems)
        #expect(todo.sectionTitle == "TODO")
        #expect(todo.listMarker == .openCheckbox)
        #expect(todo.text == "@maria fix the address autocomplete copy by Thursday")
        #expect(document.utterance(startingAt: 16)?.listMarker == .doneCheckbox)
    }

    @Test("protokol-it-migraciya.md: bold fields, a contractor named in parentheses, numbered tasks")
    func russianProtocol() throws {
        let document = try readCorpus("ru/protokol-it-migraciya.md")
        #expect(document.title == "Протокол: миграция 1С в облако")
        #expect(document.participantNames == ["Николай Андреев", "Светлана Миронова", "Артём Егоров", "Максим Титов"])
        #expect(document.headerLines.contains { $0.line == 3 && $0.text == "Дата: 2026-12-10" })
        #expect((18...22).map { document.utterance(startingAt: $0)?.listMarker } == Array(repeating: .numbered, count: 5))
        #expect((18...22).map { document.utterance(startingAt: $0)?.section } == Array(repeating: .actionItems, count: 5))
        let svetlana = try #require(document.utterance(startingAt: 20))
        #expect(svetlana.speaker == "Светлана")
        #expect(svetlana.text == "предупредить пользователей о простое до конца недели.")
        #expect(document.utterance(startingAt: 14)?.section == .decisions)
    }

    @Test("list markers and checkboxes, one per line", arguments: [
        ("- send the deck", ListMarker.bullet, "send the deck"),
        ("* send the deck", .bullet, "send the deck"),
        ("• send the deck", .bullet, "send the deck"),
        ("1. send the deck", .numbered, "send the deck"),
        ("12) send the deck", .numbered, "send the deck"),
        ("- [ ] send the deck", .openCheckbox, "send the deck"),
        ("- [x] send the deck", .doneCheckbox, "send the deck"),
        ("- [X] send the deck", .doneCheckbox, "send the deck"),
        ("* [ ] **send** the deck", .openCheckbox, "send the deck"),
    ])
    func listMarkers(line: String, marker: ListMarker, text: String) throws {
        let document = try parse("# Notes\n\n" + line + "\n", source: "notes.md")
        let item = try #require(document.utterance(startingAt: 3))
        #expect(item.listMarker == marker)
        #expect(item.text == text)
    }

    @Test("a day and a month opening a line are a date, not item 28", arguments: [
        ("28. Dezember 2012: Übergabe", nil, "28. Dezember 2012: Übergabe"),
        ("5. Mai: Kickoff", nil, "5. Mai: Kickoff"),
        ("2. Set up the server", ListMarker.numbered, "Set up the server"),
        ("3. Januar-Zahlen prüfen", .numbered, "Januar-Zahlen prüfen"),
    ] as [(String, ListMarker?, String)])
    func dayAndMonth(line: String, marker: ListMarker?, text: String) throws {
        let months: Set<String> = ["dezember", "mai", "set", "januar"]
        let decoded = try TextDecoder.decode(Array(("# Notizen\n\n" + line + "\n").utf8))
        let document = DocumentParser.parse(decoded, source: "notes.md", monthNames: months)
        let item = try #require(document.utterance(startingAt: 3))
        #expect(item.listMarker == marker)
        #expect(item.text == text)
    }

    @Test("'Attendees:', 'Participants:' and 'Present:' lines all list people", arguments: [
        "Attendees", "Participants", "Present", "Участники", "Teilnehmer",
    ])
    func attendeeLabels(label: String) throws {
        let document = try parse("Sync\n\(label): Alice Chen (AC), Bob Lee <bob@acme.com>, maria@acme.com and Dan\n\n- Alice sends the deck\n", source: "sync.txt")
        #expect(document.participants == [
            Participant(name: "Alice Chen", initials: "AC"),
            Participant(name: "Bob Lee", email: "bob@acme.com"),
            Participant(name: "maria@acme.com", email: "maria@acme.com"),
            Participant(name: "Dan"),
        ])
    }

    @Test("a bare e-mail that spells a listed name joins that person")
    func emailJoinsName() throws {
        let document = try parse("Sync\nAttendees: Alice Chen, alice.chen@acme.com, Bob Lee\n\n- Bob sends the deck\n", source: "sync.txt")
        #expect(document.participants == [Participant(name: "Alice Chen", email: "alice.chen@acme.com"), Participant(name: "Bob Lee")])
    }

    @Test("a first name and the full name are one person, named in full")
    func shortAndFullName() throws {
        let document = try parse("Sync\nAttendees: Alice, Bob Lee\nPresent: Alice Chen\n\n- Bob sends the deck\n", source: "sync.txt")
        #expect(document.participantNames == ["Alice Chen", "Bob Lee"])
        #expect(document.participants[0].aliases == ["Alice"])
    }

    @Test("chat-style plain text: 'Name:' labels are speakers who spoke")
    func chatStyle() throws {
        let text = "Alice Chen: hi all\nBob Lee: morning\nAlice Chen: let's start with the budget\nBob Lee: I'll send the numbers by Friday\n"
        let document = try parse(text, source: "chat.txt")
        #expect(document.participantNames == ["Alice Chen", "Bob Lee"])
        #expect(document.utterances.allSatisfy { $0.speakerSpoke })
        #expect(document.speakers == ["Alice Chen", "Bob Lee", "Alice Chen", "Bob Lee"])
    }

    @Test("role labels with lower-case words are speakers when they recur; a field label seen once is not")
    func recurringRoleLabels() throws {
        let text = """
            Chef de projet : Bonjour à tous, on commence.
            Responsable des ventes : Bonjour.
            Chef de projet : Les chiffres de mars sont bons.
            Responsable des ventes : Oui, surtout dans le sud.
            Chef de projet : Tu m'envoies le détail demain ?
            Responsable des ventes : D'accord, demain matin.
            Note interne : rien à signaler.

            """
        let document = try parse(text, source: "reunion.txt")
        #expect(document.participantNames == ["Chef de projet", "Responsable des ventes"])
        #expect(document.utterances.prefix(6).allSatisfy { $0.speakerSpoke })
        #expect(document.speakers.prefix(2) == ["Chef de projet", "Responsable des ventes"])
        #expect(document.utterances[1].text == "Bonjour.")
        // Said once, "Note interne :" stays a line of the notes with no speaker.
        #expect(document.utterances.last?.speaker == nil, "\(document.utterances.last.map(\.text) ?? "")")
    }

    @Test("notes with repeated multi-word field labels stay notes: no speakers, the attendee lines keep their meaning")
    func repeatedNoteLabelsStayNotes() throws {
        let text = """
            Customer interviews
            Attendees: Alice Chen, Bob Lee
            Pain point: exports are slow.
            Feature request: a dark mode.
            Pain point: the login times out.
            Feature request: bulk edit.
            Pain point: no audit log.
            Feature request: SSO.
            Attendees: Alice Chen, Bob Lee
            Alice will send the summary by Friday.

            """
        let document = try parse(text, source: "interviews.txt")
        #expect(document.participantNames == ["Alice Chen", "Bob Lee"])
        #expect(document.utterances.allSatisfy { !$0.speakerSpoke })
        #expect(!document.utterances.contains { $0.speaker == "Pain point" || $0.speaker == "Feature request" })
    }
}
