@testable import FollowupExtraction
import Testing

/// `OpenQuestionRule` alone.
@Suite("OpenQuestionRule alone")
struct OpenQuestionRuleUnitTests {
    @Test("the language's openers and the questions section", arguments: [
        ("en", "Open question: who signs the DPA?"), ("en", "TBD whether we renew."),
        ("ru", "Открытый вопрос: кто подписывает?"), ("de", "Offene Frage: wer zahlt?"),
    ])
    func opened(language: String, text: String) throws {
        let bench = try RuleBench(try #require(Lexicons.lexicon(for: language)))
        #expect(try bench.run(OpenQuestionRule(), on: text).openQuestion == text)
    }

    @Test("an ordinary sentence is no open question; under the questions heading it is")
    func section() throws {
        let bench = try RuleBench()
        #expect(try bench.run(OpenQuestionRule(), on: "Alice will send it.").openQuestion == nil)
        #expect(try bench.run(OpenQuestionRule(), on: "Pricing for EMEA", section: .questions).openQuestion == "Pricing for EMEA")
    }
}
