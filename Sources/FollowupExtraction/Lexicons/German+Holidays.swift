extension Lexicon {
    /// German holidays as rules (`Holiday(rule:)`): movable feasts from Easter, Advent Sundays, and fixed days.
    static let germanHolidays: [String: String] = {
        var holidays: [String: String] = [
            "neujahr": "01-01", "neujahrstag": "01-01", "heilige drei könige": "01-06",
            "dreikönigstag": "01-06", "valentinstag": "02-14",
            "weiberfastnacht": "easter-52", "fastnachtssonntag": "easter-49", "karneval": "easter-49", "rosenmontag": "easter-48",
            "fastnacht": "easter-47", "faschingsdienstag": "easter-47", "aschermittwoch": "easter-46",
            "palmsonntag": "easter-7", "palmensonntag": "easter-7", "gründonnerstag": "easter-3", "karfreitag": "easter-2",
            "ostern": "easter+0", "ostersonntag": "easter+0", "ostermontag": "easter+1",
            "christi himmelfahrt": "easter+39", "himmelfahrt": "easter+39", "vatertag": "easter+39",
            "pfingsten": "easter+49", "pfingstsonntag": "easter+49", "pfingstmontag": "easter+50", "fronleichnam": "easter+60",
            "muttertag": "05/7/2", "tag der arbeit": "05-01",
            "weltkindertag": "06-01", "augsburger friedensfest": "08-08",
            "tag der deutschen einheit": "10-03", "reformationstag": "10-31",
            "allerheiligen": "11-01", "volkstrauertag": "advent-14", "buss- und bettag": "advent-11",
            "buss und bettag": "advent-11", "totensonntag": "advent-7", "ewigkeitssonntag": "advent-7",
            "heiligabend": "12-24", "heiliger abend": "12-24", "weihnachten": "12-25",
            "silvester": "12-31", "den feiertagen": "12-24", "den weihnachtsferien": "12-24",
        ]
        for (number, ordinals) in [(1, ["erster", "ersten", "erste"]), (2, ["zweiter", "zweiten", "zweite"]),
                                   (3, ["dritter", "dritten", "dritte"]), (4, ["vierter", "vierten", "vierte"])] {
            for ordinal in ordinals + ["\(number).", "\(number) ."] { holidays[ordinal + " advent"] = "advent+\(7 * (number - 1))" }
            if number <= 2 {
                for ordinal in ordinals + ["\(number).", "\(number) ."] { holidays[ordinal + " weihnachtstag"] = "12-\(24 + number)" }
            }
        }
        return holidays
    }()
}
