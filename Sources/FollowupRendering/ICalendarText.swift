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
    /// - Complexity: O(n), over UTF-8 bytes (a calendar of a thousand meetings folds every line).
    static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line + "\r\n" }
        var line = line
        return line.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + bytes.count / 24 + 2)
            var width = 0  // octets on the current physical line
            var index = 0
            while index < bytes.count {
                // An escape pair moves as one unit.
                var end = index + scalarWidth(bytes[index])
                if bytes[index] == UInt8(ascii: "\\"), end < bytes.count { end += scalarWidth(bytes[end]) }
                if width + (end - index) > 75 {
                    output += [0x0D, 0x0A, 0x20]
                    width = 1
                }
                output += bytes[index..<end]
                width += end - index
                index = end
            }
            output += [0x0D, 0x0A]
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// The length of the UTF-8 sequence a lead byte starts.
    private static func scalarWidth(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
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
