extension Lexicon {
    /// English holidays as rules (`Holiday(rule:)`).
    static let englishHolidays: [String: String] = [
        "new year": "01-01", "new year day": "01-01", "new year's day": "01-01",
        "new years day": "01-01", "new year's eve": "12-31", "new years eve": "12-31",
        "martin luther king day": "01/1/3", "mlk day": "01/1/3",
        "valentine's day": "02-14", "valentines day": "02-14",
        "presidents day": "02/1/3", "presidents' day": "02/1/3",
        "saint patrick": "03-17", "saint patrick's day": "03-17",
        "st patrick's day": "03-17", "st. patrick's day": "03-17", "st patricks day": "03-17",
        "good friday": "easter-2", "easter": "easter+0", "easter sunday": "easter+0", "easter monday": "easter+1",
        "earth day": "04-22", "mother's day": "05/7/2",
        "mothers day": "05/7/2", "memorial day": "05/1/-1",
        "father's day": "06/7/3", "fathers day": "06/7/3",
        "juneteenth": "06-19", "independence day": "07-04", "fourth of july": "07-04",
        "labor day": "09/1/1", "labour day": "09/1/1",
        "columbus day": "10/1/2", "halloween": "10-31",
        "veterans day": "11-11", "thanksgiving": "11/4/4",
        "thanksgiving day": "11/4/4",
        "black friday": "11/4/4+1",
        "cyber monday": "11/4/4+4",
        "christmas eve": "12-24", "christmas": "12-25", "christmas day": "12-25",
        "xmas": "12-25", "boxing day": "12-26",
        // "before the holidays" in a year's last weeks: the Christmas break begins.
        "the holidays": "12-24", "the holiday break": "12-24", "the christmas break": "12-24",
    ]
}
