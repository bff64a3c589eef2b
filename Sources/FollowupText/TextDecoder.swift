import FollowupICU

/// Why a file's bytes could not become text. Each case says what the user can do about it.
public enum DecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case binary(offset: Int)
    case invalidUTF8(line: Int, offset: Int)
    case unknownEncoding(bestGuess: String?, confidence: Int)
    case conversionFailed(encoding: String, reason: String)

    public var description: String {
        switch self {
        case .empty:
            return "the file is empty (nothing to summarize)"
        case .binary(let offset):
            return "this looks like a binary file, not text (control byte at offset \(offset)); pass a text, Markdown, VTT, SRT or JSON transcript"
        case .invalidUTF8(let line, let offset):
            return "invalid UTF-8 at line \(line) (byte offset \(offset)); re-save the file as UTF-8, or name its encoding with --encoding"
        case .unknownEncoding(let guess, let confidence):
            let hint = guess.map { " (best guess \($0) at \(confidence)% confidence)" } ?? ""
            return "cannot tell which text encoding this file uses\(hint); name it with --encoding, e.g. --encoding windows-1251"
        case .conversionFailed(let encoding, let reason):
            return "cannot convert from \(encoding): \(reason)"
        }
    }
}

/// Decoded text and how it was decoded.
public struct DecodedText: Sendable {
    /// NFC-normalized text: what the notes said, composed.
    public let text: String
    /// "UTF-8", "UTF-16LE", "windows-1251", ...
    public let encoding: String
    public let hadByteOrderMark: Bool
}

/// Bytes → Unicode: byte-order marks, strict UTF-8, then ICU charset detection for legacy files.
public enum TextDecoder {
    /// Confidence below which ICU's guess is not trusted (ICU's own scale, 0–100).
    public static let minimumConfidence = 30

    /// - Parameter encoding: an encoding the user named, which skips detection.
    /// - Complexity: O(n) in the byte count.
    public static func decode(_ bytes: [UInt8], encoding: String? = nil) throws -> DecodedText {
        if let encoding {
            return try convert(bytes, from: encoding, bom: false)
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw DecodingError.empty }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let decoded = try utf8(Array(bytes.dropFirst(3)), bom: true)
            // A byte-order mark and nothing else is still an empty file.
            if decoded.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw DecodingError.empty }
            return decoded
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return try convert(Array(bytes.dropFirst(2)), from: "UTF-16LE", bom: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try convert(Array(bytes.dropFirst(2)), from: "UTF-16BE", bom: true) }
        if let utf16 = utf16WithoutBOM(bytes) { return try convert(bytes, from: utf16, bom: false) }
        if let control = firstBinaryByte(bytes) { throw DecodingError.binary(offset: control) }

        switch UTF8Check(bytes) {
        case .valid:
            return try utf8(bytes, bom: false)
        case .invalid(let offset, let sawMultibyte):
            // Real UTF-8 with a few broken bytes is damaged, not legacy: refuse instead of guessing.
            if sawMultibyte {
                throw DecodingError.invalidUTF8(line: lineNumber(of: offset, in: bytes), offset: offset)
            }
        }
        guard let guess = try Charset.detect(bytes), guess.confidence >= minimumConfidence,
            !guess.name.hasPrefix("UTF-8"), !guess.name.hasPrefix("UTF-16"), !guess.name.hasPrefix("UTF-32")
        else {
            let guess = try? Charset.detect(bytes)
            if guess == nil || guess!.name.hasPrefix("UTF") {
                let offset = UTF8Check.firstInvalidOffset(bytes) ?? 0
                throw DecodingError.invalidUTF8(line: lineNumber(of: offset, in: bytes), offset: offset)
            }
            throw DecodingError.unknownEncoding(bestGuess: guess?.name, confidence: guess?.confidence ?? 0)
        }
        let decoded = try convert(bytes, from: guess.name, bom: false)
        if looksLikeStrayBytes(decoded.text) {
            let offset = UTF8Check.firstInvalidOffset(bytes) ?? 0
            throw DecodingError.invalidUTF8(line: lineNumber(of: offset, in: bytes), offset: offset)
        }
        return decoded
    }

    /// True when a legacy reading of mostly-ASCII text makes words of accented letters alone
    /// ("quarter ÿþ for now"): stray bytes in a UTF-8 file, not Latin-1 text, whose accented
    /// letters sit inside words ("Café", "Müller") or stand alone one at a time (French "à").
    static func looksLikeStrayBytes(_ text: String) -> Bool {
        var asciiLetters = 0
        var otherLetters = 0
        var strayWord = false
        var runASCII = 0
        var runOther = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                if scalar.isASCII { asciiLetters += 1; runASCII += 1 } else { otherLetters += 1; runOther += 1 }
            } else {
                if runASCII == 0 && runOther >= 2 { strayWord = true }
                runASCII = 0
                runOther = 0
            }
        }
        if runASCII == 0 && runOther >= 2 { strayWord = true }
        return strayWord && asciiLetters >= 19 * otherLetters
    }

    private static func utf8(_ bytes: [UInt8], bom: Bool) throws -> DecodedText {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = UTF8Check.firstInvalidOffset(bytes) ?? 0
            throw DecodingError.invalidUTF8(line: lineNumber(of: offset, in: bytes), offset: offset)
        }
        return DecodedText(text: try Normalization.nfc.apply(text), encoding: "UTF-8", hadByteOrderMark: bom)
    }

    private static func convert(_ bytes: [UInt8], from encoding: String, bom: Bool) throws -> DecodedText {
        if encoding.uppercased() == "UTF-8" || encoding.uppercased() == "UTF8" { return try utf8(bytes, bom: bom) }
        let decoded: (text: String, substitutions: Int)
        do {
            decoded = try Charset.decode(bytes, from: encoding)
        } catch let error as ICUError {
            throw DecodingError.conversionFailed(encoding: encoding, reason: error.statusName)
        }
        if decoded.text.utf8.isEmpty || decoded.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw DecodingError.empty
        }
        if let control = decoded.text.unicodeScalars.firstIndex(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" && $0 != "\u{0C}" }) {
            throw DecodingError.binary(offset: decoded.text.unicodeScalars.distance(from: decoded.text.unicodeScalars.startIndex, to: control))
        }
        return DecodedText(text: try Normalization.nfc.apply(decoded.text), encoding: encoding, hadByteOrderMark: bom)
    }

    /// UTF-16 without a BOM shows as NUL in every other byte of mostly-ASCII text.
    private static func utf16WithoutBOM(_ bytes: [UInt8]) -> String? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 8, sample.count % 2 == 0 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for (i, byte) in sample.enumerated() where byte == 0 {
            if i % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let half = sample.count / 2
        if oddZeros * 10 >= half * 7 && evenZeros == 0 { return "UTF-16LE" }
        if evenZeros * 10 >= half * 7 && oddZeros == 0 { return "UTF-16BE" }
        return nil
    }

    /// The first NUL or control byte that no text file has, if there is one in the first 64 KB.
    private static func firstBinaryByte(_ bytes: [UInt8]) -> Int? {
        var controls = 0
        var first: Int?
        let sample = bytes.prefix(65_536)
        for (i, byte) in sample.enumerated() {
            if byte == 0 { return i }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B {
                controls += 1
                if first == nil { first = i }
            }
        }
        // A stray control byte in a large text is damage, not binary: more than 1% is binary.
        return controls * 100 > sample.count ? first : nil
    }

    static func lineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for byte in bytes.prefix(offset) where byte == 0x0A { line += 1 }
        return line
    }
}

/// Strict UTF-8 validation that also reports whether any valid multi-byte sequence was seen.
enum UTF8Check {
    case valid
    case invalid(offset: Int, sawMultibyte: Bool)

    init(_ bytes: [UInt8]) {
        var sawMultibyte = false
        var i = 0
        let n = bytes.count
        while i < n {
            let length = UTF8Check.sequenceLength(bytes, at: i)
            if length == 0 {
                // Any well-formed multi-byte sequence, before or after the damage, makes it UTF-8 text.
                var j = i + 1
                while !sawMultibyte, j < n {
                    let next = UTF8Check.sequenceLength(bytes, at: j)
                    if next > 1 { sawMultibyte = true }
                    j += max(1, next)
                }
                self = .invalid(offset: i, sawMultibyte: sawMultibyte)
                return
            }
            if length > 1 { sawMultibyte = true }
            i += length
        }
        self = .valid
    }

    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        if case .invalid(let offset, _) = UTF8Check(bytes) { return offset }
        return nil
    }

    /// Length of the well-formed sequence at `i` (RFC 3629), or 0 when it is ill-formed.
    @inline(__always)
    static func sequenceLength(_ b: [UInt8], at i: Int) -> Int {
        let lead = b[i]
        if lead < 0x80 { return 1 }
        func cont(_ k: Int) -> Bool { i + k < b.count && b[i + k] & 0xC0 == 0x80 }
        switch lead {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1) && b[i + 1] >= 0xA0 && cont(2) ? 3 : 0
        case 0xED: return cont(1) && b[i + 1] < 0xA0 && cont(2) ? 3 : 0
        case 0xE1...0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xF0: return cont(1) && b[i + 1] >= 0x90 && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1) && b[i + 1] < 0x90 && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }
}
