@testable import Followup
import Foundation
import Testing

/// `--now` and SOURCE_DATE_EPOCH: the fast reading of "2026-11-23T10:00:00Z" must agree with Foundation's
/// ISO8601DateFormatter, which reads every other form.
@Suite("The clock")
struct ClockTests {
    @Test("internet date-times read without a formatter agree with ISO8601DateFormatter")
    func internetDateTimesAgree() {
        var generator = SplitMix(state: 20_261_205)  // fixed: a failure repeats
        var texts = ["2026-11-23T10:00:00Z", "2026-12-04T17:00:00+01:00", "1970-01-01T00:00:00Z", "2024-02-29T23:59:59-05:30"]
        for _ in 0..<300 {
            let year = Int.random(in: 1971...2400, using: &generator), month = Int.random(in: 1...12, using: &generator)
            let day = Int.random(in: 1...28, using: &generator)
            let time = String(format: "%02d:%02d:%02d", Int.random(in: 0...23, using: &generator), Int.random(in: 0...59, using: &generator),
                              Int.random(in: 0...59, using: &generator))
            let zone = Bool.random(using: &generator)
                ? "Z" : String(format: "%@%02d:%02d", Bool.random(using: &generator) ? "+" : "-", Int.random(in: 0...14, using: &generator),
                               [0, 30, 45].randomElement(using: &generator)!)
            texts.append(String(format: "%04d-%02d-%02dT", year, month, day) + time + zone)
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

/// A seeded generator (SplitMix64), so the random date-times are the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
