import Foundation

/// What a finished child process left: its exit status and everything it wrote.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    public var stdoutData: Data
}

public enum ProcessRunnerError: Error, CustomStringConvertible {
    case binaryNotFound(String, searched: [String])

    public var description: String {
        switch self {
        case .binaryNotFound(let name, let searched):
            return "cannot find the built '\(name)' binary; looked in: \(searched.joined(separator: ", ")) (build it first, or set FOLLOWUP_BINARY)"
        }
    }
}

public enum ProcessRunner {
    /// Runs `executable` with `arguments`, feeding `stdin` (nothing when nil), and waits for it.
    ///
    /// Output goes to temporary files rather than pipes, so a child that writes a lot can never
    /// block on a full pipe while the test waits for it to exit.
    public static func run(
        _ executable: URL, _ arguments: [String], stdin: Data? = nil, currentDirectory: URL? = nil,
        environment: [String: String]? = nil
    ) throws -> ProcessResult {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("followup-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let inURL = scratch.appendingPathComponent("stdin")
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        try (stdin ?? Data()).write(to: inURL)
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        if let environment { process.environment = environment }
        let input = try FileHandle(forReadingFrom: inURL)
        let output = try FileHandle(forWritingTo: outURL)
        let error = try FileHandle(forWritingTo: errURL)
        defer {
            try? input.close()
            try? output.close()
            try? error.close()
        }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        process.waitUntilExit()
        let outData = try Data(contentsOf: outURL)
        let errData = try Data(contentsOf: errURL)
        return ProcessResult(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self), stdoutData: outData)
    }

    /// The built executable `name` (e.g. "followup"): `$FOLLOWUP_BINARY` when set, else the first
    /// folder holding it on the way up from the test bundle (SwiftPM puts both in `.build/<triple>/debug`).
    public static func builtBinary(named name: String = "followup") throws -> URL {
        if name == "followup", let override = ProcessInfo.processInfo.environment["FOLLOWUP_BINARY"] {
            return URL(fileURLWithPath: override)
        }
        var starts = [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        starts += Bundle.allBundles.map(\.bundleURL)
        var searched: [String] = []
        for start in starts {
            var folder = start.standardizedFileURL
            for _ in 0..<6 {
                let candidate = folder.appendingPathComponent(name)
                searched.append(folder.path)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                folder = folder.deletingLastPathComponent()
            }
        }
        throw ProcessRunnerError.binaryNotFound(name, searched: searched)
    }
}
