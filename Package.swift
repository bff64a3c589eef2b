// swift-tools-version: 6.0
import PackageDescription

// Dependencies point one way: CLI → FollowupBatch (batch, map) → Followup (pipeline, config,
// eval) → stages → ICU facade → C shim.
let package = Package(
    name: "followup",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "followup", targets: ["FollowupCLI"]),
        .library(name: "Followup", targets: ["Followup"]),
        .library(name: "FollowupBatch", targets: ["FollowupBatch"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // ICU's build and link flags only; its header includes nothing from ICU.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev", "pkg-config"])]
        ),
        // The only code that includes <unicode/...>; its public header has stdint types and opaque handles.
        .target(name: "CICUShim", dependencies: ["CICU"]),
        .target(name: "FollowupICU", dependencies: ["CICUShim"]),
        // glibc's allocator settings for batch and map (Swift's Glibc module leaves out <malloc.h>).
        .target(name: "CMalloc"),
        .target(name: "FollowupText", dependencies: ["FollowupICU"]),
        .target(name: "FollowupDocument", dependencies: ["FollowupText"]),
        .target(name: "FollowupExtraction", dependencies: ["FollowupDocument", "FollowupText", "FollowupICU"]),
        .target(name: "FollowupRendering", dependencies: ["FollowupExtraction", "FollowupText", "FollowupICU"]),
        // Checks a follow-up someone wrote against the guidance, and against the notes it follows.
        .target(name: "FollowupLint", dependencies: ["FollowupExtraction", "FollowupDocument", "FollowupText"]),
        .target(
            name: "Followup",
            dependencies: ["FollowupRendering", "FollowupExtraction", "FollowupDocument", "FollowupLint", "TOMLKit"]
        ),
        // Many inputs on a pool of workers, in order: `batch` (folders) and `map` (JSON Lines).
        .target(name: "FollowupBatch", dependencies: ["Followup", "FollowupRendering", "FollowupExtraction", "FollowupDocument", "CMalloc"]),
        .executableTarget(
            name: "FollowupCLI",
            dependencies: ["Followup", "FollowupBatch", "FollowupLint", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "followup-bench",
            dependencies: ["Followup", "FollowupRendering", "FollowupExtraction", "FollowupDocument", "FollowupText", "FollowupICU"],
            path: "Benchmarks/FollowupBench"
        ),
        .target(name: "FollowupTestSupport", dependencies: ["Followup"], path: "Tests/FollowupTestSupport"),
        .testTarget(name: "FollowupBatchTests", dependencies: ["FollowupBatch", "FollowupTestSupport"]),
        .testTarget(name: "FollowupICUTests", dependencies: ["FollowupICU", "FollowupTestSupport"]),
        .testTarget(name: "FollowupTextTests", dependencies: ["FollowupText", "FollowupTestSupport"]),
        .testTarget(name: "FollowupDocumentTests", dependencies: ["FollowupDocument", "FollowupTestSupport"]),
        .testTarget(name: "FollowupExtractionTests", dependencies: ["FollowupExtraction", "FollowupTestSupport"]),
        .testTarget(name: "FollowupRenderingTests", dependencies: ["FollowupRendering", "FollowupTestSupport"]),
        .testTarget(name: "FollowupTests", dependencies: ["Followup", "FollowupTestSupport"]),
        .testTarget(name: "FollowupLintTests", dependencies: ["FollowupLint", "FollowupTestSupport"]),
        .testTarget(name: "FollowupCLITests", dependencies: ["FollowupCLI", "FollowupTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
