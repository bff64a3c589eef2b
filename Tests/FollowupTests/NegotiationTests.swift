import Foundation
import Followup
import FollowupExtraction
import FollowupTestSupport
import Testing

/// Terms one speaker proposes and another takes in the next turn ("What if…?" "That works."): what a
/// negotiation agreed, though nobody said "agreed". Transcripts written for these tests, in every
/// language the lexicons ship.
@Suite struct NegotiationTests {
    static func followUp(_ transcript: String, source: String) throws -> (text: String, record: ExtractionRecord) {
        try SendableTextTests.followUp(transcript, source: source)
    }

    static let english = """
        WEBVTT

        00:00:01.000 --> 00:00:05.000
        <v Priya Nair>Thanks for making time today, Daniel.

        00:00:05.500 --> 00:00:12.000
        <v Daniel Brooks>Sure. We looked at the quote, and twelve thousand dollars a month is more than we planned.

        00:00:12.500 --> 00:00:20.000
        <v Priya Nair>Understood. What if we start with the analytics tier only, at 9,500 dollars per month for the first six months? Would that help?

        00:00:20.500 --> 00:00:25.000
        <v Daniel Brooks>Okay, that works for us. I'll get the purchase order raised by Friday.

        00:00:25.500 --> 00:00:30.000
        <v Priya Nair>How about we also add two extra seats for free?

        00:00:30.500 --> 00:00:34.000
        <v Daniel Brooks>Not sure that works with our procurement rules, let me check.

        00:00:34.500 --> 00:00:38.000
        <v Priya Nair>And how about a 5% discount in year two?

        00:00:38.500 --> 00:00:41.000
        <v Daniel Brooks>Deal? I would have to ask Maria first.
        """

    @Test func aProposalTakenInTheNextTurnIsAgreed() throws {
        let (text, record) = try Self.followUp(Self.english, source: "pricing.vtt")
        let agreed = SenderReviewFindingsTests.section("What we agreed:", of: text)
        let decision = try #require(record.decisions.first { $0.text.contains("analytics tier") }, "\(record.decisions)")
        // The terms without the phrase that proposed them, from the proposal's line.
        #expect(!decision.text.lowercased().hasPrefix("what if"), "\(decision.text)")
        #expect(decision.source?.text.contains("What if we start") ?? false)
        #expect(agreed.contains { $0.contains("analytics tier") }, "\(text)")
        // The price in it was offered and taken: agreed, with its period; the first quote was not.
        let price = try #require(record.amounts.first { $0.value == 9500 })
        #expect(price.role == "agreed" && price.period == "month")
        let quote = try #require(record.amounts.first { $0.value == 12000 })
        #expect(quote.role != "agreed")
        // Not asked back as an open question.
        #expect(!SenderReviewFindingsTests.section("Please confirm:", of: text).contains { $0.contains("analytics tier") }, "\(text)")
    }

    @Test func aDoubtOrAQuestionBackTakesNothing() throws {
        let (_, record) = try Self.followUp(Self.english, source: "pricing.vtt")
        #expect(!record.decisions.contains { $0.text.contains("extra seats") }, "\(record.decisions)")
        #expect(!record.decisions.contains { $0.text.contains("discount in year two") }, "\(record.decisions)")
    }

    @Test func theSameSpeakerOrADayToMeetIsNoAgreement() throws {
        let (_, record) = try Self.followUp("""
            WEBVTT

            00:00:01.000 --> 00:00:06.000
            <v Tom Baker>What if we move the rollout to the second week of January?

            00:00:06.500 --> 00:00:10.000
            <v Tom Baker>That works for me, actually.

            00:00:10.500 --> 00:00:14.000
            <v Lena Fischer>Good. Last thing, our weekly check-in. How about Tuesdays at ten?

            00:00:14.500 --> 00:00:17.000
            <v Tom Baker>Tuesday at ten works for me.
            """, source: "rollout.vtt")
        #expect(record.decisions.isEmpty, "\(record.decisions)")
    }

    @Test func germanSpanishFrenchAndRussianTermsAreAgreedToo() throws {
        let cases: [(source: String, transcript: String, terms: String, value: Double)] = [
            ("wartung.srt", """
                1
                00:00:01,000 --> 00:00:04,000
                Jana Vogt: Guten Tag, Herr Keller. Die Wartung kostet bisher 1.800 Euro im Monat.

                2
                00:00:04,500 --> 00:00:10,000
                Martin Keller: Das ist uns zu teuer.

                3
                00:00:10,500 --> 00:00:16,000
                Jana Vogt: Wie wäre es mit einer Laufzeit von 24 Monaten zu 1.500 Euro monatlich?

                4
                00:00:16,500 --> 00:00:20,000
                Martin Keller: Einverstanden. Schicken Sie mir bitte den Vertrag bis Freitag.
                """, "mit einer Laufzeit von 24 Monaten", 1500),
            ("licencias.vtt", """
                WEBVTT

                00:00:01.000 --> 00:00:05.000
                <v Lucía Romero>Buenos días, Andrés. ¿Qué tal si lo dejamos en 2.600 euros al mes con un contrato de un año?

                00:00:05.500 --> 00:00:09.000
                <v Andrés Gil>De acuerdo, nos parece bien. Te confirmo por escrito mañana.
                """, "contrato de un año", 2600),
            ("formation.vtt", """
                WEBVTT

                00:00:01.000 --> 00:00:06.000
                <v Claire Martin>Bonjour Hugo. Je vous propose 12 jours de formation sur site à 900 € HT par jour.

                00:00:06.500 --> 00:00:09.000
                <v Hugo Bernard>D'accord, ça nous va. Envoyez-moi la convention d'ici vendredi.
                """, "12 jours de formation", 900),
            ("proekt.srt", """
                1
                00:00:01,000 --> 00:00:06,000
                Анна Смирнова: Предлагаю фиксированную цену 450 000 рублей за весь проект, оплата в два этапа.

                2
                00:00:06,500 --> 00:00:09,000
                Олег Иванов: Договорились. Пришлите договор до пятницы.
                """, "оплата в два этапа", 450_000),
        ]
        for example in cases {
            let (text, record) = try Self.followUp(example.transcript, source: example.source)
            #expect(record.decisions.contains { $0.text.contains(example.terms) }, "\(example.source): \(record.decisions)")
            #expect(record.amounts.first { $0.value == example.value }?.role == "agreed", "\(example.source): \(record.amounts)")
            #expect(text.lowercased().contains(example.terms.lowercased()), "\(example.source): \(text)")
        }
    }

    @Test func anOfferTakenIsNoTaskOfTheOneWhoOfferedIt() throws {
        let (text, record) = try Self.followUp("""
            1
            00:00:01,000 --> 00:00:07,000
            Павел Орлов: Ниже не получится. Но могу предложить так: два миллиона рублей, а обучение проводим онлайн.

            2
            00:00:07,500 --> 00:00:10,000
            Светлана Белова: Меня это устраивает.
            """, source: "obuchenie.srt")
        #expect(record.decisions.contains { $0.text.contains("два миллиона рублей, а обучение проводим онлайн") }, "\(record.decisions)")
        #expect(!record.actionItems.contains { $0.task.contains("предложить") }, "\(record.actionItems)")
        #expect(!text.contains("предложить"), "\(text)")
    }

    /// What the remaining speakers say once the other side has left is theirs: kept out like a private note.
    @Test func talkAfterTheOtherSideHasLeftStaysOut() throws {
        let transcript = """
            WEBVTT

            00:00:01.000 --> 00:00:05.000
            <v Oscar Lind>I'll send the signed NDA by Friday.

            00:00:05.500 --> 00:00:08.000
            <v Nina Patel>Great, thanks everyone, talk soon.

            00:00:08.500 --> 00:00:10.000
            <v Oscar Lind>Bye!

            00:00:12.000 --> 00:00:18.000
            <v Nina Patel>Are they gone? Okay. How about we keep a ten percent buffer in the estimate and don't mention it?

            00:00:18.500 --> 00:00:22.000
            <v Marco Silva>Sounds good. I'll update the margin sheet by Monday.
            """
        let (text, record) = try Self.followUp(transcript, source: "nda.vtt")
        #expect(text.contains("signed NDA"), "\(text)")
        #expect(!text.contains("buffer") && !text.contains("margin sheet"), "\(text)")
        // Extraction keeps them, marked private, so the sender's review can list them.
        #expect(record.privateLines.contains(13) && record.privateLines.contains(16) && !record.privateLines.contains(4), "\(record.privateLines)")
        #expect(record.actionItems.contains { $0.task.contains("margin sheet") }, "\(record.actionItems)")
    }

    /// A threshold ("any deal over $50,000") or a cost that happens once by nature (a setup fee, an event) is
    /// asked no period; a price that may recur still is.
    @Test func thresholdsAndOneOffCostsAreAskedNoPeriod() throws {
        let (_, record) = try SendableTextTests.followUp("""
            Vendor call: Orbis
            Date: 2026-12-02
            Attendees: Kim Lee, Raj Patel

            - Orbis gives 25% on any deal over $50,000.
            - Setup of $1,500, paid by us.
            - Hosting stays at $900.
            """)
        let asked = record.questions.map(\.text).joined(separator: " | ")
        #expect(!asked.contains("50,000") && !asked.contains("1,500"), "\(asked)")
        #expect(asked.contains("900"), "\(asked)")
        let (_, german) = try SendableTextTests.followUp("""
            Lieferantengespräch Kessler
            Datum: 02.12.2026
            Teilnehmer: Eva Roth, Jan Berg

            - Bestellungen ab 5.000 € brauchen eine Freigabe.
            - Wartung bleibt bei 700 €.
            """)
        let gefragt = german.questions.map(\.text).joined(separator: " | ")
        #expect(!gefragt.contains("5.000") && gefragt.contains("700"), "\(gefragt)")
    }

    /// In a call, what someone not on it will do, with no day, is talk about them; with a day it is a step.
    @Test func whatSomeoneNotOnTheCallWillDoIsTalkUnlessItHasADay() throws {
        let (_, record) = try Self.followUp("""
            WEBVTT

            00:00:01.000 --> 00:00:05.000
            <v Hana Kim>Our CFO Robert is going to ask about the price increase.

            00:00:05.500 --> 00:00:09.000
            <v Luis Ortega>I will send you the comparison sheet by Thursday.

            00:00:09.500 --> 00:00:13.000
            <v Hana Kim>Good. Robert will sign the order by December 18.
            """, source: "order.vtt")
        let items = record.actionItems.map { "\($0.owner ?? "-"): \($0.task)" }
        #expect(!items.contains { $0.contains("price increase") }, "\(items)")
        #expect(items.contains { $0.hasPrefix("Luis Ortega:") && $0.contains("comparison sheet") }, "\(items)")
        #expect(record.actionItems.contains { $0.owner == "Robert" && $0.due?.date == "2026-12-18" }, "\(items)")
    }

    /// "Okay. I think we can work with that. 4,200 euros per quarter, two-year term.": terms with a number said
    /// right after an agreement restate what was agreed; a reservation ("however") restates nothing.
    @Test func termsSaidRightAfterAnAgreementAreAgreed() throws {
        let (_, record) = try Self.followUp("""
            WEBVTT

            00:00:01.000 --> 00:00:06.000
            <v Omar Haddad>The support plan would stay as it is, with the response times we discussed.

            00:00:06.500 --> 00:00:12.000
            <v Lea Brandt>Okay. I think we can work with that. 4,200 euros per quarter, two-year term, support included.

            00:00:12.500 --> 00:00:16.000
            <v Omar Haddad>Perfect. And the trainee position?

            00:00:16.500 --> 00:00:21.000
            <v Lea Brandt>That works. The candidate would however like 5,100 euros a month.
            """, source: "support.vtt")
        let decision = try #require(record.decisions.first { $0.text.contains("4,200 euros per quarter") }, "\(record.decisions)")
        #expect(decision.text.hasPrefix("4,200"))
        #expect(record.amounts.first { $0.value == 4200 }?.role == "agreed")
        #expect(!record.decisions.contains { $0.text.contains("5,100") }, "\(record.decisions)")
    }

    /// Minutes that summarise a negotiation: "se acuerda" in the present, the agreed price in bold, what was asked
    /// before it on the same line, and a questions heading with more words than the bare keyword.
    @Test func aSummaryLineKeepsTheAgreedPriceApartFromTheAskedOne() throws {
        let (text, record) = try SendableTextTests.followUp("""
            # Acta: renovación del contrato de limpieza

            **Fecha:** martes, 1 de diciembre de 2026
            **Asistentes:** Marta Ruiz, Pablo Vidal

            ## Resumen
            - Limpiezas Sol pedía 2.900 € al mes. Tras la negociación se acuerda **2.650 € al mes** para 2027.

            ## Preguntas pendientes de la oficina central
            - ¿El precio incluye los cristales?
            """, source: "acta.md")
        let agreed = SenderReviewFindingsTests.section("Lo que acordamos:", of: text)
        #expect(agreed.contains { $0.contains("2.650 € al mes") }, "\(text)")
        #expect(!agreed.contains { $0.contains("2.900") }, "\(text)")
        #expect(record.amounts.first { $0.value == 2900 }?.role == "requested", "\(record.amounts)")
        #expect(record.questions.contains { $0.text.contains("cristales") && $0.reason == "open-question" }, "\(record.questions)")
    }

    /// A French partner call: the terms restated before "ça me va", a nod for one's side ("C'est validé de notre
    /// côté") that decides nothing itself, and promises in the present with "je t'envoie".
    @Test func aFrenchCallKeepsItsTermsAndItsPromises() throws {
        let (text, record) = try Self.followUp("""
            1
            00:00:01,000 --> 00:00:08,000
            Julien Morel: Du coup, ce qu'on propose, c'est douze pour cent de remise sur la première année de licence.

            2
            00:00:08,500 --> 00:00:14,000
            Sandrine Faure: Douze pour cent la première année, ça me va. C'est validé de notre côté. Je t'envoie le bon de commande d'ici vendredi.
            """, source: "licence.srt")
        #expect(record.decisions.count == 1, "\(record.decisions)")
        #expect(record.decisions.first?.text.contains("douze pour cent de remise sur la première année de licence") ?? false, "\(record.decisions)")
        #expect(record.actionItems.contains { $0.owner == "Sandrine Faure" && $0.task.contains("bon de commande") && $0.due != nil },
                "\(record.actionItems)")
        #expect(!text.contains("Notre côté"), "\(text)")
    }

    /// The edges a second reader of the rules found: a negation by its suffix, a decision that restates the terms
    /// taken, an asked amount beside the proposal, a day alone after an agreement, a numbered item that opens with
    /// a heading's word.
    @Test func theEdgesOfAnAgreement() throws {
        func call(_ proposal: String, _ reply: String) throws -> ExtractionRecord {
            try Self.followUp("""
                WEBVTT

                00:00:01.000 --> 00:00:06.000
                <v Priya Nair>\(proposal)

                00:00:06.500 --> 00:00:10.000
                <v Daniel Brooks>\(reply)
                """, source: "edge.vtt").record
        }
        let negated = try call("What if we do 40,000 dollars a year for the platform?", "I don't think that works for us.")
        #expect(negated.decisions.isEmpty, "\(negated.decisions)")
        let restated = try call("What if we start with the analytics tier at 9,500 dollars per month?", "Agreed, we'll go with the analytics tier.")
        #expect(restated.decisions.count == 1 && restated.amounts.first { $0.value == 9500 }?.role == "agreed", "\(restated)")
        let asked = try call("You asked for 12,000 dollars a month. What if we do 9,500 dollars a month?", "That works.")
        #expect(asked.amounts.first { $0.value == 9500 }?.role == "agreed", "\(asked.amounts)")
        #expect(asked.amounts.first { $0.value == 12000 }?.role != "agreed", "\(asked.amounts)")
        let day = try call("The review would cover the whole rollout.", "Sounds good. Friday at 10 then.")
        #expect(day.decisions.isEmpty, "\(day.decisions)")
        let (_, numbered) = try SendableTextTests.followUp("""
            Sync: SSO
            Date: 2026-12-02
            Attendees: Ana Lopez, Sam Rivera

            1. Open questions go to Ana by Friday
            2. Agreed to move the launch to May 12
            """)
        #expect(numbered.decisions.contains { $0.text.contains("May 12") }, "\(numbered.decisions)")
    }

    /// A bare number the call elsewhere counts things with is that count: nobody is asked whether it recurs.
    @Test func aBareNumberThatCountsSeatsIsNoMoney() throws {
        let (text, record) = try Self.followUp("""
            WEBVTT

            00:00:01.000 --> 00:00:06.000
            <v Priya Nair>Your current contract is 180 seats, at 22 dollars per seat per month.

            00:00:06.500 --> 00:00:10.000
            <v Daniel Brooks>Right, 180, maybe 200 by summer, but let us contract 180.
            """, source: "seats.vtt")
        #expect(!record.amounts.contains { $0.value == 180 }, "\(record.amounts)")
        #expect(!text.contains("180 one-time"), "\(text)")
    }
}
