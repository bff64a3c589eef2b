// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets, a package of their own so the main build never sees the fuzzing flags.
// Build and run with `Tests/Fuzz/fuzz` (it passes -sanitize=address, the coverage flags and
// libFuzzer's no-main runtime; `main.swift` calls LLVMFuzzerRunDriver).
let package = Package(
    name: "followup-fuzz",
    dependencies: [.package(name: "followup", path: "../..")],
    targets: [
        .executableTarget(
            name: "FollowupFuzz",
            dependencies: [.product(name: "Followup", package: "followup")],
            path: "Sources/FollowupFuzz"
        )
    ],
    swiftLanguageModes: [.v6]
)
