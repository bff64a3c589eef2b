import FollowupExtraction
import Testing

@testable import FollowupRendering

@Suite struct SummaryRendererTests {
    let renderer = SummaryRenderer(settings: Fixtures.settings())

    @Test func subjectSaysWhatAndWhen() {
        #expect(renderer.draft(Fixtures.acme()).subject == "Follow-up: ACME renewal call, Nov 23")
    }

    @Test func aLongTitleKeepsItsFirstPartInTheSubject() {
        var record = Fixtures.acme()
        record.meeting.title = "Globex payment terms: net 60 versus net 30, early-payment discount and late fees"
        let subject = renderer.draft(record).subject
        #expect(subject == "Follow-up: Globex payment terms, Nov 23")
    }

    @Test func aLongTitleWithoutPartsLosesItsLastWords() {
        var record = Fixtures.acme()
        record.meeting.title = "Quarterly planning session for the northern region sales and support teams"
        let subject = renderer.draft(record).subject
        #expect(subject.split(separator: " ").count <= 10 && subject.count <= 70, "\(subject)")
        #expect(subject.hasPrefix("Follow-up: Quarterly planning session for the northern"))
        #expect(subject.hasSuffix(", Nov 23"))
    }

    /// Set 34's subjects: a bracket the word limit cut open, a separator left at the end, and a recorder's note taken for
    /// the title ("Seguimiento: Comité … FÉNIX (reunión, 12 may", "… Costa Serena ·,", "Automatisch erstelltes Transkript").
    @Test("a title cut or padded by the notes' layout is tidied in the subject", arguments: [
        ("Steering committee for the Northwind data platform migration (meeting no. 5)", "Follow-up: Steering committee for the Northwind data platform, Nov 23"),
        ("Acme – Northwind ·", "Follow-up: Acme – Northwind, Nov 23"),
        ("Automatically generated transcript (Teams). Speaker attribution may be inaccurate.", "Follow-up: our meeting, Nov 23"),
    ])
    func tidiedTitle(title: String, subject: String) {
        var record = Fixtures.acme()
        record.meeting.title = title
        record.decisions = []
        #expect(renderer.draft(record).subject == subject)
    }

    @Test func aTitleInCapitalsIsWrittenInOrdinaryCase() {
        var record = Fixtures.acme()
        record.meeting.title = "OAKRIDGE PTA BUDGET MEETING"
        #expect(renderer.draft(record).subject == "Follow-up: Oakridge PTA Budget Meeting, Nov 23")
    }

    @Test func greetingNamesTheOthersButNotTheSender() {
        #expect(renderer.draft(Fixtures.acme()).greeting == "Hi Bob and Dana,")
    }

    /// The eighteenth reading: "Hi Marcus, Tom and Dana" in a mail to Tom, "Hi all" to one board member, "Guten Tag
    /// Herr Weber und Herr Brandt" to Herr Weber. With a To that names participants, the greeting greets those.
    @Test func greetingGreetsThoseTheMessageGoesTo() {
        var settings = Fixtures.settings()
        settings.to = ["Bob Lee <bob@example.org>"]
        #expect(SummaryRenderer(settings: settings).draft(Fixtures.acme()).greeting == "Hi Bob,")
        var record = Fixtures.acme()
        record.meeting.participants += [Fixtures.Record.Person(name: "Carol Diaz"), Fixtures.Record.Person(name: "Eve Park")]
        settings.to = ["dana@example.org", "Eve Park <eve@example.org>"]
        record.meeting.participants[record.meeting.participants.firstIndex { $0.name.hasPrefix("Dana") }!].email = "dana@example.org"
        #expect(SummaryRenderer(settings: settings).draft(record).greeting == "Hi Dana and Eve,")
        // A surname where the notes give no first name: "Mr Weber" is "Jonas Weber <j.weber@…>".
        record.meeting.participants.append(Fixtures.Record.Person(name: "Mr Weber"))
        settings.to = ["Jonas Weber <j.weber@example.de>"]
        #expect(SummaryRenderer(settings: settings).draft(record).greeting.contains("Weber"))
        // A To that names nobody on the call: a list or a bare address leaves the greeting as it was; one person the notes
        // do not list is greeted by name (set 33: "Hi all," and "Коллеги, добрый день!" to one person).
        for list in ["team@example.org", "Mobile team <mobile-team@example.org>"] {
            settings.to = [list]
            #expect(SummaryRenderer(settings: settings).draft(Fixtures.acme()).greeting == "Hi Bob and Dana,", "\(list)")
        }
        settings.to = ["Marcus Bell <m.bell@example.org>"]
        #expect(SummaryRenderer(settings: settings).draft(Fixtures.acme()).greeting == "Hi Marcus,")
    }

    @Test("one person the notes do not list is greeted as the language's register names them", arguments: [
        ("de", "Florian Baumgart <f.baumgart@example.de>", "Florian Baumgart"),
        ("ru", "Сергей Петрович Лапин <s.lapin@example.ru>", "Сергей Петрович"),
        ("es", "Héctor Ibarra <hector@example.mx>", "Héctor"),
        ("fr", "Nadia Benali <nadia@example.fr>", "Nadia Benali"),
    ])
    func aToTheNotesDoNotListIsGreetedByName(language: String, to: String, greeted: String) {
        let mailboxes = [to, "b@example.org"].compactMap(MailAddress.init(parsing:))
        #expect(MeetingFacts.toName(Array(mailboxes.prefix(1)), language: language, informal: false) == greeted)
        #expect(MeetingFacts.toName(mailboxes, language: language, informal: false) == nil)
    }

    @Test func greetingIsHiAllForMoreThanThree() {
        var record = Fixtures.acme()
        record.meeting.participants += [Fixtures.Record.Person(name: "Carol Diaz"), Fixtures.Record.Person(name: "Eve Park")]
        #expect(renderer.draft(record).greeting == "Hi all,")
    }

    @Test func greetingListsThreeWithCommaAndAnd() {
        var record = Fixtures.acme()
        record.meeting.participants.append(Fixtures.Record.Person(name: "Carol Diaz"))
        #expect(renderer.draft(record).greeting == "Hi Bob, Dana and Carol,")
    }

    @Test func openingTiesToTheContactAndSaysToday() {
        #expect(renderer.draft(Fixtures.acme()).opening == "Thanks for the call today.")
        let later = SummaryRenderer(settings: Fixtures.settings(now: Fixtures.now + 2 * 86_400))
        #expect(later.draft(Fixtures.acme()).opening == "Thanks for the call on Mon, Nov 23.")
    }

    @Test func titleNoiseIsDropped() {
        var record = Fixtures.acme()
        record.meeting.title = "ACME renewal - call notes"
        #expect(renderer.draft(record).subject == "Follow-up: ACME renewal, Nov 23")
    }

    @Test func decisionsThatSayTheAmountAndPeriodAreNotRepeated() {
        #expect(renderer.draft(Fixtures.acme()).agreed == ["Budget stays at 100,000 RUB per quarter"])
    }

    /// The subject names the topic; the eighteenth reading found every opening that said it again garbled or filler
    /// ("about ERP programme: SC mtg.", "about Paylane x Harbor & Finch", German quotes inside quotes).
    @Test func theOpeningLeavesTheTopicToTheSubject() {
        var record = Fixtures.acme()
        record.meeting.title = "ERP programme: SC mtg"
        let draft = renderer.draft(record)
        #expect(draft.opening == "Thanks for the meeting today.", "\(draft.opening)")
        #expect(draft.subject.contains("ERP programme"), "\(draft.subject)")
    }

    @Test func aTitleThatNamesTheMeetingIsNoTopicOfTheOpening() {
        var record = Fixtures.acme()
        record.meeting.title = "Call with ACME"
        let draft = renderer.draft(record)
        #expect(!draft.opening.contains("about Call with ACME"), "\(draft.opening)")
        // The fixture's meeting is on its own "now" day, and "Call" makes it a call: the opening with no topic.
        #expect(draft.opening == "Thanks for the call today.")
        #expect(draft.subject.contains("Call with ACME"))
    }

    @Test func decisionsRestateAPeriodTheirWordsDoNotSay() {
        var record = Fixtures.acme()
        record.decisions[0].text = "Budget stays at 100,000 RUB"
        record.amounts[0].text = "100,000 RUB"
        #expect(renderer.draft(record).agreed == ["Budget stays at 100,000 RUB (RUB 100,000 per quarter)"])
    }

    /// Alice Chen sends the fixture's follow-up: her own step is said in the first person.
    @Test func nextStepsHaveOwnerTaskWeekdayDateAndTime() {
        #expect(renderer.draft(Fixtures.acme()).nextSteps == [
            "I will send the revised proposal, by Fri, Nov 27, 15:00",
            "Bob: check the price floor with finance, by Tue, Nov 24",
        ])
    }

    @Test func incompleteItemsBecomeQuestionsAndReviewNotesNotSteps() {
        let draft = renderer.draft(Fixtures.acme())
        #expect(draft.confirm == ["Is the 20,000 EUR for the pilot one-time or monthly?", "Who will book the venue, and by when?"])
        #expect(draft.review.contains("no owner, left out of the next steps: book the venue (line 17)"))
        #expect(draft.review.contains("no due date, left out of the next steps and the calendar: book the venue (line 17)"))
        #expect(!draft.nextSteps.contains { $0.contains("venue") })
    }

    @Test func anOwnedStepWithoutADateIsListedAsSaidAndReviewed() {
        var record = Fixtures.acme()
        // Someone else's step (not the sender's, which is said in the first person).
        let index = record.actionItems.firstIndex { $0.owner != nil && $0.due != nil && $0.owner != "Alice Chen" }!
        let (owner, task) = (record.actionItems[index].owner!, record.actionItems[index].task)
        record.actionItems[index].due = nil
        let draft = renderer.draft(record)
        let short = owner.split(separator: " ").first.map(String.init)!
        #expect(draft.nextSteps.contains { $0 == short + ": " + task }, "\(draft.nextSteps)")
        #expect(draft.review.contains { $0.hasPrefix("no day given") && $0.contains(task) }, "\(draft.review)")
        #expect(!draft.confirm.contains { $0.contains(task) })
    }

    @Test func amountsLeftOutGoToTheReviewListOnly() {
        let (text, review) = renderer.render(Fixtures.acme(), format: .text)
        #expect(review.contains("amount not restated in the follow-up: 20,000 EUR (line 11)"))
        #expect(!text.contains("not restated"))
        #expect(!text.contains("left out"))
    }

    @Test func callToActionIsTheNextContact() {
        #expect(renderer.draft(Fixtures.acme()).callToAction == "Let's speak again on Wed, Dec 2, 09:00.")
    }

    @Test func withoutNextContactItProposesAFavourableSlot() {
        // Mon 23 Nov: the first Wednesday/Thursday window is Wed 25 Nov at 08:00.
        let draft = renderer.draft(Fixtures.acme(nextContact: nil))
        #expect(draft.callToAction == "Could we speak again on Wed, Nov 25, 08:00? If that doesn't suit you, please suggest another time.")
        #expect(draft.review.contains("the notes name no next contact; proposed Wed, Nov 25, 08:00 (tentative)"))
    }

    @Test func signatureComesFromTheSettings() {
        #expect(renderer.draft(Fixtures.acme()).closing == ["Best regards,", "Alice Chen", "Account Manager, Example Ltd", "alice@example.com"])
    }

    @Test func plainTextLayout() {
        let (text, _) = renderer.render(Fixtures.acme(), format: .text)
        #expect(text == """
            Subject: Follow-up: ACME renewal call, Nov 23

            Hi Bob and Dana,

            Thanks for the call today.

            What we agreed:
            - Budget stays at 100,000 RUB per quarter

            Next steps:
            - I will send the revised proposal, by Fri, Nov 27, 15:00
            - Bob: check the price floor with finance, by Tue, Nov 24

            Please confirm:
            - Is the 20,000 EUR for the pilot one-time or monthly?
            - Who will book the venue, and by when?

            Let's speak again on Wed, Dec 2, 09:00.

            Best regards,
            Alice Chen
            Account Manager, Example Ltd
            alice@example.com

            """)
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
        #expect(words < 200)
    }

    @Test func markdownUsesBoldHeadingsAndLists() {
        let (text, _) = renderer.render(Fixtures.acme(), format: .markdown)
        #expect(text.contains("**What we agreed**\n\n- Budget stays at 100,000 RUB per quarter"))
        #expect(text.contains("**Next steps**\n\n- I will send the revised proposal"))
    }

    @Test func htmlEscapesNoteText() {
        var record = Fixtures.acme()
        record.decisions = [Fixtures.Record.Decision(id: "D1", text: "<script>alert('x')</script> & more", source: Fixtures.source(2, "x"))]
        let (html, _) = renderer.render(record, format: .html)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<li dir=\"auto\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more</li>"))
        #expect(!html.contains("<script>"))
    }

    @Test func lineBreaksInNoteTextStayInsideTheirListItem() {
        let (text, _) = renderer.render(Fixtures.hostile(), format: .text)
        #expect(!text.contains("\r"))
        #expect(!text.contains("\nEND:VEVENT"))
        #expect(!text.contains("\nBcc:"))
    }

    @Test func sameInputGivesByteIdenticalOutput() {
        for format in SummaryRenderer.Format.allCases {
            #expect(renderer.render(Fixtures.acme(), format: format).text == renderer.render(Fixtures.acme(), format: format).text)
        }
    }

    @Test func russianNotesGetARussianFollowUp() {
        let record = Fixtures.Record(
            source: "ru.txt", language: "ru",
            meeting: Fixtures.Record.Meeting(
                title: "Рекламный бюджет", date: "2026-09-14", timezone: "Europe/Moscow",
                participants: [Fixtures.Record.Person(name: "Анна Смирнова"), Fixtures.Record.Person(name: "Иван Петров")]),
            actionItems: [
                Fixtures.Record.ActionItem(
                    id: "A1", task: "подготовить медиаплан", owner: "Иван Петров",
                    due: Fixtures.Record.Due(date: "2026-09-18", time: nil, text: "до пятницы"), amountIds: [],
                    source: Fixtures.source(5, "Иван подготовит медиаплан до пятницы"))
            ],
            decisions: [Fixtures.Record.Decision(id: "D1", text: "бюджет на таргет без изменений", source: Fixtures.source(7, "x"))],
            amounts: [
                Fixtures.Record.Amount(
                    id: "M1", value: 120_000, currency: "RUB", period: "quarter", text: "120 000 руб. в квартал",
                    source: Fixtures.source(7, "x"))
            ])
        let draft = SummaryRenderer(settings: Fixtures.settings(locale: "en-GB")).draft(record)
        #expect(draft.greeting == "Анна и Иван, добрый день!")
        #expect(draft.agreedHeading == "Договорились")
        // ICU's Russian grouping separator is a no-break space.
        // A bullet of what was agreed opens with a capital, like a sentence.
        #expect(draft.agreed == ["Бюджет на таргет без изменений (120\u{A0}000 RUB в квартал)"])
        #expect(draft.nextSteps.count == 1)
        #expect(draft.nextSteps[0].hasPrefix("Иван: подготовить медиаплан, до 18 сентября (пт)"))
        #expect(draft.nextSteps[0].contains("18 сентября"))
        #expect(draft.subject.hasPrefix("Итоги встречи: Рекламный бюджет, 14 сентября"))
    }
}
