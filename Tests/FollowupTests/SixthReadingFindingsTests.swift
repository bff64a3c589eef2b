import Followup
import FollowupExtraction
import FollowupTestSupport
import Testing

/// Classes a sixth reading of 20 fresh inputs found (2026-12-06), each on text written for it here: the next
/// contact agreed across turns (a bound first, the day after it; a day, then its time; a spelled Russian day; a
/// "Next:" label alone), sums scoped to a year or turned down after they were said, a bare "Approved." that
/// speaks of the sentence before it, and a time zone taken for a name.
@Suite struct SixthReadingFindingsTests {
    static func contact(_ text: String, date: String, file: String = "call.txt") throws -> String {
        let record = try extract(text, date: date, file: file)
        return [record.nextContact?.date, record.nextContact?.time].compactMap { $0 }.joined(separator: " ")
    }

    /// The participants of a Whisper JSON file without speakers, one segment per text.
    static func whisperNames(_ texts: [String], date: String) throws -> [String] {
        let segments = texts.enumerated().map { #"{"id": \#($0.offset), "start": 0.0, "end": 1.0, "text": " \#($0.element)"}"# }
        let record = try extract(#"{"text": "", "segments": ["# + segments.joined(separator: ", ") + "]}", date: date, file: "call.json")
        return record.meeting.participants.map(\.name)
    }

    @Test func theNextContactAgreedAcrossTurns() throws {
        // A bound ("before Christmas", "after the holidays") is not the day: the day said next is.
        #expect(try Self.contact("""
            Lucía: Vale. ¿Nos vemos otra vez antes de Navidad? ¿El viernes 18 a las diez?
            Javier: Viernes 18 a las diez, perfecto.
            """, date: "2026-12-10") == "2026-12-18 10:00")
        #expect(try Self.contact("""
            Rachel: Let's get a call on the calendar for after the holidays. Wednesday January 6th? 11 Central, so noon for you in New York.
            Nina: Works for us.
            """, date: "2026-12-17") == "2027-01-06 12:00")
        // A time without a day right after a day: that day's time, not a call later today.
        #expect(try Self.contact("""
            Sanne: Shall we talk again Tuesday? Same time, 4 pm our time?
            Michael: Tuesday works.
            """, date: "2026-12-11") == "2026-12-15 16:00")
        #expect(try Self.contact("""
            Анна: Тогда созвон двадцать третьего, по индексации и по договору?
            Виктор: Давайте, в 15:00. Всего доброго.
            """, date: "2026-12-16") == "2026-12-23 15:00")
        #expect(try Self.contact("""
            Daniela: ¿Le marco el lunes 21 a las 11, hora del centro?
            Mariana: Sí, perfecto.
            """, date: "2026-12-15") == "2026-12-21 11:00")
        #expect(try Self.contact("""
            Claire: On se voit pour la signature ? Jeudi 7 janvier, au cabinet ?
            Romain: Le 7, c'est noté.
            """, date: "2026-12-14") == "2027-01-07")
        // "Next" alone labels the next contact when a day and time follow; not a task with a deadline.
        #expect(try Self.contact("Notas\n\nPróximo: degustación miérc 13 de enero 12:00 en la cocina.\n", date: "2026-12-18", file: "notas.txt")
            == "2027-01-13 12:00")
        #expect(try Self.contact("Notes\n\nNext: send the deck by Friday.\n", date: "2026-12-14", file: "notes.txt") == "")
    }

    @Test func sumsScopedToAYearOrTurnedDownAskNoPeriod() throws {
        let record = try extract("""
            # Board meeting, Dec 7

            - FY26 opex came in at approx $4.1M, ~3% over plan
            - Marketing: Priya proposed $350k for the year. Linda pushed back hard. Agreed $330k for FY27.
            - 3rd delivery van (lease, $1,850/mo) — not approved. Revisit in Q2.
            - Dépenses 2026 : env. 84 300 €
            - Maintenance du moteur : 4 200 €
            """, date: "2026-12-07", file: "board.md")
        let asked = record.questions.filter { $0.reason == "amount-without-period" }.map(\.text)
        #expect(asked.count == 1 && asked[0].contains("4 200"), "\(asked)")
        let role = { (value: Double) in record.amounts.first { $0.value == value }?.role }
        #expect(role(1850) == "rejected")
        #expect(role(350_000) == "rejected")
        #expect(record.amounts.first { $0.value == 350_000 }?.period == "year")
        // Decided later in a topic's line: the topic stays with it.
        #expect(record.decisions.map(\.text).contains("Marketing: $330k for FY27"), "\(record.decisions.map(\.text))")
    }

    @Test func aRestatedSumLosesAnUnclosedBracket() throws {
        let mail = try FifthReadingFindingsTests.followUp("""
            # Conseil d'administration, 8 décembre

            - Cotisation adulte : proposée à 195 €/an (au lieu de 180 €). Gros débat... votée à **190 €/an** (5 pour, 1 abstention)
            """, source: "ca.md", now: "2026-12-08T20:00:00Z")
        let line = mail.text.split(separator: "\n").first { $0.contains("190 €/an") }.map(String.init) ?? ""
        #expect(!line.isEmpty && !line.contains("(") && !line.contains("5 pour"), "\(mail.text)")
    }

    @Test func aBareApprovalSpeaksOfTheSentenceBeforeIt() throws {
        let record = try extract("""
            # Board meeting, Dec 7

            - Wages: 4% increase for all hourly staff, effective Jan 1 2027. Approved unanimously.
            - Coffee machine for the lobby. Agreed.
            """, date: "2026-12-07", file: "board.md")
        let texts = record.decisions.map(\.text)
        #expect(texts.contains { $0.contains("4% increase for all hourly staff") && $0.hasSuffix("approved unanimously") }, "\(texts)")
        #expect(texts.contains { $0.hasPrefix("Coffee machine for the lobby") }, "\(texts)")
        #expect(!texts.contains("Approved unanimously"), "\(texts)")
        // A marker in capitals keeps them ("aPPROVED" was written).
        let shouted = try extract("""
            # Budget review, Jun 10

            - landed on: cap £140k for Q3 events, Jess decides the mix. APPROVED
            """, date: "2027-06-10", file: "budget.md")
        #expect(shouted.decisions.contains { $0.text.hasSuffix("— APPROVED") }, "\(shouted.decisions.map(\.text))")
    }

    @Test func frenchOnceIsOneTime() throws {
        let record = try extract("""
            Claire: Il y aura juste des frais de reprise du dossier, 600 euros HT, une fois.
            Romain: Une fois, d'accord. Et le ménage, 90 euros une fois par mois ?
            """, date: "2026-12-14", file: "appel.txt")
        #expect(record.amounts.first { $0.value == 600 }?.period == "one-time")
        #expect(record.amounts.first { $0.value == 90 }?.period == "month")
    }

    @Test func aTimeZoneAfterATimeIsNoName() throws {
        let names = try Self.whisperNames([
            "Hey Olivia, it's Ben from Ridgeline.", "So I'll call you on the 22nd, say 10 a.m. Pacific, and we go through the lease?",
            "Yeah, 10 on the 22nd works.",
        ], date: "2026-12-14")
        #expect(!names.contains("Pacific"), "\(names)")
    }

    @Test func aCounterOfferSharesItsPeriod() throws {
        let call = try extract("""
            Claire: Nous proposons 390 euros HT par mois pour la tenue.
            Romain: Vous pourriez faire 350 ?
            Claire: Avec la plateforme, je peux descendre à 360.
            Romain: Ça me va.
            """, date: "2026-12-14", file: "appel.txt")
        #expect(!call.questions.contains { $0.reason == "amount-without-period" }, "\(call.questions.map(\.text))")
    }

    @Test func minutesTablesAndInitialsUnderActions() throws {
        let french = try extract("""
            # Conseil, 8 décembre

            ### Actions
            | Qui | Quoi | Pour quand |
            |---|---|---|
            | Philippe | budget prévisionnel mis au propre + envoi au CA | d'ici vendredi |
            | Hélène | convocation AG (mail + affichage) | 15 décembre |
            | Camille | monter le dossier et l'envoyer à M. Benali pour relecture | 8 janvier |
            """, date: "2026-12-08", file: "ca.md")
        #expect(french.actionItems.map { $0.owner ?? "-" } == ["Philippe", "Hélène", "Camille"], "\(french.actionItems.map { ($0.owner, $0.task) })")
        // "M." (Monsieur) ends no sentence.
        #expect(french.actionItems.last?.task.hasSuffix("à M. Benali pour relecture") ?? false, "\(french.actionItems.map(\.task))")
        let initials = try extract("""
            grant call 18 dec

            actions
            HD - revised budget (10% overheads), by Wed 6 Jan
            EM - shortlist of evaluators, early Jan
            """, date: "2026-12-18", file: "notes.txt")
        #expect(initials.actionItems.map { $0.owner ?? "-" } == ["HD", "EM"], "\(initials.actionItems.map { ($0.owner, $0.task) })")
        #expect(initials.actionItems.first?.task.hasPrefix("revised budget") ?? false)
    }

    @Test func aMarkerAloneAsksAboutThePointBeforeIt() throws {
        let record = try extract("""
            # Board meeting, Dec 7

            - Marcus would rather go with the bank if the rate is comparable... TBD
            """, date: "2026-12-07", file: "board.md")
        let open = record.questions.filter { $0.reason == "open-question" }.map(\.text)
        #expect(open.count == 1 && open[0].contains("go with the bank"), "\(open)")
    }

    @Test func quotesInsideQuotesAndOpenersThatNameNobody() throws {
        let mail = try FifthReadingFindingsTests.followUp("""
            # Jour fixe Messe „Raum & Klang" 2027

            - Petra: Standplan an Oliver schicken bis Freitag
            """, source: "messe.md", now: "2026-12-17T12:00:00Z")
        // The subject keeps the title; the opening does not quote it again (quotes inside quotes read as garble).
        #expect(mail.text.contains("Raum & Klang") && !mail.text.contains("zum Thema"), "\(mail.text)")
        let names = try Self.whisperNames(
            ["Алло, Елена, добрый день, это Никитин.", "Может, обсудим цену на первый квартал?", "Ну, давайте."], date: "2026-12-10")
        #expect(!names.contains { ["Может", "Ну", "Алло"].contains($0) }, "\(names)")
        // Set 33: a hesitation before a name and the group addressed are no people ("Эээ и Коллеги, добрый день!").
        let group = try Self.whisperNames(
            ["Эээ, Наталья, а запрос — это сколько?", "Коллеги, возражения есть?", "Äh, Jonas, kannst du das schicken?", "Kollegen, noch Fragen?"],
            date: "2026-12-10")
        #expect(!group.contains { ["Эээ", "Коллеги", "Äh", "Kollegen"].contains($0) }, "\(group)")
    }
}
