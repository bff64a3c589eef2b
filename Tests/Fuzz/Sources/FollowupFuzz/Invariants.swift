import Foundation
import Followup
import FollowupExtraction

/// What must hold for any input, checked on what followup writes.
enum Invariants {
    static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() { fatalError("invariant broken: \(message())") }
    }

    /// The record is JSON that parses, and every item names a line of the input.
    static func check(_ record: ExtractionRecord) {
        let json = record.json.compact
        require((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "the record is not JSON")
        for item in record.actionItems {
            require((item.source?.line ?? 1) >= 1, "an action item without a line")
        }
    }

    static func render(_ record: ExtractionRecord, with renderers: Renderers) {
        for format in Renderers.SummaryFormat.allCases { _ = renderers.summary(record, format: format) }
        do {
            let calendar = try renderers.calendar([record], todos: true)
            checkCalendar(calendar)
            checkEmail(try renderers.email(record, calendar: calendar))
        } catch {
            // A renderer may refuse (an error, not a crash); nothing was written.
        }
    }

    /// RFC 5545: CRLF lines of at most 75 octets, named properties, BEGIN/END balanced.
    static func checkCalendar(_ text: String) {
        require(text.hasSuffix("\r\n"), "the calendar does not end in CRLF")
        var open: [Substring] = []
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast() {
            require(line.last == UInt8(ascii: "\r"), "a bare LF in the calendar")
            let content = line.dropLast()
            require(!content.contains(UInt8(ascii: "\r")), "a bare CR in the calendar")
            require(content.count <= 75, "a calendar line of \(content.count) octets")
            if content.first == UInt8(ascii: " ") || content.first == UInt8(ascii: "\t") { continue }
            let name = content.prefix { $0 != UInt8(ascii: ":") && $0 != UInt8(ascii: ";") }
            require(!name.isEmpty && name.allSatisfy { isNameByte($0) }, "a calendar line without a property name")
            let text = String(decoding: content, as: UTF8.self)
            if text.hasPrefix("BEGIN:") {
                open.append(text.dropFirst(6)[...])
            } else if text.hasPrefix("END:") {
                require(open.popLast() == text.dropFirst(4)[...], "END:\(text.dropFirst(4)) does not close the open component")
            }
        }
        require(open.isEmpty, "components left open: \(open)")
    }

    /// RFC 5322: one header block of `Name: value` lines (or folded continuations), each header
    /// that must be single present once, no bare CR or LF, lines of at most 998 octets.
    static func checkEmail(_ message: String) {
        let bytes = Array(message.utf8)
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
            require(index > 0 && bytes[index - 1] == UInt8(ascii: "\r"), "a bare LF in the message")
            lines.append(bytes[start..<(index - 1)])
            start = index + 1
        }
        var counts: [String: Int] = [:]
        var inHeaders = true
        for line in lines {
            require(!line.contains(UInt8(ascii: "\r")), "a bare CR in the message")
            require(line.count <= 998, "a message line of \(line.count) octets")
            guard inHeaders else { continue }
            if line.isEmpty {
                inHeaders = false
                continue
            }
            if line.first == UInt8(ascii: " ") || line.first == UInt8(ascii: "\t") { continue }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { fatalError("invariant broken: a header line without a name") }
            let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self).lowercased()
            require(!name.isEmpty && name.utf8.allSatisfy { $0 > 32 && $0 < 127 }, "a malformed header name")
            counts[name, default: 0] += 1
        }
        require(!inHeaders, "the message has no body")
        for name in ["from", "to", "cc", "bcc", "subject", "date", "message-id", "mime-version", "content-type"] {
            require(counts[name, default: 0] <= 1, "\(name) appears \(counts[name]!) times")
        }
        require(counts["bcc"] == nil, "a Bcc header in a message meant for sendmail -t")
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-")
    }
}
