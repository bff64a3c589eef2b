import FollowupRendering

/// A calendar written as files of at most `limit` bytes each, because Google Calendar refuses
/// to import a file over 1 MB: each part is a whole calendar with the VTIMEZONEs of its events,
/// and one meeting's events are never split between parts.
///
/// A part's events wait in memory (at most `limit` bytes) until the part is full; full parts
/// wait in temporary files, and `finish` puts them all in place together.
final class SplitCalendar {
    /// Google Calendar's import limit, less a little for the time zones' growth.
    static let googleLimit = 1_000_000

    private let limit: Int
    private let create: (_ part: Int) throws -> OutputFile
    private let header: ([ZoneSpan]) throws -> String
    private var body: [UInt8] = []
    private var zones: [ZoneSpan] = []
    /// The header's size for the zones it was last measured with.
    private var measured: (zones: [String], bytes: Int) = ([], 0)
    private var written: [OutputFile] = []
    private(set) var parts: [String] = []

    /// - Parameters:
    ///   - create: opens part 1, 2, ... (part 1 is the file's own name).
    ///   - header: the calendar's start, with the VTIMEZONEs for these spans.
    init(limit: Int = googleLimit, create: @escaping (_ part: Int) throws -> OutputFile, header: @escaping ([ZoneSpan]) throws -> String) {
        self.limit = limit
        self.create = create
        self.header = header
    }

    /// Adds one meeting's events.
    func add(_ events: String, zones spans: [ZoneSpan]) throws {
        guard !events.isEmpty else { return }
        var merged = zones
        for span in spans { ZoneSpan.merge(span, into: &merged) }
        let names = merged.map(\.zone)
        if names != measured.zones { measured = (names, try header(merged).utf8.count) }
        // Each zone's VTIMEZONE grows by a few hundred bytes a year its events span.
        let reserve = measured.bytes + 4_096 * merged.count + CalendarRenderer.footer.utf8.count
        if !body.isEmpty && reserve + body.count + events.utf8.count > limit {
            try flush()
            merged = spans
        }
        zones = merged
        body += events.utf8
    }

    /// Writes the last part (an empty calendar when nothing was added); returns the parts'
    /// paths relative to the output folder.
    @discardableResult
    func finish() throws -> [String] {
        if !body.isEmpty || written.isEmpty { try flush() }
        for file in written { try file.commit(onlyIfChanged: true) }
        parts = written.map(\.relative)
        written = []
        return parts
    }

    private func flush() throws {
        let file = try create(written.count + 1)
        try file.append(try header(zones))
        try body.withUnsafeBytes { try file.append($0) }
        try file.append(CalendarRenderer.footer)
        try file.park()
        written.append(file)
        body.removeAll(keepingCapacity: true)
        zones = []
    }

    /// "calendar.ics", "calendar-2.ics", ... for a calendar named "calendar.ics".
    static func partName(_ path: String, _ part: Int) -> String {
        guard part > 1 else { return path }
        return String(path.dropLast(".ics".count)) + "-\(part).ics"
    }
}
