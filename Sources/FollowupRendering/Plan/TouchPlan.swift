import FollowupICU
import FollowupText

/// The touches after a follow-up: check-backs while the other side does not answer, spaced
/// further apart each time; a reminder the working day before an agreed call; call slots in
/// the other side's favourable hours; and warnings when a thread already breaks the cadence.
///
/// Working days are Monday to Friday (no holiday calendar). Everything is computed from dates
/// given to it, never from the clock, so the same thread always gives the same plan.
public struct TouchPlan: Sendable, Equatable {
    /// One message of a thread: when it was sent and whether it was ours.
    public struct Message: Sendable, Equatable {
        public var day: CivilDate
        public var ours: Bool
        public var subject: String?
        public init(day: CivilDate, ours: Bool, subject: String? = nil) {
            self.day = day
            self.ours = ours
            self.subject = subject
        }
    }

    public struct Policy: Sendable, Equatable {
        /// Working days before the first check-back (guidance: 3–5).
        public var checkBackDays: Int
        /// Check-backs after the follow-up, at most.
        public var maxTouches: Int
        public var callWindows: [RenderSettings.CallWindow]
        /// How many call slots to offer (guidance: two or three).
        public var slotCount: Int
        public init(checkBackDays: Int = 3, maxTouches: Int = 3, callWindows: [RenderSettings.CallWindow] = RenderSettings.defaultCallWindows, slotCount: Int = 3) {
            self.checkBackDays = checkBackDays
            self.maxTouches = maxTouches
            self.callWindows = callWindows
            self.slotCount = slotCount
        }
    }

    public struct Touch: Sendable, Equatable {
        /// 1 for the first check-back after the follow-up.
        public var number: Int
        public var day: CivilDate
        /// Working days after the previous message of ours.
        public var workingDaysAfter: Int
    }

    public struct Slot: Sendable, Equatable {
        /// The day and time in the other side's zone.
        public var day: CivilDate
        public var time: TimeOfDay
        public var zone: String
        /// The same moment in the user's zone.
        public var localDay: CivilDate
        public var localTime: TimeOfDay
    }

    /// An agreed call: its day, and its time when the notes gave one.
    public struct Call: Sendable, Equatable {
        public var day: CivilDate
        public var time: TimeOfDay?
        public init(day: CivilDate, time: TimeOfDay?) {
            self.day = day
            self.time = time
        }
    }

    public enum Status: String, Sendable {
        /// Waiting for an answer: check-backs planned.
        case waiting
        /// The other side answered last: nothing to chase.
        case replied
        /// As many check-backs as the policy allows were sent without an answer.
        case exhausted
    }

    public var status: Status
    /// The last message of ours the plan counts from.
    public var lastSent: CivilDate
    public var touches: [Touch]
    /// The working day before an agreed call.
    public var reminder: CivilDate?
    public var call: Call?
    public var slots: [Slot]
    public var warnings: [String]

    /// - Parameters:
    ///   - thread: the messages so far, any order; at least the follow-up itself.
    ///   - call: an agreed next call (its day, and time when known).
    ///   - userZone / recipientZone: slots are found in the recipient's hours and shown in both.
    public static func make(
        thread: [Message], call: Call?, policy: Policy, userZone: ICUTimeZone, recipientZone: ICUTimeZone
    ) -> TouchPlan {
        let messages = thread.sorted { $0.day < $1.day }
        var warnings = cadenceWarnings(messages, policy: policy)
        let lastReply = messages.lastIndex { !$0.ours }
        let unanswered = messages[(lastReply.map { $0 + 1 } ?? 0)...].filter(\.ours)
        let lastSent = unanswered.last?.day ?? messages.last(where: \.ours)?.day ?? messages.last!.day
        var status = Status.waiting
        var touches: [Touch] = []
        if let lastReply, lastReply == messages.count - 1 {
            status = .replied
        } else {
            // The first unanswered message is the follow-up; the rest were check-backs.
            let sentCheckBacks = max(0, unanswered.count - 1)
            if sentCheckBacks >= policy.maxTouches {
                status = .exhausted
                warnings.append("\(sentCheckBacks) check-backs sent without an answer (the limit is \(policy.maxTouches)): stop, or try another channel")
            }
            var day = lastSent
            var number = sentCheckBacks + 1
            while number <= policy.maxTouches {
                let gap = gap(forCheckBack: number, policy: policy)
                day = CallSlots.addingWorkingDays(gap, to: day)
                touches.append(Touch(number: number, day: day, workingDaysAfter: gap))
                number += 1
            }
        }
        var reminder: CivilDate?
        if let call { reminder = previousWorkingDay(before: call.day) }
        let slots = call == nil && status != .exhausted
            ? callSlots(after: lastSent, policy: policy, userZone: userZone, recipientZone: recipientZone) : []
        return TouchPlan(status: status, lastSent: lastSent, touches: touches, reminder: reminder, call: call, slots: slots, warnings: warnings)
    }

    /// Working days before check-back `number`: the policy's days, doubled each time (3, 6, 12).
    public static func gap(forCheckBack number: Int, policy: Policy) -> Int {
        max(1, policy.checkBackDays) << min(number - 1, 8)
    }

    /// Monday to Friday days strictly after `from` up to and including `to`.
    public static func workingDays(from: CivilDate, to: CivilDate) -> Int {
        guard to > from else { return 0 }
        var count = 0
        var day = from.adding(days: 1)
        while day <= to {
            if day.weekday <= 5 { count += 1 }
            day = day.adding(days: 1)
        }
        return count
    }

    static func previousWorkingDay(before day: CivilDate) -> CivilDate {
        var result = day.adding(days: -1)
        while result.weekday > 5 { result = result.adding(days: -1) }
        return result
    }

    /// Two messages of ours without an answer between them, closer than the policy's days; or
    /// three within four days.
    static func cadenceWarnings(_ messages: [Message], policy: Policy) -> [String] {
        var warnings: [String] = []
        var previous: Message?
        var run: [Message] = []
        for message in messages {
            guard message.ours else {
                previous = nil
                run = []
                continue
            }
            if let previous {
                let days = workingDays(from: previous.day, to: message.day)
                if days < policy.checkBackDays {
                    warnings.append("the message of \(message.day.iso) came \(days) working day\(days == 1 ? "" : "s") after the one of \(previous.day.iso) with no answer between; wait at least \(policy.checkBackDays)")
                }
            }
            run.append(message)
            run.removeAll { message.day.daysSinceEpoch - $0.day.daysSinceEpoch >= 4 }
            if run.count >= 3 {
                let span = message.day.daysSinceEpoch - run[0].day.daysSinceEpoch + 1
                warnings.append("\(ordinal(run.count)) message in \(span) day\(span == 1 ? "" : "s") (\(run.map(\.day.iso).joined(separator: ", "))): too frequent")
            }
            previous = message
        }
        return warnings
    }

    private static func ordinal(_ n: Int) -> String {
        switch n {
        case 3: "third"
        case 4: "fourth"
        case 5: "fifth"
        default: "\(n)th"
        }
    }

    /// The first `slotCount` window starts after `day`, on the recipient's calendar, at most two
    /// per day so the choice spans days.
    static func callSlots(after day: CivilDate, policy: Policy, userZone: ICUTimeZone, recipientZone: ICUTimeZone) -> [Slot] {
        let windows = policy.callWindows.sorted { $0.startMinute < $1.startMinute }
        var slots: [Slot] = []
        for offset in 1...28 where slots.count < policy.slotCount {
            let candidate = day.adding(days: offset)
            var today = 0
            for window in windows where window.weekdays.contains(candidate.weekday) && slots.count < policy.slotCount && today < 2 {
                guard let time = TimeOfDay(hour: window.startMinute / 60, minute: window.startMinute % 60),
                    let utc = try? recipientZone.utcMillis(year: candidate.year, month: candidate.month, day: candidate.day, hour: time.hour, minute: time.minute),
                    let offset = try? userZone.offsetSeconds(atUTCMillis: utc)
                else { continue }
                let localSeconds = Int((utc / 1000).rounded(.down)) + offset
                let localDay = CivilDate(daysSinceEpoch: Int((Double(localSeconds) / 86_400).rounded(.down)))
                let minuteOfDay = (localSeconds - localDay.daysSinceEpoch * 86_400) / 60
                slots.append(Slot(day: candidate, time: time, zone: recipientZone.identifier, localDay: localDay,
                                  localTime: TimeOfDay(hour: minuteOfDay / 60, minute: minuteOfDay % 60)!))
                today += 1
            }
        }
        return slots
    }
}
