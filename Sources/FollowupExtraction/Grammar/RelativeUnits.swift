import FollowupText

/// One calendar unit from the reference day: "last month", "next year", "le mois dernier",
/// "l'année prochaine", "el año pasado", "letztes Jahr", "в прошлом месяце".
extension DateRule {
    func parseRelativeUnit(_ sentence: SentenceView, at index: Int, context: RuleContext) -> DateMatch? {
        let tokens = sentence.tokens
        let lexicon = context.lexicon
        // Minutes and hours are no day: "at the last minute" names no date.
        func unit(_ i: Int) -> DurationUnit? {
            guard i < tokens.count, tokens[i].kind == .word else { return nil }
            let key = tokens[i].key
            let found = lexicon.durationUnits[key] ?? lexicon.withoutElision(key).flatMap { lexicon.durationUnits[$0] }
            if case .seconds? = found { return nil }
            return found
        }
        if let span = parseSpanAfterModifier(sentence, at: index, context: context) { return span }
        let key = tokens[index].key
        // "next hour": an hour on from the meeting's clock, when the clock is known.
        if lexicon.nextWords.contains(key), context.referenceTime != nil, index + 1 < tokens.count,
            case .seconds(let seconds)? = lexicon.durationUnits[tokens[index + 1].key], seconds >= 3_600
        {
            return landed(index..<(index + 2), Span(seconds: seconds, counted: true, end: index + 2), sign: 1, from: context.referenceDate, context: context)
        }
        var direction = 0
        var found: DurationUnit?
        var end = index
        if lexicon.nextWords.contains(key) || lexicon.lastWords.contains(key), let after = unit(index + 1) {
            direction = lexicon.nextWords.contains(key) ? 1 : -1
            found = after
            end = index + 2
        } else if let first = unit(index), index + 1 < tokens.count {
            let next = tokens[index + 1].key
            if lexicon.nextWordsAfter.contains(next) { direction = 1 } else if lexicon.lastWordsAfter.contains(next) { direction = -1 }
            found = first
            end = index + 2
        }
        guard direction != 0, let found else { return nil }
        let d = context.referenceDate
        switch found {
        case .days(let days): return make(index..<end, d.adding(days: direction * days))
        case .months(let months): return make(index..<end, d.adding(months: direction * months))
        case .seconds: return nil
        }
    }
}
