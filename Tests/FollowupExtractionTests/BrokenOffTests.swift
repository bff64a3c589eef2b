import FollowupExtraction
import FollowupTestSupport
import Testing

/// Talk in a negotiation that commits to nothing: a "let me" broken off at a dash ("Let me — sorry, go ahead"), and an
/// agreement reply followed by the terms it takes ("I can work with twenty-seven fifty"). A request accepted with "I can
/// do that" stays the task of the one who accepts. Transcripts written for these tests.
@Suite struct BrokenOffTests {
    static func tasks(_ lines: String) throws -> [String] {
        try extract(lines, date: "2027-04-06").actionItems.map { "\($0.owner ?? "-"): \($0.task)" }
    }

    @Test func aBrokenOffLetMeIsNoTask() throws {
        let tasks = try Self.tasks("""
            Megan Doyle: Hi Tom.
            Tom Whitaker: Hi Megan.
            Megan Doyle: Let me — sorry, go ahead, Tom.
            Megan Doyle: Let me — what if we do six percent on net sales?
            Megan Doyle: Let me — send you the deck by Friday.
            """)
        #expect(tasks == ["Megan Doyle: send you the deck"], "\(tasks)")
    }

    @Test func anAgreementReplyWithTermsIsNoTask() throws {
        let tasks = try Self.tasks("""
            Megan Doyle: Hi Priya.
            Priya Nair: Hi Megan.
            Megan Doyle: Twenty-seven fifty per seat per month, two-year term.
            Priya Nair: Okay, I can work with twenty-seven fifty.
            Megan Doyle: Can you send me the signed order form by Friday?
            Priya Nair: Yes, I can do that.
            """)
        // "me" is the one who asked.
        #expect(tasks == ["Priya Nair: send Megan the signed order form"], "\(tasks)")
    }

    /// "Сто пятьдесят я точно не согласую": a negation right before a verb that opened the commitment on its own.
    @Test func aNegationRightBeforeTheVerbIsNoTask() throws {
        let tasks = try Self.tasks("""
            Игорь Савельев: Добрый день.
            Анна Крылова: Добрый день.
            Игорь Савельев: Сто пятьдесят я точно не согласую.
            Анна Крылова: Я точно не пришлю договор раньше среды.
            Игорь Савельев: Я точно пришлю спецификацию до пятницы.
            """)
        #expect(tasks == ["Игорь Савельев: прислать спецификацию"], "\(tasks)")
    }

    /// "Let me finish, one second", "Секунду, я договорю": the turn itself, not work after the call.
    @Test func finishingOnesTurnIsNoTask() throws {
        let english = try Self.tasks("""
            Megan Doyle: Hi Tom.
            Tom Whitaker: Hi Megan.
            Megan Doyle: Let me finish, one second.
            Tom Whitaker: Sure.
            Megan Doyle: I'll finish the order form by Friday.
            """)
        #expect(english == ["Megan Doyle: finish the order form"], "\(english)")
        let russian = try Self.tasks("""
            Анна Крылова: Добрый день.
            Игорь Савельев: Добрый день.
            Анна Крылова: Секунду, я договорю.
            """)
        #expect(russian.isEmpty, "\(russian)")
    }

    /// "I will — sorry, go ahead": the subject broken off, like "Let me —".
    @Test func aBrokenOffWillIsNoTask() throws {
        let tasks = try Self.tasks("""
            Megan Doyle: Hi Tom.
            Tom Whitaker: Hi Megan.
            Megan Doyle: I will — sorry, go ahead.
            Tom Whitaker: I will — send the deck by Friday.
            """)
        #expect(tasks == ["Tom Whitaker: send the deck"], "\(tasks)")
    }

    /// "hat LW zweimal unterbrochen": German puts the auxiliary of the past before an inverted subject.
    @Test func aGermanPastWithItsAuxiliaryFirstIsNoTask() throws {
        let record = try extract("""
            Debrief Backend-Stelle, 12.01.2027
            Teilnehmer: LW, MK, SB

            - fachlich stark, aber: hat LW zweimal unterbrochen, Fragen zum Team kaum
            - MK schickt das Angebot bis Freitag
            """, date: "2027-01-12")
        let tasks = record.actionItems.map { "\($0.owner ?? "-"): \($0.task)" }
        #expect(!tasks.contains { $0.contains("unterbrochen") }, "\(tasks)")
        #expect(tasks.contains { $0.hasPrefix("MK:") && $0.contains("Angebot") }, "\(tasks)")
    }

    /// "Dana: take that to Grace", "Carlos: put it in the addendum": said aloud with no day, a short task whose object
    /// points back is a reply, not a task of its own; with its own words ("die Einladung schicken") it stays.
    @Test func aShortSpokenTaskThatPointsBackIsNoTaskOfItsOwn() throws {
        let english = try Self.tasks("""
            Megan Doyle: Hi Dana.
            Dana Reyes: Hi Megan.
            Megan Doyle: Annual billing up front saves you twelve percent.
            Dana Reyes: Okay, I'll take that to Grace.
            Megan Doyle: I'll send the revised order form by Friday.
            """)
        #expect(english == ["Megan Doyle: send the revised order form"], "\(english)")
        let german = try Self.tasks("""
            Jonas Weber: Guten Tag, Frau Koch.
            Anja Koch: Guten Tag.
            Anja Koch: Die Einladung schicke ich Ihnen.
            Jonas Weber: Das mache ich.
            """)
        #expect(german.count == 1 && german[0].contains("Einladung"), "\(german)")
    }

    /// A speaker reporting someone else's words: the commitment inside the quotation is not the speaker's. The
    /// speaker's own commitment after the quotation is, and a note that quotes a person keeps its task.
    @Test func aQuotedCommitmentSaidAloudIsReportedSpeech() throws {
        let tasks = try Self.tasks("""
            Olivia Grant: Hi Ben.
            Ben Carter: Hi Olivia.
            Olivia Grant: She said "four or six weeks, I need to check my contract." So I'll send her the offer letter on Monday.
            Ben Carter: Their CFO told us «we will sign the renewal by Friday», but I'll believe it when I see it.
            """)
        #expect(!tasks.contains { $0.contains("check my contract") || $0.contains("sign the renewal") }, "\(tasks)")
        #expect(tasks.contains { $0.hasPrefix("Olivia Grant: send her the offer letter") }, "\(tasks)")
        let german = try Self.tasks("""
            Jana Roth: Hallo Herr Brandt.
            Uwe Brandt: Hallo Frau Roth.
            Jana Roth: Die Kundin meinte: „Ich schicke Ihnen die Unterlagen bis Freitag.“ Das glaube ich erst, wenn sie da sind.
            Uwe Brandt: Ich schicke Ihnen das Protokoll bis Donnerstag.
            """)
        #expect(!german.contains { $0.contains("Unterlagen") }, "\(german)")
        #expect(german.contains { $0.contains("Protokoll") }, "\(german)")
    }

    @Test func aQuotedCommitmentInNotesStaysATask() throws {
        let record = try extract("""
            # Renewal call, 6 April 2027

            - Dan Price: "I'll send the signed renewal by Friday."
            """, date: "2027-04-06")
        #expect(record.actionItems.contains { $0.task.contains("signed renewal") }, "\(record.actionItems.map(\.task))")
    }

    /// "as far as I can go without going back to our insurer": past a lead-in ("go"), a preposition is no task verb.
    @Test func aPrepositionAfterALeadInIsNoVerb() throws {
        let tasks = try Self.tasks("""
            Alan Brooks: Hi Nadia.
            Nadia Kerr: Hi Alan.
            Alan Brooks: That's as far as I can go without going back to our insurer.
            Nadia Kerr: I will go through the redlines tonight.
            Alan Brooks: I will go ahead and send the signed DPA by Wednesday.
            """)
        #expect(!tasks.contains { $0.contains("without") || $0.hasPrefix("Nadia Kerr: through") }, "\(tasks)")
        #expect(tasks.contains { $0.hasPrefix("Alan Brooks: send the signed DPA") }, "\(tasks)")
    }
}
