/// The encodings an e-mail needs: base64, quoted-printable (RFC 2045), encoded-words (RFC 2047),
/// and header values that note text cannot break out of.
enum MIMEEncoding {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// Base64 of `bytes` in one line.
    static func base64(_ bytes: some Collection<UInt8>) -> String {
        let bytes = Array(bytes)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let b0 = bytes[index]
            let b1 = index + 1 < bytes.count ? bytes[index + 1] : 0
            let b2 = index + 2 < bytes.count ? bytes[index + 2] : 0
            out.append(alphabet[Int(b0 >> 2)])
            out.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
            out.append(index + 1 < bytes.count ? alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)] : UInt8(ascii: "="))
            out.append(index + 2 < bytes.count ? alphabet[Int(b2 & 0x3F)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Base64 in lines of 76 characters, each ending in CRLF.
    static func base64Lines(_ bytes: some Collection<UInt8>) -> String {
        let encoded = Array(base64(bytes).utf8)
        var result = ""
        var start = 0
        while start < encoded.count {
            let end = min(start + 76, encoded.count)
            result += String(decoding: encoded[start..<end], as: UTF8.self) + "\r\n"
            start = end
        }
        return result
    }

    /// Quoted-printable (RFC 2045 6.7) of UTF-8 text, CRLF line breaks, lines of at most 76
    /// characters. `=` and every non-ASCII or control byte is escaped; so are trailing spaces, a
    /// leading "." (sendmail) and the "F" of a leading "From " (mbox), so no transport changes it.
    ///
    /// - Complexity: O(n).
    static func quotedPrintable(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count * 11 / 10 + 16)
        var lines = Array(text.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        for var line in lines {
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            let leadingFrom = line.starts(with: "From ".utf8)
            var width = 0
            var physicalEmpty = true
            for (offset, byte) in line.enumerated() {
                let isLast = offset == line.count - 1
                let literal = (byte >= 33 && byte <= 126 && byte != UInt8(ascii: "=")) || (byte == 32 && !isLast)
                let leadingDot = offset == 0 && byte == UInt8(ascii: ".")
                let encoded = !literal || leadingDot || (offset == 0 && byte == UInt8(ascii: "F") && leadingFrom)
                if width + (encoded ? 3 : 1) > 75 {
                    output += "=\r\n".utf8
                    width = 0
                    physicalEmpty = true
                }
                // A physical line starting with "." after a soft break is as risky as a real one.
                if encoded || (physicalEmpty && byte == UInt8(ascii: ".")) {
                    output += [UInt8(ascii: "="), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
                    width += 3
                } else {
                    output.append(byte)
                    width += 1
                }
                physicalEmpty = false
            }
            output += "\r\n".utf8
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// RFC 2047 B encoded-words for non-ASCII text, each at most 75 characters and each holding
    /// whole characters (a multi-byte character is never split between two words).
    ///
    /// - Parameter maxBytes: UTF-8 bytes per word; 42 keeps a folded header line within 78.
    static func encodedWords(_ text: String, maxBytes: Int = 42) -> [String] {
        var words: [String] = []
        var chunk: [UInt8] = []
        func flush() {
            if !chunk.isEmpty { words.append("=?UTF-8?B?" + base64(chunk) + "?=") }
            chunk = []
        }
        for character in text {
            let bytes = Array(String(character).utf8)
            if bytes.count > maxBytes {
                // A very long cluster (emoji sequences): split between its scalars instead.
                for scalar in character.unicodeScalars {
                    let scalarBytes = Array(String(scalar).utf8)
                    if chunk.count + scalarBytes.count > maxBytes { flush() }
                    chunk += scalarBytes
                }
                continue
            }
            if chunk.count + bytes.count > maxBytes { flush() }
            chunk += bytes
        }
        flush()
        return words
    }

    /// An unstructured header value (Subject): ASCII folded at spaces, anything else (or text that
    /// looks like an encoded-word) as encoded-words, one per folded line.
    static func unstructured(_ text: String, headerName: String) -> String {
        let clean = singleLine(text)
        if clean.unicodeScalars.allSatisfy({ $0.isASCII }) && !clean.contains("=?") {
            return foldASCII(clean, firstLineUsed: headerName.count + 2)
        }
        return encodedWords(clean).joined(separator: "\r\n ")
    }

    /// ASCII folded at spaces so lines stay within 78 characters where a word allows it.
    static func foldASCII(_ text: String, firstLineUsed: Int) -> String {
        var result = ""
        var width = firstLineUsed
        for (index, word) in text.split(separator: " ").enumerated() {
            if index > 0 {
                if width + 1 + word.count > 78 {
                    result += "\r\n "
                    width = 1
                } else {
                    result += " "
                    width += 1
                }
            }
            result += word
            width += word.count
        }
        return result
    }
}

/// A mailbox: an optional display name and an address.
public struct MailAddress: Sendable, Equatable {
    public var name: String?
    public var address: String

    /// A mailbox with an address that passes `isValidAddress`, or nil.
    public init?(name: String?, address: String) {
        let address = address.trimmingSpaces
        guard MailAddress.isValidAddress(address) else { return nil }
        self.name = name.map(singleLine).flatMap { $0.isEmpty ? nil : $0 }
        self.address = address
    }

    /// "Alice Chen <alice@example.com>", "<alice@example.com>" or "alice@example.com".
    public init?(parsing text: String) {
        let text = singleLine(text)
        if let open = text.lastIndex(of: "<"), let close = text.lastIndex(of: ">"), open < close {
            // Nothing may follow the address: "Eve <e@x.com> Bcc: y" is not one mailbox.
            guard text.index(after: close) == text.endIndex else { return nil }
            var name = text[..<open].trimmingSpaces
            if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 { name = String(name.dropFirst().dropLast()) }
            self.init(name: name, address: String(text[text.index(after: open)..<close]))
        } else {
            self.init(name: nil, address: text)
        }
    }

    /// A plain ASCII `local@domain`: dot-atoms on both sides, a domain of letters, digits and
    /// hyphens. Anything with spaces, quotes, brackets, CR or LF is refused.
    public static func isValidAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, text.utf8.count <= 254 else { return false }
        let localAllowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~")
        let domainAllowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
        func dotAtom(_ part: Substring, _ allowed: Set<Character>) -> Bool {
            let atoms = part.split(separator: ".", omittingEmptySubsequences: false)
            return !part.isEmpty && atoms.allSatisfy { !$0.isEmpty && $0.allSatisfy(allowed.contains) }
        }
        return dotAtom(parts[0], localAllowed) && dotAtom(parts[1], domainAllowed) && parts[1].contains(".")
            || dotAtom(parts[0], localAllowed) && parts[1].lowercased() == "localhost"
    }

    /// The header form: the name as an atom phrase, a quoted-string or encoded-words.
    var headerText: String {
        guard let name, !name.isEmpty else { return address }
        return MailAddress.phrase(name) + " <" + address + ">"
    }

    static func phrase(_ name: String) -> String {
        if !name.unicodeScalars.allSatisfy({ $0.isASCII }) || name.contains("=?") {
            return MIMEEncoding.encodedWords(name).joined(separator: "\r\n ")
        }
        let atext = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~ ")
        if name.allSatisfy(atext.contains) { return name }
        var quoted = "\""
        for character in name {
            if character == "\"" || character == "\\" { quoted.append("\\") }
            quoted.append(character)
        }
        return quoted + "\""
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return String(text)
    }
}
