import Testing
import FollowupICU

@Suite("NumberFormat: spelled-out and grouped numbers")
struct NumberFormatTests {
    @Test("English spell-out parses whole phrases", arguments: [
        ("twenty thousand", 20_000.0),
        ("five hundred", 500.0),
        ("one million", 1_000_000.0),
        ("forty-two", 42.0),
    ])
    func englishSpellOut(text: String, value: Double) throws {
        let parser = try NumberFormat(.spellOut, locale: "en")
        let parsed = try #require(parser.parsePrefix(text))
        #expect(parsed.value == value)
        #expect(parsed.utf8Length == text.utf8.count)
    }

    @Test("a spelled number at the start of longer text reports how much of it was the number")
    func prefix() throws {
        let parser = try NumberFormat(.spellOut, locale: "en")
        let parsed = try #require(parser.parsePrefix("twenty thousand dollars"))
        #expect(parsed.value == 20_000)
        #expect(parsed.utf8Length >= "twenty thousand".utf8.count)
        #expect(parsed.utf8Length < "twenty thousand dollars".utf8.count)
    }

    @Test("Russian spell-out: «двадцать тысяч» is 20 000")
    func russianSpellOut() throws {
        let parser = try NumberFormat(.spellOut, locale: "ru")
        let parsed = try #require(parser.parsePrefix("двадцать тысяч"))
        #expect(parsed.value == 20_000)
    }

    @Test("text that is no number parses to nil")
    func notANumber() throws {
        let parser = try NumberFormat(.spellOut, locale: "en")
        #expect(parser.parsePrefix("budget") == nil)
        #expect(parser.parsePrefix("") == nil)
    }

    @Test("decimal parsing follows the locale's separators", arguments: [
        ("en", "1,234.56", 1234.56),
        ("de", "1.234,56", 1234.56),
        ("ru", "350", 350.0),
    ])
    func decimal(locale: String, text: String, value: Double) throws {
        let parser = try NumberFormat(.decimal, locale: locale)
        #expect(parser.parsePrefix(text)?.value == value)
    }

    @Test("formatting groups digits the locale's way")
    func format() throws {
        #expect(try NumberFormat(.decimal, locale: "en").format(12_500) == "12,500")
        #expect(try NumberFormat(.decimal, locale: "de").format(12_500) == "12.500")
        #expect(try NumberFormat(.decimal, locale: "en").format(1234.5) == "1,234.5")
        #expect(try NumberFormat(.decimal, locale: "en").format(2.25, maxFractionDigits: 0) == "2")
    }
}
