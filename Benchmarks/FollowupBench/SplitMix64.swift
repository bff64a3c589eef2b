/// SplitMix64 (Steele, Lea & Flood 2014): a tiny, fast PRNG whose output depends only on the seed.
///
/// The generator uses it instead of `SystemRandomNumberGenerator` so that every run, on every
/// machine, writes byte-identical inputs and the figures compare across commits.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (Lemire's multiply-shift; the bias is below 2⁻³² for our bounds).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(((next() >> 32) &* UInt64(bound)) >> 32)
    }

    mutating func inRange(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// True with probability `percent` / 100.
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    mutating func pick<C: RandomAccessCollection>(_ items: C) -> C.Element where C.Index == Int {
        items[items.startIndex + below(items.count)]
    }

    /// A seed for an independent stream (one per generated document), so documents do not
    /// depend on how many numbers earlier documents drew.
    mutating func fork() -> SplitMix64 { SplitMix64(seed: next()) }
}
