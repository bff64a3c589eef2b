/// A JSON value that keeps its keys in the order written, so output is deterministic and reads
/// in the contract's order.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)): return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// Pretty-printed with two-space indents and a trailing newline.
    public func rendered(indent: Int = 0) -> String {
        var out: [UInt8] = []
        write(to: &out, indent: indent, pretty: true)
        return String(decoding: out, as: UTF8.self)
    }

    /// On one line (for JSON Lines).
    public var compact: String {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        write(to: &out, indent: 0, pretty: false)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends UTF-8 bytes: no intermediate Strings, which made rendering a tenth of `map`'s time.
    func write(to out: inout [UInt8], indent: Int, pretty: Bool) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .number(let n): out += JSONValue.format(n).utf8
        case .string(let s): JSONValue.writeString(s, to: &out)
        case .array(let items):
            if items.isEmpty {
                out += "[]".utf8
                return
            }
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONValue.newline(&out, indent + 1, pretty)
                item.write(to: &out, indent: indent + 1, pretty: pretty)
            }
            JSONValue.newline(&out, indent, pretty)
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            if fields.isEmpty {
                out += "{}".utf8
                return
            }
            out.append(UInt8(ascii: "{"))
            for (i, (key, value)) in fields.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONValue.newline(&out, indent + 1, pretty)
                JSONValue.writeString(key, to: &out)
                out.append(UInt8(ascii: ":"))
                if pretty { out.append(UInt8(ascii: " ")) }
                value.write(to: &out, indent: indent + 1, pretty: pretty)
            }
            JSONValue.newline(&out, indent, pretty)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(_ out: inout [UInt8], _ indent: Int, _ pretty: Bool) {
        guard pretty else { return }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
    }

    static func format(_ n: Double) -> String {
        if n.isNaN || n.isInfinite { return "null" }
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return String(n)
    }

    /// A JSON string: quotes, backslashes and control characters escaped, and U+2028/U+2029
    /// (E2 80 A8/A9), which JavaScript takes for line ends; every other byte as it is.
    static func writeString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""): out += "\\\"".utf8
                case UInt8(ascii: "\\"): out += "\\\\".utf8
                case UInt8(ascii: "\n"): out += "\\n".utf8
                case UInt8(ascii: "\r"): out += "\\r".utf8
                case UInt8(ascii: "\t"): out += "\\t".utf8
                case 0..<0x20: unicodeEscape(UInt32(byte), &out)
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    unicodeEscape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029, &out)
                    index += 2
                default: out.append(byte)
                }
                index += 1
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func unicodeEscape(_ value: UInt32, _ out: inout [UInt8]) {
        let hex = String(value, radix: 16)
        out += "\\u".utf8
        out += repeatElement(UInt8(ascii: "0"), count: 4 - hex.count)
        out += hex.utf8
    }
}

extension Optional where Wrapped == String {
    var json: JSONValue { map(JSONValue.string) ?? .null }
}
