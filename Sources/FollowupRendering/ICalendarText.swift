/// RFC 5545 content lines: TEXT escaping and folding at 75 octets.
enum ICalendarText {
    /// A TEXT value (RFC 5545 3.3.11): `\` `;` `,` escaped, line breaks as `\n`, other control
    /// characters as spaces, so note text can never end a property or start a new one.
    ///
    /// - Complexity: O(n).
    static func escape(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var previousCR = false
        for scalar in text.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n" where previousCR: continue
            case "\r", "\n", "\u{2028}", "\u{2029}", "\u{85}": result += "\\n"
            default:
                if isBreakOrControl(scalar) {
                    result += " "
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// One content line folded into physical lines of at most 75 octets each, CRLF-terminated.
    ///
    /// Folds fall between Unicode scalars (never inside a UTF-8 sequence) and never between a
    /// backslash and the character it escapes (Outlook misreads a `\n` split by a fold).
    ///
    /// - Complexity: O(n).
    static func fold(_ line: String) -> String {
        var output = ""
        var width = 0  // octets on the current physical line
        var limit = 75
        var scalars = Array(line.unicodeScalars)[...]
        while let first = scalars.first {
            // An escape pair moves as one unit.
            var unit = [first]
            if first == "\\", scalars.count > 1 { unit.append(scalars[scalars.startIndex + 1]) }
            scalars = scalars.dropFirst(unit.count)
            let octets = unit.reduce(0) { $0 + UTF8.width($1) }
            if width + octets > limit {
                output += "\r\n "
                width = 1
                limit = 75
            }
            output.unicodeScalars.append(contentsOf: unit)
            width += octets
        }
        return output + "\r\n"
    }
}

/// Builds a calendar as a list of content lines.
struct ICalendarBuilder {
    private(set) var lines: [String] = []

    mutating func begin(_ component: String) { lines.append("BEGIN:" + component) }
    mutating func end(_ component: String) { lines.append("END:" + component) }

    /// `NAME:value` with a value already in its RFC 5545 form.
    mutating func raw(_ name: String, _ value: String) { lines.append(name + ":" + value) }

    /// `NAME:escaped text`.
    mutating func text(_ name: String, _ value: String) { lines.append(name + ":" + ICalendarText.escape(value)) }

    /// The calendar, folded, CRLF throughout.
    var rendered: String { lines.map(ICalendarText.fold).joined() }
}
