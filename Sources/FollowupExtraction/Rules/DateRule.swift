import FollowupText

/// A date (and maybe a time) the sentence names, resolved against the reference date.
struct DateMatch: Sendable {
    /// Token range, including a leading "by"/"on"/"до" that belongs to the expression.
    var range: Range<Int>
    var date: CivilDate
    var time: TimeOfDay?
    /// Preceded by a deadline word ("by", "until", "до", "к").
    var isDeadline: Bool
    /// Written out in full (a day and month, or a numeric date), as opposed to relative ("Friday").
    var isAbsolute: Bool
    /// The other reading of a numeric date like 03/04 when the locale does not settle it.
    var otherReading: CivilDate?
    var text: String
    /// After "from", "à partir du", "ab", "с": the day something starts, no deadline.
    var isStart = false
    /// The time's hour as said (1–12) when no am/pm came with it: a part of day may settle it.
    var openHour: Int?
}

/// Finds date expressions: the contract's table, row by row.
///
/// Finds: today/tomorrow/EOD/EOW/EOM/EOQ and their phrases, weekdays with this/next/last/by/on,
/// "in N days/weeks/months", "within N business days", "the 15th", month-day in every order
/// ("Dec 5", "5 December", "December 5th", "5 декабря"), ISO, slashed and dotted numeric dates,
/// times ("3pm", "15:00", "noon", "9:30 am", "at 10", "в 10 утра") attached to a date before or
/// after them, and a time alone ("by 5pm", "at 3:30pm": the reference day).
/// Ignores: month names without a day ("in December"), "May" as a verb, fractions ("1/2",
/// "24/7"), bare numbers.
struct DateRule: Rule {
    var family: RuleFamily { .dates }
    var reads: Set<RuleFamily> { [] }
    var openers: TokenClass { .dateStart }

    func apply(to sentence: SentenceView, in context: RuleContext, found: inout SentenceFindings) {
        found.dates = matches(in: sentence, context: context)
    }

    func matches(in sentence: SentenceView, context: RuleContext) -> [DateMatch] {
        let tokens = sentence.tokens
        let compiled = context.compiled
        // Only a weekday needs to know whether the sentence is about the past: work it out then.
        let past = LazyFlag { isPastSentence(sentence, compiled) }
        var result: [DateMatch] = []
        var index = 0
        while index < tokens.count {
            if !sentence.roles(index).contains(.dateStart) {
                index += 1
                continue
            }
            var dated = parseCore(sentence, at: index, context: context, compiled: compiled, past: past)
            var timeAlone: TimeOfDayGrammar.Reading?
            if dated == nil {
                // A time first: "3pm Friday", "at 10 on Wednesday", "by 5pm", "je reviendrai à 23".
                let alone = TimeOfDayGrammar.parse(sentence, at: index, compiled: compiled) ?? bareHourAfterAtWord(sentence, index, compiled)
                // "at 7 tomorrow", "a las once el miércoles": a bare hour after an at-word is a time when a date follows it.
                let beforeDate = index > 0 && compiled.lexicon.atWords.contains(tokens[index - 1].key)
                    && (tokens[index].kind == .number || (1...23).contains(compiled.lexicon.numberWords[tokens[index].key] ?? 0))
                // Read as if the date were said first: the date must follow (below), or the hour is no time.
                if let time = alone ?? (beforeDate ? TimeOfDayGrammar.parse(sentence, at: index, compiled: compiled, allowBareHour: true, afterDate: true) : nil) {
                    var next = time.end
                    while next < tokens.count, [",", "-", "–", "∙", "·", "|"].contains(tokens[next].key) || sentence.isWord(next, .timeDateLink)
                    {
                        next += 1
                    }
                    // "à 10h le mardi 9 mars": the date after the time reads on as any date does.
                    if next < tokens.count, var core = parseCore(sentence, at: next, context: context, compiled: compiled, past: past) {
                        if core.time == nil {
                            core.time = time.time
                            core.openHour = time.openHour
                        }
                        core.range = index..<core.range.upperBound
                        dated = core
                    } else {
                        timeAlone = alone
                    }
                }
            }
            guard var core = dated else {
                guard let time = timeAlone else {
                    index += 1
                    continue
                }
                // A time alone ("by 5pm", "the call is at 3:30pm", "de 1:30 a 3") is on the reference
                // day, as the contract's "today" is, whether or not that day's clock has passed it.
                let deadline = hasDeadlineWordBefore(tokens, index, compiled)
                // "[00:05:29] Speaker 2:", "14:18  Walked Luis through…": a clock opening a line or in
                // brackets is a timestamp of the transcript or log, not a time anyone named.
                // A clock that is the whole line ("16h", "8:10 PM") is a time someone named.
                let wholeLine = index == 0 && (time.end == tokens.count || time.end + 1 == tokens.count && tokens[time.end].kind == .symbol)
                if !deadline, !wholeLine, index == 0 || tokens[index - 1].key == "[" || tokens[index - 1].key == "(" {
                    index = time.end
                    continue
                }
                // "by midnight": the midnight that ends the reference day.
                let day = context.referenceDate.adding(days: time.isNamed && time.time.hour == 0 && time.time.minute == 0 ? 1 : 0)
                var match = DateMatch(range: index..<time.end, date: day, time: time.time,
                                      isDeadline: deadline, isAbsolute: false, otherReading: nil, text: "")
                match.openHour = time.openHour
                result.append(finish(match, sentence: sentence, compiled: compiled, previousEnd: result.last?.range.upperBound ?? 0))
                index = time.end
                continue
            }
            // "Wednesday Dec 2", "Friday, 27 November", "Monday Jan 4, 9am": one date, the explicit one wins.
            // "сегодня вторник, третье марта": after two relative words the day with its month may still follow.
            for _ in 0..<2 {
                var next = core.range.upperBound
                // "Mer. 6 Mai", "Wed. Dec 2": the abbreviation's dot.
                if next < tokens.count, tokens[next].key == ".", !tokens[next].spaceBefore { next += 1 }
                while next < tokens.count, tokens[next].key == "," || tokens[next].key == "(" || sentence.isWord(next, .dateLink) { next += 1 }
                if next < tokens.count, next > core.range.upperBound || !core.isAbsolute,
                    let second = parseCore(sentence, at: next, context: context, compiled: compiled, past: past),
                    second.isAbsolute != core.isAbsolute || second.isAbsolute || second.date == core.date
                        || core.date == context.referenceDate && second.date > core.date
                {
                    let relativePair = !second.isAbsolute && !core.isAbsolute
                    // "end of day Thursday": the day named second is the day meant; a day written out is meant as
                    // written, today's too ("17.02, чт" on Thursday the 17th is no Thursday a week later).
                    var explicit = second.isAbsolute || core.date == context.referenceDate && (!core.isAbsolute || core.time != nil) ? second : core
                    // "Wed 12/2": the weekday tells which reading of the numbers is meant.
                    if let other = explicit.otherReading,
                        let weekday = core.range.lazy.compactMap({ context.lexicon.weekdays[tokens[$0].key] }).first
                    {
                        let chosenFits = explicit.date.weekday == weekday
                        if chosenFits != (other.weekday == weekday) {
                            if !chosenFits { explicit.date = other }
                            explicit.otherReading = nil
                        }
                    }
                    core = DateMatch(range: core.range.lowerBound..<second.range.upperBound, date: explicit.date,
                                     time: second.time ?? core.time, isDeadline: core.isDeadline || second.isDeadline,
                                     isAbsolute: true, otherReading: explicit.otherReading, text: "")
                    if second.range.upperBound < tokens.count, tokens[second.range.upperBound].key == ")" {
                        core.range = core.range.lowerBound..<(second.range.upperBound + 1)
                    }
                    if relativePair { continue }
                } else if !core.isAbsolute, core.time == nil, next < tokens.count,
                    core.range.contains(where: { context.lexicon.weekdays[tokens[$0].key] != nil }),
                    // "в пятницу в три": a number after an at-word is the hour, not the day of the month.
                    !sentence.isWord(next - 1, .timeLink),
                    let dated = weekdayWithDayNumber(sentence, weekday: core.date.weekday, at: next, context: context)
                {
                    // "el jueves 17", "jeudi 10 à 16 h", "Donnerstag, 10.": the day of the month settles which Thursday.
                    core = DateMatch(range: core.range.lowerBound..<dated.end, date: dated.date, time: nil, isDeadline: core.isDeadline,
                                     isAbsolute: true, otherReading: nil, text: "")
                }
                break
            }
            // "Wednesday in the morning", "в среду утром": a part of the same day belongs to the date.
            // "heute Nacht um 20 Uhr", "gestern Abend": a bare part-of-day word likewise.
            if core.range.upperBound < tokens.count, let part = compiled.dayParts.match(tokens, at: core.range.upperBound), part.value == 0 {
                core.range = core.range.lowerBound..<(core.range.upperBound + part.length)
            } else if let part = partOfDay(sentence, at: core.range.upperBound, context: context) {
                // "Friday am", "thu eod", "Friday end of day": the day's own part, not a second date or words left in the task.
                core.range = core.range.lowerBound..<(core.range.upperBound + part.length)
            }
            if core.time == nil, let time = timeAfter(sentence, core.range.upperBound, compiled) {
                core.time = time.time
                core.openHour = time.openHour
                core.range = core.range.lowerBound..<time.end
                // "Wed Oct 26 15:50:06 2016": a log's year after the clock.
                if core.isAbsolute, time.end < tokens.count, let year = yearNumber(tokens[time.end]),
                    !core.range.contains(where: { yearNumber(tokens[$0]) != nil }),
                    let dated = CivilDate(year: year, month: core.date.month, day: core.date.day)
                {
                    core.date = dated
                    core.otherReading = nil
                    core.range = core.range.lowerBound..<(time.end + 1)
                }
            } else if core.time == nil, core.isAbsolute, core.range.upperBound + 1 < tokens.count,
                ["-", "–", "—"].contains(tokens[core.range.upperBound].key),
                let last = Int(tokens[core.range.upperBound + 1].key), last > core.date.day, last <= 31
            {
                // "the weekend of Dec 12–13": the range's last day is part of the date's words.
                core.range = core.range.lowerBound..<(core.range.upperBound + 2)
            }
            result.append(finish(core, sentence: sentence, compiled: compiled, previousEnd: result.last?.range.upperBound ?? 0))
            index = core.range.upperBound
        }
        // "the addendum by next Friday, then a call the week after": the week after the date just said.
        for i in result.indices.dropFirst() where result[i - 1].date >= context.referenceDate
            && result[i].range.contains(where: { compiled.relativeDays.match(tokens, at: $0)?.value == .weekAfterThat })
        {
            let earlier = result[i - 1].date
            result[i].date = earlier.adding(days: 8 - earlier.weekday)
        }
        // A date a calendar cannot hold ("next week" from 9999-12-30) is no date.
        return result.filter { CivilDate.supportedYears.contains($0.date.year) }
    }

    /// Extends the match back over "by", "on", "until", "до", "к" and sets its text.
    private func finish(_ match: DateMatch, sentence: SentenceView, compiled: CompiledLexicon, previousEnd: Int) -> DateMatch {
        var match = settlingDayPart(match, sentence: sentence, lexicon: compiled.lexicon, previousEnd: previousEnd)
        let tokens = sentence.tokens
        var start = match.range.lowerBound
        var steps = 0
        while start > previousEnd, steps < 3 {
            if compiled.deadlineWords.match(tokens, at: start - 1) != nil {
                match.isDeadline = true
                start -= 1
            } else if sentence.isWord(start - 1, .dateLeadIn), start - 1 >= previousEnd {
                start -= 1
            } else {
                // "no later than": a multi-word deadline phrase ending here.
                var found = false
                for length in 2...3 where start - length >= previousEnd {
                    if let phrase = compiled.deadlineWords.match(tokens, at: start - length), phrase.length == length {
                        match.isDeadline = true
                        start -= length
                        found = true
                        break
                    }
                }
                if !found { break }
            }
            steps += 1
        }
        // Keep only a leading deadline word or "on": not a stray "the".
        while start < match.range.lowerBound, sentence.isWord(start, .dateLeadInDropped) { start += 1 }
        match.range = start..<match.range.upperBound
        match.text = sentence.text(match.range)
        match.isStart = startsSomething(match, in: sentence, lexicon: compiled.lexicon)
        return match
    }

    /// "this morning at 7", "7:00 on Sunday afternoon", "in the morning at 7", "tonight at 8": a part
    /// of day in the date, right after it or just before it settles an hour said without am or pm.
    private func settlingDayPart(_ match: DateMatch, sentence: SentenceView, lexicon: Lexicon, previousEnd: Int) -> DateMatch {
        guard let hour = match.openHour, let time = match.time else { return match }
        let tokens = sentence.tokens
        func dayPart(_ index: Int) -> TimeOfDayGrammar.Meridiem? { TimeOfDayGrammar.dayPart(sentence, at: index, lexicon) }
        var match = match
        var said = match.range.lazy.compactMap(dayPart).first
        if said == nil {
            var next = match.range.upperBound
            while next < tokens.count, next - match.range.upperBound < 2, sentence.isWord(next, .dayPartLeadIn) { next += 1 }
            if next < tokens.count, let part = dayPart(next) {
                said = part
                match.range = match.range.lowerBound..<(next + 1)
            }
        }
        if said == nil {
            let before = max(previousEnd, match.range.lowerBound - 2)..<match.range.lowerBound
            said = before.reversed().lazy.compactMap(dayPart).first
        }
        guard let said, let settled = TimeOfDay(hour: said.hour(hour), minute: time.minute) else { return match }
        match.time = settled
        match.openHour = nil
        return match
    }

    /// A bare day number after a weekday: the date with that day and that weekday nearest to the
    /// reference day, within the months around it; nil when the number is a time, a count or
    /// matches no such weekday.
    func weekdayWithDayNumber(_ sentence: SentenceView, weekday: Int, at index: Int, context: RuleContext) -> (date: CivilDate, end: Int)? {
        let tokens = sentence.tokens
        // "Monday the twenty seventh": a day in ordinal words is a day.
        if let (day, length) = dayWord(tokens, at: index, context.lexicon) {
            return nearest(day: day, weekday: weekday, to: context.referenceDate).map { ($0, index + length) }
        }
        if let (day, end) = cardinalDayWords(sentence, at: index, context: context) {
            return nearest(day: day, weekday: weekday, to: context.referenceDate).map { ($0, end) }
        }
        let token = tokens[index]
        // "Tues the 15th": the day may carry its ordinal ending.
        let digits = token.key.prefix { $0.isNumber }
        let ordinal = token.key.dropFirst(digits.count)
        guard !digits.isEmpty, digits.count <= 2, ordinal.isEmpty || context.lexicon.ordinalSuffixes.contains(String(ordinal)),
            let day = Int(digits), (1...31).contains(day)
        else { return nil }
        var end = index + 1
        if ordinal.isEmpty, end < tokens.count, !tokens[end].spaceBefore, tokens[end].key != ".",
            context.lexicon.ordinalSuffixes.contains(tokens[end].key)
        {
            end += 1
        }
        if end < tokens.count {
            let key = tokens[end].key
            // "Thursday 10:30", "jueves 10 h", "Friday 3 pm", "Monday 2 weeks": a time or a count, not a day.
            if key == ":" || context.lexicon.amWords.contains(key) || context.lexicon.pmWords.contains(key)
                || context.lexicon.hourMarkers.contains(key) || context.lexicon.durationUnits[key] != nil
                || context.lexicon.months[key] != nil || sentence.isWord(end, .percentWord) || key == "%"
            {
                return nil
            }
            if key == ".", !tokens[end].spaceBefore, end + 1 >= tokens.count || tokens[end + 1].kind != .number { end += 1 }
        }
        return nearest(day: day, weekday: weekday, to: context.referenceDate).map { ($0, end) }
    }

    /// The date with that day of the month and that weekday nearest to `d`, within the months around it.
    private func nearest(day: Int, weekday: Int, to d: CivilDate) -> CivilDate? {
        var best: CivilDate?
        for offset in -2...3 {
            let month = d.adding(months: offset)
            guard let candidate = CivilDate(year: month.year, month: month.month, day: day), candidate.weekday == weekday else { continue }
            if best == nil || abs(candidate.daysSinceEpoch - d.daysSinceEpoch) < abs(best!.daysSinceEpoch - d.daysSinceEpoch) {
                best = candidate
            }
        }
        return best
    }

    /// "à 23", "at 10." closing a sentence: an hour after an at-word with nothing after it but punctuation; in words only
    /// when the sentence says nothing else ("В одиннадцать?", "Sobre las nueve.", not "Il y en a trois.").
    private func bareHourAfterAtWord(_ sentence: SentenceView, _ index: Int, _ compiled: CompiledLexicon) -> TimeOfDayGrammar.Reading? {
        let tokens = sentence.tokens
        let atWords = compiled.lexicon.atWords
        guard index > 0, atWords.contains(tokens[index - 1].key),
            tokens[index].kind == .number && tokens[index].key.count <= 2 || compiled.lexicon.numberWords[tokens[index].key] != nil
                && (0..<index).allSatisfy({ atWords.contains(tokens[$0].key) || sentence.isWord($0, .conjunction) || tokens[$0].kind == .symbol }),
            index + 1 == tokens.count || [".", "!", "?", ";"].contains(tokens[index + 1].key)
        else { return nil }
        return TimeOfDayGrammar.parse(sentence, at: index, compiled: compiled, allowBareHour: true)
    }

    func hasDeadlineWordBefore(_ tokens: [Token], _ index: Int, _ compiled: CompiledLexicon) -> Bool {
        guard index > 0 else { return false }
        if compiled.deadlineWords.match(tokens, at: index - 1) != nil { return true }
        return index > 1 && compiled.deadlineWords.match(tokens, at: index - 2)?.length == 2
    }

    private func timeAfter(_ sentence: SentenceView, _ index: Int, _ compiled: CompiledLexicon) -> TimeOfDayGrammar.Reading? {
        let tokens = sentence.tokens
        var next = index
        var skipped = 0
        var linked = false
        // "next Thursday, 9:30", "in four weeks, same time, 10am": a few linking words may come first.
        while next < tokens.count, skipped < 4,
            [",", "@", "-", "–", "—", "("].contains(tokens[next].key) || sentence.isWord(next, .timeLink)
                || tokens[next].key == ":" && !tokens[next].spaceBefore && next + 1 < tokens.count && !tokens[next + 1].spaceBefore
                || compiled.lexicon.atWords.contains(tokens[next].key)
        {
            if tokens[next].kind == .word || tokens[next].key == "@" { linked = true }
            next += 1
            skipped += 1
        }
        let afterAtWord = next > index && compiled.lexicon.atWords.contains(tokens[next - 1].key)
        guard next < tokens.count,
            let time = TimeOfDayGrammar.parse(sentence, at: next, compiled: compiled, allowBareHour: skipped > 0, afterDate: afterAtWord)
        else {
            return nil
        }
        // "Dec 5, 10 people came": a bare number after a comma, with a word after it, is a count.
        if !linked, time.end == next + 1, tokens[next].kind == .number, !tokens[next].key.contains(":"),
            time.end < tokens.count, tokens[time.end].kind == .word
        {
            return nil
        }
        // "the weekend of Dec 12–13": a bare number after a dash is the range's last day, not an hour.
        if skipped == 1, ["-", "–", "—"].contains(tokens[index].key), time.end == next + 1, !tokens[next].key.contains(":") {
            return nil
        }
        return time
    }

    /// "activer Premium à partir du 1er janvier", "pilot starting Dec 14": the day something starts,
    /// no deadline, and part of the task's words.
    private func startsSomething(_ date: DateMatch, in sentence: SentenceView, lexicon: Lexicon) -> Bool {
        guard !lexicon.startWords.isEmpty, !date.isDeadline else { return false }
        let tokens = sentence.tokens
        let start = date.range.lowerBound
        for length in 1...3 where start - length >= 0 {
            let words = tokens[(start - length)..<start].map(\.key).joined(separator: " ")
            if lexicon.startWords.contains(words) { return true }
        }
        return false
    }

    /// About the past: a past-tense marker and nothing that points forward ("Let's speak again on Friday once you've had
    /// the RCA" is this Friday, not the last: set 33).
    func isPastSentence(_ sentence: SentenceView, _ compiled: CompiledLexicon) -> Bool {
        var past = false
        for (index, token) in sentence.tokens.enumerated() {
            if sentence.word(index, in: .pastMarker) { past = true }
            if sentence.word(index, in: [.commitmentMarker, .deadlineWord, .nextWord, .firstPersonFutureVerb, .thirdPersonFutureVerb])
                || compiled.hasWillSuffix(token.key) || sentence.isWord(index, .goingWord) || sentence.isWord(index, .letsWord)
            {
                return false
            }
        }
        return past
    }
}

/// A flag computed on first use.
final class LazyFlag {
    private let compute: () -> Bool
    private(set) lazy var value: Bool = compute()
    init(_ compute: @escaping () -> Bool) { self.compute = compute }
}
