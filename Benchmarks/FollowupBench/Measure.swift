#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CLOCK_MONOTONIC: unaffected by wall-clock changes, which is what interval timing needs.
enum MonotonicClock {
    static func seconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}

/// Repeated timings of one measurement, in seconds per run.
struct Timing: Sendable {
    var samples: [Double]

    init(_ samples: [Double]) {
        precondition(!samples.isEmpty)
        self.samples = samples
    }

    var runs: Int { samples.count }
    var median: Double { Timing.median(samples) }
    var minimum: Double { samples.min()! }
    var maximum: Double { samples.max()! }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

/// How often to repeat a measurement: at least `minimum` runs, then more while the runs so far
/// took less than `budget` seconds, up to `maximum`.
struct RunPolicy: Sendable {
    var minimum: Int
    var maximum: Int
    var budget: Double

    static let once = RunPolicy(minimum: 1, maximum: 1, budget: 0)
}

/// Times `body` under `policy`, after `warmups` untimed runs.
///
/// `body` is the unit of work: one pass over a document set, one process start, one batch.
func measure(_ policy: RunPolicy, warmups: Int = 1, _ body: () throws -> Void) rethrows -> Timing {
    for _ in 0..<warmups { try body() }
    var samples: [Double] = []
    var spent = 0.0
    while samples.count < policy.minimum || (samples.count < policy.maximum && spent < policy.budget) {
        let start = MonotonicClock.seconds()
        try body()
        let elapsed = MonotonicClock.seconds() - start
        samples.append(elapsed)
        spent += elapsed
    }
    return Timing(samples)
}

/// Per-key totals across repeated passes: one pass adds into `current`, `finishPass()` keeps it.
struct BreakdownTimer {
    private(set) var passes: [[String: Double]] = []
    private var current: [String: Double] = [:]
    private(set) var bytes: [String: Int] = [:]
    private(set) var documents: [String: Int] = [:]
    private var counted = false

    mutating func add(_ key: String, seconds: Double, bytes count: Int) {
        current[key, default: 0] += seconds
        if !counted {
            bytes[key, default: 0] += count
            documents[key, default: 0] += 1
        }
    }

    mutating func finishPass() {
        counted = true
        passes.append(current)
        current = [:]
    }

    /// Drops the warm-up pass's totals (its byte and document counts stay).
    mutating func discardPasses() { passes = [] }

    func timing(_ key: String) -> Timing? {
        let samples = passes.compactMap { $0[key] }
        return samples.isEmpty ? nil : Timing(samples)
    }
}

/// The 1-, 5- and 15-minute load averages, to show how busy the machine was.
func loadAverages() -> [Double] {
    var loads = [Double](repeating: 0, count: 3)
    return getloadavg(&loads, 3) == 3 ? loads : []
}
