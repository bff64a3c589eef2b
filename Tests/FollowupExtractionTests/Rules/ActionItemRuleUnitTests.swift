@testable import FollowupExtraction
import FollowupDocument
import Testing

/// `ActionItemRule` alone: commitments, owners and task words, without dates or assembly.
@Suite("ActionItemRule alone")
struct ActionItemRuleUnitTests {
    @Test("a named subject with a marker owns the task", arguments: [
        ("Alice will send the revised deck.", "Alice Chen", "send the revised deck"),
        ("Bob to review the contract.", "Bob Lee", "review the contract"),
    ])
    func named(text: String, owner: String, task: String) throws {
        let bench = try RuleBench(people: ["Alice Chen", "Bob Lee"])
        let actions = try bench.run(ActionItemRule(), on: text).actions
        let first = try #require(actions.first)
        #expect(first.owner == owner)
        #expect(first.task == task)
        #expect(first.due == nil, "deadlines are DeadlineRule's")
    }

    @Test("negations, hedges and past tense commit nobody", arguments: [
        "Alice won't send the deck.", "We could maybe look at pricing.", "Alice sent the deck.",
    ])
    func noCommitment(text: String) throws {
        let bench = try RuleBench(people: ["Alice Chen"])
        #expect(try bench.run(ActionItemRule(), on: text).actions.isEmpty)
    }

    @Test("German negation comes from the German lexicon")
    func germanNegation() throws {
        let bench = try RuleBench(.german)
        #expect(try bench.run(ActionItemRule(), on: "Ich kann das Angebot schicken.", speaker: "Anna", spoke: true).actions.count == 1)
        #expect(try bench.run(ActionItemRule(), on: "Ich kann das Angebot nicht schicken.", speaker: "Anna", spoke: true).actions.isEmpty)
    }

    @Test("a Russian first-person verb commits the speaker; its plural commits the team")
    func russianPerson() throws {
        let bench = try RuleBench(.russian)
        let single = try #require(try bench.run(ActionItemRule(), on: "Пришлю договор завтра.", speaker: "Иван", spoke: true).actions.first)
        #expect(single.owner == "Иван")
        let plural = try #require(try bench.run(ActionItemRule(), on: "Подготовим КП до пятницы.", speaker: "Иван", spoke: true,
                                                given: bench.dates(in: "Подготовим КП до пятницы.")).actions.first)
        #expect(plural.owner == "мы")
    }

    @Test("\"can you…?\" in a two-person call is addressed to the other speaker")
    func addressee() throws {
        let utterances = [
            Utterance(speaker: "Alice", speakerSpoke: true, text: "Can you send the invoice?", line: 1),
            Utterance(speaker: "Bob", speakerSpoke: true, text: "Sure.", line: 2),
        ]
        let bench = try RuleBench(utterances: utterances)
        let first = try #require(try bench.run(ActionItemRule(), on: "Can you send the invoice?", speaker: "Alice", spoke: true).actions.first)
        #expect(first.owner == "Bob")
    }
}
