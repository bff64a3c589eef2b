/// The values date words map to in a lexicon: what the grammar resolves against the reference day.
public enum RelativeDay: Sendable, Equatable {
    case offset(Int)
    case endOfWeek, endOfNextWeek, nextWeek, endOfMonth, endOfNextMonth, nextMonth, endOfQuarter, endOfYear, thisWeek
    /// "mid next week", "Mitte nächster Woche": the Wednesday of the week after D's week.
    case midNextWeek
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
