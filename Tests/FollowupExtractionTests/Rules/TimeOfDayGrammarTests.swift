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

    @Test("seconds are read and dropped; a dotted or four-digit clock needs its meridiem", arguments: [
        ("20:32:13", "20:32"), ("7:56:30 pm", "19:56"), ("8:00:20pm", "20:00"), ("8.30pm", "20:30"), ("8.30 pm", "20:30"),
        ("1140 a.m.", "11:40"), ("noonish", "12:00"), ("11ish", "11:00"),
    ])
    func clockVariants(text: String, time: String) throws {
        #expect(try Self.parse(text, at: 0) == time)
    }

    @Test("numbers that are no clock", arguments: ["1140 units", "8.30 per unit", "2.5", "8.20 a quarter", "350 a month"])
    func notClocks(text: String) throws {
        #expect(try Self.parse(text, at: 0) == nil)
    }

    @Test("a part of day after the hour settles it; night puts small hours in the morning", arguments: [
        ("6 in the morning", "06:00"), ("1 in the afternoon", "13:00"), ("8 in the evening", "20:00"),
        ("11 at night", "23:00"), ("2 at night", "02:00"), ("11 tonight", "23:00"),
    ])
    func dayPartAfterHour(text: String, time: String) throws {
        #expect(try Self.parse(text, at: 0) == time)
    }

    @Test("the other languages' night words", arguments: [
        ("в 2 ночи", Lexicon.russian, "02:00"), ("в 11 ночи", Lexicon.russian, "23:00"), ("um 2 Uhr nachts", Lexicon.german, "02:00"),
    ])
    func nightWords(text: String, lexicon: Lexicon, time: String) throws {
        #expect(try Self.parse(text, at: 1, bare: true, lexicon: lexicon) == time)
    }

    @Test("clock times in words", arguments: [
        ("half past nine", "09:30"), ("quarter to seven pm", "18:45"), ("twenty minutes past five in the morning", "05:20"),
        ("20 min past eight in the evening", "20:20"), ("ten past six", "18:10"), ("twenty-five past ten", "10:25"),
    ])
    func spokenClock(text: String, time: String) throws {
        #expect(try Self.parse(text, at: 0) == time)
    }

    @Test("a count before 'to' is a range, not minutes to an hour")
    func countsAreRanges() throws {
        #expect(try Self.parse("from 2 to 4", at: 1, bare: true) == "14:00")
        #expect(try Self.parse("from two to four", at: 1, bare: true) == nil)
        #expect(try Self.parse("five thirty", at: 0) == nil)
    }

    @Test("an hour joined to its minutes: Spanish 'y'/'menos', French 'et'/'moins'", arguments: [
        ("las ocho y diez de la noche", Lexicon.spanish, 1, "20:10"), ("a las siete menos cuarto", Lexicon.spanish, 2, "18:45"),
        ("a las doce y media", Lexicon.spanish, 2, "12:30"), ("à huit heures et demie", Lexicon.french, 1, "08:30"),
        ("à neuf heures moins le quart du soir", Lexicon.french, 1, "20:45")
    ])
    func joinedMinutes(text: String, lexicon: Lexicon, at index: Int, time: String) throws {
        #expect(try Self.parse(text, at: index, lexicon: lexicon) == time)
    }

    @Test("after an at-word a spelled hour takes the part of day said after lead-in words")
    func spelledHourWithDayPart() throws {
        #expect(try Self.parse("a las dos de la tarde", at: 2, bare: true, lexicon: .spanish) == "14:00")
        #expect(try Self.parse("a las dos de la madrugada", at: 2, bare: true, lexicon: .spanish) == "02:00")
    }

    @Test("a number joined to another with no at-word, hour marker or part of day is no clock")
    func joinedCountsAreNoClock() throws {
        #expect(try Self.parse("somos dos y tres", at: 1, lexicon: .spanish) == nil)
        #expect(try Self.parse("treinta y cinco personas", at: 0, lexicon: .spanish) == nil)
        #expect(try Self.parse("trois et quart", at: 0, lexicon: .french) == nil)
    }
}
