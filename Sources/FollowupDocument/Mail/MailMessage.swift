import FollowupText

/// An RFC 5322 message as `lint` and `plan` read it: the headers they need and the `text/plain`
/// body, decoded (RFC 2047 encoded words, quoted-printable, base64, the part's charset).
///
/// Line numbers stay those of the file: a header's line is where it starts, and the body's
/// lines follow the blank line after the headers (for an encoded body, in decoded lines).
public struct MailMessage: Sendable {
    public struct Header: Sendable {
        public var name: String
        /// Unfolded, encoded words decoded.
        public var value: String
        /// 1-based line of the file where the header starts.
        public var line: Int
    }

    public var headers: [Header]
    /// The text/plain body, or the first part's text when there is none.
    public var body: String
    /// The file line of the body's first line.
    public var bodyFirstLine: Int

    public func header(_ name: String) -> Header? {
        headers.first { $0.name.lowercased() == name.lowercased() }
    }

    public var subject: Header? { header("Subject") }

    /// The sender's address (lowercased), from `From`.
    public var fromAddress: String? { header("From").flatMap { MailMessage.address(in: $0.value) } }

    /// The `Date` header's instant.
    public var date: MailDate? { header("Date").flatMap { MailDate(rfc5322: $0.value) } }

    /// Whether the bytes start like a message: a header block with `From`, `Subject` or `Date`.
    public static func looksLikeMail(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        var sawHeader = false
        for line in head.split(separator: "\n", omittingEmptySubsequences: false).prefix(60) {
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.isEmpty { return sawHeader }
            if line.first == " " || line.first == "\t" { continue }
            guard let colon = line.firstIndex(of: ":"), colon > line.startIndex,
                line[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
            else { return false }
            let name = line[..<colon].lowercased()
            if ["from", "subject", "date", "to", "mime-version", "message-id"].contains(name) { sawHeader = true }
        }
        return sawHeader
    }

    /// Parses a whole message. Headers may carry raw UTF-8 (RFC 6532).
    public static func parse(_ bytes: [UInt8]) throws -> MailMessage {
        let lines = splitLines(bytes)
        var headers: [Header] = []
        var index = 0
        while index < lines.count, !lines[index].isEmpty {
            let raw = lines[index]
            if (raw.first == 0x20 || raw.first == 0x09), !headers.isEmpty {
                headers[headers.count - 1].value += " " + String(decoding: raw, as: UTF8.self).trimmingWhitespace()
            } else if let colon = raw.firstIndex(of: UInt8(ascii: ":")) {
                let name = String(decoding: raw[..<colon], as: UTF8.self).trimmingWhitespace()
                let value = String(decoding: raw[(colon + 1)...], as: UTF8.self).trimmingWhitespace()
                headers.append(Header(name: name, value: value, line: index + 1))
            }
            index += 1
        }
        for i in headers.indices { headers[i].value = EncodedWords.decode(headers[i].value) }
        let bodyStart = min(index + 1, lines.count)
        var bodyBytes: [UInt8] = []
        for (offset, line) in lines[bodyStart...].enumerated() {
            if offset > 0 { bodyBytes.append(0x0A) }
            bodyBytes += line
        }
        let contentType = headers.first { $0.name.lowercased() == "content-type" }?.value ?? "text/plain"
        let encoding = headers.first { $0.name.lowercased() == "content-transfer-encoding" }?.value ?? "7bit"
        let text = try MIMEPart.text(bodyBytes, contentType: contentType, transferEncoding: encoding)
        return MailMessage(headers: headers, body: text, bodyFirstLine: bodyStart + 1)
    }

    /// `user@host` from `Name <user@host>` or a bare address.
    public static func address(in value: String) -> String? {
        if let open = value.lastIndex(of: "<"), let close = value[open...].firstIndex(of: ">") {
            let inner = value[value.index(after: open)..<close].trimmingWhitespace()
            return inner.contains("@") ? inner.lowercased() : nil
        }
        let word = value.split(whereSeparator: { $0 == " " || $0 == "," }).first { $0.contains("@") }
        return word.map { String($0).lowercased() }
    }

    /// Lines without their CR/LF.
    static func splitLines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for (i, byte) in bytes.enumerated() where byte == 0x0A {
            var end = i
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            lines.append(bytes[start..<end])
            start = i + 1
        }
        if start < bytes.count { lines.append(bytes[start...]) }
        return lines
    }
}

/// A `Date` header's calendar day and time as written, and its offset from UTC.
public struct MailDate: Sendable, Equatable, Comparable {
    public var date: CivilDate
    public var time: TimeOfDay
    public var offsetMinutes: Int

    /// Seconds since 1970.
    public var utcSeconds: Double {
        Double(date.daysSinceEpoch) * 86_400 + Double(time.hour * 3600 + time.minute * 60 - offsetMinutes * 60)
    }

    public static func < (lhs: MailDate, rhs: MailDate) -> Bool { lhs.utcSeconds < rhs.utcSeconds }

    /// "Tue, 24 Nov 2026 17:05:00 +0100" (the weekday and seconds optional, obsolete zone names
    /// GMT/UT/Z and the US ones read too).
    public init?(rfc5322 text: String) {
        var words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
        if let first = words.first, first.count == 3, first.allSatisfy(\.isLetter) { words.removeFirst() }
        guard words.count >= 4, let day = Int(words[0]),
            let month = MailDate.months.firstIndex(of: words[1].prefix(3).lowercased()).map({ $0 + 1 }),
            var year = Int(words[2])
        else { return nil }
        if year < 50 { year += 2000 } else if year < 1000 { year += 1900 }
        let clock = words[3].split(separator: ":").compactMap { Int($0) }
        guard clock.count >= 2, let date = CivilDate(year: year, month: month, day: day),
            let time = TimeOfDay(hour: clock[0], minute: clock[1])
        else { return nil }
        var offset = 0
        if words.count > 4 {
            let zone = words[4]
            if let sign = zone.first, sign == "+" || sign == "-", zone.count == 5, let hhmm = Int(zone.dropFirst()) {
                offset = (hhmm / 100 * 60 + hhmm % 100) * (sign == "-" ? -1 : 1)
            } else if let hours = MailDate.zoneNames[zone.uppercased()] {
                offset = hours * 60
            }
        }
        self.date = date
        self.time = time
        self.offsetMinutes = offset
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let zoneNames = ["GMT": 0, "UT": 0, "UTC": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7]
}

/// A MIME entity's text: multipart bodies searched for their text/plain part.
enum MIMEPart {
    static func text(_ bytes: [UInt8], contentType: String, transferEncoding: String) throws -> String {
        let type = contentType.lowercased()
        if type.hasPrefix("multipart/"), let boundary = parameter("boundary", in: contentType) {
            let parts = split(bytes, boundary: boundary)
            let parsed = try parts.map { try MailMessage.parse($0) }
            let plain = parsed.first { ($0.header("Content-Type")?.value.lowercased() ?? "text/plain").hasPrefix("text/plain") }
            return (plain ?? parsed.first)?.body ?? ""
        }
        let decoded: [UInt8]
        switch transferEncoding.lowercased().trimmingWhitespace() {
        case "quoted-printable": decoded = QuotedPrintable.decode(bytes, header: false)
        case "base64": decoded = Base64.decode(bytes.filter { $0 > 0x20 })
        default: decoded = bytes
        }
        let charset = parameter("charset", in: contentType)
        if decoded.isEmpty { return "" }
        if let charset, !["utf-8", "us-ascii", "utf8"].contains(charset.lowercased()) {
            return (try? TextDecoder.decode(decoded, encoding: charset).text) ?? String(decoding: decoded, as: UTF8.self)
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    /// `boundary="abc"` or `charset=utf-8` from a header value.
    static func parameter(_ name: String, in value: String) -> String? {
        for piece in value.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingWhitespace().lowercased() == name else { continue }
            var result = pair[1].trimmingWhitespace()
            if result.hasPrefix("\""), result.hasSuffix("\""), result.count >= 2 { result = String(result.dropFirst().dropLast()) }
            return result
        }
        return nil
    }

    /// The parts between `--boundary` lines, up to `--boundary--`.
    static func split(_ bytes: [UInt8], boundary: String) -> [[UInt8]] {
        let delimiter = "--" + boundary
        var parts: [[UInt8]] = []
        var current: [UInt8]?
        for line in MailMessage.splitLines(bytes) {
            let text = String(decoding: line, as: UTF8.self).trimmingWhitespace()
            if text == delimiter + "--" { break }
            if text == delimiter {
                if let current { parts.append(current) }
                current = []
                continue
            }
            if current != nil {
                if !current!.isEmpty { current!.append(0x0A) }
                current! += line
            }
        }
        if let current, !current.isEmpty { parts.append(current) }
        return parts
    }
}

/// RFC 2047 `=?charset?B|Q?text?=` words in a header value.
enum EncodedWords {
    static func decode(_ value: String) -> String {
        guard value.contains("=?") else { return value }
        var result = ""
        var rest = Substring(value)
        var lastWasEncoded = false
        while let start = rest.range(of: "=?") {
            let before = rest[..<start.lowerBound]
            let tail = rest[start.upperBound...]
            let fields = tail.split(separator: "?", maxSplits: 3, omittingEmptySubsequences: false)
            guard fields.count == 4, fields[3].hasPrefix("="), let word = decodeWord(charset: fields[0], encoding: fields[1], text: fields[2]) else {
                result += before + "=?"
                rest = tail
                lastWasEncoded = false
                continue
            }
            // Whitespace between two encoded words is not part of the text (RFC 2047 6.2).
            if !(lastWasEncoded && before.allSatisfy({ $0 == " " || $0 == "\t" })) { result += before }
            result += word
            rest = fields[3].dropFirst()
            lastWasEncoded = true
        }
        return result + rest
    }

    private static func decodeWord(charset: Substring, encoding: Substring, text: Substring) -> String? {
        let bytes: [UInt8]
        switch encoding.uppercased() {
        case "B": bytes = Base64.decode(Array(text.utf8))
        case "Q": bytes = QuotedPrintable.decode(Array(text.utf8), header: true)
        default: return nil
        }
        let name = charset.split(separator: "*").first.map(String.init) ?? "utf-8"
        if name.lowercased() == "utf-8" || name.lowercased() == "us-ascii" { return String(decoding: bytes, as: UTF8.self) }
        return try? TextDecoder.decode(bytes, encoding: name).text
    }
}

enum QuotedPrintable {
    /// `=XX` escapes and soft line breaks; in a header, `_` is a space.
    static func decode(_ bytes: [UInt8], header: Bool) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "="), i + 1 < bytes.count {
                if bytes[i + 1] == 0x0A { i += 2; continue }
                if bytes[i + 1] == 0x0D, i + 2 < bytes.count, bytes[i + 2] == 0x0A { i += 3; continue }
                if i + 2 < bytes.count, let high = hex(bytes[i + 1]), let low = hex(bytes[i + 2]) {
                    output.append(high << 4 | low)
                    i += 3
                    continue
                }
            }
            output.append(header && byte == UInt8(ascii: "_") ? 0x20 : byte)
            i += 1
        }
        return output
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}

enum Base64 {
    /// Ignores characters outside the alphabet; stops at padding.
    static func decode(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var buffer: UInt32 = 0
        var bits = 0
        for byte in bytes {
            let value: UInt32
            switch byte {
            case 0x41...0x5A: value = UInt32(byte - 0x41)
            case 0x61...0x7A: value = UInt32(byte - 0x61 + 26)
            case 0x30...0x39: value = UInt32(byte - 0x30 + 52)
            case UInt8(ascii: "+"): value = 62
            case UInt8(ascii: "/"): value = 63
            case UInt8(ascii: "="): return output
            default: continue
            }
            buffer = buffer << 6 | value
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8((buffer >> UInt32(bits)) & 0xFF))
            }
        }
        return output
    }
}
