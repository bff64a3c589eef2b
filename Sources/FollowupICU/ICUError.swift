import CICUShim

/// A failed ICU call, with ICU's own status name so a bug report says exactly what went wrong.
public struct ICUError: Error, CustomStringConvertible, Sendable, Equatable {
    public let operation: String
    public let status: Int32

    public var statusName: String { String(cString: fu_error_name(status)) }
    public var description: String { "ICU \(operation) failed: \(statusName)" }

    /// ICU warnings are negative and count as success.
    static func check(_ status: Int32, _ operation: @autoclosure () -> String) throws {
        if status > 0 { throw ICUError(operation: operation(), status: status) }
    }

    static let bufferOverflow: Int32 = 15  // U_BUFFER_OVERFLOW_ERROR
}

public enum ICU {
    /// The version of the system ICU followup was linked against.
    public static var version: String { String(cString: fu_icu_version()) }
}

/// Calls an ICU function that writes UTF-8 into a buffer, growing the buffer once when ICU asks
/// for more room, and returns the result as a `String`.
func utf8Output(
    initialCapacity: Int, _ operation: String,
    _ body: (UnsafeMutablePointer<UInt8>, Int32, inout Int32) -> Int32
) throws -> String {
    var capacity = max(initialCapacity, 16)
    for _ in 0..<2 {
        var status: Int32 = 0
        var needed: Int32 = 0
        let result = String(unsafeUninitializedCapacity: capacity) { buffer in
            needed = body(buffer.baseAddress!, Int32(capacity), &status)
            return status > 0 || Int(needed) > capacity ? 0 : Int(needed)
        }
        if status == ICUError.bufferOverflow || Int(needed) > capacity {
            capacity = Int(needed) + 1
            continue
        }
        try ICUError.check(status, operation)
        return result
    }
    throw ICUError(operation: operation, status: ICUError.bufferOverflow)
}

extension String {
    /// The text of a NUL-terminated C buffer.
    init(cStringBuffer buffer: [CChar]) {
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        self.init(decoding: bytes, as: UTF8.self)
    }
}
