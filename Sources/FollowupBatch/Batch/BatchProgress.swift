import Dispatch
import Foundation
import Followup

/// Reports a batch on standard error: each failure as a line ("PATH: why"), and on a terminal a
/// progress line redrawn in place (done/total, files per second, ETA, failures so far).
///
/// The progress line appears only when standard error is a terminal and the user did not ask for
/// quiet; failures are reported either way, because the user has to act on them.
public final class BatchProgress: BatchObserver, @unchecked Sendable {
    private let lock = NSLock()
    private let descriptor: Int32
    private let showsProgress: Bool
    private var total = 0
    private var started: UInt64 = 0
    private var lastDraw: UInt64 = 0
    private var lineShown = false

    /// - Parameters:
    ///   - descriptor: where to write (standard error).
    ///   - quiet: no progress line even on a terminal.
    public init(descriptor: Int32 = STDERR_FILENO, quiet: Bool) {
        self.descriptor = descriptor
        self.showsProgress = !quiet && isatty(descriptor) == 1
    }

    public func batchStarted(total: Int) {
        lock.lock()
        defer { lock.unlock() }
        self.total = total
        started = DispatchTime.now().uptimeNanoseconds
    }

    public func batchCompleted(failure: BatchFailure?, done: Int, failed: Int) {
        lock.lock()
        defer { lock.unlock() }
        if let failure { emit(failure.message + "\n") }
        guard showsProgress else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        // Redraw at most ten times a second, and always for the last file.
        guard now - lastDraw >= 100_000_000 || done == total || failure != nil else { return }
        lastDraw = now
        let seconds = Double(now - started) / 1e9
        let rate = seconds > 0 ? Double(done) / seconds : 0
        let eta = rate > 0 ? Double(total - done) / rate : 0
        var line = "\r\u{1B}[K\(done)/\(total) files, \(String(format: "%.1f", rate)) files/s, ETA \(BatchProgress.clock(eta))"
        if failed > 0 { line += ", \(failed) failed" }
        emit(line)
        lineShown = true
    }

    public func batchNote(_ message: String) {
        lock.lock()
        defer { lock.unlock() }
        emit(message + "\n")
    }

    public func batchFinished(_ summary: BatchSummary) {
        lock.lock()
        defer { lock.unlock() }
        if lineShown {
            emit("\r\u{1B}[K")
            lineShown = false
        }
    }

    /// Writes `text`, first clearing the progress line if a message goes above it.
    private func emit(_ text: String) {
        var text = text
        if lineShown && !text.hasPrefix("\r") {
            text = "\r\u{1B}[K" + text
            lineShown = false
        }
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }
                offset += n
            }
        }
    }

    /// "0:42", "1:05:00".
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
        let pad = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return h > 0 ? "\(h):\(pad(m)):\(pad(s))" : "\(m):\(pad(s))"
    }
}
