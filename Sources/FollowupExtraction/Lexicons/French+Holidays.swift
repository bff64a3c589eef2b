extension Lexicon {
    /// French holidays as rules (`Holiday(rule:)`).
    static let frenchHolidays: [String: String] = [
        "jour de l'an": "01-01", "nouvel an": "01-01", "épiphanie": "01-06",
        "saint-valentin": "02-14", "saint valentin": "02-14",
        "vendredi saint": "easter-2", "pâques": "easter+0", "paques": "easter+0", "lundi de pâques": "easter+1", "lundi de paques": "easter+1",
        "ascension": "easter+39", "pentecôte": "easter+49", "pentecote": "easter+49", "lundi de pentecôte": "easter+50",
        "lundi de pentecote": "easter+50", "fête du travail": "05-01", "fete du travail": "05-01",
        "fête des pères": "06/7/3", "fete des peres": "06/7/3",
        "fête nationale": "07-14", "assomption": "08-15", "toussaint": "11-01",
        "armistice": "11-11", "thanksgiving": "11/4/4",
        "thanks giving": "11/4/4", "jour de thanksgiving": "11/4/4",
        "jour de thanks giving": "11/4/4", "réveillon": "12-24",
        "noël": "12-25", "noel": "12-25", "saint-sylvestre": "12-31",
        "les fêtes": "12-24", "les fêtes de fin d'année": "12-24", "fêtes de fin d'année": "12-24",
    ]
}
