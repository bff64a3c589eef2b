import CICUShim

/// One ICU number format (`unum_*`), used to parse spelled-out and locale-grouped numbers and to
/// write amounts back with the locale's grouping.
public final class NumberFormat {
    public enum Style: Int32, Sendable { case decimal = 0, spellOut = 1 }

    private let handle: OpaquePointer
    public let style: Style
    public let locale: String
    /// What `parsePrefix` read for each text already asked: ICU's lenient spell-out parse builds its parsers on
    /// every call, and the rules ask about the same words ("meeting" after "one") over and over.
    private var parsed: [String: (value: Double, utf8Length: Int)?] = [:]
    private static let parsedLimit = 20_000

    public init(_ style: Style, locale: String) throws {
        var status: Int32 = 0
        guard let handle = fu_number_open(style.rawValue, locale, &status) else {
            throw ICUError(operation: "opening a \(style) number format for \(locale)", status: status == 0 ? 1 : status)
        }
        self.handle = handle
        self.style = style
        self.locale = locale
    }

    deinit { fu_number_close(handle) }

    /// The number at the start of `text` and how many UTF-8 bytes it took, or nil.
    public func parsePrefix(_ text: String) -> (value: Double, utf8Length: Int)? {
        if let known = parsed[text] { return known }
        let result = parsedByICU(text)
        if parsed.count >= Self.parsedLimit { parsed.removeAll(keepingCapacity: true) }
        parsed[text] = result
        return result
    }

    private func parsedByICU(_ text: String) -> (value: Double, utf8Length: Int)? {
        var text = text
        var status: Int32 = 0
        var consumed: Int32 = 0
        let value = text.withUTF8 { fu_number_parse(handle, $0.baseAddress, Int32(clamping: $0.count), &consumed, &status) }
        guard status <= 0, consumed > 0 else { return nil }
        return (value, Int(consumed))
    }

    public func format(_ value: Double, maxFractionDigits: Int = 2) throws -> String {
        try utf8Output(initialCapacity: 64, "number formatting") { dest, capacity, status in
            fu_number_format(handle, value, Int32(maxFractionDigits), dest, capacity, &status)
        }
    }
}
