@testable import FollowupExtraction
import Testing

/// `OpenQuestionRule` alone.
@Suite("OpenQuestionRule alone")
struct OpenQuestionRuleUnitTests {
    @Test("the language's openers and the questions section", arguments: [
        (Lexicon.english, "Open question: who signs the DPA?"), (Lexicon.english, "TBD whether we renew."),
        (Lexicon.russian, "Открытый вопрос: кто подписывает?"), (Lexicon.german, "Offene Frage: wer zahlt?"),
    ])
    func opened(lexicon: Lexicon, text: String) throws {
        #expect(try RuleBench(lexicon).run(OpenQuestionRule(), on: text).openQuestion == text)
    }

    @Test("an ordinary sentence is no open question; under the questions heading it is")
    func section() throws {
        let bench = try RuleBench()
        #expect(try bench.run(OpenQuestionRule(), on: "Alice will send it.").openQuestion == nil)
        #expect(try bench.run(OpenQuestionRule(), on: "Pricing for EMEA", section: .questions).openQuestion == "Pricing for EMEA")
    }
}
