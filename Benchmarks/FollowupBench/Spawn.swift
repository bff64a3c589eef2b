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
    /// Peak resident set size from `wait4`'s rusage (ru_maxrss, kilobytes on Linux).
    var maxResidentKB: Int
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
/// - Parameter timeout: seconds after which the child is killed (SIGKILL, by its pid); nil
///   blocks in `wait4` (the most precise wall time, for short runs such as start-up).
func runChild(
    _ path: String, _ arguments: [String], stdin: String = "/dev/null", stdout: String = "/dev/null",
    stderr: String = "/dev/null", timeout: Double? = nil
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
    if let timeout {
        while true {
            let waited = wait4(pid, &status, WNOHANG, &usage)
            if waited == pid { break }
            if waited < 0 && errno != EINTR { break }
            if MonotonicClock.seconds() - start > timeout && !timedOut {
                timedOut = true
                kill(pid, SIGKILL)
            }
            usleep(2_000)
        }
    } else {
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    }
    let seconds = MonotonicClock.seconds() - start
    let signalNumber = status & 0x7F
    return ChildResult(
        exitStatus: signalNumber == 0 ? (status >> 8) & 0xFF : nil, signal: signalNumber == 0 ? nil : signalNumber,
        seconds: seconds, maxResidentKB: Int(usage.ru_maxrss), timedOut: timedOut)
}

/// The path of this executable (from /proc/self/exe, else argv[0]).
func ownExecutablePath() -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    if count > 0 { return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
    return CommandLine.arguments[0]
}
