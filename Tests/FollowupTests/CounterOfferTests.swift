import Followup
import FollowupExtraction
import FollowupTestSupport
import Testing

/// A spoken negotiation: offer, counter, "deal". What was agreed is the last terms taken, and what was on the table
/// before them is not restated (the sixth reading's most common fault: superseded offers listed as agreed, the final
/// terms missed). Transcripts written for these tests.
@Suite struct CounterOfferTests {
    /// Each sum's value and role, as the notes say them (not the text span the extractor picked).
    static func roles(_ record: ExtractionRecord) -> [String] {
        record.amounts.map { amount in
            let value = amount.value == amount.value.rounded() ? String(Int(amount.value)) : String(amount.value)
            return "\(value) \(amount.role ?? "-")"
        }
    }

    /// The lines under "What we agreed".
    static func agreed(_ text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let heading = lines.firstIndex(of: "What we agreed:") else { return [] }
        return lines[(heading + 1)...].prefix { $0.hasPrefix("- ") }.map { String($0.dropFirst(2)) }
    }

    @Test func termsTakenInTheNextTurnNeedNoProposalPhrase() throws {
        let record = try extract("""
            Marta Lind: Hi Owen.
            Owen Price: Hi Marta.
            Marta Lind: So where does that leave the catering?
            Owen Price: Alright. Fine. Thirty-eight dollars a head, 120 guests, coffee included. Setup stays at $400.
            Marta Lind: Deal. Send it over.
            """, date: "2027-02-03")
        // Terms with a volume are a decision; a price alone is agreed with its sum.
        #expect(record.decisions.map(\.text) == ["Thirty-eight dollars a head, 120 guests, coffee included"])
        #expect(record.amounts.allSatisfy { $0.role == "agreed" }, "\(Self.roles(record))")
        // Not taken: the next turn thinks it over. (A transcript of a few turns: three labelled lines read as notes.)
        let open = try extract("""
            Marta Lind: Hi Owen.
            Owen Price: Hi Marta.
            Marta Lind: So where does that leave the catering?
            Owen Price: Alright. Thirty-eight dollars a head, 120 guests, coffee included.
            Marta Lind: Let me think about it.
            """, date: "2027-02-03")
        #expect(open.decisions.isEmpty)
        // Taken with a "but", or followed by more talk in the turn: no agreement.
        let but = try extract("""
            Marta Lind: Hi Owen.
            Owen Price: Hi Marta.
            Owen Price: Thirty-eight dollars a head, 120 guests, coffee included.
            Marta Lind: Sounds good in principle, but the board wants thirty-five.
            """, date: "2027-02-03")
        #expect(but.decisions.isEmpty)
        #expect(but.amounts.first?.role == "offered")
        let talk = try extract("""
            Marta Lind: Hi Owen.
            Owen Price: Hi Marta.
            Owen Price: Thirty-eight dollars a head, 120 guests. Honestly the kitchen is tight that week.
            Marta Lind: Sounds good.
            """, date: "2027-02-03")
        #expect(talk.decisions.isEmpty)
    }

    @Test func offersBeforeTheAgreedSumAreNotRestated() throws {
        let (text, record) = try SendableTextTests.followUp("""
            Marta Lind: Hi Owen.
            Owen Price: Hi Marta.
            Owen Price: Our list price is $45 a head per event.
            Marta Lind: That's more than we hoped. Could you do 36?
            Owen Price: I can do $41 if you book all four events, locked in for the year.
            Marta Lind: We can't commit to four.
            Owen Price: Okay. Thirty-eight dollars a head, 120 guests, coffee included.
            Marta Lind: Deal.
            Owen Price: And the tasting is a one-time $250.
            """, source: "call.txt")
        // What each sum was when said stays in the record; the follow-up restates the agreed price and the tasting.
        #expect(Self.roles(record) == ["45 offered", "41 agreed", "38 agreed", "250 offered"])
        #expect(Self.agreed(text) == ["38 dollars a head, 120 guests, coffee included", "The tasting is a one-time $250"])
        #expect(!text.contains("$45") && !text.contains("$41"))
    }

    /// "I can do half", "I could do thirty-eight": a concession in words is on the table, not a task. And the
    /// sender's own colleague's "I'll send you our guide" stays said to the recipients ("send you"), not turned as the
    /// other side's words are ("send us").
    @Test func aConcessionInWordsIsNoTaskAndAColleagueKeepsYou() throws {
        let (text, record) = try SendableTextTests.followUp("""
            Sam Rivera: Hi Owen. I've got Tara with me, she runs onboarding on our side.
            Tara Moss: Hi.
            Owen Price: Hello both.
            Owen Price: Could you waive the setup fee?
            Sam Rivera: I can't waive it all. But I can do half.
            Owen Price: Could you do thirty?
            Sam Rivera: I could do thirty-eight.
            Owen Price: Fine.
            Tara Moss: I'll send you our setup guide by Thursday.
            Owen Price: Great, thanks.
            """, source: "call.txt")
        #expect(!record.actionItems.contains { $0.task.contains("half") || $0.task.contains("thirty") }, "\(record.actionItems.map(\.task))")
        #expect(text.contains("- Tara: send you our setup guide"), "\(text)")
    }

    @Test func notesKeepTheirSumsForOtherThings() throws {
        // Another period, or a third more, is another thing: each is restated.
        let (text, _) = try SendableTextTests.followUp("""
            Support contract - Northwind
            Date: 2026-12-03
            Attendees: Lena Fox, Sam Rivera

            - Agency estimate for the rollout: EUR 15,000 per month
            - Setup fee EUR 2,000 one-time
            - Decision: content budget of EUR 20,000 approved
            - Decision: Tier B at EUR 2,100 per month approved
            """)
        #expect(text.contains("15,000") && text.contains("2,000 one-time") && text.contains("20,000") && text.contains("2,100"))
    }

    @Test func aSumSaidToBeFineIsAgreed() throws {
        let record = try extract("""
            Marta Lind: Hi Owen.
            Owen Price: Hi Marta.
            Owen Price: We split the van hire, 300 each.
            Marta Lind: Half. Okay. 300 one-time is fine.
            """, date: "2027-02-03")
        #expect(record.amounts.last?.role == "agreed")
    }

    @Test func rejectionWordsOfEveryLanguageTurnASumDown() throws {
        let cases: [(String, String)] = [
            ("Acta\n\n- Reclamación: se rechaza la oferta de 15.000 €.\n", "notas.md"),
            ("Compte rendu\n\n- Litige : la proposition de 12 000 € est rejetée.\n", "cr.md"),
            ("Protokoll\n\n- Das Angebot über 5.000 € lehnen wir ab.\n", "protokoll.md"),
            ("Протокол\n\n- Предложение на 200 000 руб. отклонено.\n", "protokol.md"),
            ("Minutes\n\n- The board refused the $40,000 settlement.\n", "minutes.md"),
        ]
        for (notes, file) in cases {
            let record = try extract(notes, date: "2027-02-03", file: file)
            #expect(record.amounts.map(\.role) == ["rejected"], "\(notes): \(Self.roles(record))")
        }
    }

    @Test func aPeriodAnsweredInTheNextTurnsIsNotAskedAgain() throws {
        func asked(_ reply: String) throws -> [String] {
            let record = try extract("""
                Marta Lind: Hi Owen.
                Owen Price: Hi Marta.
                Owen Price: We quoted the shelving maintenance at $12,500.
                Marta Lind: Is that one-time?
                Owen Price: \(reply)
                Marta Lind: Okay.
                """, date: "2027-02-03")
            return record.questions.filter { $0.reason == "amount-without-period" }.map(\.text)
        }
        #expect(try asked("One-time, yeah. Labour and parts.").isEmpty)
        // An answer that says no period, or a long sentence about something else, leaves the question.
        #expect(try asked("Let me check with the workshop.").count == 1)
        #expect(try asked("We also replace the old monthly service contract that nobody uses anymore.").count == 1)
    }
}
