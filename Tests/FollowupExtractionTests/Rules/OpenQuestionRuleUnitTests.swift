@testable import FollowupExtraction
import Testing

/// `OpenQuestionRule` alone.
@Suite("OpenQuestionRule alone")
struct OpenQuestionRuleUnitTests {
    /// A labelled question loses its label ("Open question:") and starts with a capital; an
    /// opener that is part of the sentence ("TBD whether") stays.
    @Test("the language's openers and the questions section", arguments: [
        ("en", "Open question: who signs the DPA?", "Who signs the DPA?"), ("en", "TBD whether we renew.", "TBD whether we renew."),
        ("en", "open q: do they need the API in phase one?", "Do they need the API in phase one?"),
        ("ru", "Открытый вопрос: кто подписывает?", "Кто подписывает?"), ("de", "Offene Frage: wer zahlt?", "Wer zahlt?"),
    ])
    func opened(language: String, text: String, question: String) throws {
        let bench = try RuleBench(try #require(Lexicons.lexicon(for: language)))
        #expect(try bench.run(OpenQuestionRule(), on: text).openQuestion == question)
    }

    @Test("an ordinary sentence is no open question; under the questions heading it is")
    func section() throws {
        let bench = try RuleBench()
        #expect(try bench.run(OpenQuestionRule(), on: "Alice will send it.").openQuestion == nil)
        #expect(try bench.run(OpenQuestionRule(), on: "Pricing for EMEA", section: .questions).openQuestion == "Pricing for EMEA")
    }
}
