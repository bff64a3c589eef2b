import Foundation
import FollowupRendering

/// The user's settings: `$XDG_CONFIG_HOME/followup/config.toml` (else `~/.config/followup/config.toml`).
/// Flags override every field.
public struct Configuration: Sendable {
    /// The sender and the favourable call windows are the renderers' own types.
    public typealias Sender = RenderSettings.Sender
    public typealias CallWindow = RenderSettings.CallWindow

    public var sender = Sender()
    public var to: [String] = []
    public var cc: [String] = []
    public var timeZone: String?
    public var locale: String?
    /// Days before a deadline for its reminder alarm.
    public var reminderLeadDays = 1
    /// Working days after the meeting for the "no reply?" check-back.
    public var checkBackDays = 3
    /// Minutes of the proposed next call.
    public var callMinutes = 30
    /// From call statistics: Wednesday or Thursday, 08:00–10:00 or 16:00–17:00, never 11:00–14:00.
    public var callWindows: [CallWindow] = [
        CallWindow(weekdays: [3, 4], startMinute: 8 * 60, endMinute: 10 * 60),
        CallWindow(weekdays: [3, 4], startMinute: 16 * 60, endMinute: 17 * 60),
    ]
    public var people = PeopleMap()
    /// `[lint] disable`: rule ids `followup lint` skips.
    public var lintDisabled: [String] = []
    /// `[plan] max_touches`: check-backs after a follow-up that gets no reply.
    public var maxTouches = 3
    /// `[plan] recipient_time_zone`: call slots are proposed in the other side's hours.
    public var recipientTimeZone: String?

    public init() {}

    /// Where the configuration lives for this user.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/followup/config.toml" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.config/followup/config.toml"
    }
}
