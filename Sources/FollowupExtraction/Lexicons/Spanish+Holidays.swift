extension Lexicon {
    /// Spanish holidays as rules (`Holiday(rule:)`).
    static let spanishHolidays: [String: String] = [
        "año nuevo": "01-01", "día de reyes": "01-06", "dia de reyes": "01-06",
        "día de san valentín": "02-14", "san valentín": "02-14", "san valentin": "02-14",
        "día de san patricio": "03-17", "dia de san patricio": "03-17", "san patricio": "03-17",
        "jueves santo": "easter-3", "viernes santo": "easter-2", "domingo de pascua": "easter+0", "domingo de resurrección": "easter+0",
        "pascua": "easter+0", "lunes de pascua": "easter+1",
        "día de la tierra": "04-22", "dia de la tierra": "04-22",
        "día del trabajo": "05-01", "dia del trabajo": "05-01",
        "día del padre": "06/7/3", "dia del padre": "06/7/3",
        "día de todos los santos": "11-01", "dia de todos los santos": "11-01",
        "día de acción de gracias": "11/4/4", "dia de accion de gracias": "11/4/4",
        "día de accion de gracias": "11/4/4", "acción de gracias": "11/4/4",
        "accion de gracias": "11/4/4",
        "nochebuena": "12-24", "navidad": "12-25", "nochevieja": "12-31",
        "las fiestas": "12-24", "las fiestas navideñas": "12-24", "las fiestas de fin de año": "12-24",
    ]
}
