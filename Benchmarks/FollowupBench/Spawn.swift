#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a child process ended, how long it ran and its peak resident memory.
struct ChildResult: Sendable {
    /// The exit status, or nil when a signal ended it.
    var exitStatus: Int32?
    var signal: Int32?
    var seconds: Double
    /// Peak resident set size in kilobytes: the largest VmHWM read from /proc/PID/status while
    /// the child ran (polling mode only). `wait4`'s ru_maxrss is not used: with posix_spawn's
    /// vfork the kernel records this (large) process's own high-water mark at the child's exec.
    var peakResidentKB: Int?
    var timedOut: Bool

    var succeeded: Bool { exitStatus == 0 && !timedOut }
}

struct SpawnError: Error, CustomStringConvertible {
    var path: String
    var code: Int32
    var description: String { "cannot start \(path): \(String(cString: strerror(code)))" }
}

/// Starts `path` with `arguments` through `posix_spawn`, with standard streams redirected to
/// files ("/dev/null" by default), and waits for it with `wait4`.
///
/// - Parameters:
///   - timeout: seconds after which the child gets `stopSignal` (by its pid), and SIGKILL 10 s
///     later; nil blocks in `wait4` (the most precise wall time, for short runs such as
///     start-up) and measures no memory.
///   - stopSignal: SIGTERM lets `followup batch` finish its in-flight inputs and report.
func runChild(
    _ path: String, _ arguments: [String], stdin: String = "/dev/null", stdout: String = "/dev/null",
    stderr: String = "/dev/null", timeout: Double? = nil, stopSignal: Int32 = SIGKILL
) throws -> ChildResult {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }

    var pid: pid_t = 0
    let start = MonotonicClock.seconds()
    let code = posix_spawn(&pid, path, &actions, nil, argv, environ)
    guard code == 0 else { throw SpawnError(path: path, code: code) }

    var status: Int32 = 0
    var usage = rusage()
    var timedOut = false
    var peak: Int?
    if let timeout {
        let statusPath = "/proc/\(pid)/status"
        while true {
            if let hwm = highWaterMarkKB(statusPath) { peak = max(peak ?? 0, hwm) }
            let waited = wait4(pid, &status, WNOHANG, &usage)
            if waited == pid { break }
            if waited < 0 && errno != EINTR { break }
            let running = MonotonicClock.seconds() - start
            if running > timeout && !timedOut {
                timedOut = true
                kill(pid, stopSignal)
            } else if timedOut && running > timeout + 10 {
                kill(pid, SIGKILL)
            }
            usleep(2_000)
        }
    } else {
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    }
    let seconds = MonotonicClock.seconds() - start
    // The kernel's own account of the peak (kB), exact even when polling missed it.
    if usage.ru_maxrss > 0 { peak = max(peak ?? 0, Int(usage.ru_maxrss)) }
    let signalNumber = status & 0x7F
    return ChildResult(
        exitStatus: signalNumber == 0 ? (status >> 8) & 0xFF : nil, signal: signalNumber == 0 ? nil : signalNumber,
        seconds: seconds, peakResidentKB: peak, timedOut: timedOut)
}

/// VmHWM (peak resident set size, kB) from a /proc/PID/status file, if the process still has memory.
func highWaterMarkKB(_ statusPath: String) -> Int? {
    let fd = open(statusPath, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = read(fd, &buffer, buffer.count)
    guard count > 0 else { return nil }
    let text = String(decoding: buffer[..<count], as: UTF8.self)
    guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
    return Int(line.dropFirst(6).filter(\.isNumber))
}

/// The path of this executable (from /proc/self/exe, else argv[0]).
func ownExecutablePath() -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    if count > 0 { return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
    return CommandLine.arguments[0]
}
