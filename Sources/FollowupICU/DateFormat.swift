import CICUShim
import Foundation

/// One ICU date formatter (`udat_*`) for a locale's best pattern for a skeleton, in one zone.
///
/// ICU formatters are not thread-safe: each call takes the formatter's lock.
public final class DateFormat: @unchecked Sendable {
    private let handle: OpaquePointer
    private let lock = NSLock()
    public let locale: String
    public let skeleton: String
    public let zone: String

    public init(locale: String, skeleton: String, zone: String) throws {
        var status: Int32 = 0
        guard let handle = fu_date_format_open(locale, skeleton, zone, &status) else {
            throw ICUError(operation: "opening a date format for \(locale) \(skeleton)", status: status == 0 ? 1 : status)
        }
        self.handle = handle
        self.locale = locale
        self.skeleton = skeleton
        self.zone = zone
    }

    deinit { fu_date_format_close(handle) }

    public func format(utcMillis millis: Double) throws -> String {
        lock.lock()
        defer { lock.unlock() }
        return try utf8Output(initialCapacity: 64, "date formatting") { dest, capacity, status in
            fu_date_format_format(handle, millis, dest, capacity, &status)
        }
    }

    nonisolated(unsafe) private static var cache: [String: DateFormat] = [:]
    private static let cacheLock = NSLock()

    /// The shared formatter for these settings, opened on first use.
    public static func cached(locale: String, skeleton: String, zone: String) throws -> DateFormat {
        let key = locale + "|" + skeleton + "|" + zone
        cacheLock.lock()
        defer { cacheLock.unlock() }
        if let format = cache[key] { return format }
        let format = try DateFormat(locale: locale, skeleton: skeleton, zone: zone)
        cache[key] = format
        return format
    }
}
