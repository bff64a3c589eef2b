import Followup
import FollowupExtraction
import Testing

/// A speaker who announces who else is on the call announces their own side ("Chris is on as well", "Herr Wolff,
/// unser Standortleiter, ist auch dabei"), also after a few turns of small talk; an attendee line may give the writer's
/// side after a label ("… / nous : moi (Julien) + Sarah"). The sender's colleagues are not greeted.
@Suite struct ColleagueAnnouncementTests {
    static let sender = """
        [sender]
        name = "Lena Hart"
        email = "lena.hart@corvane.example"
        signature = "Account Manager, Corvane"
        """

    static func introducer(of name: String, in record: ExtractionRecord) -> String? {
        record.meeting.participants.first { $0.name == name }?.introducedBy
    }

    @Test func aColleagueAnnouncedAfterSmallTalk() throws {
        let (text, record) = try FifthReadingFindingsTests.followUp("""
            WEBVTT

            00:00:01.000 --> 00:00:04.000
            <v Lena Hart>Hello, can everyone hear me? Marco might be a minute late.

            00:00:05.000 --> 00:00:07.000
            <v Gus Dale>Loud and clear. Hi Lena. Wendy is here too.

            00:00:08.000 --> 00:00:09.000
            <v Wendy Ross>Hi all.

            00:00:10.000 --> 00:00:13.000
            <v Lena Hart>Hi Wendy. Did the storm reach you yesterday?

            00:00:14.000 --> 00:00:17.000
            <v Gus Dale>Only rain here. The office lost power for an hour though.

            00:00:18.000 --> 00:00:20.000
            <v Marco Vidal>Sorry, I'm in now. The lift was stuck.

            00:00:21.000 --> 00:00:26.000
            <v Lena Hart>No problem. So, for the record, I've got Marco Vidal from our finance team with me.

            00:00:27.000 --> 00:00:31.000
            <v Gus Dale>Great. I'll send the signed order form by Friday.
            """, source: "call.vtt", config: Self.sender)
        #expect(Self.introducer(of: "Marco Vidal", in: record) == "Lena Hart", "\(record.meeting.participants)")
        let greeting = FifthReadingFindingsTests.greeting(text)
        #expect(greeting.contains("Gus") && greeting.contains("Wendy") && !greeting.contains("Marco"), "\(greeting)")
    }

    @Test("someone said to be on the call too is the speaker's colleague", arguments: [
        ("Good morning both. Ivo is on as well.", "Ivo Brandt"),
        ("Guten Morgen zusammen. Herr Brandt, unser Projektleiter, ist auch dabei.", "Ivo Brandt"),
        ("Buenos días. Nos acompaña Ivo Brandt, que lleva la instalación.", "Ivo Brandt"),
        ("Bonjour à tous. Ivo Brandt est avec nous aussi, il suit le déploiement.", "Ivo Brandt"),
        ("Добрый день. С нами также Иво Брандт, он ведёт внедрение.", "Иво Брандт"),
    ] as [(String, String)])
    func announcedAsOnTheCall(announcement: String, colleague: String) throws {
        let (_, record) = try FifthReadingFindingsTests.followUp("""
            WEBVTT

            00:00:01.000 --> 00:00:04.000
            <v Lena Hart>\(announcement)

            00:00:05.000 --> 00:00:07.000
            <v Gus Dale>Hello. Thanks for having us.

            00:00:08.000 --> 00:00:10.000
            <v \(colleague)>Hello.
            """, source: "call.vtt", config: Self.sender)
        #expect(Self.introducer(of: colleague, in: record) == "Lena Hart", "\(record.meeting.participants)")
        #expect(Self.introducer(of: "Gus Dale", in: record) == nil, "\(record.meeting.participants)")
    }

    /// Only the person the announcement is about: not those greeted in the same sentence, nor someone named with
    /// another company.
    @Test func onlyThePersonAnnounced() throws {
        let (_, record) = try FifthReadingFindingsTests.followUp("""
            WEBVTT

            00:00:01.000 --> 00:00:04.000
            <v Lena Hart>Guten Morgen. Herr Dale, Frau Ross — Ivo Brandt ist auch dabei, unser Techniker.

            00:00:05.000 --> 00:00:07.000
            <v Gus Dale>Guten Morgen. Danke für die Einladung.

            00:00:08.000 --> 00:00:10.000
            <v Wendy Ross>Hallo zusammen.

            00:00:11.000 --> 00:00:13.000
            <v Ivo Brandt>Hallo.
            """, source: "call.vtt", config: Self.sender)
        #expect(Self.introducer(of: "Ivo Brandt", in: record) == "Lena Hart", "\(record.meeting.participants)")
        #expect(Self.introducer(of: "Gus Dale", in: record) == nil && Self.introducer(of: "Wendy Ross", in: record) == nil,
                "\(record.meeting.participants)")
        let (_, recruiter) = try FifthReadingFindingsTests.followUp("""
            WEBVTT

            00:00:01.000 --> 00:00:04.000
            <v Lena Hart>Sind alle da? Gus, und Frau Ross von Talentwerk Partner ist auch dabei.

            00:00:05.000 --> 00:00:07.000
            <v Wendy Ross>Ja, danke, dass ich dabei sein darf.

            00:00:08.000 --> 00:00:10.000
            <v Gus Dale>Hallo.
            """, source: "call.vtt", config: Self.sender)
        #expect(Self.introducer(of: "Wendy Ross", in: recruiter) == nil, "\(recruiter.meeting.participants)")
        // After the phrase, everyone it lists.
        let (_, listed) = try FifthReadingFindingsTests.followUp("""
            WEBVTT

            00:00:01.000 --> 00:00:04.000
            <v Lena Hart>Gus Dale, thanks for the time. So on our side it's me, Ivo Brandt, who runs the plant, and Wendy Ross, our VP.

            00:00:05.000 --> 00:00:07.000
            <v Gus Dale>Hello everyone.

            00:00:08.000 --> 00:00:10.000
            <v Ivo Brandt>Hi Gus.

            00:00:11.000 --> 00:00:13.000
            <v Wendy Ross>Hello.
            """, source: "call.vtt", config: Self.sender)
        #expect(Self.introducer(of: "Ivo Brandt", in: listed) == "Lena Hart" && Self.introducer(of: "Wendy Ross", in: listed) == "Lena Hart",
                "\(listed.meeting.participants)")
        #expect(Self.introducer(of: "Gus Dale", in: listed) == nil, "\(listed.meeting.participants)")
    }

    /// Introducing a colleague as the call opens gives no task ("Со мной Артём Кузнецов, руководитель нашего
    /// сортировочного центра" was "Артём: руководитель нашего сортировочного центра").
    @Test func anIntroductionIsNoTask() throws {
        let (_, record) = try FifthReadingFindingsTests.followUp("""
            WEBVTT

            00:00:01.000 --> 00:00:06.000
            <v Лена Харт>Добрый день. Со мной Иво Брандт, руководитель нашего склада.

            00:00:07.000 --> 00:00:09.000
            <v Иво Брандт>Здравствуйте.

            00:00:10.000 --> 00:00:14.000
            <v Гусь Дейл>Добрый день. Я пришлю список заказов до пятницы.
            """, source: "call.vtt", config: Self.sender)
        #expect(!record.actionItems.contains { $0.task.contains("руководитель") }, "\(record.actionItems.map(\.task))")
        #expect(record.actionItems.contains { $0.task.contains("список заказов") }, "\(record.actionItems.map(\.task))")
    }

    /// The other side's people first, then the writer's after an our-side label.
    @Test func attendeeLineWithTheWritersSideAfterALabel() throws {
        let french = try FifthReadingFindingsTests.followUp("""
            02/03/27 - appel Hôtel du Lac - incident
            Présents : Mme Perrin (directrice), M. Haddad (réception) / nous : moi (Lena) + Sarah Koenig (support)

            - la synchronisation a bloqué pendant la nuit, neuf réservations en surbooking
            - Sarah Koenig : rapport d'incident complet d'ici vendredi
            - Mme Perrin nous envoie les factures de relogement d'ici mardi
            """, source: "notes.txt", config: Self.sender)
        let ours = french.record.meeting.participants.filter { $0.onOurSide == true }.map(\.name)
        #expect(ours == ["Sarah Koenig"], "\(french.record.meeting.participants)")
        #expect(french.text.contains("Perrin") && !french.text.components(separatedBy: "\n").contains { $0.hasPrefix("Bonjour") && $0.contains("Sarah") },
                "\(french.text)")
        let english = try FifthReadingFindingsTests.followUp("""
            Pricing call
            Attendees: Karen Lee, Jason Bell / us: me (Lena), Tom Reyes

            - Jason to send the sample data by Friday
            """, source: "notes.txt", config: Self.sender)
        let oursEnglish = english.record.meeting.participants.filter { $0.onOurSide == true }.map(\.name)
        #expect(oursEnglish == ["Tom Reyes"], "\(english.record.meeting.participants)")
        let greeting = FifthReadingFindingsTests.greeting(english.text)
        #expect(greeting.contains("Karen") && greeting.contains("Jason") && !greeting.contains("Tom"), "\(greeting)")
    }
}
