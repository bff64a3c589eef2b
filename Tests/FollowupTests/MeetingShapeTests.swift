import Followup
import FollowupTestSupport
import Testing

/// A long many-party meeting hands out its work in the chair's closing round; along the way its "I'll…" and
/// "you can…" are talk. Text written for these tests.
@Suite("Long meetings: the chair's closing round")
struct MeetingShapeTests {
    static let roles = ["Project Manager", "Industrial Designer", "User Interface Designer", "Marketing Expert"]

    /// `turns` turns of product talk, with commitments that are only talk about the meeting or the product.
    static func body(turns: Int) -> [String] {
        let talk = [
            "I think the buttons should be bigger.", "Yeah.", "It will send a signal to the television.",
            "you can press it to change the channel.", "I'll just open my slides.", "Mm-hmm.",
            "I'm going to talk about the market now.", "The rubber case is going to cost more.",
        ]
        return (0..<turns).map { "\(roles[$0 % 4]): \(talk[$0 % talk.count])" }
    }

    static let closing = [
        "Project Manager: Okay, we need to wrap up, the next meeting is in thirty minutes.",
        "Project Manager: In the meantime, as the industrial designer, you're gonna be working on the components concept.",
        "Industrial Designer: Okay.",
        "Project Manager: For user interface, the button layout.",
        "Project Manager: And you'll be looking into the trends in the market.",
        "Marketing Expert: Yep.",
        "Project Manager: I'll put the minutes in the shared folder.",
    ]

    @Test("the closing round's hand-overs are items with the role as owner; the talk along the way is not")
    func closingRound() throws {
        var lines = Self.body(turns: 160)
        lines.insert("Marketing Expert: I'll send the survey results by Friday.", at: 40)
        lines += Self.closing
        let record = try extract(lines.joined(separator: "\n") + "\n", date: "2026-03-02", file: "design-meeting.txt")
        let items = record.actionItems.map { ($0.owner ?? "-", $0.task) }
        let owners = record.actionItems.map { $0.owner ?? "-" }
        #expect(items.contains { $0.0 == "Industrial Designer" && $0.1.contains("components concept") }, "\(items)")
        #expect(items.contains { $0.0 == "User Interface Designer" && $0.1.contains("button layout") }, "\(items)")
        #expect(items.contains { $0.0 == "Marketing Expert" && $0.1.contains("trends") }, "\(items)")
        #expect(items.contains { $0.0 == "Project Manager" && $0.1.contains("minutes") }, "\(items)")
        // A commitment with a day stands wherever it is said.
        #expect(record.actionItems.contains { $0.owner == "Marketing Expert" && $0.task.contains("survey results") && $0.due != nil })
        #expect(!record.actionItems.contains { ["slides", "channel", "market now"].contains(where: $0.task.contains) }, "\(items)")
        #expect(owners.count == 5, "\(items)")
        // Each item quotes its own line: the hand-over lines are the last seven, after 161 turns.
        let lineOf = { (word: String) in record.actionItems.first { $0.task.contains(word) }?.source?.line }
        #expect(lineOf("components") == 163)
        #expect(lineOf("button layout") == 165)
    }

    @Test("a short call is read line by line: no closing round, its commitments stand")
    func shortCall() throws {
        let lines = Self.body(turns: 12) + Self.closing
        let record = try extract(lines.joined(separator: "\n") + "\n", date: "2026-03-02", file: "short-call.txt")
        // The role fragment without a verb is a hand-over only in a long meeting's closing round.
        #expect(!record.actionItems.contains { $0.task.contains("button layout") })
        #expect(record.actionItems.contains { $0.task.contains("minutes") })
    }
}

/// The same shape in Spanish, with speakers labelled by role in lower-case words and called by first names
/// the transcript never introduces. Text written for this test.
@Suite("Long meetings in Spanish: role labels, first names, the closing round")
struct SpanishMeetingShapeTests {
    static let labels = ["Jefa de proyecto", "Diseñador", "Analista", "Responsable de ventas"]

    static func meeting() -> String {
        let talk = ["Creo que el botón debería ser más grande.", "Sí.", "Voy a compartir pantalla.", "Eso cuesta más, ¿no?"]
        var lines = (0..<150).map { "\(labels[$0 % 4]): \(talk[$0 % talk.count])" }
        // Marta is called by name twice, and the Analista answers.
        lines[41] = "Jefa de proyecto: Marta, ¿tienes los datos de marzo?"
        lines[42] = "Analista: Sí, aquí están."
        lines[81] = "Jefa de proyecto: Marta, ¿y los de abril?"
        lines[82] = "Analista: También, te los enseño luego."
        lines += [
            "Jefa de proyecto: Bueno, vamos con el reparto de tareas.",
            "Jefa de proyecto: Marta, tú preparas el informe de conversiones.",
            "Analista: Vale.",
            "Jefa de proyecto: Para ventas, la lista de clientes nuevos.",
            "Responsable de ventas: Hecho.",
            "Jefa de proyecto: Y yo mando el acta mañana.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("lower-case role labels are speakers; a first name is the one who answers to it; the chair hands out work")
    func closingRound() throws {
        let record = try extract(Self.meeting(), date: "2026-03-02", file: "reunion.txt")
        #expect(Set(record.meeting.participants.map(\.name)) == Set(Self.labels))
        let items = record.actionItems.map { ($0.owner ?? "-", $0.task) }
        #expect(items.contains { $0.0 == "Analista" && $0.1.contains("informe de conversiones") }, "\(items)")
        #expect(items.contains { $0.0 == "Responsable de ventas" && $0.1.contains("clientes nuevos") }, "\(items)")
        #expect(items.contains { $0.0 == "Jefa de proyecto" && $0.1.contains("acta") }, "\(items)")
        // "Voy a compartir pantalla" along the way is talk about the meeting.
        #expect(!items.contains { $0.1.contains("pantalla") }, "\(items)")
        #expect(items.count == 3, "\(items)")
    }
}

/// People a long meeting names but never addresses with "Name, …" (known by their self-introduction or by the
/// thanks after their turn), work for the next meeting, and what else the closing round hands out. Text written
/// for these tests.
@Suite("Long meetings: first names, the next meeting, requests and fragments in the closing round")
struct MeetingNamesTests {
    @Test("a name introduced or thanked owns its task as that speaker's role; 'for the next meeting' dates a commitment")
    func namesAndTheNextMeeting() throws {
        let items = try Self.items(
            along: [
                1: "Industrial Designer: Hi all, I'm Dana, and I'll cover the working design.",
                2: "Marketing Expert: I'm Priya, I'm doing the market research.",
                30: "Industrial Designer: So that's the case and the chip, that's my presentation.",
                31: "Marketing Expert: Thank you, Dana.", 32: "Project Manager: Thank you, Dana.",
                // Along the way, with the next meeting as its time: stands as a day would.
                60: "Project Manager: And for the next meeting Dana will be sketching the battery compartment.",
            ],
            closing: [
                "Project Manager: Priya will be looking at the price survey.",
                "Project Manager: And the two of you get to build the prototype out of clay.",
                "Project Manager: You'll get the instructions by e-mail.",
            ])
        #expect(items.contains { $0.0 == "Industrial Designer" && $0.1.contains("battery compartment") }, "\(items)")
        #expect(items.contains { $0.0 == "Marketing Expert" && $0.1.contains("price survey") }, "\(items)")
        // Getting to do something is a task; getting instructions is not.
        #expect(items.contains { $0.1.contains("prototype") }, "\(items)")
        #expect(!items.contains { $0.1.contains("instructions") }, "\(items)")
    }

    /// (owner, task) of every item of 160 turns of talk (some replaced) and a closing round after the wrap-up cue.
    static func items(along: [Int: String] = [:], closing: [String]) throws -> [(String, String)] {
        var lines = MeetingShapeTests.body(turns: 160)
        for (index, line) in along { lines[index] = line }
        lines.append("Project Manager: Okay, we need to wrap up, the next meeting is in thirty minutes.")
        let record = try extract((lines + closing).joined(separator: "\n") + "\n", date: "2026-03-02", file: "design-meeting.txt")
        return record.actionItems.map { ($0.owner ?? "-", $0.task) }
    }

    @Test("in the closing round a request anyone makes is a task when the one asked accepts it")
    func acceptedRequestInTheClosingRound() throws {
        // Along the way the same exchange is talk.
        let items = try Self.items(
            along: [80: "Industrial Designer: Could you pass me the marker?", 81: "Project Manager: Yeah, here."],
            closing: [
                "Industrial Designer: Could you send us a copy of your slides?", "Project Manager: Yes, I will.",
                "Marketing Expert: Could you check the clay colours?", "Industrial Designer: No, I don't think so.",
                "User Interface Designer: Could you order the rubber samples?", "Marketing Expert: I can't, sorry.",
            ])
        #expect(items.contains { $0.0 == "Project Manager" && $0.1.contains("copy of your slides") }, "\(items)")
        #expect(!items.contains { ["marker", "clay colours", "rubber samples"].contains(where: $0.1.contains) }, "\(items)")
    }

    @Test("in the closing round a task verb's progressive opening a sentence is the round's next hand-over")
    func leadingProgressive() throws {
        let items = try Self.items(closing: [
            "Project Manager: Um, and working on the colours of the case.", "Marketing Expert: Okay.",
            "Project Manager: Moving along.", "Project Manager: And talking to the bosses about it.",
        ])
        #expect(items.contains { $0.0 == "Marketing Expert" && $0.1.contains("colours of the case") }, "\(items)")
        #expect(!items.contains { $0.1.contains("along") || $0.1.contains("bosses") }, "\(items)")
    }

    @Test("in the closing round a participant restating their own assignment has a task; along the way it is talk")
    func ownAssignment() throws {
        let items = try Self.items(
            along: [70: "Industrial Designer: So I'm supposed to do the battery study, I think."],
            closing: ["Industrial Designer: So I'm supposed to do the components concept.", "Marketing Expert: And my job is to watch the trends."])
        #expect(items.contains { $0.0 == "Industrial Designer" && $0.1.contains("components concept") }, "\(items)")
        #expect(!items.contains { $0.1.contains("battery study") }, "\(items)")
    }
}

/// What the closing round hands out across lines, in groups, and by two names at once. Text written for these tests.
@Suite("Long meetings: a hand-over continued on the next line, group duties, two owners")
struct MeetingContinuationTests {
    @Test("a line that goes on with the chair's hand-over a few turns before is the same person's task; without one it is talk")
    func continuedHandOver() throws {
        let items = try MeetingNamesTests.items(closing: [
            "Project Manager: As the industrial designer, you're gonna be working on the battery compartment,",
            "Industrial Designer: Okay.", "User Interface Designer: Cool shape.",
            "Project Manager: and try to find a nicer shape for the case.",
            "Marketing Expert: Right.", "User Interface Designer: Yeah.", "Industrial Designer: Mm-hmm.", "Marketing Expert: Sure.",
            "User Interface Designer: Okay.",
            "Project Manager: Grab a coffee on the way out.",
            "Project Manager: Um, do you wanna start with the summary.",
        ])
        #expect(items.contains { $0.0 == "Industrial Designer" && $0.1.contains("nicer shape for the case") }, "\(items)")
        // Five turns after the last hand-over: no longer going on with it; a verb before its subject asks.
        #expect(!items.contains { $0.1.contains("coffee") || $0.1.contains("summary") }, "\(items)")
    }

    @Test("'we'll have to', 'we gotta' in the chair's closing round are the group's duties; 'Alright.' names no one")
    func groupDutiesAndAffirmatives() throws {
        let items = try MeetingNamesTests.items(
            along: [
                20: "Project Manager: Alright, next slide.", 21: "Industrial Designer: Sure.",
                50: "Project Manager: Alright, the buttons.", 51: "Industrial Designer: Yep.",
            ],
            closing: [
                "Project Manager: So we'll have to fill in the final questionnaire.",
                "Project Manager: Alright.", "Project Manager: Anyone got anything else to add?",
            ])
        #expect(items.contains { $0.0 == "-" && $0.1.contains("final questionnaire") }, "\(items)")
        #expect(!items.contains { $0.1.contains("anything else") }, "\(items)")
    }

    @Test("two people named together own the task together; two capitalized nouns do not")
    func twoOwners() throws {
        let notes = """
            Standup, March 2

            - Poppy and Tara will have to finish the clay model by Friday.
            - Anna Berg and Tom Ruiz will draft the statement of work.
            """
        let record = try extract(notes + "\n", date: "2026-03-02", file: "standup.md")
        let items = record.actionItems.map { ($0.owner ?? "-", $0.task) }
        #expect(items.contains { $0.0 == "Poppy and Tara" && $0.1.contains("clay model") }, "\(items)")
        #expect(items.contains { $0.0 == "Anna Berg and Tom Ruiz" && $0.1.contains("statement of work") }, "\(items)")
        let german = try extract(
            "Notizen, 2. März\nTeilnehmer: Dr. Jana Wolf, Max Roth\n\n## Aufgaben\n- Angebot und Vertrag prüfen – Jana Wolf – bis Freitag\n",
            date: "2026-03-02", file: "notizen.md")
        #expect(german.actionItems.map(\.owner) == ["Jana Wolf"], "\(german.actionItems.map { ($0.owner, $0.task) })")
    }

    @Test("a speech restart that says the same verb again after a comma belongs to the one said second")
    func restart() throws {
        let call = """
            Dana: Um, you'll be working, Poppy will be working on the look-and-feel design.
            Poppy: Okay.
            Dana: Bob will review, Anna will review the budget by Monday.
            """
        let record = try extract(call + "\n", date: "2026-03-02", file: "call.txt")
        let items = record.actionItems.map { ($0.owner ?? "-", $0.task) }
        #expect(items.contains { $0.0 == "Poppy" && $0.1.contains("look-and-feel") }, "\(items)")
        #expect(items.contains { $0.0 == "Anna" && $0.1.contains("budget") }, "\(items)")
        #expect(items.count == 2, "\(items)")
    }

    @Test("as the meeting closes, 'now' is after it; anyone may restate a role's duty; 'the next phase' opens the round")
    func closingRoundReadings() throws {
        let items = try MeetingNamesTests.items(
            along: [40: "Industrial Designer: I'll sketch the case now.", 41: "Project Manager: Okay."],
            closing: [
                "Project Manager: Because I have to write the final report now.",
                "Industrial Designer: So the Industrial Designer will take a look at the battery options,",
                "Marketing Expert: Right.",
            ])
        #expect(items.contains { $0.0 == "Project Manager" && $0.1.contains("final report") }, "\(items)")
        #expect(items.contains { $0.0 == "Industrial Designer" && $0.1.contains("battery options") }, "\(items)")
        // Along the way "now" is still the meeting itself.
        #expect(!items.contains { $0.1.contains("sketch the case") }, "\(items)")
        // Three fifths in, "the next phase" is a closing cue like "next meeting": the chair's hand-overs after it count.
        var lines = MeetingShapeTests.body(turns: 160)
        lines[130] = "Project Manager: The next phase is the look and feel design."
        lines[132] = "Project Manager: And for marketing, the product evaluation."
        let record = try extract(lines.joined(separator: "\n") + "\n", date: "2026-03-02", file: "design-meeting.txt")
        #expect(record.actionItems.contains { $0.owner == "Marketing Expert" && $0.task.contains("product evaluation") },
                "\(record.actionItems.map { ($0.owner, $0.task) })")
    }
}
