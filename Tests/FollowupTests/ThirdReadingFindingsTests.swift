import Foundation
import Followup
import FollowupExtraction
import FollowupTestSupport
import Testing

/// Classes the third reading of 20 fresh notes and transcripts flagged that were still open on
/// 2026-12-06, each on text written for it here: a department after "in" read as an hour, a word of
/// the task dropped as a filler, a greeting read as tomorrow, a weekday with "der" before its date,
/// a noun after an article taken for a person, a farewell before the next contact, and a fixed price
/// asked about as if it might be monthly.
@Suite struct ThirdReadingFindingsTests {
    static func followUp(_ notes: String, source: String = "notes.txt") throws -> (text: String, record: ExtractionRecord) {
        try SendableTextTests.followUp(notes, source: source)
    }

    @Test func aDepartmentAfterInIsNoHourAndOkayAfterIsStays() throws {
        let (text, record) = try Self.followUp("""
            WEBVTT

            00:00:01.000 --> 00:00:06.000
            <v Priya Shah>He wants to start in March. Can he work from Lisbon for the first month?

            00:00:06.000 --> 00:00:11.000
            <v Sam Rivera>I'll ask Tom in HR whether a month abroad is okay and get back to you.
            """, source: "debrief.vtt")
        let ask = try #require(record.actionItems.first { $0.task.contains("Tom") })
        // "in HR" is where Tom works: no deadline, so the step asks nothing of the day and says none.
        #expect(ask.due == nil, "\(ask)")
        #expect(!record.dates.contains { $0.text.contains("HR") }, "\(record.dates)")
        #expect(ask.task.contains("whether a month abroad is okay and get back"), "\(ask.task)")
        #expect(text.contains("- I will ask Tom in HR whether a month abroad is okay and get back to you\n"), "\(text)")
    }

    static let standup = """
        WEBVTT

        00:00:00.000 --> 00:00:05.000
        <v Sam Rivera>Guten Morgen! Mittwoch, der 2. Dezember, unser Standup. Mara, fängst du an?

        00:00:05.000 --> 00:00:11.000
        <v Mara Engel>Gern. Die Umfrage endet heute, bitte noch eintragen. Ich schicke Jonas bis Freitag die Testdaten.

        00:00:11.000 --> 00:00:16.000
        <v Jonas Vogt>Okay. Das Ticket schließt morgen.

        00:00:16.000 --> 00:00:21.000
        <v Sam Rivera>Danke, dann einen guten Tag noch, wir sehen uns Donnerstag um halb elf.
        """

    @Test func aGermanStandupsOpeningGivesItsDayAndNoTomorrow() throws {
        let (_, record) = try Self.followUp(Self.standup, source: "standup.vtt")
        // The first turn names the day: Wednesday, 2 December; "Guten Morgen" names no day.
        #expect(record.meeting.date == "2026-12-02", "\(record.meeting)")
        #expect(!record.dates.contains { $0.text == "Morgen" }, "\(record.dates)")
        #expect(record.dates.contains { $0.text.hasPrefix("Mittwoch, der 2. Dezember") && $0.date == "2026-12-02" }, "\(record.dates)")
    }

    @Test func aNounAfterItsArticleOwnsNoTask() throws {
        let (_, record) = try Self.followUp(Self.standup, source: "standup.vtt")
        let owners = record.actionItems.compactMap(\.owner)
        #expect(!owners.contains("Ticket") && !owners.contains("Umfrage"), "\(record.actionItems)")
        #expect(record.actionItems.contains { $0.owner == "Mara Engel" && $0.due?.date == "2026-12-04" }, "\(record.actionItems)")
    }

    @Test func aFarewellBeforeTheNextContactDoesNotHideIt() throws {
        let (text, record) = try Self.followUp(Self.standup, source: "standup.vtt")
        // Thursday after Wednesday, 2 December, at half past ten.
        #expect(record.nextContact?.date == "2026-12-03", "\(String(describing: record.nextContact))")
        #expect(record.nextContact?.time == "10:30", "\(String(describing: record.nextContact))")
        #expect(text.contains("Do., 3. Dez., 10:30"), "\(text)")
    }

    @Test func aFixedPriceIsPaidOnce() throws {
        let (text, record) = try Self.followUp("""
            # Data platform steering group
            Date: 2026-12-03

            ## Decisions
            - Migration of the reporting layer approved at GBP 36,500, fixed price.
            - Support retainer of GBP 2,000 per month from March.
            """)
        let price = try #require(record.amounts.first { $0.value == 36_500 })
        #expect(price.period == "one-time", "\(price)")
        #expect(!text.contains("Is the GBP 36,500 one-time"), "\(text)")
        #expect(!record.questions.contains { $0.text.contains("36,500") }, "\(record.questions)")
    }

    static let teamCall = """
        WEBVTT

        00:00:00.000 --> 00:00:05.000
        <v Sam Rivera>Hallo zusammen, Dienstag, der 1. Dezember. Kurz die Runde.

        00:00:05.000 --> 00:00:11.000
        <v Lea Brandt>Ich denke, ich krieg die Migration bis Donnerstag hin.

        00:00:11.000 --> 00:00:17.000
        <v Ole Hansen>Lea, deinen Entwurf zum Rollout schau ich mir morgen an.

        00:00:17.000 --> 00:00:24.000
        <v Lea Brandt>Die Schulung organisiere ich mit dem Betriebsrat und schicke euch bis Freitag eine Einladung.
        """

    @Test func germanColloquialFormsAndTwoVerbsInOneTurn() throws {
        let (_, record) = try Self.followUp(Self.teamCall, source: "runde.vtt")
        let tasks = record.actionItems.map { "\($0.owner ?? "-"): \($0.task) @\($0.due?.date ?? "-")" }
        // "krieg … hin" is "hinkriegen"; "schau ich mir … an" is Ole's, with its "zum" kept.
        #expect(tasks.contains("Lea Brandt: die Migration hinkriegen @2026-12-03"), "\(tasks)")
        #expect(tasks.contains("Ole Hansen: deinen Entwurf zum Rollout anschauen @2026-12-02"), "\(tasks)")
        // Each verb at the end of its own clause, not "… und schicke euch eine Einladung organisieren".
        #expect(tasks.contains("Lea Brandt: die Schulung mit dem Betriebsrat organisieren und eine Einladung schicken @2026-12-04"), "\(tasks)")
    }

    @Test func whatAParticipantPromisesUsIsWrittenFromOurSide() throws {
        let (text, record) = try Self.followUp("""
            WEBVTT

            00:00:00.000 --> 00:00:04.000
            <v Sam Rivera>Thanks for making time, Dana. We still need the invoices from October.

            00:00:04.000 --> 00:00:09.000
            <v Dana Cole>Sure, I can send you the invoices by Friday, once you confirm the PO number.

            00:00:09.000 --> 00:00:12.000
            <v Jo Park>And the signed contract for our files?

            00:00:12.000 --> 00:00:15.000
            <v Dana Cole>Jo, I'll send you the contract tomorrow.
            """, source: "billing.vtt")
        // JSON keeps the words as said; the follow-up, from Sam to Dana, says "us" for Sam's side.
        #expect(record.actionItems.contains { $0.task.hasPrefix("send you the invoices") }, "\(record.actionItems)")
        #expect(text.contains("- Dana: send us the invoices, once we confirm the PO number, by Fri, Dec 11"), "\(text)")
        // Said to Jo, by name: "you" is Jo, not us.
        #expect(!text.contains("send us the contract"), "\(text)")
    }

    /// The fourteenth reading: "Fiona: get sign-off from our COO" in a mail to Fiona; her "our" is the reader's side.
    @Test func whatAParticipantSaysOfTheirOwnSideIsTheirs() throws {
        let (text, record) = try Self.followUp("""
            WEBVTT

            00:00:00.000 --> 00:00:04.000
            <v Sam Rivera>Thanks for making time, Dana. Can we sign this month?

            00:00:04.000 --> 00:00:09.000
            <v Dana Cole>I'll get sign-off from our CFO by Friday.
            """, source: "billing.vtt")
        #expect(record.actionItems.contains { $0.task.hasPrefix("get sign-off from our CFO") }, "\(record.actionItems)")
        #expect(text.contains("- Dana: get sign-off from your CFO"), "\(text)")
    }

    @Test func contextIsNoAgreementAndAPastSpanStaysInItsTask() throws {
        let (text, record) = try Self.followUp("""
            Call with Norvik Foods
            Date: Tue 1 Dec 2026
            Attendees: Ines Moreau (Norvik), Sam Rivera

            Context
            - Ines: 2027 budget approved, but anything above 20k goes to the board.

            Agreed
            - Trial on two warehouses from 11 January.

            Actions
            - Ines: usage export (previous 6 months of orders) by Friday
            """)
        let agreed = SenderReviewFindingsTests.section("What we agreed:", of: text)
        #expect(!agreed.contains { $0.contains("board") || $0.contains("budget") }, "\(agreed)")
        #expect(agreed.contains { $0.contains("Trial on two warehouses") }, "\(agreed)")
        let export = try #require(record.actionItems.first { $0.task.contains("usage export") })
        #expect(export.task == "usage export (previous 6 months of orders)", "\(export.task)")
        #expect(export.due?.date == "2026-12-04", "\(export)")
    }

    @Test func initialsInAnUnlabelledAttendeeLineNameTheirPeople() throws {
        let (text, record) = try Self.followUp("""
            Kestrel reseller call - Thu 3 Dec
            MB (Mia Brooks, Channels @ Kestrel), SR (Sam Rivera, me), Ada Lin (our SE)

            - MB: send the reseller price list - by Tue
            - SR: draft the referral addendum - by Fri
            """)
        // MB is Mia Brooks; SR is the writer, whose step is said in the first person.
        #expect(record.meeting.participants.contains { $0.name == "Mia Brooks" && $0.email == nil }, "\(record.meeting.participants)")
        #expect(record.actionItems.contains { $0.owner == "Mia Brooks" && $0.task.hasPrefix("send the reseller price list") }, "\(record.actionItems)")
        #expect(text.contains("- Mia: send the reseller price list, by Tue, Dec 8"), "\(text)")
        #expect(text.contains("- I will draft the referral addendum, by Fri, Dec 4"), "\(text)")
        #expect(text.contains("Hi Mia,"), "\(text)")
    }

    @Test func aMonthWithoutACountIsNoDateAndADemoIsTheNextContact() throws {
        let (text, record) = try Self.followUp("""
            WEBVTT

            00:00:00.000 --> 00:00:06.000
            <v Sam Rivera>Hoy, jueves 3 de diciembre, repasamos la propuesta. Lo que más os cuesta es el cierre de mes, ¿verdad?

            00:00:06.000 --> 00:00:12.000
            <v Nuria Gil>Sí, el cierre de mes y las conciliaciones. La demo con el equipo la hacemos la semana que viene.

            00:00:12.000 --> 00:00:16.000
            <v Sam Rivera>¿Qué tal el miércoles 9 a las diez?

            00:00:16.000 --> 00:00:19.000
            <v Nuria Gil>Miércoles 9 a las diez, perfecto.
            """, source: "demo.vtt")
        // "de mes" counts nothing: no date a month on.
        #expect(!record.dates.contains { $0.text.contains("mes") }, "\(record.dates)")
        #expect(record.nextContact?.date == "2026-12-09" && record.nextContact?.time == "10:00", "\(String(describing: record.nextContact))")
        #expect(text.contains("miércoles 9 de diciembre, a las 10:00"), "\(text)")
    }

    @Test func anAbbreviatedNextBeforeAWeekdayAndATrailingAlso() throws {
        let (text, _) = try Self.followUp("""
            Звонок с «Север-Логистик»
            Дата: 1 декабря 2026
            Участники: Олег Панов, Sam Rivera

            Задачи:
            - Олег — список складов и график поставок к след. пятнице
            - Олег — прислать тарифы на хранение, тоже до 10.12
            """)
        // "след." is "следующей": Friday of next week, 11 December, not this Friday.
        #expect(text.contains("- Олег: список складов и график поставок, до 11 декабря (пт)"), "\(text)")
        #expect(text.contains("- Олег: прислать тарифы на хранение, до 10 декабря (чт)"), "\(text)")
    }

    @Test func aDeferredDecisionIsNoAgreement() throws {
        let (text, _) = try Self.followUp("""
            # Platform steering group
            Date: 2026-12-02

            ## Decisions
            - Cloud region: Frankfurt confirmed.

            ## Discussion
            - Data retention: one year or three? Decision deferred to January; legal to bring options.
            """)
        let agreed = SenderReviewFindingsTests.section("What we agreed:", of: text)
        #expect(agreed.contains { $0.contains("Frankfurt") }, "\(agreed)")
        #expect(!agreed.contains { $0.lowercased().contains("deferred") }, "\(agreed)")
    }

    @Test func aTimeAfterSayKeepsItsZone() throws {
        let (text, record) = try Self.followUp("""
            WEBVTT

            00:00:00.000 --> 00:00:05.000
            <v Sam Rivera>Thanks Ruth. Let's have a short call on the 9th, say 3 p.m. Eastern, to walk through the quote.

            00:00:05.000 --> 00:00:08.000
            <v Ruth Ames>The 9th at 3 Eastern works.
            """, source: "quote.vtt")
        #expect(record.nextContact?.date == "2026-12-09" && record.nextContact?.time == "15:00", "\(String(describing: record.nextContact))")
        #expect(text.contains("Wed, Dec 9, 15:00 Eastern"), "\(text)")
    }

    @Test(arguments: [
        ("Jonas schickt den Entwurf bis Mitte nächster Woche.", "de"),
        ("Jonas will send the draft by the middle of next week.", "en"),
        ("Jonas manda el borrador a mediados de la semana que viene.", "es"),
        ("Jonas enverra le brouillon au milieu de la semaine prochaine.", "fr"),
        ("Йонас пришлёт черновик к середине следующей недели.", "ru"),
    ])
    func theMiddleOfNextWeekIsItsWednesday(line: String, language: String) throws {
        let record = try extract(line + "\n", date: "2026-11-30", language: language)
        // Monday 30 November: next week's Wednesday is 9 December.
        #expect(record.dates.map(\.date) == ["2026-12-09"], "\(record.dates)")
    }
}
