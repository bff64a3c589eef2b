import Followup
import FollowupExtraction
import FollowupTestSupport
import Testing

/// The answer to a proposed day that says its weekday alone agrees to that day.
@Suite struct NextContactAnswerTests {
    static func contact(_ text: String) throws -> String {
        let record = try extract(text, date: "2027-01-18", file: "call.txt")
        return [record.nextContact?.date, record.nextContact?.time].compactMap { $0 }.joined(separator: " ")
    }

    /// "I'll call you on Monday at four" names the next contact in every language, the verb carrying its object pronoun
    /// (the nineteenth reading: "ich rufe Sie am Montag um sechzehn Uhr an", "el jueves doce a las tres la llamo",
    /// "Павел позвонит до 12:00" were missed, and a slot was proposed instead). 2027-01-18 is a Monday.
    @Test("a call promised with its day is the next contact", arguments: [
        ("Jana Weber: Danke.\nOle Krause: Gut, und ich rufe Sie am Donnerstag um vierzehn Uhr an, dann klären wir den Rest.\n", "2027-01-21 14:00"),
        ("Lucía Gómez: Gracias.\nRamón Ortiz: Perfecto, y el jueves a las diez la llamo para confirmar.\n", "2027-01-21 10:00"),
        ("Лена Орлова: Спасибо.\nИгорь Белов: Хорошо, в четверг в 11:00 я вам позвоню и всё подтвердим.\n", "2027-01-21 11:00"),
        ("Claire Petit: Merci.\nHugo Martin: Très bien, je vous appelle jeudi à 10 h pour valider.\n", "2027-01-21 10:00"),
    ])
    func aPromisedCall(transcript: String, contact: String) throws {
        #expect(try Self.contact(transcript) == contact)
    }

    /// Set 35: "I will call you, my time, so that's Eastern, by Mon, Feb 8, 16:00" stood as a step above the line that
    /// names the same call; a call to someone else on that day stays a step.
    @Test func aCallToYouOnTheContactsDayIsNoStepOfItsOwn() throws {
        let (text, record) = try SendableTextTests.followUp("""
            WEBVTT

            00:00:01.000 --> 00:00:03.000
            <v Rachel Kim>Thanks, Daniel.

            00:00:04.000 --> 00:00:09.000
            <v Rachel Kim>And I should have an answer from comp by Monday. I'll call you Monday at four, my time, so that's Eastern.

            00:00:10.000 --> 00:00:14.000
            <v Rachel Kim>I'll talk to my finance director about the budget by Monday.

            00:00:15.000 --> 00:00:17.000
            <v Daniel Moreno>Great, talk Monday.
            """, source: "call.vtt")
        #expect(record.nextContact?.date == "2026-12-07", "\(String(describing: record.nextContact))")
        #expect(!text.contains("my time"), "\(text)")
        #expect(text.contains("talk to my finance director"), "\(text)")
        // The calendar holds the call once, as the call: no deadline event for it as well.
        let directory = try TempDirectory()
        let config = try directory.write("[sender]\nname = \"Sam Rivera\"\nemail = \"sam@example.com\"\n", to: "config.toml")
        let calendar = try Renderers(environment: RunEnvironment(configPath: config, now: "2026-12-04T18:00:00Z", timeZone: "UTC")).calendar([record])
        #expect(!calendar.contains("my time") && calendar.contains("finance director"), "\(calendar)")
    }

    @Test func aWeekdaySaidBackIsTheProposedOne() throws {
        #expect(try Self.contact("""
            Dan Brooks: Hi both.
            Elena Novak: Hi Dan.
            Dan Brooks: Shall we talk again Thursday next week? Say one o'clock Eastern?
            Elena Novak: Thursday I'm, hmm, yeah, one Eastern works.
            Dan Brooks: Great, I'll send the invite.
            """) == "2027-01-28 13:00")
        #expect(try Self.contact("""
            Dan Brooks: Hi both.
            Elena Novak: Hi Dan.
            Dan Brooks: Shall we talk again on Thursday, January 28?
            Elena Novak: Jueves, perfecto. Thursday works.
            Dan Brooks: Great.
            """) == "2027-01-28")
        // Another day in the answer still replaces the proposal.
        #expect(try Self.contact("""
            Dan Brooks: Hi both.
            Elena Novak: Hi Dan.
            Dan Brooks: Shall we talk again Thursday next week?
            Elena Novak: Friday next week would be better for me.
            Dan Brooks: Friday it is.
            """) == "2027-01-29")
    }

    @Test func aRussianWeekdayOfNextWeekIsOneDate() throws {
        let record = try extract("Заметки\n\nСозвонимся в четверг на следующей неделе.\n", date: "2027-01-18", file: "notes.txt")
        #expect(record.dates.map(\.date) == ["2027-01-28"], "\(record.dates.map { ($0.text, $0.date) })")
        #expect(record.nextContact?.date == "2027-01-28")
    }

    /// The time said after the day, with its zone after it ("next Tuesday, the sixteenth? Say eleven a.m. Eastern?"): the
    /// follow-up keeps the zone with the time.
    @Test func aZoneAfterATimeSaidAfterTheDayStaysWithTheTime() throws {
        let (text, _) = try SendableTextTests.followUp("""
            Priya Raman: Hi Tom.
            Tom Becker: Hi Priya.
            Priya Raman: Shall we do a quick check-in next Tuesday, the sixteenth? Say eleven a.m. Eastern?
            Tom Becker: Eleven Eastern works.
            """, source: "call.txt")
        let line = text.split(separator: "\n").first { $0.contains("11:00") }.map(String.init) ?? ""
        #expect(line.contains("11:00 Eastern"), "\(text)")
        // A zone given for another time is not this one's.
        let (other, _) = try SendableTextTests.followUp("""
            Sanne Vries: Hi Mark.
            Mark Tilly: Hi Sanne.
            Sanne Vries: Shall we talk again Tuesday? Same time, 4 pm our time, 10 am Eastern?
            Mark Tilly: Tuesday works.
            """, source: "call.txt")
        #expect(!other.contains("Eastern"), "\(other)")
    }

    /// Set 36: after the call, one colleague's "this is the third sync outage this quarter" and the other's "remind me to
    /// warn finance before Monday" made Monday the next contact; the meeting word said in passing waits only for its own
    /// speaker's day, and "Talk Thursday." (with the four o'clock agreed before it) stays the contact.
    @Test func aMeetingWordInPassingWaitsOnlyForItsSpeaker() throws {
        let record = try extract(webVTT([
            ("Mina Patel", "Can we do a check-in Thursday? Say four o'clock Eastern?"),
            ("Owen Clarke", "Thursday at four works. Talk Thursday."),
            ("Joel Baker", "He dropped. Between us, this is the third sync outage this quarter."),
            ("Mina Patel", "I know. Remind me to warn finance before Monday."),
        ]), date: "2027-01-18", file: "call.vtt")
        #expect(record.nextContact?.date == "2027-01-21", "\(String(describing: record.nextContact))")
        #expect(record.nextContact?.time == "16:00", "\(String(describing: record.nextContact))")
    }
}
