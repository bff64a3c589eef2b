@testable import FollowupExtraction
import Testing

/// `TimeOfDayGrammar` alone: the times `DateRule` attaches to dates.
@Suite("Time of day grammar")
struct TimeOfDayGrammarTests {
    static func parse(_ text: String, at index: Int, bare: Bool = false, lexicon: Lexicon = .english) throws -> String? {
        let bench = try RuleBench(lexicon)
        let sentence = try bench.sentence(text)
        return TimeOfDayGrammar.parse(sentence, at: index, compiled: bench.context.compiled, allowBareHour: bare)?.time.description
    }

    @Test("clock forms", arguments: [
        ("3pm", "15:00"), ("3 pm", "15:00"), ("15:00", "15:00"), ("9:30 am", "09:30"), ("noon", "12:00"),
        ("ten a.m.", "10:00"), ("four o'clock", "16:00"),
    ])
    func clock(text: String, time: String) throws {
        #expect(try Self.parse(text, at: 0) == time)
    }

    @Test("a bare hour is a time only where the caller allows it; business hours read as afternoon")
    func bareHour() throws {
        #expect(try Self.parse("at 4", at: 1) == nil)
        #expect(try Self.parse("at 4", at: 1, bare: true) == "16:00")
        #expect(try Self.parse("at 9", at: 1, bare: true) == "09:00")
    }

    @Test("a range keeps its start and takes the end's meridiem", arguments: [("at 10-11am", "10:00"), ("from 2 to 4pm", "14:00")])
    func range(text: String, time: String) throws {
        #expect(try Self.parse(text, at: 1, bare: true) == time)
    }

    @Test("English reads 1.50 as money, Russian reads 9.30 as a time")
    func decimalSeparator() throws {
        #expect(try Self.parse("1.50", at: 0) == nil)
        #expect(try Self.parse("в 10 утра", at: 1, lexicon: .russian) == "10:00")
        #expect(try Self.parse("в 8 вечера", at: 1, lexicon: .russian) == "20:00")
    }

    @Test("German \"am\" is no meridiem: \"um 10 am Freitag\" is ten o'clock, not 10 a.m. by chance")
    func germanAm() throws {
        #expect(try Self.parse("um 10 am Freitag", at: 1, bare: true, lexicon: .german) == "10:00")
        #expect(try Self.parse("um 3 am Freitag", at: 1, bare: true, lexicon: .german) == "15:00")
    }
}
