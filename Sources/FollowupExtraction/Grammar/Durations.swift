import FollowupText

/// A stretch of time as people say it: one or more counts with units ("2 hours", "1 month 21 days",
/// "5 minutes, 30 seconds", "1d 2hr 5min", "half an hour", "полчаса"), summed by kind so a
/// calendar and a clock can each take their part.
struct Span {
    var months = 0
    var days = 0
    var businessDays = 0
    var seconds = 0
    /// Whether a count was written ("in days" is vague, "in 3 days" is not).
    var counted = false
    var end: Int
}

/// Durations and where they land: "in 3 weeks", "within 2 hours", "two weeks from now", "a month
/// ago", "il y a 5 jours", "the next 2 days", "+15 minutes".
extension DateRule {
    // MARK: Expressions

    /// "in 3 weeks", "within the next 2 business days", "in about 5 hours", "через полчаса".
    func parseDuration(_ sentence: SentenceView, at index: Int, context: RuleContext) -> DateMatch? {
        let tokens = sentence.tokens
        let lexicon = context.lexicon
        let key = tokens[index].key
        let within = lexicon.withinWords.contains(key)
        guard lexicon.inWords.contains(key) || within else { return nil }
        var position = index + 1
        // "within the next 3 days", "in about ~5 hours"
        while position < tokens.count, sentence.isWord(position, .durationFiller) || tokens[position].key == "~" { position += 1 }
        guard let span = parseSpan(sentence, at: position, context: context) else { return nil }
        // "el cierre de mes", "a principios de semana": "de" counts a span only with its count ("en un plazo de 5 días").
        if !span.counted, sentence.isWord(index, .ofWord) { return nil }
        var end = span.end
        if end < tokens.count, tokens[end].key == "'" || tokens[end].key == "’" { end += 1 }
        if end < tokens.count, sentence.isWord(end, .durationTime) { end += 1 }
        // "within" starts the expression: include it ("within 3 business days"); Russian "в течение" too.
        var start = index
        if within, index > 0, sentence.isWord(index - 1, .withinLeadIn) { start = index - 1 }
        return landed(start..<end, span, sign: 1, from: context.referenceDate, context: context)
    }

    /// "two weeks from now", "3 days later", "a month ago", "2 недели назад", "3 Tage später",
    /// "полчаса назад": a span, then the lexicon's word for which way from the meeting; or a day it
    /// counts from ("3 days after January 12th").
    func parseDurationFromHere(_ sentence: SentenceView, at index: Int, context: RuleContext) -> DateMatch? {
        let tokens = sentence.tokens
        let lexicon = context.lexicon
        guard let span = parseSpan(sentence, at: index, context: context) else { return nil }
        let position = span.end
        guard position < tokens.count else { return nil }
        // "3 days after January 12th", "2 weeks from Jan 15", "two days after next Friday": from that day.
        // "3 días después de la firma", "3 jours après le 12 janvier": "de", "le" before the anchor.
        var anchorStart = position + 1
        while anchorStart < tokens.count, anchorStart - position <= 2,
            sentence.isWord(anchorStart, .ofWord) || sentence.isWord(anchorStart, .dateLeadInDropped)
        {
            anchorStart += 1
        }
        if span.counted, anchorStart < tokens.count, let sign = lexicon.anchorDirections[tokens[position].key],
            let anchor = parseCore(sentence, at: anchorStart, context: context, compiled: context.compiled, past: LazyFlag { false })
        {
            var match = landed(index..<anchor.range.upperBound, span, sign: sign, from: anchor.date, context: context)
            if span.seconds != 0 { match.time = nil }
            return match
        }
        guard let direction = context.compiled.durationDirections.match(tokens, at: position) else { return nil }
        return landed(index..<(position + direction.length), span, sign: direction.value < 0 ? -1 : 1, from: context.referenceDate, context: context)
    }

    /// "il y a 5 jours", "hace dos meses", "спустя 2 часа": the direction first, then a span.
    /// "+15 minutes", "-3y", "+2 months, 5 days": a sign written against the count.
    func parseDurationAfterLeadIn(_ sentence: SentenceView, at index: Int, context: RuleContext) -> DateMatch? {
        let tokens = sentence.tokens
        if let leadIn = context.compiled.durationLeadIns.match(tokens, at: index),
            let span = parseSpan(sentence, at: index + leadIn.length, context: context)
        {
            return landed(index..<span.end, span, sign: leadIn.value < 0 ? -1 : 1, from: context.referenceDate, context: context)
        }
        let key = tokens[index].key
        guard key == "+" || key == "-", index == 0 || tokens[index].spaceBefore, index + 1 < tokens.count, !tokens[index + 1].spaceBefore,
            let span = parseSpan(sentence, at: index + 1, context: context), span.counted
        else { return nil }
        return landed(index..<span.end, span, sign: key == "+" ? 1 : -1, from: context.referenceDate, context: context)
    }

    /// "the next 2 days", "the last two weeks", "past 3 hours", "die letzten acht Minuten": a
    /// counted span after a next or last word.
    func parseSpanAfterModifier(_ sentence: SentenceView, at index: Int, context: RuleContext) -> DateMatch? {
        let lexicon = context.lexicon
        let key = sentence.tokens[index].key
        let sign = lexicon.nextWords.contains(key) ? 1 : lexicon.lastWords.contains(key) ? -1 : 0
        guard sign != 0, let span = parseSpan(sentence, at: index + 1, context: context), span.counted else { return nil }
        return landed(index..<span.end, span, sign: sign, from: context.referenceDate, context: context)
    }

    // MARK: Spans

    /// One or more counts with units from `index`; nil when none starts there.
    func parseSpan(_ sentence: SentenceView, at index: Int, context: RuleContext) -> Span? {
        let tokens = sentence.tokens
        var span = Span(end: index)
        var position = index
        var parts = 0
        while true {
            var next = position
            if parts > 0 {
                // "1 month, 21 days", "5 minutes and 30 seconds", "1d, 2hr, and 5min"
                var skipped = 0
                while next < tokens.count, skipped < 2, tokens[next].key == "," || sentence.isWord(next, .conjunction) {
                    next += 1
                    skipped += 1
                }
            }
            guard let part = spanPart(sentence, at: next, context: context), parts == 0 || part.counted else { break }
            if parts == 0 { span.counted = part.counted }
            switch part.unit {
            case .months(let per):
                guard part.count == part.count.rounded() else { return nil }
                span.months += per * Int(part.count)
            case .days(let per) where part.count != part.count.rounded():
                span.seconds += Int(part.count * Double(per) * 86_400)
            case .days(let per) where part.business && per == 1:
                span.businessDays += Int(part.count)
            case .days(let per):
                span.days += per * Int(part.count)
            case .seconds(let per):
                span.seconds += Int(part.count * Double(per))
            }
            parts += 1
            position = part.end
            span.end = part.end
        }
        return parts > 0 ? span : nil
    }

    /// One count and its unit: "3 days", "two business days", "a couple of weeks", "half an hour",
    /// "1.5 hours", "2hr", "5 jours ouvrés", "полчаса" (a unit that is its own count).
    private func spanPart(_ sentence: SentenceView, at index: Int, context: RuleContext)
        -> (count: Double, unit: DurationUnit, business: Bool, counted: Bool, end: Int)?
    {
        let tokens = sentence.tokens
        let lexicon = context.lexicon
        guard index < tokens.count else { return nil }
        let key = tokens[index].key
        if let fused = fusedCount(key, lexicon) { return (fused.count, fused.unit, false, true, index + 1) }
        var position = index
        var count = 1.0
        var counted = false
        if tokens[position].kind == .number, let n = Double(key.replacingOccurrences(of: ",", with: ".")), n > 0, n < 10_000 {
            count = n
            counted = true
            position += 1
        } else if let fraction = lexicon.fractionWords[key] {
            // "half an hour", "eine halbe Stunde", "anderthalb Stunden"
            count = fraction
            counted = true
            position += 1
            if position < tokens.count, sentence.isWord(position, .indefiniteArticle) { position += 1 }
        } else if let n = lexicon.numberWords[key] {
            count = Double(n)
            counted = true
            position += 1
            // "a couple of weeks", "a few days", "eine halbe Stunde", "une demi-heure"
            if n == 1, position < tokens.count, let m = lexicon.numberWords[tokens[position].key], m > 1 {
                count = Double(m)
                position += 1
            } else if n == 1, position < tokens.count, let fraction = lexicon.fractionWords[tokens[position].key] {
                count = fraction
                position += 1
            }
            if position < tokens.count, sentence.isWord(position, .ofWord) { position += 1 }
        }
        if position < tokens.count, tokens[position].key == "-", !tokens[position].spaceBefore, count != count.rounded() { position += 1 }
        guard position < tokens.count else { return nil }
        var business = false
        if lexicon.businessWords.contains(tokens[position].key) {
            business = true
            position += 1
        }
        guard position < tokens.count, let unit = lexicon.durationUnits[tokens[position].key] else { return nil }
        if lexicon.businessUnits.contains(tokens[position].key) { business = true }
        // "in days", "in minutes" are vague; a singular unit ("in a week", "через неделю") is one.
        if !counted, sentence.isWord(position, .unitNeedingCount) { return nil }
        position += 1
        // "5 jours ouvrés", "5 días hábiles": the business word after the unit.
        if !business, position < tokens.count, lexicon.businessWords.contains(tokens[position].key) {
            business = true
            position += 1
        }
        return (count, unit, business, counted, position)
    }

    /// "2hr", "15min", "1d", "3w": a count and a unit written as one word.
    private func fusedCount(_ key: String, _ lexicon: Lexicon) -> (count: Double, unit: DurationUnit)? {
        let digits = key.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard let first = digits.first, first.isNumber, digits.count < key.count, let count = Double(digits), count > 0 else { return nil }
        let suffix = String(key.dropFirst(digits.count))
        guard let unit = lexicon.durationUnits[suffix] ?? lexicon.fusedDurationUnits[suffix] else { return nil }
        return (count, unit)
    }

    // MARK: Landing

    /// The day (and, for a span with hours or minutes and a known clock, the time) `span` lands on
    /// from `date`, forward or back.
    func landed(_ range: Range<Int>, _ span: Span, sign: Int, from date: CivilDate, context: RuleContext) -> DateMatch {
        var day = date.adding(months: sign * span.months).adding(days: sign * span.days)
        day = addingBusinessDays(sign * span.businessDays, to: day)
        var match = make(range, day)
        guard span.seconds != 0 else { return match }
        guard let clock = context.referenceTime else {
            // No clock: whole days only ("in 48 hours" is two days on, "in 2 hours" the same day).
            match.date = day.adding(days: sign * (span.seconds / 86_400))
            return match
        }
        let seconds = clock.hour * 3_600 + clock.minute * 60 + sign * span.seconds
        let minutes = seconds >= 0 ? seconds / 60 : (seconds - 59) / 60
        let days = minutes >= 0 ? minutes / 1_440 : (minutes - 1_439) / 1_440
        let minuteOfDay = minutes - days * 1_440
        match.date = day.adding(days: days)
        match.time = TimeOfDay(hour: minuteOfDay / 60, minute: minuteOfDay % 60)
        return match
    }

    /// `count` Monday-to-Friday days after `date` (before it when negative).
    func addingBusinessDays(_ count: Int, to date: CivilDate) -> CivilDate {
        let step = count < 0 ? -1 : 1
        var day = date
        var left = abs(count)
        while left > 0 {
            day = day.adding(days: step)
            if day.weekday <= 5 { left -= 1 }
        }
        return day
    }
}
