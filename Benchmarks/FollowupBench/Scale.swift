/// The fixed clock, date and zone every measured run uses, so output and work do not depend
/// on when the benchmark runs.
enum Fixture {
    static let date = "2026-11-23"
    static let now = "2026-11-23T09:00:00Z"
    static let timeZone = "Europe/Berlin"
}

/// The sections, in the order a full run measures them.
enum SectionID: String, CaseIterable {
    case throughput, floor, stages, startup, batch, growth, map
}

/// Input sizes and repetitions for a full run and for `--quick`.
struct Scale {
    var smallBytes = 2 * 1024
    var transcriptBytes = 60 * 1024
    var smallCount: Int
    var transcriptCount: Int
    var bigBytes: Int
    var stageSmallCount: Int
    var stageTranscriptCount: Int
    var startupRuns: Int
    var batchFiles: Int
    var growthSizes: [Int]
    /// The JSON Lines stream `map` reads for its memory row.
    var mapBytes: Int
    /// How long a stream the map-against-in-process rows use.
    var mapStreamBytes: Int
    /// Passes over the small-notes and transcript sets.
    var setPolicy: RunPolicy
    /// Runs over the big file (a few: each takes seconds).
    var bigPolicy: RunPolicy
    var batchPolicy: RunPolicy
    /// Wall-clock seconds the whole run should stay under; the 100 MB growth run gets what is left.
    var budget: Double

    static let full = Scale(
        smallCount: 240, transcriptCount: 20, bigBytes: 10 * megabyte, stageSmallCount: 120, stageTranscriptCount: 10,
        startupRuns: 30, batchFiles: 10_000, growthSizes: [1, 10, 100].map { $0 * megabyte }, mapBytes: 1024 * megabyte, mapStreamBytes: 6 * megabyte,
        setPolicy: RunPolicy(minimum: 3, maximum: 9, budget: 3), bigPolicy: RunPolicy(minimum: 2, maximum: 5, budget: 12),
        batchPolicy: RunPolicy(minimum: 1, maximum: 3, budget: 20), budget: 290)

    static let quick = Scale(
        smallCount: 40, transcriptCount: 10, bigBytes: 1 * megabyte, stageSmallCount: 16, stageTranscriptCount: 5,
        startupRuns: 20, batchFiles: 60, growthSizes: [megabyte / 100, megabyte / 10, megabyte], mapBytes: 20 * megabyte, mapStreamBytes: megabyte,
        setPolicy: RunPolicy(minimum: 3, maximum: 3, budget: 0), bigPolicy: RunPolicy(minimum: 2, maximum: 2, budget: 0),
        batchPolicy: RunPolicy(minimum: 1, maximum: 1, budget: 0), budget: 25)
}
