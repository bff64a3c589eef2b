@testable import Followup
import Foundation
import Testing

/// `--now` and SOURCE_DATE_EPOCH: the fast reading of "2026-11-23T10:00:00Z" must agree with Foundation's
/// ISO8601DateFormatter, which reads every other form.
@Suite("The clock")
struct ClockTests {
    @Test("internet date-times read without a formatter agree with ISO8601DateFormatter")
    func internetDateTimesAgree() {
        var texts = ["2026-11-23T10:00:00Z", "2026-12-04T17:00:00+01:00", "1970-01-01T00:00:00Z", "2024-02-29T23:59:59-05:30"]
        // 300 date-times spread over years, months, hours and zones by fixed strides: the same on every run.
        for n in 0..<300 {
            let time = String(format: "%02d:%02d:%02d", (n * 7) % 24, (n * 13) % 60, (n * 29) % 60)
            let zone = n % 3 == 0 ? "Z" : String(format: "%@%02d:%02d", n % 2 == 0 ? "+" : "-", (n * 5) % 15, [0, 30, 45][n % 3])
            texts.append(String(format: "%04d-%02d-%02dT", 1971 + (n * 37) % 430, 1 + (n * 5) % 12, 1 + (n * 11) % 28) + time + zone)
        }
        for text in texts {
            let expected = ISO8601DateFormatter().date(from: text)?.timeIntervalSince1970
            #expect(Clock.internetDateTime(text) == expected, "\(text)")
        }
    }

    @Test("other forms are left to the formatter", arguments: [
        "2026-11-23T10:00Z", "2026-11-23T25:00:00Z", "2026-11-23 10:00:00Z", "2026-11-23T10:00:00.5Z", "2026-13-01T10:00:00Z",
        "2026-11-23T10:00:00+0100", "2026-11-23",
    ])
    func otherForms(text: String) {
        #expect(Clock.internetDateTime(text) == nil)
    }
}
