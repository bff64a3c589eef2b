import CICUShim

/// One ICU break iterator (`ubrk_*`) over UTF-8 text, owned by this object.
///
/// Not thread-safe: keep one per worker and reuse it across documents; opening one costs
/// microseconds, so never open one per sentence.
public final class BreakIterator {
    public enum Kind: Int32, Sendable { case word = 0, sentence = 1 }

    /// What ICU's word rules say a segment is.
    public enum SegmentKind: Sendable, Equatable {
        case none, number, letter, ideographic
        init(ruleStatus: Int32) {
            switch ruleStatus {
            case 100..<200: self = .number
            case 200..<300: self = .letter
            case 300..<500: self = .ideographic
            default: self = .none
            }
        }
    }

    private let handle: OpaquePointer
    public let kind: Kind
    public let locale: String

    public init(_ kind: Kind, locale: String) throws {
        var status: Int32 = 0
        guard let handle = fu_break_open(kind.rawValue, locale, &status) else {
            throw ICUError(operation: "opening a \(kind) break iterator for \(locale)", status: status == 0 ? 1 : status)
        }
        try ICUError.check(status, "opening a break iterator")
        self.handle = handle
        self.kind = kind
        self.locale = locale
    }

    deinit { fu_break_close(handle) }

    /// Calls `body` with each segment's UTF-8 byte range and kind, in order, over `text`.
    ///
    /// ICU keeps a pointer to the text, so iteration completes inside this call.
    /// - Complexity: O(n) in the UTF-8 length of `text`.
    public func forEachSegment(
        in text: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>, SegmentKind) -> Void
    ) throws {
        guard let base = text.baseAddress, !text.isEmpty else { return }
        var status: Int32 = 0
        fu_break_set_utf8(handle, base, Int64(text.count), &status)
        try ICUError.check(status, "setting break iterator text")
        var start = 0
        while true {
            let end = Int(fu_break_next(handle))
            if end < 0 { break }
            let segmentKind = kind == .word ? SegmentKind(ruleStatus: fu_break_rule_status(handle)) : .none
            body(start..<end, segmentKind)
            start = end
        }
    }

    /// Segment ranges of `text` as UTF-8 offsets.
    public func segments(of text: String) throws -> [(range: Range<Int>, kind: SegmentKind)] {
        var text = text
        var result: [(range: Range<Int>, kind: SegmentKind)] = []
        try text.withUTF8 { (buffer) throws in
            try forEachSegment(in: buffer) { result.append(($0, $1)) }
        }
        return result
    }
}
