/// The values date words map to in a lexicon: what the grammar resolves against the reference day.
public enum RelativeDay: Sendable, Equatable {
    case offset(Int)
    case endOfWeek, endOfNextWeek, nextWeek, endOfMonth, endOfNextMonth, nextMonth, endOfQuarter, endOfYear, thisWeek
    /// "mid next week", "Mitte nächster Woche": the Wednesday of the week after D's week.
    case midNextWeek
    /// "mid-month", "Mitte des Monats": the next 15th on or after D, as "the 15th" is; "mid next month" the next month's.
    case midMonth, midNextMonth
    /// "the week after", "la semaine suivante": the week after the date just said in the sentence (else after D's).
    case weekAfterThat
}

public enum NextWeekdayMeaning: Sendable {
    /// English, Russian: "next Friday" is the Friday of the week after D's week.
    case followingWeek
    /// German, Spanish, French: the first Friday after D.
    case firstAfter
}

public enum DurationUnit: Sendable, Equatable {
    case days(Int)
    case months(Int)
    /// Hours, minutes, seconds: a clock's units, which land on a time when the meeting's clock is known.
    case seconds(Int)
}

extension Lexicon {
    /// `relativeDays` with every combination of its words' short forms ("end of next wk", "end of nxt week").
    var relativeDaysWithShortForms: [String: RelativeDay] {
        guard !shortForms.isEmpty else { return relativeDays }
        var table = relativeDays
        for (phrase, day) in relativeDays {
            var variants = [""]
            for word in phrase.split(separator: " ") {
                let forms = [String(word)] + (shortForms[String(word)] ?? []).flatMap { $0.hasSuffix(".") ? [$0.dropLast() + " .", String($0.dropLast())] : [$0] }
                variants = variants.flatMap { start in forms.map { start.isEmpty ? $0 : start + " " + $0 } }
            }
            for variant in variants where table[variant] == nil { table[variant] = day }
        }
        return table
    }
}
