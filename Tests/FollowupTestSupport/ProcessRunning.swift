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
    /// block on a full pipe while the test waits for it to exit. The child opens those files
    /// itself (`ChildProcess`): this process opens and closes no descriptor for it, so tests that
    /// run beside it in the same process never see one of theirs closed.
    public static func run(
        _ executable: URL, _ arguments: [String], stdin: Data? = nil, currentDirectory: URL? = nil,
        environment: [String: String]? = nil, stdinPath: String? = nil, stdoutPath: String? = nil, stderrPath: String? = nil
    ) throws -> ProcessResult {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("followup-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let inURL = scratch.appendingPathComponent("stdin")
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        try (stdin ?? Data()).write(to: inURL)

        let child = try ChildProcess(
            executable, arguments, stdin: stdinPath ?? inURL.path, stdout: stdoutPath ?? outURL.path, stderr: stderrPath ?? errURL.path,
            currentDirectory: currentDirectory, environment: environment)
        let status = child.wait()
        let outData = (try? Data(contentsOf: outURL)) ?? Data()
        let errData = (try? Data(contentsOf: errURL)) ?? Data()
        return ProcessResult(
            status: status, stdout: String(decoding: outData, as: UTF8.self),
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

/// A child started with `posix_spawn`, its standard streams opened by the child from paths.
///
/// Foundation's `Process` opens, duplicates and closes descriptors in the test process; under
/// load that raced with the batch tests running beside it (an output file's descriptor closed
/// under it). Here the parent holds no descriptor of the child's at all.
public final class ChildProcess: @unchecked Sendable {
    public let pid: pid_t
    private let lock = NSLock()
    private var finalStatus: Int32?
    private var signalled = false

    public init(
        _ executable: URL, _ arguments: [String], stdin: String = "/dev/null", stdout: String = "/dev/null",
        stderr: String = "/dev/null", currentDirectory: URL? = nil, environment: [String: String]? = nil
    ) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // Nothing of this process's but the three streams: a pipe end a test beside this one holds
        // open must not keep the child from seeing the end of its input.
        if let closeFrom = ChildProcess.addCloseFrom { _ = closeFrom(&actions, 3) }
        if let currentDirectory {
            guard let addChdir = ChildProcess.addChdir else { throw ChildProcessError(reason: "no posix_spawn_file_actions_addchdir_np") }
            _ = addChdir(&actions, currentDirectory.path)
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The test runner may ignore or block signals; the child starts with the defaults.
        var all = sigset_t()
        sigfillset(&all)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let environment = environment ?? ProcessInfo.processInfo.environment
        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0.key + "=" + $0.value) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, executable.path, &actions, &attributes, argv, envp)
        guard code == 0 else { throw ChildProcessError(reason: String(cString: strerror(code))) }
        self.pid = pid
    }

    /// Whether the child still runs (reaping it when it has ended).
    public var isRunning: Bool {
        lock.lock()
        defer { lock.unlock() }
        if finalStatus != nil { return false }
        var status: Int32 = 0
        let result = waitpid(pid, &status, WNOHANG)
        guard result == pid else { return result == 0 }
        record(status)
        return false
    }

    /// Waits for the end; the exit status, or 128 + the signal that ended it.
    @discardableResult
    public func wait() -> Int32 {
        lock.lock()
        defer { lock.unlock() }
        if let finalStatus { return finalStatus }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        record(status)
        return finalStatus!
    }

    /// Whether a signal ended it (valid after `wait`).
    public var endedBySignal: Bool {
        lock.lock()
        defer { lock.unlock() }
        return signalled
    }

    public func send(_ signal: Int32) { kill(pid, signal) }

    /// glibc's (2.29+) `posix_spawn_file_actions_addchdir_np`, which Swift's Glibc module hides
    /// behind _GNU_SOURCE.
    private typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    /// glibc's (2.34+) `posix_spawn_file_actions_addclosefrom_np`.
    private static let addCloseFrom: AddCloseFrom? = {
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(symbol, to: AddCloseFrom.self)
    }()

    private static let addChdir: AddChdir? = {
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addchdir_np") else { return nil }
        return unsafeBitCast(symbol, to: AddChdir.self)
    }()

    private func record(_ status: Int32) {
        let signal = status & 0x7F
        if signal == 0 {
            finalStatus = (status >> 8) & 0xFF
        } else {
            signalled = true
            finalStatus = 128 + signal
        }
    }
}

public struct ChildProcessError: Error, CustomStringConvertible {
    public var reason: String
    public var description: String { "cannot start the child process: \(reason)" }
}
