/// Easter Sunday, from which a business calendar's movable feasts are counted.
extension CivilDate {
    /// Western Easter Sunday (the anonymous Gregorian computus).
    public static func easterSunday(year: Int) -> CivilDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(year: year, month: month, day: day)!
    }

    /// Orthodox Easter Sunday: the Julian computus, moved to the Gregorian calendar.
    public static func orthodoxEasterSunday(year: Int) -> CivilDate {
        let a = year % 4, b = year % 7, c = year % 19
        let d = (19 * c + 15) % 30
        let e = (2 * a + 4 * b - d + 34) % 7
        let month = (d + e + 114) / 31
        let day = (d + e + 114) % 31 + 1
        // The Julian calendar runs behind by 13 days from 1900 to 2099, one day less per century before.
        let lag = year / 100 - year / 400 - 2
        return CivilDate(year: year, month: month, day: day)!.adding(days: lag)
    }
}
