import FollowupText

/// Choosing when to propose a call, and counting working days.
enum CallSlots {
    /// The first favourable slot on a day after `date`: the earliest window start on the first
    /// weekday any window allows. With no windows, the next working day at 09:00.
    ///
    /// Example: after Mon 23 Nov 2026 with the default windows → Wed 25 Nov, 08:00.
    static func next(after date: CivilDate, windows: [RenderSettings.CallWindow]) -> (date: CivilDate, time: TimeOfDay) {
        let sorted = windows.sorted { $0.startMinute < $1.startMinute }
        for offset in 1...14 {
            let day = date.adding(days: offset)
            if let window = sorted.first(where: { $0.weekdays.contains(day.weekday) }), let time = time(window.startMinute) {
                return (day, time)
            }
        }
        return (addingWorkingDays(1, to: date), TimeOfDay(hour: 9, minute: 0)!)
    }

    /// A time for a call on a day the notes named: the earliest window that allows that weekday,
    /// else the earliest window of any day, else 09:00.
    static func preferredTime(on date: CivilDate, windows: [RenderSettings.CallWindow]) -> TimeOfDay {
        let sorted = windows.sorted { $0.startMinute < $1.startMinute }
        let window = sorted.first { $0.weekdays.contains(date.weekday) } ?? sorted.first
        return window.flatMap { time($0.startMinute) } ?? TimeOfDay(hour: 9, minute: 0)!
    }

    /// `count` days after `date`, counting Monday to Friday only.
    static func addingWorkingDays(_ count: Int, to date: CivilDate) -> CivilDate {
        var day = date
        var left = count
        while left > 0 {
            day = day.adding(days: 1)
            if day.weekday <= 5 { left -= 1 }
        }
        return day
    }

    private static func time(_ minute: Int) -> TimeOfDay? { TimeOfDay(hour: minute / 60, minute: minute % 60) }
}
