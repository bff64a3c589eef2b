import Followup
import FollowupTestSupport
import Testing

/// How a chair hands out work as a long meeting closes, and what in the closing round only sounds like it: the
/// softened hand-over of speakers who chair in a second language, the cue with its clitic, the group's duty to
/// deliberate, a condition, what someone will be told. Text written for these tests.
@Suite("Long meetings: softened hand-overs and closing-round talk")
struct ClosingRoundTalkTests {
    @Test("'maybe you can look at…', 'it is good when you try to…', 'maybe you can start evaluating…' hand work over")
    func softenedHandOvers() throws {
        let items = try MeetingNamesTests.items(closing: [
            "Project Manager: uh maybe it is good when you try to find out which chips we need for the speech part",
            "Industrial Designer: Yes.",
            "Project Manager: and uh maybe you can look at what trends there are in the phone market.",
            "Marketing Expert: Mm-hmm, yep.",
            "Project Manager: and maybe you can start evaluating the two prototypes somehow.",
            "User Interface Designer: Okay.",
        ])
        #expect(items.contains { $0.0 == "Industrial Designer" && $0.1.contains("find out which chips") }, "\(items)")
        #expect(items.contains { $0.0 == "Marketing Expert" && $0.1.contains("trends there are in the phone market") }, "\(items)")
        #expect(items.contains { $0.0 == "User Interface Designer" && $0.1.hasPrefix("evaluating the two prototypes") }, "\(items)")
    }

    /// 200 turns of talk; at turn 140 (past the first three fifths, before the last tenth) `cue`, then the chair's hand-over.
    static func items(cue: String) throws -> [(String, String)] {
        var lines = MeetingShapeTests.body(turns: 200)
        lines[140] = "Project Manager: \(cue)"
        lines[141] = "Industrial Designer: Okay."
        lines[142] = "Project Manager: and I would like you guys to work on a model of the case in clay."
        let record = try extract(lines.joined(separator: "\n") + "\n", date: "2026-03-02", file: "design-meeting.txt")
        return record.actionItems.map { ($0.owner ?? "-", $0.task) }
    }

    @Test("'our next meeting's in half an hour' and 'Individual actions.' open the closing round as 'next meeting' does")
    func cuesWithTheirClitic() throws {
        for cue in ["uh our next meeting's in half an hour", "Individual actions.", "our next meeting is in half an hour"] {
            let items = try Self.items(cue: cue)
            #expect(items.contains { $0.1.contains("model of the case in clay") }, "\(cue): \(items)")
        }
        // Without a cue the same words along the way are talk.
        let items = try Self.items(cue: "our coffee is in half an hour")
        #expect(!items.contains { $0.1.contains("model of the case in clay") }, "\(items)")
    }

    @Test("the group's duty to decide or think is the meeting's talk; its duty to do something is work")
    func deliberationIsTalk() throws {
        let items = try MeetingNamesTests.items(closing: [
            "Project Manager: We'll have to think about it.",
            "Project Manager: but we have to still have to decide on the colours of the case,",
            "Project Manager: and we have to see what the size of the battery is.",
            "Project Manager: we have to complete the final questionnaire.",
        ])
        #expect(!items.contains { $0.1.contains("think about it") || $0.1.contains("colours") || $0.1.contains("size") }, "\(items)")
        #expect(items.contains { $0.1.contains("complete the final questionnaire") }, "\(items)")
    }

    @Test("a condition or a reason whose subject is the one addressed hands nothing over; 'if you could…' still asks")
    func conditionsAndPassives() throws {
        let items = try MeetingNamesTests.items(closing: [
            "Project Manager: it goes there automatically if you put it in the shared folder.",
            "Industrial Designer: Okay.",
            "Project Manager: um because you have to make its prototype,",
            "Project Manager: and you will be informed via e-mail and other kinds of communication.",
            "Project Manager: and if you could send me your slides after the meeting,",
            "User Interface Designer: Sure.",
        ])
        #expect(!items.contains { $0.1.contains("shared folder") || $0.1.contains("its prototype") || $0.1.contains("informed") }, "\(items)")
        #expect(items.contains { $0.0 == "User Interface Designer" && $0.1.contains("send me your slides") }, "\(items)")
    }
}
