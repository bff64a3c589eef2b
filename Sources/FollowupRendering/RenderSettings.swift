/// Everything the renderers need beyond the extraction record: who sends, to whom, the clock,
/// the zone, and the reminder policy. Built from the configuration and flags by `Renderers`.
///
/// The same record and settings always give byte-identical output: nothing here reads the system
/// clock or environment.
public struct RenderSettings: Sendable {
    public struct Sender: Sendable, Equatable {
        public var name: String?
        public var email: String?
        /// Extra signature lines (title, phone), written under the name.
        public var signature: String?
        public init(name: String? = nil, email: String? = nil, signature: String? = nil) {
            self.name = name
            self.email = email
            self.signature = signature
        }
    }

    /// A favourable slot for proposing a call: ISO weekdays (1 Monday ... 7 Sunday) and a range
    /// of minutes after midnight.
    public struct CallWindow: Sendable, Equatable {
        public var weekdays: [Int]
        public var startMinute: Int
        public var endMinute: Int
        public init(weekdays: [Int], startMinute: Int, endMinute: Int) {
            self.weekdays = weekdays
            self.startMinute = startMinute
            self.endMinute = endMinute
        }
    }

    /// From call statistics: Wednesday or Thursday, 08:00–10:00 or 16:00–17:00, never 11:00–14:00.
    public static let defaultCallWindows = [
        CallWindow(weekdays: [3, 4], startMinute: 8 * 60, endMinute: 10 * 60),
        CallWindow(weekdays: [3, 4], startMinute: 16 * 60, endMinute: 17 * 60),
    ]

    public var sender: Sender
    /// Extra recipients ("Name <addr>" or "addr"); the participants' addresses are added to these.
    public var to: [String]
    public var cc: [String]
    /// The user's IANA zone: the e-mail's Date header, and the zone for records that name none.
    public var timeZone: String
    /// "en-GB", "ru": used for dates and numbers when its language matches the notes'.
    public var locale: String?
    /// Seconds since 1970: the e-mail's Date and Message-ID, the calendar's DTSTAMP and SEQUENCE.
    public var now: Double
    /// Days before a deadline for its reminder alarm; 0 writes no alarm.
    public var reminderLeadDays: Int
    /// Working days (Monday to Friday) after the meeting for the "no reply?" check-back.
    public var checkBackDays: Int
    /// Length of the next-contact event.
    public var callMinutes: Int
    public var callWindows: [CallWindow]
    /// Also write a VTODO (with DUE) for every action item with a due date.
    public var todos: Bool
    /// A record that names no zone has its times written floating (RFC 5545 3.3.5, "15:00" wherever the calendar is)
    /// when `timeZone` is only a machine's UTC default: stamping the notes' local times as UTC moves every event.
    public var floatsUnzonedTimes = false
    /// The check-back is the sender's own reminder: in `.ics` files, not in the calendar the e-mail sends the others.
    public var includesCheckBack = true
    /// Events quote the line of notes they come from ("From the notes (line 14): …"): in the sender's own `.ics`, not in
    /// the calendar the e-mail sends the others, who have no notes to look a line up in (set 33's readers counted those
    /// quotes of raw transcript as garble in every attached calendar).
    public var quotesSourceLines = true
    /// Whether a task's words put its deadline off ("asap", "date TBD"), for the notes' language: such a step is
    /// asked about ("By when can Desmond…?"), not listed as if it had an answer. Set from `lint`'s tables.
    public var defersDeadline: (@Sendable (_ text: String, _ language: String) -> Bool)?

    public init(
        sender: Sender = Sender(), to: [String] = [], cc: [String] = [], timeZone: String = "UTC",
        locale: String? = nil, now: Double, reminderLeadDays: Int = 1, checkBackDays: Int = 3,
        callMinutes: Int = 30, callWindows: [CallWindow] = RenderSettings.defaultCallWindows, todos: Bool = false
    ) {
        self.sender = sender
        self.to = to
        self.cc = cc
        self.timeZone = timeZone
        self.locale = locale
        self.now = now
        self.reminderLeadDays = reminderLeadDays
        self.checkBackDays = checkBackDays
        self.callMinutes = callMinutes
        self.callWindows = callWindows
        self.todos = todos
    }
}
