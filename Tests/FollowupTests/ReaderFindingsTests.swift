import Foundation
import Followup
import FollowupExtraction
import FollowupTestSupport
import Testing

/// What readers of generated follow-ups flagged (issue 13's 20-note reading), each class on notes
/// written for it here: abbreviations that cut a task, titles before names, a call time nobody said,
/// a meeting's day in its title, a deadline taken for a meeting, a weekday that settles 12/2.
@Suite struct ReaderFindingsTests {
    static func followUp(_ notes: String) throws -> (text: String, record: ExtractionRecord) {
        try SendableTextTests.followUp(notes)
    }

    @Test("a dot after 'incl.', 'inkl.' or 'approx.' ends no task", arguments: [
        ("Laura to send the updated plan incl. headcount phasing to the board by Friday", "send the updated plan incl. headcount phasing to the board"),
        ("Mark will ship approx. 20 samples to Denver by Monday", "ship approx. 20 samples to Denver"),
    ])
    func abbreviationsKeepTheTask(line: String, task: String) throws {
        let (_, record) = try Self.followUp("Call 2026-12-03\n\n- \(line)\n- Dana will book the room by Tuesday\n")
        #expect(record.actionItems.first?.task == task, "\(record.actionItems.map(\.task))")
    }

    @Test func germanAbbreviationKeepsItsCapitalisedNoun() throws {
        let (_, record) = try Self.followUp("""
            Protokoll: Lieferantengespräch Büroausstattung
            Datum: 01.12.2026
            Teilnehmer: Sabine Hartmann, Herr Schulz

            Aufgaben
            - Herr Schulz: überarbeitetes Angebot inkl. Rabatt und Skonto bis Freitag.
            - Sabine: Stellplan für beide Etagen bis 15.01.
            """)
        let item = try #require(record.actionItems.first)
        #expect(item.task == "überarbeitetes Angebot inkl. Rabatt und Skonto")
        #expect(record.meeting.title == "Lieferantengespräch Büroausstattung")
    }

    @Test func aNameAfterATitleKeepsTheTitle() throws {
        let (text, _) = try Self.followUp("""
            Protokoll: Lieferantengespräch
            Datum: 01.12.2026
            Teilnehmer: Sabine Hartmann, Herr Schulz

            Aufgaben
            - Herr Schulz: überarbeitetes Angebot bis Freitag.
            - Sabine: Stellplan für beide Etagen bis 15.01.
            """)
        #expect(text.contains("- Herr Schulz: überarbeitetes Angebot"), "\(text)")
        #expect(!text.contains("- Herr:"))
        #expect(text.contains("Herr Schulz"))
    }

    @Test func aDayWithoutATimeIsNotGivenOne() throws {
        let (text, _) = try Self.followUp("""
            Board update
            Date: 2026-12-03

            - Peter to circulate the written consent by Dec 10
            - Next board meeting: March 11, 2027
            """)
        #expect(text.contains("Let's speak again on Thu, Mar 11."), "\(text)")
        #expect(!text.contains("suit you"))
    }

    @Test func germanDayWithoutTimeEndsWithOneDot() throws {
        let (text, _) = try Self.followUp("""
            Besprechung Einkauf
            Datum: 01.12.2026

            - Jörg klärt die Monitorarme bis nächsten Dienstag.
            - Nächster Termin: Donnerstag, 10.12.
            """)
        #expect(text.contains("Wir sprechen uns wieder am Do., 10. Dez."), "\(text)")
        #expect(!text.contains("Dez.."))
    }

    @Test func aTitleThatNamesTheMeetingKindGivesItsDay() throws {
        let (text, record) = try Self.followUp("""
            стендап 03.12 команда мобилки

            Ксюша:
            - Артур, скинь мне список багов по оплате до конца дня
            - ретро перенесли на вторник 16:00
            """)
        #expect(record.meeting.date == "2026-12-03")
        #expect(record.nextContact?.date == "2026-12-08")
        #expect(record.nextContact?.time == "16:00")
        #expect(!text.contains("4 дек."), "\(text)")
    }

    @Test func aDeadlineWithAMeetingWordIsNoNextMeeting() throws {
        let (_, record) = try Self.followUp("""
            hiring sync  3 dec

            - kate to get finance approval by friday
            - interview panel training: everyone finishes by end of month
            """)
        #expect(record.nextContact == nil)
    }

    @Test func theWeekdaySettlesHowANumericDateReads() throws {
        let (text, record) = try Self.followUp("""
            # Acme pricing call
            **Tue, Dec 1, 2026**

            | Owner | Action | Due |
            |---|---|---|
            | Nina | Security questionnaire to Omar | Thu 12/3 |
            | Omar | Pilot workspace ready | Fri 12/4 |
            """)
        #expect(record.actionItems.map { $0.due?.date } == ["2026-12-03", "2026-12-04"])
        #expect(!record.questions.contains { $0.reason == "two-way-date" }, "\(record.questions.map(\.text))")
        #expect(!text.contains("mean December"))
    }

    @Test func theSendersOwnRecapIsThisMessage() throws {
        let (text, record) = try Self.followUp("""
            Partner call - Kestrel
            Date: 2026-12-02
            Attendees: Liam Brennan, Sam Rivera

            - I'll send a recap after this so we're all on the same page
            - Liam will send the five target accounts by Wednesday
            """)
        #expect(record.actionItems.contains { $0.task.contains("recap") }, "the record keeps what the notes say")
        #expect(!text.contains("recap"), "\(text)")
        #expect(text.contains("Liam: send the five target accounts"))
        // Set 33: "отправлю письмо с итогами" is this message too, in the case the phrase puts it in.
        let (russian, _) = try Self.followUp("""
            Созвон с поставщиком
            Дата: 02.12.2026
            Участники: Лиам Бреннан, Сэм Ривера

            - Я отправлю письмо с итогами сегодня
            - Лиам пришлёт список клиентов до среды
            """)
        #expect(!russian.contains("итогами"), "\(russian)")
    }

    @Test func aStandupReportOfYesterdayIsNoTask() throws {
        let (_, record) = try Self.followUp("""
            # Payments standup – 2026-12-04

            ## Updates
            **Wei** – y: chased the flaky refund test. t: fixing it properly.
            **Kate** – y: talked to Finch Foods about the export.

            ## Action items
            - Wei: fix flaky refund test by Monday
            """)
        #expect(record.actionItems.map(\.task) == ["fix flaky refund test"], "\(record.actionItems.map(\.task))")
    }

    @Test func anArrowEndsATask() throws {
        let (_, record) = try Self.followUp("""
            Call w/ Northwind - 2026-12-02

            - Ricardo will send the contract with the new pricing -> legal reviews it after
            """)
        #expect(record.actionItems.first?.task == "send the contract with the new pricing")
    }

    @Test("no period question for a price per unit or on a line that says its period", arguments: [
        "- We agreed on $83 per label for 12 months, Ana to send the contract by Friday",
        "- $189 each one-time (= $2,835), Ana sends the order by Friday",
    ])
    func noPeriodQuestionForUnitPrices(line: String) throws {
        let (_, record) = try Self.followUp("Vendor call\nDate: 2026-12-02\nAttendees: Ana Ruiz, Sam Rivera\n\n\(line)\n")
        #expect(!record.questions.contains { $0.reason == "amount-without-period" }, "\(record.questions.map(\.text))")
    }

    /// A cap, a fixed fee, an estimate's total or a price per room and night recurs by no nature: asking "one-time or
    /// per month?" reads as not listening (the eighth reading). Each language's own words, on notes written here.
    @Test("no period question for a cap, a fixed fee or a price per unit pair", arguments: [
        ("Vendor call\nDate: 2026-12-02\nAttendees: Ana Ruiz, Sam Rivera\n\n"
            + "- Ana: send the engagement letter at $18,000 fixed + expenses capped at $900, by Friday\n", "en", 2),
        ("Lieferantengespräch\nDatum: 02.12.2026\nTeilnehmer: Ana Ruiz, Sam Rivera\n\n- Ana: Angebot mit höchstens 250.000 € schicken, bis Freitag\n", "de", 1),
        ("Llamada con el hotel\nFecha: 02/12/2026\nAsistentes: Ana Ruiz, Sam Rivera\n\n"
            + "- Ana: enviar el contrato, 112 € hab/noche con desayuno, un máximo de 2.000 € en extras, antes del viernes\n", "es", 2),
        ("Appel fournisseur\nDate : 02/12/2026\nParticipants : Ana Ruiz, Sam Rivera\n\n- Ana : envoyer le devis avec un plafond de 9 000 € d'ici vendredi\n", "fr", 1),
        ("Созвон с агентством\nДата: 02.12.2026\nУчастники: Анна Руиз, Сэм Ривера\n\n"
            + "- Анна: прислать смету до пятницы, ужин до 300 тыс. руб., координация 150 тыс. руб., фикс.\n", "ru", 2),
    ])
    func noPeriodQuestionForCapsAndFixedFees(notes: String, language: String, amounts: Int) throws {
        let (_, record) = try Self.followUp(notes)
        #expect(record.language == language)
        #expect(record.amounts.count == amounts, "\(record.amounts.map(\.text))")
        #expect(!record.questions.contains { $0.reason == "amount-without-period" }, "\(record.questions.map(\.text))")
    }

    @Test func noPeriodQuestionForAGermanPricePerPerson() throws {
        let (_, record) = try Self.followUp("""
            Lieferantengespräch Weihnachtsfeier
            Datum: 02.12.2026
            Teilnehmer: Ana Ruiz, Sam Rivera

            - Angebot: 45 € pro Person, alles inklusive. Ana schickt den Vertrag bis Freitag.
            """)
        #expect(record.language == "de")
        #expect(!record.questions.contains { $0.reason == "amount-without-period" }, "\(record.questions.map(\.text))")
    }

    @Test("a sum without its period is still asked, a clock time on its line notwithstanding", arguments: [
        "- We agreed the pilot costs EUR 20,000.",
        "- We agreed the pilot costs EUR 20,000, kickoff at 3pm.",
    ])
    func aSumWithoutPeriodIsStillAsked(line: String) throws {
        let (_, record) = try Self.followUp("Vendor call\nDate: 2026-12-02\n\n\(line)\n")
        #expect(record.questions.contains { $0.reason == "amount-without-period" }, "\(record.questions.map(\.text))")
    }

    @Test func whisperSpeakerNamesNameTheSpeakers() throws {
        let json = """
            {"text": "x", "speaker_names": {"SPEAKER_00": "Elena Park (COO)", "SPEAKER_01": "David Kim"},
             "segments": [
              {"start": 0.0, "end": 3.0, "text": " Okay, let's start.", "speaker": "SPEAKER_00"},
              {"start": 3.0, "end": 6.0, "text": " David, can you send the board deck by Monday?", "speaker": "SPEAKER_00"},
              {"start": 6.0, "end": 9.0, "text": " Yes, I'll send it.", "speaker": "SPEAKER_01"}
             ]}
            """
        let directory = try TempDirectory()
        let config = try directory.write("[sender]\nname = \"Elena Park\"\n", to: "config.toml")
        let environment = try RunEnvironment(configPath: config, now: "2026-12-04T18:00:00Z", timeZone: "UTC", date: "2026-12-04")
        let record = try Pipeline(options: environment.pipelineOptions).process(bytes: Array(json.utf8), source: "call.json").record
        #expect(record.meeting.participants.map(\.name).contains("Elena Park"), "\(record.meeting.participants)")
        #expect(record.actionItems.first?.owner == "David Kim", "\(record.actionItems)")
    }

    /// Set 37: a Whisper export whose segments carry no diarization but open with the speaker's name (" Hannah: Great.")
    /// read every turn as a to-do labelled with a name ("Hannah: same, hire", "Sam I'm: I'm here, sorry").
    @Test func namesWrittenIntoWhisperSegmentsAreTheSpeakers() throws {
        let json = """
            {"text": "x", "segments": [
              {"start": 0.0, "end": 3.0, "text": " Jo: Okay, we're recording. This is the debrief."},
              {"start": 3.0, "end": 6.0, "text": " Sam: I'm here, sorry, I was on mute."},
              {"start": 6.0, "end": 9.0, "text": " Hannah: Same, hire. I'll ping Rachel right after this"},
              {"start": 9.0, "end": 12.0, "text": " and set up references by Wednesday."},
              {"start": 12.0, "end": 15.0, "text": " Jo: Great. I'll get the written offer out by Friday."}
             ]}
            """
        let record = try extract(json, date: "2028-02-15", file: "call.json")
        let items = record.actionItems.map { ($0.owner ?? "-", $0.task) }
        #expect(Set(record.meeting.participants.map(\.name)) == ["Jo", "Sam", "Hannah"], "\(record.meeting.participants)")
        #expect(items.contains { $0 == ("Jo", "get the written offer out") }, "\(items)")
        #expect(items.contains { $0.0 == "Hannah" && $0.1.hasPrefix("ping Rachel") }, "\(items)")
        #expect(!items.contains { $0.1.contains("mute") || $0.1.contains("hire") }, "\(items)")
    }

    /// An initial's dot ends no task: "send the offer to M. Okafor" was cut to "send the offer to M", and set 37's
    /// "после согласования с А. В. Никитиным отправить его в казначейство" became two tasks.
    @Test("an initial keeps the task whole", arguments: [
        ("- Alice: send the offer to M. Okafor by Friday", "en", "send the offer to M. Okafor"),
        ("- Ковалёва: после согласования с А. В. Никитиным отправить медиаплан в казначейство до пятницы", "ru",
         "после согласования с А. В. Никитиным отправить медиаплан в казначейство"),
    ])
    func initialsKeepTheTask(line: String, language: String, task: String) throws {
        let record = try extract("Notes 2028-03-22\nAttendees: Alice, Ковалёва\n\n" + line + "\n", date: "2028-03-22", language: language)
        #expect(record.actionItems.map(\.task) == [task], "\(record.actionItems.map(\.task))")
    }

    @Test func aDaySaidWithItsWeekdayAsTheCallOpensIsTheMeetingsDay() throws {
        let (text, record) = try Self.followUp("""
            Rachel Okafor  0:03
            Okay, I think Otter's running. So it's Wednesday, December 2nd.

            Liam Brennan  0:14
            Sounds good. I'll send the target accounts by Friday.

            Rachel Okafor  0:20
            Great, thanks.
            """)
        #expect(record.meeting.date == "2026-12-02")
        #expect(record.actionItems.first?.due?.date == "2026-12-04")
        #expect(text.contains("Wed, Dec 2"), "\(text)")
    }

    @Test func aDayRangeAfterAMonthIsNoHour() throws {
        let (_, record) = try Self.followUp("Standup 2026-12-04\n\n- Sam will take the on-call shift the weekend of Dec 12–13\n")
        #expect(record.actionItems.first?.due?.time == nil)
        #expect(record.actionItems.first?.due?.date == "2026-12-12")
        let task = try #require(record.actionItems.first?.task)
        // "the weekend of Dec 12–13" names the shift: the range stays whole in the task, never cut to "–13".
        #expect(task.hasPrefix("take the on-call shift") && (task.contains("Dec 12–13") || !task.contains("13")), "\(task)")
    }

    @Test func aTitledWeekdayWithOrdinalIsOneDay() throws {
        let (_, record) = try Self.followUp("Renewal call 2026-12-04\n\n- Jake will send the paperwork by Wednesday\n- Next: touch base Tues the 15th at 1pm\n")
        #expect(record.nextContact?.date == "2026-12-15")
        #expect(record.nextContact?.time == "13:00")
    }

    @Test func aGreetingIsNoTask() throws {
        let (_, record) = try Self.followUp("""
            WEBVTT

            00:00:02.000 --> 00:00:10.000
            Ирина Волкова: Андрей, добрый день. Сегодня у нас вторник, первое декабря.

            00:00:11.000 --> 00:00:16.000
            Андрей Соколов: Добрый день, Ирина. Да, давайте.

            00:00:16.500 --> 00:00:28.000
            Ирина Волкова: Андрей, пришлите договор до пятницы.
            """)
        #expect(!record.actionItems.contains { $0.task.contains("добрый") }, "\(record.actionItems.map(\.task))")
    }

    @Test func toDosLabelledWithMeOrALowerCaseNameHaveTheirOwner() throws {
        let (text, record) = try Self.followUp("""
            созвон с Ромашкой — ср 2.12, 11:00 мск
            от них: Сергей Петров (закупки), Ольга Кузнецова (логистика)
            от нас: я, Марина Белова (пресейл)

            задачи
            - я — обновлённое КП (60 польз., -10%, годовая оплата) — до пятницы
            - марина — демо-стенд под их номенклатуру — к понедельнику
            - Ольга — справочник товаров в xlsx — завтра
            """)
        let owners = record.actionItems.map { $0.owner ?? ($0.byAuthor == true ? "(author)" : "-") }
        #expect(owners == ["Sam Rivera", "Марина Белова", "Ольга Кузнецова"], "\(record.actionItems)")
        #expect(!text.contains("Кто возьмёт"), "\(text)")
    }

    @Test func aFrenchToDoLabelledMoiIsTheSendersAndATitledSurnameIsKnown() throws {
        let (text, record) = try Self.followUp("""
            appel client Maison Lenoir – lun 30/11, 16h
            côté client : Isabelle Lenoir (gérante), Karim Benali (resp. e-commerce)

            à faire
            - moi : rapport d'incident écrit → d'ici mercredi
            - Mme Lenoir : confirmer pour l'avoir → avant vendredi
            - moi : activer Premium à partir du 1er janvier
            """)
        #expect(text.contains("- De mon côté\u{00A0}: rapport d'incident écrit"), "\(text)")
        #expect(record.actionItems.contains { $0.owner == "Mme Lenoir" }, "\(record.actionItems)")
        #expect(!text.contains("Qui se charge"))
        let premium = try #require(record.actionItems.first { $0.task.contains("Premium") })
        #expect(premium.task == "activer Premium à partir du 1er janvier")
        #expect(premium.due == nil)
    }

    @Test func colleaguesListedAsOurSideAreNotGreeted() throws {
        let (text, record) = try Self.followUp("""
            созвон с Ромашкой — ср 2.12, 11:00 мск
            от них: Сергей Петров (закупки), Ольга Кузнецова (логистика)
            от нас: Марина Белова (пресейл)

            задачи
            - Ольга — справочник товаров в xlsx — завтра
            """)
        #expect(text.contains("Сергей и Ольга, добрый день!"), "\(text)")
        #expect(record.meeting.participants.contains { $0.name == "Марина Белова" && $0.onOurSide == true })
        #expect(!record.json.rendered().contains("onOurSide"), "the contract's participants stay name and e-mail")
    }

    @Test func theSubjectHasOneColon() throws {
        let (text, _) = try Self.followUp("""
            # Acme Logistics: pricing review
            **Tue, Dec 1, 2026**

            - Nina will send the security questionnaire to Omar by Thursday
            """)
        let subject = try #require(text.split(separator: "\n").first)
        #expect(subject == "Subject: Follow-up: Acme Logistics – pricing review, Dec 1", "\(subject)")
    }

    /// A row's owner may carry a title the attendee list leaves out, or be a firm ("Calder & Pike"); "no date" is no
    /// date. Found in the eighth reading; written here with other names.
    @Test func tableOwnersWithATitleOrAFirmsName() throws {
        let (_, record) = try Self.followUp("""
            # Audit kick-off – Feb 12, 2027
            Attendees: Ines Vogt, Ruth Amsel, Sam Rivera

            | Owner | Action | Due |
            |---|---|---|
            | Dr. Ines Vogt (Tessera) | Send the revised draft | Feb 15 |
            | Hale & Pike (Ruth) | Send the engagement letter | Feb 19 |
            | Hale & Pike (Owen) | Confirm the committee slot | no date |
            """)
        let items = record.actionItems.map { ($0.owner ?? "-", $0.task, $0.due?.date ?? "-") }
        #expect(items.count == 3, "\(items)")
        #expect(items.first.map { $0.0.hasSuffix("Ines Vogt") && $0.2 == "2027-02-15" } == true, "\(items)")
        #expect(items.dropFirst().allSatisfy { $0.0 == "Hale & Pike" }, "\(items)")
        #expect(items.last.map { $0.1 == "confirm the committee slot" && $0.2 == "-" } == true, "\(items)")
    }

    /// German closes the clause with the verb: "Das krieg ich nicht hin" refuses, where "Das krieg ich hin" promises.
    @Test func aGermanRefusalAfterTheFiniteVerbIsNoTask() throws {
        let (_, record) = try Self.followUp("""
            Jonas Weber: Guten Morgen, Herr Brenner.
            Thomas Brenner: Guten Morgen. Können Sie beim Preis noch zehn Prozent nachlassen?
            Jonas Weber: Zehn Prozent, das krieg ich nicht hin, ehrlich.
            Thomas Brenner: Schade. Und die Pläne?
            Jonas Weber: Die Pläne schicke ich Ihnen bis Freitag.
            Thomas Brenner: Danke.
            """)
        #expect(record.language == "de")
        #expect(!record.actionItems.contains { $0.task.contains("hin") }, "\(record.actionItems.map(\.task))")
        #expect(record.actionItems.contains { $0.task.contains("Pläne") }, "\(record.actionItems.map(\.task))")
    }

    /// "Lo preparo yo", "Give me one second", "Let me put it this way": the speaker's own pronoun after a verb is no
    /// object, and asking for a moment is talk about the call, not a task (the ninth reading).
    @Test("a verb with only the speaker's pronoun, or a moment asked for, is no task", arguments: [
        ("Sergio Vidal: Hola, Pablo.\nPablo Ruiz: Hola.\nSergio Vidal: La prueba práctica, la preparo yo.\nPablo Ruiz: Vale.\n"
            + "Sergio Vidal: Y mañana te llamo yo.\nPablo Ruiz: Perfecto.\n", "es"),
        ("Dana Cole: Hi Marcus.\nMarcus Lee: Hi Dana.\nDana Cole: Give me one second, I want to check something.\nMarcus Lee: Sure.\n"
            + "Dana Cole: Let me put it this way: the price holds.\nMarcus Lee: Okay.\n", "en"),
    ])
    func aVerbWithTheSpeakersPronounIsNoTask(call: String, language: String) throws {
        let (_, record) = try Self.followUp(call)
        #expect(record.language == language)
        #expect(record.actionItems.isEmpty, "\(record.actionItems.map(\.task))")
    }
}
