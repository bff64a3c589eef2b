import Testing
import FollowupDocument

@Suite("CueReader: WebVTT (Teams, Zoom, Google Meet) and SRT")
struct CueReaderTests {
    // MARK: Teams

    @Test("Teams VTT: <v Name> voices are speakers; cue ids and timings are not text")
    func teamsSpeakers() throws {
        let document = try readCorpus("en/teams-product-sync.vtt")
        #expect(document.format == .vtt)
        #expect(document.participantNames == ["Rebecca Hall", "Tom Walsh", "Marcus Lee", "Priya Desai"])
        let first = try #require(document.utterances.first)
        #expect(first.speaker == "Rebecca Hall")
        #expect(first.speakerSpoke)
        #expect(first.text == "Okay, I think we have everyone. Um, Tom, can you hear me?")
        #expect(first.firstLine == 5)
        #expect(!document.utterances.contains { $0.text.contains("-->") || $0.text.contains("3f1c2a9e") || $0.text.contains("</v>") })
    }

    @Test("Teams VTT: two consecutive cues of one speaker are one utterance, each part on its own line")
    func teamsMergedCues() throws {
        let document = try readCorpus("en/teams-product-sync.vtt")
        let merged = try #require(document.utterance(startingAt: 13))
        #expect(merged.speaker == "Rebecca Hall")
        #expect(merged.text == "Great. So, uh, quick product sync today. Mostly the, the onboarding flow and the pricing page stuff.")
        #expect(merged.lines == [13, 17])
        #expect(merged.line(of: "the onboarding flow") == 17)
        #expect(merged.line(of: "quick product sync") == 13)
        // Marcus's two cues (lines 29 and 33) merge too; the next utterance is Rebecca's at line 37.
        #expect(document.utterance(startingAt: 29)?.lines == [29, 33])
        #expect(document.utterance(startingAt: 33) == nil)
        #expect(document.utterance(startingAt: 37)?.speaker == "Rebecca Hall")
    }

    @Test("Teams VTT in Russian: Cyrillic voices and merged cues")
    func teamsRussian() throws {
        let document = try readCorpus("ru/teams-sinhron.vtt")
        #expect(document.participantNames == ["Алексей Фёдоров", "Наталья Орлова", "Кирилл Васильев", "Светлана Миронова"])
        let natalya = try #require(document.utterance(startingAt: 9))
        #expect(natalya.speaker == "Наталья Орлова")
        #expect(natalya.lines == [9, 13])
        #expect(natalya.line(of: "Онбординг сделаю") == 13)
        #expect(document.utterance(startingAt: 17)?.speaker == "Кирилл Васильев")
    }

    // MARK: Zoom

    @Test("Zoom VTT: 'Name: text' cue text, numeric cue ids skipped")
    func zoom() throws {
        let document = try readCorpus("en/zoom-team-standup.vtt")
        #expect(document.participantNames == ["Lisa Chang", "Aaron Mitchell", "Benjamin Cole", "Diana Reyes", "Ethan Wright"])
        let first = try #require(document.utterances.first)
        #expect(first.speaker == "Lisa Chang")
        #expect(first.text == "Morning, all. Let's go around. Aaron?")
        #expect(first.firstLine == 5)
        let aaron = try #require(document.utterance(startingAt: 9))
        #expect(aaron.speaker == "Aaron Mitchell")
        #expect(aaron.lines == [9, 13])
        #expect(aaron.text.hasSuffix("It's in review. Today I'll pick up the, the pagination bug."))
        #expect(document.utterance(startingAt: 17)?.text == "Cool. Any blockers?")
    }

    @Test("Zoom VTT in Russian: speakers with full names")
    func zoomRussian() throws {
        let document = try readCorpus("ru/zvonok-klient.vtt")
        #expect(document.participantNames == ["Анна Смирнова", "Пётр Гусев", "Иван Петров"])
        let second = try #require(document.utterance(startingAt: 9))
        #expect(second.speaker == "Пётр Гусев")
        #expect(second.text.hasPrefix("Да, посмотрели."))
    }

    // MARK: Google Meet

    @Test("Google Meet VTT: <v> voices without closing tags or cue ids; 27 cues, one merge")
    func meet() throws {
        let document = try readCorpus("en/meet-design-crit.vtt")
        #expect(document.participantNames == ["Amelia Ross", "Jonah Fields", "Lucia Moretti"])
        #expect(document.utterances.count == 26)
        #expect(document.utterance(startingAt: 13)?.lines == [13, 16])
        #expect(document.utterance(startingAt: 82)?.text == "Sure.")
        #expect(document.utterance(startingAt: 82)?.speaker == "Lucia Moretti")
    }

    @Test("Google Meet VTT with 'Name:' prefixes")
    func meetPrefixes() throws {
        let document = try readCorpus("en/meet-partner-intro.vtt")
        #expect(document.participantNames == ["Hugo Martin", "Yara Haddad", "Peter Nowak"])
        #expect(document.utterance(startingAt: 4)?.text == "Hi Yara, great to finally meet.")
        #expect(document.utterance(startingAt: 13)?.speaker == "Peter Nowak")
    }

    // MARK: SRT

    @Test("SRT with first-name prefixes: 26 cues, George's two in a row merge")
    func srtBoardPrep() throws {
        let document = try readCorpus("en/srt-board-prep.srt")
        #expect(document.format == .srt)
        #expect(document.participantNames == ["Victoria", "George", "Maya"])
        #expect(document.utterances.count == 25)
        let george = try #require(document.utterance(startingAt: 31))
        #expect(george.text == "Burn is down. We're at, like, $420,000 a month now. It was a lot higher over the summer.")
        #expect(george.line(of: "It was a lot higher") == 35)
        #expect(!document.utterances.contains { $0.text.contains("-->") })
    }

    @Test("SRT in Russian: speakers labelled by first name who introduce themselves in full")
    func srtSelfIntroductions() throws {
        let document = try readCorpus("ru/peregovory-postavka.srt")
        #expect(document.participantNames == ["Иван Петров", "Галина Сорокина", "Тимур"])
        #expect(document.participants[0].aliases.contains("Иван"))
        // The utterances keep the label as written.
        #expect(document.utterance(startingAt: 3)?.speaker == "Иван")
    }

    @Test("SRT without speaker labels: people named in greetings and questions are the participants")
    func srtUnlabelled() throws {
        let document = try readCorpus("en/srt-webinar-planning.srt")
        #expect(document.utterances.allSatisfy { $0.speaker == nil })
        #expect(Set(document.participantNames) == ["Nadia", "Oliver", "Priyanka"])
        let allHands = try readCorpus("en/srt-allhands-qa.srt")
        #expect(Set(allHands.participantNames) == ["Mei", "Oscar"])
    }

    @Test("an SRT cue of two lines keeps its speaker on the second line")
    func multiLineCue() throws {
        let text = "1\n00:00:01,000 --> 00:00:04,000\nAlice Chen: I'll send the deck\nby Friday at noon.\n\n2\n00:00:05,000 --> 00:00:06,000\nBob Lee: Thanks.\n"
        let document = try parse(text, source: "call.srt")
        #expect(document.speakers == ["Alice Chen", "Bob Lee"])
        let alice = try #require(document.utterances.first)
        #expect(alice.text == "I'll send the deck by Friday at noon.")
        #expect(alice.line(of: "by Friday") == 4)
    }

    @Test("a VTT NOTE block is header text, not an utterance")
    func noteBlock() throws {
        let text = "WEBVTT - Weekly sync\n\nNOTE recorded 2026-11-23\n\n00:00:01.000 --> 00:00:02.000\n<v Alice Chen>Hello.</v>\n"
        let document = try parse(text, source: "sync.vtt")
        #expect(document.title == "Weekly sync")
        #expect(document.headerLines.contains { $0.line == 3 && $0.text == "recorded 2026-11-23" })
        #expect(document.utterances.map(\.text) == ["Hello."])
    }

    /// Review finding: a NOTE title with a clock or a colon after its first word was dropped, and the subject named
    /// the people instead ("Termin mit Tobias, Mehmet und weiteren").
    @Test("a NOTE's first line names the meeting despite a clock or a colon that labels no field", arguments: [
        ("NOTE\nQuarterly Vendor Review – Tuesday, 09.03.2027, 14:00\nAttendees: Rosa Lind, Karl Iwan", "Quarterly Vendor Review – Tuesday, 09.03.2027, 14:00"),
        ("NOTE\nЖалоба: «Север Трейд» — задержки поставок\nУчастники: Ольга Рябова, Денис Котов", "Жалоба: «Север Трейд» — задержки поставок"),
    ])
    func noteTitleWithColon(note: String, title: String) throws {
        let text = "WEBVTT\n\n\(note)\n\n00:00:01.000 --> 00:00:02.000\n<v Rosa Lind>Hello.</v>\n"
        let document = try parse(text, source: "call.vtt")
        #expect(document.title == title)
    }

    /// Review finding: the companies in an attendee line of a NOTE were not known, so a title part naming the other
    /// side's company stood in the subject ("Эскалация" for "Эскалация: «Здоровье Рядом» — сбои синхронизации").
    @Test("a company in brackets after a group of names in a NOTE's attendee line is the group's")
    func bracketedOrganizations() throws {
        let text = """
            WEBVTT

            NOTE
            Участники: Ольга Рябова, Денис Котов (ЛогиКод); Игорь Белов, Вера Лаптева («Север Трейд»), Юрий Орлов (CFO)

            00:00:01.000 --> 00:00:04.000
            <v Ольга Рябова>Игорь, пришлёте логи до пятницы?</v>

            00:00:05.000 --> 00:00:06.000
            <v Игорь Белов>Да.</v>

            00:00:07.000 --> 00:00:08.000
            <v Денис Котов>Спасибо.</v>
            """
        let document = try parse(text, source: "call.vtt")
        let organizations = Dictionary(uniqueKeysWithValues: document.participants.map { ($0.name, $0.organization ?? "-") })
        #expect(organizations["Ольга Рябова"] == "ЛогиКод")
        #expect(organizations["Денис Котов"] == "ЛогиКод")
        #expect(organizations["Игорь Белов"] == "-")
        let dated = text.replacing(", Юрий Орлов (CFO)", with: "")
        let groups = try parse(dated, source: "call.vtt")
        #expect(groups.participants.first { $0.name == "Игорь Белов" }?.organization == "«Север Трейд»")
    }

    @Test("a NOTE's first line that is a field or a company's people is no title", arguments: [
        "NOTE\nTeilnehmende: Rosa Lind, Karl Iwan", "NOTE\nNordhafen: Rosa Lind, Karl Iwan / Kessel AG: Uwe Brandt",
        "NOTE\nDate: 09.03.2027, 14:00",
    ])
    func noteFieldIsNoTitle(note: String) throws {
        let text = "WEBVTT\n\n\(note)\n\n00:00:01.000 --> 00:00:02.000\n<v Rosa Lind>Hello.</v>\n"
        let document = try parse(text, source: "call.vtt")
        #expect(document.title == nil)
    }

    @Test("a time in cue text is not a speaker label")
    func timeIsNotSpeaker() throws {
        let text = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n10:30 works for me.\n"
        let document = try parse(text, source: "x.vtt")
        #expect(document.utterances.first?.speaker == nil)
        #expect(document.utterances.first?.text == "10:30 works for me.")
    }
}
