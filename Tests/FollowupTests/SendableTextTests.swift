import Foundation
import Followup
import FollowupExtraction
import FollowupTestSupport
import Testing

/// The follow-up text a user sends (issue 13, points 1–6), end to end on notes written for each
/// point: notes in, the text out, checked for what a recipient would see.
@Suite struct SendableTextTests {
    static func followUp(_ notes: String, source: String = "notes.txt", sender: Bool = true) throws -> (text: String, record: ExtractionRecord) {
        let directory = try TempDirectory()
        let config = try directory.write(sender ? "[sender]\nname = \"Sam Rivera\"\nemail = \"sam@example.com\"\n" : "", to: "config.toml")
        let environment = try RunEnvironment(configPath: config, now: "2026-12-04T18:00:00Z", timeZone: "UTC")
        let output = try Pipeline(options: environment.pipelineOptions).process(bytes: Array(notes.utf8), source: source)
        return (Renderers(environment: environment).summary(output.record, format: .text).text, output.record)
    }

    // 1. "we" is the team.
    @Test func aTeamCommitmentIsSaidAsOursNotAsAPerson() throws {
        let (text, _) = try Self.followUp("""
            Renewal call - ACME
            Date: 2026-12-01
            Attendees: Jenna Walsh, Sam Rivera

            - we will waive the setup fee if they sign by Dec 15
            - Jenna will send the MSA to legal by Friday
            """)
        #expect(text.contains("- We will waive the setup fee if they sign, by Tue, Dec 15"), "\(text)")
        #expect(!text.lowercased().contains("- we:"))
    }

    // 2. Amounts said for context or turned down are not restated or asked about.
    @Test func backgroundAndRejectedAmountsAreNotRestated() throws {
        let (text, record) = try Self.followUp("""
            Pricing call - ACME
            Date: 2026-12-01

            - they currently pay $38k/yr to Freshdesk
            - competitor quote: Zendesk came in at $55 per agent per month
            - $49 per seat per month was too expensive for them
            - agreed: $42 per seat per month billed annually
            - Jenna will send the MSA by Friday
            """)
        let roles = Dictionary(record.amounts.map { ($0.value, $0.role ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(roles[38_000] == "background")
        #expect(roles[55] == "background")
        #expect(roles[49] == "rejected")
        #expect(roles[42] == "agreed")
        // Said with its period in the agreed line itself, it is not repeated in brackets.
        #expect(text.contains("$42 per seat per month billed annually") && !text.contains("(USD 42 per month)"), "\(text)")
        for amount in ["38", "55", "49"] {
            #expect(!text.contains("USD \(amount)"), "\(amount) restated:\n\(text)")
        }
        #expect(!text.contains("Is the 38k"), "a period asked about a past price")
    }

    // 3. The notes' own open questions are asked.
    @Test func openQuestionsInTheNotesAreAsked() throws {
        let (text, _) = try Self.followUp("""
            Partner call - Databridge
            Date: 2026-12-01

            - Kevin will send the draft agreement by Friday
            - open q: do they need the API in phase one?
            """)
        #expect(text.contains("Please confirm:\n- Do they need the API in phase one?"), "\(text)")
    }

    // 4. Quotes are words, not markup.
    @Test func transcriptMarkupIsNotQuoted() throws {
        let vtt = """
            WEBVTT

            00:00:01.000 --> 00:00:04.000
            <v Jo Park>We can do 12,000 euros per month for the pilot.

            00:00:05.000 --> 00:00:08.000
            <v Ann Lee>Okay, I will send the order form by Friday.</v>
            """
        let (text, _) = try Self.followUp(vtt, source: "call.vtt")
        #expect(!text.contains("<v"), "\(text)")
        #expect(!text.contains("</v>"))
        #expect(text.contains("We can do 12,000 euros per month for the pilot"), "\(text)")
    }

    // 5. Titles: the meeting's own, else an opening that needs none.
    @Test func aVTTNoteNamesTheMeeting() throws {
        let vtt = "WEBVTT\n\nNOTE\nMeeting: Brightwave x Harborview pricing\n\n00:00:01.000 --> 00:00:04.000\n<v Jo Park>Ann, can you send the BAA by Friday?</v>\n"
        let (text, record) = try Self.followUp(vtt, source: "Call2 final v3.vtt")
        #expect(record.meeting.title == "Brightwave x Harborview pricing")
        #expect(text.hasPrefix("Subject: Follow-up: Brightwave x Harborview pricing, "))
    }

    @Test func withoutATitleTheOpeningDoesNotInventOne() throws {
        let (text, record) = try Self.followUp("Attendees: Dana Smith, Sam Rivera\n\n- Dana will send the deck by Friday\n- Sam to book the room\n", source: "Call2 final v3.txt")
        #expect(record.meeting.title == nil)
        #expect(text.contains("Subject: Follow-up: our meeting with Dana"), "\(text)")
        #expect(text.contains("Thanks for the meeting today.\n"), "\(text)")
        #expect(!text.contains("about our meeting"))
    }

    @Test func theTitleLinesDateIsTheMeetingsDate() throws {
        let (_, record) = try Self.followUp("acme logistics - call w/ Jenna Walsh + Rob Delgado   tue 12/1\n\n- Jenna will send the MSA by Friday\n- Rob to confirm SSO by Dec 8\n")
        #expect(record.meeting.date == "2026-12-01")
        #expect(record.actionItems.first?.due?.date == "2026-12-04")
    }

    // 6. Markdown action tables.
    @Test func eachRowOfAnActionTableIsAnItem() throws {
        let notes = """
            # Weekly ops sync
            Date: 2026-12-01

            | Due | Action | Owner |
            |-----|--------|-------|
            | Dec 4 | send the revised rota | Maria |
            | next Tuesday | book the venue | TBD |
            | — | update the wiki | Tom |
            """
        let (_, record) = try Self.followUp(notes, source: "ops.md")
        let items = record.actionItems.map { ($0.owner, $0.task, $0.due?.date) }
        #expect(items.count == 3)
        #expect(items.contains { $0.0 == "Maria" && $0.1 == "send the revised rota" && $0.2 == "2026-12-04" })
        #expect(items.contains { $0.0 == nil && $0.1 == "book the venue" && $0.2 == "2026-12-08" })
        #expect(items.contains { $0.0 == "Tom" && $0.1 == "update the wiki" && $0.2 == nil })
        #expect(record.actionItems.allSatisfy { $0.owner != "TBD" })
    }

    @Test func russianTableHeaders() throws {
        let notes = "# Синк\nДата: 2026-12-01\n\n| Ответственный | Задача | Срок |\n|---|---|---|\n| Ирина | отправить акты | 4 декабря |\n"
        let (_, record) = try Self.followUp(notes, source: "sync.md")
        #expect(record.actionItems.first?.owner == "Ирина")
        #expect(record.actionItems.first?.due?.date == "2026-12-04")
    }

    // The meeting's date and time where people put them.
    @Test func aDateInTheFileNameIsTheMeetingsDateWhenTheTextHasNone() throws {
        let (_, record) = try Self.followUp("Jordan: I'll call her with the verbal offer tomorrow.\nBen: OK.\nJordan: Let's talk again Thursday at ten.\n",
                                            source: "hiring-debrief_2026-12-03.txt")
        #expect(record.meeting.date == "2026-12-03")
        #expect(record.nextContact?.date == "2026-12-10")
        #expect(record.nextContact?.time == "10:00")
    }

    @Test(arguments: [
        ("en", "- Let's talk again Tuesday at ten.\n- Bob will send the deck by Friday.\n", "10:00"),
        ("en", "- Next call Monday at four.\n- Bob will send the deck by Friday.\n", "16:00"),
        ("ru", "- Созвонимся в понедельник в десять.\n- Иван отправит договор до пятницы.\n", "10:00"),
    ])
    func aSpelledHourAfterAtIsATime(language: String, lines: String, time: String) throws {
        let (_, record) = try Self.followUp("Call\nDate: 2026-12-04\n\n" + lines)
        #expect(record.language == language)
        #expect(record.nextContact?.time == time)
    }

    // A person's line under an "agreements" heading is their task, not a decision.
    @Test func assignmentsUnderAnAgreementsHeadingAreSteps() throws {
        let notes = """
            Звонок с ООО «Ветер»
            Дата: 2026-12-02
            Участники: Андрей Соколов, Мария Кузнецова, Олег Петрович Ильин

            Договорённости:
            - Решили продлить подписку на год.
            - Мария: отправить КП с новыми ценами до 4 декабря.
            - Олег Петрович: подтвердить бюджет с финдиректором до 9 декабря.
            - Созвонимся в следующий вторник в 11:00.
            """
        let (text, record) = try Self.followUp(notes)
        #expect(record.decisions.map(\.text) == ["продлить подписку на год"] || record.decisions.count == 1, "\(record.decisions.map(\.text))")
        #expect(record.actionItems.contains { $0.owner == "Мария Кузнецова" && $0.due?.date == "2026-12-04" })
        #expect(record.actionItems.contains { $0.owner == "Олег Петрович Ильин" && $0.due?.date == "2026-12-09" })
        #expect(!record.decisions.contains { $0.text.contains("Созвонимся") })
        #expect(record.nextContact?.date == "2026-12-08")
        // A title that names the meeting ("Звонок с …") stays in the subject, not in "по теме «…»".
        #expect(text.contains("Звонок с ООО «Ветер»") && !text.contains("по теме «Звонок"), "\(text)")
    }

    @Test func aTableOfAnEscalationReadsAsARecipientExpects() throws {
        let notes = """
            ## Escalation: Globex — sync failures
            Date: Dec 2, 2026

            - Globex renewal is Jan 31 ($186k ARR); a competitor quoted them ~$150k.

            | Action | Due | Owner |
            |---|---|---|
            | Process service credit (10% of Dec fee) | end of month | Daniel |
            | Check whether sandbox org is affected | Friday | Megan (Globex) |
            | Decide on hourly sync support | TBD | TBD |
            """
        let (text, _) = try Self.followUp(notes, source: "globex.md")
        #expect(text.contains("- Daniel: process service credit (10% of Dec fee), by Thu, Dec 31"), "\(text)")
        #expect(text.contains("- Megan: check whether sandbox org is affected, by Fri, Dec 4"))
        #expect(text.contains("- Who will decide on hourly sync support, and by when?"))
        #expect(!text.contains("What is the deadline to decide"))
        #expect(!text.contains("USD 186,000"), "ARR is background")
    }

    @Test func numberedMinutesHaveSectionsAndBackgroundMoneyStaysBackground() throws {
        let notes = """
            Cloud renewal - vendor review
            Date: 2026-12-02
            Attendees: Helen Okafor, Brian Cole

            1. Background
            - FY2026 spend with Stratus: $412,000.

            2. Proposal
            - 3-year commit at $350k/yr, 18% off list.

            3. Decisions
            - Proceed with the 3-year option in principle.

            4. Action items
            - Brian Cole: send the revised order form by Monday.
            """
        let (text, record) = try Self.followUp(notes)
        #expect(record.amounts.first { $0.value == 412_000 }?.role == "background")
        #expect(record.decisions.map(\.text).contains("Proceed with the 3-year option in principle"), "\(record.decisions.map(\.text))")
        #expect(!record.decisions.contains { $0.text.contains("Background") || $0.text.contains("Decisions") })
        #expect(!text.contains("412"), "\(text)")
        #expect(text.contains("- Brian: send the revised order form, by Mon, Dec 7"))
    }

    @Test func theNextCallKeepsTheZoneTheNotesNamed() throws {
        let (text, _) = try Self.followUp("Globex sync - escalation\nDate: 2026-12-02\n\n- Luis will ship the patch by Tuesday\n- Follow-up call: Friday 4pm ET.\n")
        #expect(text.contains("Fri, Dec 4, 16:00 ET"), "\(text)")
    }

    @Test func withoutTitleOrNamesTheSubjectSaysWhatWasSettled() throws {
        let (text, _) = try Self.followUp("- Decision: move the launch to March 3\n- Bob will update the plan by Friday\n", source: "Call2 final v3.txt")
        #expect(text.hasPrefix("Subject: Follow-up: Move the launch to March 3, "), "\(text)")
    }

    @Test func aNameOpeningALaterSentenceNamesTheNextSpeaker() throws {
        let whisper = """
            {"text": "", "segments": [
              {"start": 0.0, "end": 3.0, "speaker": "SPEAKER_00", "text": " Okay, let's do the debrief. Jordan, do you want to start?"},
              {"start": 3.0, "end": 6.0, "speaker": "SPEAKER_01", "text": " Sure. I'll call her tomorrow morning with the verbal offer."},
              {"start": 6.0, "end": 9.0, "speaker": "SPEAKER_00", "text": " Thanks, Jordan. Ben, can you put your feedback into Greenhouse today?"},
              {"start": 9.0, "end": 11.0, "speaker": "SPEAKER_02", "text": " Sure, right after this."},
              {"start": 11.0, "end": 12.0, "speaker": "SPEAKER_00", "text": " Thanks, Ben."}
            ]}
            """
        let (text, record) = try Self.followUp(whisper, source: "debrief_2026-12-03.json")
        #expect(record.actionItems.contains { $0.owner == "Jordan" && $0.due?.date == "2026-12-04" }, "\(record.actionItems.map { ($0.owner, $0.task) })")
        #expect(record.actionItems.contains { $0.owner == "Ben" && $0.due?.date == "2026-12-03" })
        #expect(!text.contains("SPEAKER_"), "\(text)")
    }

    @Test func russianTasksWithAnyInfinitiveAndDottedDates() throws {
        let notes = "# Синк по найму\nДата: 2026-12-01\n\n| Ответственный | Задача | Срок |\n|---|---|---|\n| Игорь | Переписать описание вакансии | 08.12 |\n\n- Анна: переслать резюме кандидата до 04.12\n"
        let (_, record) = try Self.followUp(notes, source: "sync.md")
        #expect(record.actionItems.contains { $0.owner == "Игорь" && $0.task == "переписать описание вакансии" && $0.due?.date == "2026-12-08" },
                "\(record.actionItems.map { ($0.owner, $0.task, $0.due?.date) })")
        #expect(record.actionItems.contains { $0.owner == "Анна" && $0.due?.date == "2026-12-04" })
    }

    @Test func germanTasksKeepTheirNounsCapitalisedAndTheOpeningOneFullStop() throws {
        let notes = "Lieferantengespräch\nDatum: 2026-12-01\nTeilnehmer: Katrin Vogel, Jörg Lange\n\n1. Aufgaben\n- Katrin: Stellplan für beide Etagen bis 15.01.\n- Jörg: Rückmeldung zu den Monitorarmen bis Dienstag\n"
        let (text, record) = try Self.followUp(notes)
        #expect(record.actionItems.contains { $0.task.hasPrefix("Stellplan") }, "\(record.actionItems.map(\.task))")
        #expect(!text.contains(".."), "\(text)")
    }

    @Test func aTimeAloneIsOnTheMeetingsDayButATimestampIsNot() throws {
        let (_, record) = try Self.followUp("Ops sync\nDate: 2026-12-02\n\n- Luis will deploy the hotfix at 3:30pm\n- 14:18 walked Ana through the dashboard\n- [00:05:29] Bob: I'll cut the trailer\n")
        #expect(record.actionItems.first { $0.task.contains("hotfix") }?.due.map { ($0.date, $0.time) }.map { $0 == ("2026-12-02", "15:30") } == true,
                "\(record.actionItems.map { ($0.task, $0.due?.date, $0.due?.time) })")
        #expect(!record.dates.contains { $0.time == "14:18" || $0.time == "00:05" })
    }

    /// Dates worked out by hand: 2026-12-02 is a Wednesday; the week after starts Mon Dec 7.
    @Test(arguments: [
        ("Bob will send the deck next week Sunday.", "2026-12-13"), ("Bob will send the deck on Sunday of next week.", "2026-12-13"),
        ("Bob will send the deck next week, on Wednesday.", "2026-12-09"), ("Bob will send the deck the next day.", "2026-12-03"),
    ])
    func aWeekdayOfNextWeekAndTheNextDay(line: String, date: String) throws {
        let (_, record) = try Self.followUp("Call\nDate: 2026-12-02\n\n- \(line)\n- Ann will call Bob by Friday.\n")
        #expect(record.actionItems.first { $0.owner == "Bob" }?.due?.date == date, "\(record.dates.map { ($0.text, $0.date) })")
    }

    /// 2026-12-02 is a Wednesday: tomorrow Dec 3, next Friday (the week after) Dec 11.
    @Test(arguments: [
        ("Bob will send the deck 3 days after January 12th.", "2027-01-15"), ("Bob will send the deck 2 weeks from January 15.", "2027-01-29"),
        ("Bob will send the deck two days after tomorrow.", "2026-12-05"), ("Bob will send the deck 2 days after next Friday.", "2026-12-13"),
        ("Bob will send the deck 3 days before Dec 20.", "2026-12-17"),
    ])
    func aDurationCountsFromTheDayItNames(line: String, date: String) throws {
        let (_, record) = try Self.followUp("Call\nDate: 2026-12-02\n\n- \(line)\n- Ann will call Bob by Friday.\n")
        #expect(record.actionItems.first { $0.owner == "Bob" }?.due?.date == date, "\(record.dates.map { ($0.text, $0.date) })")
    }

    // Native readers' findings on Spanish and French follow-ups (issue 14).

    @Test func theSendersOwnStepsAreInTheFirstPerson() throws {
        let notes = "Llamada con Levante\nFecha: 2 de diciembre de 2026\nAsistentes: Lucía Martín, Sam Rivera\n\nTareas:\n"
            + "Lucía enviará la propuesta antes del viernes.\nYo me encargo de preparar el acceso a la demo.\nSam revisará el contrato el lunes.\n"
        let (text, _) = try Self.followUp(notes)
        #expect(text.contains("- Por mi parte: preparar el acceso a la demo"), "\(text)")
        #expect(text.contains("- Por mi parte: revisar el contrato (para el lunes 7 de diciembre)"), "\(text)")
        #expect(!text.contains("¿Quién se encarga"), "\(text)")
    }

    @Test func anAmountConfirmedInACallIsRestatedOnceAsItsClause() throws {
        let vtt = """
            WEBVTT

            NOTE Llamada con Hoteles Sol, 2 de diciembre de 2026

            00:00:01.000 --> 00:00:04.000
            <v Sofía Herrera>Una cosa: el precio final queda en 3.200 EUR al mes, ¿verdad?

            00:00:05.000 --> 00:00:07.000
            <v Sam Rivera>Correcto, 3.200 EUR al mes, con el soporte incluido.

            """
        let (text, _) = try Self.followUp(vtt, source: "call.vtt")
        #expect(text.contains("- El precio final queda en 3.200 EUR al mes\n"), "\(text)")
        #expect(!text.contains("¿verdad?") && !text.contains("Correcto,"), "\(text)")
        #expect(text.components(separatedBy: "3.200 EUR al mes").count == 2, "restated once:\n\(text)")
    }

    @Test func anAmountSaidWithItsPeriodIsNotRepeatedInBrackets() throws {
        let notes = "Acta\nFecha: 2 de diciembre de 2026\n\nAcuerdos:\nAcordamos que la licencia será de 2.500 USD al mes.\n"
        let (text, _) = try Self.followUp(notes)
        #expect(text.contains("la licencia será de 2.500 USD al mes\n"), "\(text)")
        #expect(!text.contains("(2.500 USD al mes)"), "\(text)")
    }

    @Test func aLineOfNotesKeepsItsLabelAndAClockIsNoClauseBreak() throws {
        let notes = "Acta\nFecha: 2 de diciembre de 2026\n\nAcuerdos:\n- Cuota de soporte: 220 EUR al mes, con atención de 8:00 a 18:00.\n"
        let (text, _) = try Self.followUp(notes)
        #expect(text.contains("- Cuota de soporte: 220 EUR al mes, con atención de 8:00 a 18:00\n"), "\(text)")
    }
}
