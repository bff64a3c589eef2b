@testable import FollowupExtraction
import Testing

/// How lexicon phrases are cut into token keys (the way ICU cuts words, approximated).
@Suite("Phrase tables")
struct PhraseTableTests {
    @Test("spaces separate keys; / - ( ) , are keys of their own; other punctuation stays inside", arguments: [
        ("end of the week", ["end", "of", "the", "week"]),
        ("end-of-week", ["end", "-", "of", "-", "week"]),
        ("/mo", ["/", "mo"]),
        ("/ month", ["/", "month"]),
        ("p.a", ["p.a"]),
        ("q :", ["q", ":"]),
        ("us $", ["us", "$"]),
        ("кто-то", ["кто", "-", "то"]),
        ("zu klären", ["zu", "klären"]),
        ("  two  spaces ", ["two", "spaces"]),
    ])
    func keys(phrase: String, keys: [String]) {
        #expect(PhraseTable<Bool>.keys(of: phrase) == keys)
    }
}
