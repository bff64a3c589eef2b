import Foundation
import FollowupLint
import FollowupICU
import TOMLKit

/// Why a configuration or people file could not be used; names the file, key and line.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var message: String
    /// 1-based line of the offending key or syntax error, when known.
    public var line: Int?
    public var key: String?

    public init(path: String, message: String, line: Int? = nil, key: String? = nil) {
        self.path = path
        self.message = message
        self.line = line
        self.key = key
    }

    public var description: String {
        let location = line.map { "\(path):\($0)" } ?? path
        return "\(location): " + (key.map { "'\($0)': " } ?? "") + message
    }
}

extension Configuration {
    /// Loads `path`, or the default path when nil; a missing default file gives the defaults.
    public static func load(path: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Configuration {
        let resolved = path ?? defaultPath(environment: environment)
        guard FileManager.default.fileExists(atPath: resolved) else {
            if path == nil { return Configuration() }
            throw ConfigurationError(path: resolved, message: "no such file (run 'followup config init' to write an example)")
        }
        return try parse(try readText(resolved), path: resolved)
    }

    /// Reads configuration TOML; `path` only names the source in errors.
    public static func parse(_ text: String, path: String) throws -> Configuration {
        let reader = try TOMLReader(text: text, path: path)
        var configuration = Configuration()
        try reader.checkKeys(reader.root, allowed: ["time_zone", "locale", "to", "cc", "sender", "reminders", "people", "lint", "plan"], at: [])
        if let zone = try reader.string(reader.root, "time_zone", at: []) {
            guard ICUTimeZone(zone) != nil else {
                throw reader.error("is not a time zone ICU knows; use an IANA ID such as \"Europe/Berlin\"", at: ["time_zone"])
            }
            configuration.timeZone = zone
        }
        configuration.locale = try reader.string(reader.root, "locale", at: [])
        configuration.to = try reader.strings(reader.root, "to", at: []) ?? []
        configuration.cc = try reader.strings(reader.root, "cc", at: []) ?? []

        if let sender = try reader.table(reader.root, "sender", at: []) {
            try reader.checkKeys(sender, allowed: ["name", "email", "signature"], at: ["sender"])
            configuration.sender.name = try reader.string(sender, "name", at: ["sender"])
            configuration.sender.email = try reader.string(sender, "email", at: ["sender"])
            configuration.sender.signature = try reader.string(sender, "signature", at: ["sender"])
        }
        if let reminders = try reader.table(reader.root, "reminders", at: []) {
            let path = ["reminders"]
            try reader.checkKeys(reminders, allowed: ["lead_days", "check_back_days", "call_minutes", "call_windows"], at: path)
            if let days = try reader.int(reminders, "lead_days", in: 0...60, at: path) { configuration.reminderLeadDays = days }
            if let days = try reader.int(reminders, "check_back_days", in: 0...60, at: path) { configuration.checkBackDays = days }
            if let minutes = try reader.int(reminders, "call_minutes", in: 5...480, at: path) { configuration.callMinutes = minutes }
            if let windows = try reader.tables(reminders, "call_windows", at: path) {
                configuration.callWindows = try windows.enumerated().map { index, window in
                    try reader.callWindow(window, at: path + ["call_windows[\(index)]"])
                }
            }
        }
        if let lint = try reader.table(reader.root, "lint", at: []) {
            try reader.checkKeys(lint, allowed: ["disable"], at: ["lint"])
            let disabled = try reader.strings(lint, "disable", at: ["lint"]) ?? []
            if let unknown = disabled.first(where: { !LintRules.ids.contains($0) }) {
                throw reader.error("names no rule: \"\(unknown)\" (rules: \(LintRules.ids.joined(separator: ", ")))", at: ["lint", "disable"])
            }
            configuration.lintDisabled = disabled
        }
        if let plan = try reader.table(reader.root, "plan", at: []) {
            try reader.checkKeys(plan, allowed: ["max_touches", "recipient_time_zone"], at: ["plan"])
            if let touches = try reader.int(plan, "max_touches", in: 1...10, at: ["plan"]) { configuration.maxTouches = touches }
            if let zone = try reader.string(plan, "recipient_time_zone", at: ["plan"]) {
                guard ICUTimeZone(zone) != nil else {
                    throw reader.error("is not a time zone ICU knows; use an IANA ID such as \"Europe/Berlin\"", at: ["plan", "recipient_time_zone"])
                }
                configuration.recipientTimeZone = zone
            }
        }
        configuration.people.entries = try reader.people(reader.root)
        return configuration
    }

    /// A commented example, the text `followup config init` writes. It parses to the defaults.
    public static let exampleText = """
        # followup configuration.
        # Every value here can be overridden by a flag (--tz, --locale, --from, --to, --cc, ...).

        # Your time zone (IANA ID): deadlines with a time are written in it.
        # time_zone = "Europe/Berlin"

        # Locale for dates and numbers, and for reading 03/04 (en-US: March 4; en-GB: 3 April).
        # locale = "en-GB"

        # Always send the follow-up to, or copy, these addresses (besides the participants').
        to = []
        cc = []
        # cc = ["Team Lead <lead@example.com>"]

        [sender]
        # name = "Alice Chen"
        # email = "alice@example.com"
        # Lines under your name; use a multi-line string for several.
        # signature = \"\"\"
        # Account Manager, Example Ltd
        # +49 30 1234567\"\"\"

        [reminders]
        # Days before a deadline for its calendar alarm (0: none).
        lead_days = 1
        # Working days after the meeting for the "No reply? Follow up" event.
        check_back_days = 3
        # Length of the next call's event, in minutes.
        call_minutes = 30

        # When to propose a call if the notes name no time. From call statistics: Wednesday or
        # Thursday, 08:00-10:00 or 16:00-17:00; avoid 11:00-14:00.
        [[reminders.call_windows]]
        days = ["wed", "thu"]
        from = "08:00"
        to = "10:00"

        [[reminders.call_windows]]
        days = ["wed", "thu"]
        from = "16:00"
        to = "17:00"

        [lint]
        # Rules `followup lint` skips (`followup lint --rules` lists them).
        disable = []

        [plan]
        # At most this many check-backs after a follow-up with no reply (`followup plan`).
        max_touches = 3
        # The other side's time zone: call slots are proposed in its working hours.
        # recipient_time_zone = "America/New_York"

        # Who is who: renames transcript speakers and matches nicknames to full names.
        # [[people]]
        # name = "Alice Chen"
        # email = "alice@example.com"
        # aliases = ["Speaker 1", "Al"]

        """

    static func readText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(path: path, message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(path: path, message: "is not UTF-8 text")
        }
        return text
    }
}

public enum PeopleMapFile {
    /// A people map in the configuration's shape: `[[people]]` entries (or `[people.KEY]` tables)
    /// with `name`, `email` and `aliases`.
    public static func load(path: String) throws -> PeopleMap {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ConfigurationError(path: path, message: "no such file")
        }
        return try parse(try Configuration.readText(path), path: path)
    }

    public static func parse(_ text: String, path: String) throws -> PeopleMap {
        let reader = try TOMLReader(text: text, path: path)
        try reader.checkKeys(reader.root, allowed: ["people"], at: [])
        return PeopleMap(entries: try reader.people(reader.root))
    }
}

/// Typed reads from a parsed TOML table, with errors that name the key and its line.
struct TOMLReader {
    let root: TOMLTable
    let path: String
    let lines: [Substring]

    init(text: String, path: String) throws {
        self.path = path
        // Lines as TOML (and toml++) count them: only LF ends one (CRLF is one Character here).
        self.lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        if let line = TOMLReader.headerWithoutName(lines) {
            throw ConfigurationError(path: path, message: "TOML syntax error: a [table] header needs a name", line: line)
        }
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let line = error.source.begin.line
            let source = line >= 1 && line <= lines.count ? lines[line - 1] : ""
            let key = source.split(separator: "=", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) }
            throw ConfigurationError(
                path: path, message: "TOML syntax error at column \(error.source.begin.column): \(error.description)", line: line,
                key: source.contains("=") ? key : nil)
        }
    }

    /// The line of a table header whose name starts with neither a bare-key character nor a
    /// quote ("[=", "[[ ="): toml++ (inside TOMLKit) asserts on those and aborts the process
    /// instead of reporting an error, so they are caught here first. Lines inside multi-line
    /// strings and arrays are not headers and are skipped.
    static func headerWithoutName(_ lines: [Substring]) -> Int? {
        var multiline: String?
        var depth = 0
        for (index, line) in lines.enumerated() {
            var rest = line[...]
            if index == 0, rest.first == "\u{FEFF}" { rest = rest.dropFirst() }
            if multiline == nil, depth == 0 {
                let trimmed = rest.drop { $0 == " " || $0 == "\t" }
                if trimmed.first == "[" {
                    // "[" or "[[" (an array of tables), never more, then the name.
                    var afterBrackets = trimmed.dropFirst()
                    if afterBrackets.first == "[" { afterBrackets = afterBrackets.dropFirst() }
                    let name = afterBrackets.drop { $0 == " " || $0 == "\t" }
                    guard let first = name.first else { return index + 1 }
                    let allowed = first == "]" || first == "\"" || first == "'" || first == "_" || first == "-"
                        || (first.isASCII && (first.isLetter || first.isNumber))
                    if !allowed { return index + 1 }
                    continue
                }
            }
            // Track strings, comments and brackets to know where the next line starts.
            while let character = rest.first {
                if let delimiter = multiline {
                    if rest.hasPrefix(delimiter) {
                        multiline = nil
                        rest = rest.dropFirst(3)
                        // Up to two more quotes still belong to the string: """a"""" is `a"`.
                        for _ in 0..<2 where rest.first == delimiter.first { rest = rest.dropFirst() }
                    } else {
                        rest = rest.dropFirst(character == "\\" && delimiter == "\"\"\"" ? 2 : 1)
                    }
                    continue
                }
                switch character {
                case "#": rest = ""
                case "[", "{": depth += 1; rest = rest.dropFirst()
                case "]", "}": depth = max(0, depth - 1); rest = rest.dropFirst()
                case "\"", "'":
                    let triple = String(repeating: String(character), count: 3)
                    if rest.hasPrefix(triple) {
                        multiline = triple
                        rest = rest.dropFirst(3)
                    } else {
                        rest = rest.dropFirst()
                        while let next = rest.first, next != character {
                            rest = rest.dropFirst(next == "\\" && character == "\"" ? 2 : 1)
                        }
                        rest = rest.dropFirst()
                    }
                default: rest = rest.dropFirst()
                }
            }
        }
        return nil
    }

    func error(_ message: String, at keyPath: [String]) -> ConfigurationError {
        ConfigurationError(path: path, message: message, line: line(of: keyPath), key: keyPath.joined(separator: "."))
    }

    func checkKeys(_ table: TOMLTable, allowed: Set<String>, at keyPath: [String]) throws {
        for key in table.keys.sorted() where !allowed.contains(key) {
            throw error("unknown key; expected one of: \(allowed.sorted().joined(separator: ", "))", at: keyPath + [key])
        }
    }

    func string(_ table: TOMLTable, _ key: String, at keyPath: [String]) throws -> String? {
        guard let value = table[key] else { return nil }
        guard let string = value.string else { throw error("must be a string in quotes", at: keyPath + [key]) }
        return string
    }

    func strings(_ table: TOMLTable, _ key: String, at keyPath: [String]) throws -> [String]? {
        guard let value = table[key] else { return nil }
        if let single = value.string { return [single] }
        guard let array = value.array, let strings = Optional(array.compactMap(\.string)), strings.count == array.count else {
            throw error("must be a list of strings, e.g. [\"a@example.com\"]", at: keyPath + [key])
        }
        return strings
    }

    func int(_ table: TOMLTable, _ key: String, in range: ClosedRange<Int>, at keyPath: [String]) throws -> Int? {
        guard let value = table[key] else { return nil }
        guard let number = value.int, range.contains(number) else {
            throw error("must be a whole number from \(range.lowerBound) to \(range.upperBound)", at: keyPath + [key])
        }
        return number
    }

    func table(_ table: TOMLTable, _ key: String, at keyPath: [String]) throws -> TOMLTable? {
        guard let value = table[key] else { return nil }
        guard let result = value.table else { throw error("must be a table ([\(key)])", at: keyPath + [key]) }
        return result
    }

    func tables(_ table: TOMLTable, _ key: String, at keyPath: [String]) throws -> [TOMLTable]? {
        guard let value = table[key] else { return nil }
        guard let array = value.array, let tables = Optional(array.compactMap(\.table)), tables.count == array.count else {
            throw error("must be a list of tables ([[\((keyPath + [key]).joined(separator: "."))]])", at: keyPath + [key])
        }
        return tables
    }

    func callWindow(_ table: TOMLTable, at keyPath: [String]) throws -> Configuration.CallWindow {
        try checkKeys(table, allowed: ["days", "from", "to"], at: keyPath)
        let names = ["mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7]
        let days = try strings(table, "days", at: keyPath) ?? []
        let weekdays = try days.map { day in
            guard let number = names[String(day.lowercased().prefix(3))] ?? Int(day).flatMap({ (1...7).contains($0) ? $0 : nil }) else {
                throw error("'\(day)' is not a weekday (mon, tue, wed, thu, fri, sat, sun)", at: keyPath + ["days"])
            }
            return number
        }
        guard !weekdays.isEmpty else { throw error("needs at least one weekday", at: keyPath + ["days"]) }
        func minute(_ key: String) throws -> Int {
            guard let text = try string(table, key, at: keyPath) else { throw error("is required (\"HH:MM\")", at: keyPath + [key]) }
            let parts = text.split(separator: ":")
            guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h), (0...59).contains(m), h * 60 + m <= 1440
            else { throw error("must be a time \"HH:MM\", not \"\(text)\"", at: keyPath + [key]) }
            return h * 60 + m
        }
        let start = try minute("from")
        let end = try minute("to")
        guard start < end else { throw error("must be later than 'from'", at: keyPath + ["to"]) }
        return Configuration.CallWindow(weekdays: weekdays, startMinute: start, endMinute: end)
    }

    /// `[[people]]` entries or `[people.KEY]` tables.
    func people(_ root: TOMLTable) throws -> [PeopleMap.Entry] {
        guard let value = root["people"] else { return [] }
        var found: [(TOMLTable, [String], String?)] = []
        if let array = value.array {
            for (index, element) in array.enumerated() {
                guard let table = element.table else { throw error("each entry must be a table ([[people]])", at: ["people"]) }
                found.append((table, ["people[\(index)]"], nil))
            }
        } else if let table = value.table {
            for key in table.keys.sorted() {
                guard let entry = table[key]?.table else { throw error("must be a table ([people.\(key)])", at: ["people", key]) }
                found.append((entry, ["people", key], key))
            }
        } else {
            throw error("must be a list of [[people]] tables", at: ["people"])
        }
        return try found.map { table, keyPath, key in
            try checkKeys(table, allowed: ["name", "email", "aliases"], at: keyPath)
            guard let name = try string(table, "name", at: keyPath) ?? key, !name.isEmpty else {
                throw error("needs a name", at: keyPath + ["name"])
            }
            return PeopleMap.Entry(
                name: name, email: try string(table, "email", at: keyPath), aliases: try strings(table, "aliases", at: keyPath) ?? [])
        }
    }

    /// The 1-based line where `keyPath` is set: its table's header, then the key inside it.
    /// Array elements are written `name[index]`. nil when it cannot be found (inline tables).
    func line(of keyPath: [String]) -> Int? {
        // The table the key lives in, with the occurrence of an array-of-tables header.
        var tableParts: [String] = []
        var occurrence = 0
        for part in keyPath.dropLast() {
            if let open = part.firstIndex(of: "["), let index = Int(part[part.index(after: open)...].dropLast()) {
                tableParts.append(String(part[..<open]))
                occurrence = index
            } else {
                tableParts.append(part)
            }
        }
        guard var key = keyPath.last else { return nil }
        if let open = key.firstIndex(of: "[") { key = String(key[..<open]) }
        let wantedTable = tableParts.joined(separator: ".")
        var currentTable = ""
        var seen = -1
        var headerLine: Int?
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                let name = line.trimmingCharacters(in: CharacterSet(charactersIn: "[] ")).split(separator: "#").first
                    .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "[] ")) } ?? ""
                currentTable = name
                if name == wantedTable {
                    seen += 1
                    if seen == occurrence || !line.hasPrefix("[[") { headerLine = index + 1 }
                }
                // The key is itself a table header: [sender] or [[people]].
                if name == (wantedTable.isEmpty ? key : wantedTable + "." + key) { return index + 1 }
                continue
            }
            let inTable = currentTable == wantedTable && (!line.hasPrefix("[") && (seen == occurrence || !wantedTableIsArray(wantedTable)))
            let dotted = wantedTable.isEmpty ? key : wantedTable + "." + key
            let keyText = line.split(separator: "=", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if line.contains("="), (inTable && keyText == key) || (currentTable.isEmpty && keyText == dotted) { return index + 1 }
        }
        return headerLine
    }

    private func wantedTableIsArray(_ name: String) -> Bool {
        lines.contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("[[" + name + "]]") }
    }
}
