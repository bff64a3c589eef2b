import Foundation

/// The independent output checkers in `../shared/tools` (Python `icalendar`, `email`, libical,
/// vobject) and their virtualenv, for tests that read generated files back.
public enum Validators {
    /// `../shared/tools`, beside the package.
    public static let toolsDirectory = Corpus.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared").appendingPathComponent("tools")

    /// The virtualenv's interpreter: `$VALIDATORS_VENV`, else `.venv-validators` in the package.
    public static var python: URL {
        let venv = ProcessInfo.processInfo.environment["VALIDATORS_VENV"].map { URL(fileURLWithPath: $0) }
            ?? Corpus.packageRoot.appendingPathComponent(".venv-validators")
        return venv.appendingPathComponent("bin").appendingPathComponent("python")
    }

    /// The tools and their virtualenv are there.
    public static var isInstalled: Bool {
        FileManager.default.isExecutableFile(atPath: toolsDirectory.appendingPathComponent("validate-ics").path)
            && FileManager.default.isExecutableFile(atPath: python.path)
    }

    /// Run when installed, and always on CI (`CI` set), where a missing install must fail loudly.
    public static var shouldRun: Bool { isInstalled || ProcessInfo.processInfo.environment["CI"] != nil }

    /// Runs `validate-ics` or `validate-eml` on files; status 0 means no problems.
    public static func run(_ tool: String, _ files: [URL], extraArguments: [String] = []) throws -> ProcessResult {
        var environment = ProcessInfo.processInfo.environment
        if environment["VALIDATORS_VENV"] == nil {
            environment["VALIDATORS_VENV"] = python.deletingLastPathComponent().deletingLastPathComponent().path
        }
        return try ProcessRunner.run(
            toolsDirectory.appendingPathComponent(tool), extraArguments + files.map(\.path), environment: environment)
    }

    /// Runs a Python script in the validators' virtualenv with `arguments`; the script prints JSON.
    public static func python(_ script: String, _ arguments: [String]) throws -> ProcessResult {
        try ProcessRunner.run(python, ["-c", script] + arguments)
    }

    /// Runs a Python script and decodes its JSON output.
    public static func pythonJSON(_ script: String, _ arguments: [String]) throws -> Any {
        let result = try python(script, arguments)
        guard result.status == 0 else { throw RenderingTestError.python(result.stderr) }
        return try JSONSerialization.jsonObject(with: result.stdoutData)
    }
}

public enum RenderingTestError: Error, CustomStringConvertible {
    case python(String)
    public var description: String {
        switch self {
        case .python(let stderr): return "python failed: \(stderr)"
        }
    }
}

/// A fresh directory under the system's temporary folder, removed by `remove()`.
public struct RenderingTemporaryDirectory {
    public let url: URL

    public init(_ label: String = "render") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("followup-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Writes `text` to `name` in the directory and returns its URL.
    @discardableResult
    public func write(_ text: String, to name: String) throws -> URL {
        let target = file(name)
        try Data(text.utf8).write(to: target)
        return target
    }

    public func remove() { try? FileManager.default.removeItem(at: url) }
}
