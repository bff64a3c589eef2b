/// Text from the notes made safe for one field: line breaks, tabs and control characters become
/// spaces, runs of spaces collapse, and the ends are trimmed.
///
/// Every note-derived string passes through this before it reaches a list line, a header or a
/// calendar property, so a task with "\r\nBcc: x" stays one line of text.
///
/// - Complexity: O(n) in the text's length.
func singleLine(_ text: String) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    var pendingSpace = false
    for scalar in text.unicodeScalars {
        if isBreakOrControl(scalar) || scalar == " " {
            pendingSpace = !result.isEmpty
            continue
        }
        if pendingSpace {
            result.unicodeScalars.append(" ")
            pendingSpace = false
        }
        result.unicodeScalars.append(scalar)
    }
    return result
}

/// C0 and C1 controls (tab, CR, LF included), DEL, and the Unicode line and paragraph separators.
func isBreakOrControl(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029 || value == 0x85
}

extension String {
    /// The words of the string split on spaces.
    var words: [Substring] { split(whereSeparator: { $0 == " " }) }
}

/// At most `limit` characters of `text`: cut after the last sentence end, or else the last space,
/// that keeps at least half, and marked with "…". A calendar quotes a line this way, so one long
/// line cannot push an import past a client's size limit (Google's is 1 MB).
func excerpt(_ text: String, limit: Int) -> String {
    guard text.count > limit else { return text }
    let head = text.prefix(limit)
    let half = head.index(head.startIndex, offsetBy: limit / 2)
    var cut = head.endIndex
    if let end = head[half...].lastIndex(where: { ".!?".contains($0) }) {
        cut = head.index(after: end)
    } else if let space = head[half...].lastIndex(of: " ") {
        cut = space
    }
    return String(head[..<cut]).trimmingSpaces + "…"
}
