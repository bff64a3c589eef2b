import FollowupICU
import FollowupText
import Testing

@testable import FollowupRendering

/// `followup plan`'s schedule, against dates worked out by hand on the 2026 calendar
/// (2026-11-23 is a Monday).
@Suite struct TouchPlanTests {
    static func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
    static let berlin = ICUTimeZone("Europe/Berlin")!
    static let newYork = ICUTimeZone("America/New_York")!

    static func plan(_ thread: [(String, Bool)], call: (CivilDate, TimeOfDay?)? = nil, policy: TouchPlan.Policy = .init(),
                     user: ICUTimeZone = berlin, recipient: ICUTimeZone = berlin) -> TouchPlan {
        TouchPlan.make(thread: thread.map { TouchPlan.Message(day: day($0.0), ours: $0.1) }, call: call.map { TouchPlan.Call(day: $0.0, time: $0.1) },
                       policy: policy, userZone: user, recipientZone: recipient)
    }

    @Test func checkBacksDoubleTheirGapAndSkipWeekends() {
        let plan = Self.plan([("2026-11-23", true)])
        #expect(plan.status == .waiting)
        // Mon 23 + 3 working days = Thu 26; + 6 = Fri Dec 4; + 12 = Tue Dec 22.
        #expect(plan.touches.map(\.day) == [Self.day("2026-11-26"), Self.day("2026-12-04"), Self.day("2026-12-22")])
        #expect(plan.touches.map(\.workingDaysAfter) == [3, 6, 12])
        #expect(plan.warnings.isEmpty)
    }

    @Test func aFridayFollowUpIsCheckedTheNextWednesday() {
        let plan = Self.plan([("2026-11-27", true)], policy: .init(checkBackDays: 3, maxTouches: 1))
        #expect(plan.touches.map(\.day) == [Self.day("2026-12-02")])
    }

    @Test func fiveWorkingDaysFromAThursday() {
        let plan = Self.plan([("2026-11-26", true)], policy: .init(checkBackDays: 5, maxTouches: 2))
        // Thu 26 + 5 = Thu Dec 3; + 10 = Thu Dec 17.
        #expect(plan.touches.map(\.day) == [Self.day("2026-12-03"), Self.day("2026-12-17")])
    }

    @Test func anAgreedCallOnMondayIsRemindedOnFriday() {
        let plan = Self.plan([("2026-11-23", true)], call: (Self.day("2026-12-07"), TimeOfDay(hour: 10, minute: 0)))
        #expect(plan.reminder == Self.day("2026-12-04"))
        #expect(plan.slots.isEmpty)
    }

    @Test func aReplyLastMeansNothingToChase() {
        let plan = Self.plan([("2026-11-23", true), ("2026-11-24", false)])
        #expect(plan.status == .replied)
        #expect(plan.touches.isEmpty)
    }

    @Test func aThreadThatBreaksTheCadenceIsWarnedAbout() {
        let plan = Self.plan([("2026-11-23", true), ("2026-11-24", true), ("2026-11-26", true)])
        #expect(plan.warnings.count == 3)
        #expect(plan.warnings.contains { $0.contains("2026-11-24 came 1 working day after") })
        #expect(plan.warnings.contains { $0.contains("third message in 4 days") })
        // Two check-backs already sent: the third and last, 12 working days after Thu 26 = Mon Dec 14.
        #expect(plan.touches.map(\.number) == [3])
        #expect(plan.touches.map(\.day) == [Self.day("2026-12-14")])
    }

    @Test func theLimitStopsTheTouches() {
        let plan = Self.plan([("2026-11-02", true), ("2026-11-05", true), ("2026-11-13", true), ("2026-12-01", true)])
        #expect(plan.status == .exhausted)
        #expect(plan.touches.isEmpty)
        #expect(plan.slots.isEmpty)
        #expect(plan.warnings.contains { $0.contains("3 check-backs sent without an answer") })
    }

    @Test func aReplyResetsTheCount() {
        let plan = Self.plan([("2026-11-02", true), ("2026-11-05", true), ("2026-11-06", false), ("2026-11-23", true)])
        #expect(plan.status == .waiting)
        #expect(plan.touches.first?.day == Self.day("2026-11-26"))
        #expect(plan.touches.count == 3)
    }

    @Test func slotsAreInTheRecipientsHoursAndShownInTheUsers() {
        // New York is UTC−5 and Berlin UTC+1 in late November: 08:00 there is 14:00 here.
        let plan = Self.plan([("2026-11-23", true)], user: Self.berlin, recipient: Self.newYork)
        #expect(plan.slots.count == 3)
        #expect(plan.slots.map(\.day) == [Self.day("2026-11-25"), Self.day("2026-11-25"), Self.day("2026-11-26")])
        #expect(plan.slots.map(\.time.description) == ["08:00", "16:00", "08:00"])
        #expect(plan.slots.map(\.localTime.description) == ["14:00", "22:00", "14:00"])
        #expect(plan.slots.allSatisfy { $0.zone == "America/New_York" })
    }

    @Test func aSlotCanFallOnTheDayBeforeInTheUsersZone() {
        // Tokyo (UTC+9) Wed 08:00 is Los Angeles (UTC−8) Tue 15:00.
        let plan = Self.plan([("2026-11-23", true)], user: ICUTimeZone("America/Los_Angeles")!, recipient: ICUTimeZone("Asia/Tokyo")!)
        #expect(plan.slots.first?.day == Self.day("2026-11-25"))
        #expect(plan.slots.first?.localDay == Self.day("2026-11-24"))
        #expect(plan.slots.first?.localTime.description == "15:00")
    }

    @Test func slotsAcrossTheSpringChangeUseTheNewOffset() {
        // US clocks change on Sun 2027-03-14, Europe's on 2027-03-28: on Wed 2027-03-17 New York
        // is UTC−4 and Berlin UTC+1, so 08:00 there is 13:00 here (not 14:00).
        let plan = Self.plan([("2027-03-15", true)], user: Self.berlin, recipient: Self.newYork)
        #expect(plan.slots.first?.day == Self.day("2027-03-17"))
        #expect(plan.slots.first?.localTime.description == "13:00")
    }
}
