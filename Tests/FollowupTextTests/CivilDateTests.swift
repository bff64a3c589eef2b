import Testing
import FollowupText

@Suite("CivilDate: exact day arithmetic")
struct CivilDateTests {
    @Test("days since 1970-01-01 of known dates, both ways", arguments: [
        (1970, 1, 1, 0),
        (1969, 12, 31, -1),
        (2000, 2, 29, 11_016),
        (2000, 3, 1, 11_017),
        (2024, 2, 29, 19_782),
        (2026, 11, 23, 20_780),
        (1900, 3, 1, -25_508),
    ])
    func daysSinceEpoch(year: Int, month: Int, day: Int, days: Int) throws {
        let date = try #require(CivilDate(year: year, month: month, day: day))
        #expect(date.daysSinceEpoch == days)
        #expect(CivilDate(daysSinceEpoch: days) == date)
    }

    @Test("every day in 1600…2400 round-trips and follows the day before")
    func roundTrip() {
        var previous = CivilDate(daysSinceEpoch: -135_140)
        #expect(previous.iso == "1600-01-01")
        #expect(CivilDate(daysSinceEpoch: 157_419).iso == "2400-12-31")
        for days in -135_139...157_419 {
            let date = CivilDate(daysSinceEpoch: days)
            if date.daysSinceEpoch != days || date <= previous {
                Issue.record("day \(days) became \(date)")
                return
            }
            previous = date
        }
    }

    @Test("ISO weekdays of known dates", arguments: [
        ("1970-01-01", 4),  // Thursday
        ("1969-12-31", 3),  // Wednesday
        ("2000-02-29", 2),  // Tuesday
        ("2026-11-23", 1),  // Monday
        ("2026-11-27", 5),  // Friday
        ("2026-11-29", 7),  // Sunday
        ("1900-03-01", 4),  // Thursday
    ])
    func weekday(iso: String, weekday: Int) throws {
        #expect(try #require(CivilDate(iso: iso)).weekday == weekday)
    }

    @Test("adding months keeps the day, or takes the month's last day", arguments: [
        ("2026-01-31", 1, "2026-02-28"),
        ("2028-01-31", 1, "2028-02-29"),
        ("2026-03-31", -1, "2026-02-28"),
        ("2026-05-31", 1, "2026-06-30"),
        ("2026-12-15", 1, "2027-01-15"),
        ("2026-01-15", -1, "2025-12-15"),
        ("2026-11-23", 12, "2027-11-23"),
        ("2026-11-23", -13, "2025-10-23"),
        ("2024-02-29", 12, "2025-02-28"),
        ("2026-08-31", 0, "2026-08-31"),
    ])
    func addingMonths(start: String, months: Int, result: String) throws {
        #expect(try #require(CivilDate(iso: start)).adding(months: months).iso == result)
    }

    @Test("adding days crosses months, years and leap days")
    func addingDays() throws {
        let date = try #require(CivilDate(iso: "2028-02-28"))
        #expect(date.adding(days: 1).iso == "2028-02-29")
        #expect(date.adding(days: 2).iso == "2028-03-01")
        #expect(try #require(CivilDate(iso: "2026-12-31")).adding(days: 1).iso == "2027-01-01")
        #expect(try #require(CivilDate(iso: "2027-01-01")).adding(days: -1).iso == "2026-12-31")
    }

    @Test("leap years: divisible by 4, except centuries not divisible by 400", arguments: [
        (2024, 29), (2026, 28), (2000, 29), (1900, 28), (2100, 28), (2400, 29),
    ])
    func leapYears(year: Int, februaryDays: Int) {
        #expect(CivilDate.daysIn(month: 2, year: year) == februaryDays)
    }

    @Test("impossible dates are nil", arguments: [
        (2027, 2, 29), (2026, 4, 31), (2026, 13, 1), (2026, 0, 10), (2026, 6, 0), (1900, 2, 29),
    ])
    func impossible(year: Int, month: Int, day: Int) {
        #expect(CivilDate(year: year, month: month, day: day) == nil)
    }

    @Test("ISO strings: only YYYY-MM-DD of a real day parses", arguments: [
        "2026-1-05", "2026-02-30", "26-11-23", "2026/11/23", "2026-11-23T10:00", "", "today",
    ])
    func badISO(text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    @Test("ISO output pads year, month and day")
    func isoOutput() throws {
        #expect(try #require(CivilDate(year: 987, month: 3, day: 4)).iso == "0987-03-04")
        #expect(try #require(CivilDate(iso: "2026-11-23")).description == "2026-11-23")
    }

    @Test("last day of month and of quarter", arguments: [
        ("2026-11-23", "2026-11-30", "2026-12-31"),
        ("2028-02-10", "2028-02-29", "2028-03-31"),
        ("2026-05-02", "2026-05-31", "2026-06-30"),
        ("2026-07-01", "2026-07-31", "2026-09-30"),
        ("2026-01-31", "2026-01-31", "2026-03-31"),
    ])
    func periodEnds(date: String, monthEnd: String, quarterEnd: String) throws {
        let day = try #require(CivilDate(iso: date))
        #expect(day.lastDayOfMonth.iso == monthEnd)
        #expect(day.lastDayOfQuarter.iso == quarterEnd)
    }

    @Test("times of day: 24-hour HH:MM, nothing past 23:59")
    func timeOfDay() throws {
        #expect(try #require(TimeOfDay(hour: 9, minute: 5)).description == "09:05")
        #expect(try #require(TimeOfDay(hour: 15, minute: 0)).description == "15:00")
        #expect(TimeOfDay(hour: 24, minute: 0) == nil)
        #expect(TimeOfDay(hour: 12, minute: 60) == nil)
        #expect(try #require(TimeOfDay(hour: 9, minute: 30)) < (try #require(TimeOfDay(hour: 10, minute: 0))))
    }
}
