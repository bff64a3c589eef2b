import Foundation

/// Why a batch run could not start or could not finish writing its outputs.
public enum BatchError: Error, CustomStringConvertible, Sendable, Equatable {
    case outputUnusable(path: String, reason: String)
    case outputBusy(path: String)
    case inputInsideOutput(input: String, output: String)
    case pathEscapes(String)
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .outputUnusable(let path, let reason): return "\(path): cannot use as the output folder: \(reason)"
        case .outputBusy(let path): return "\(path): another followup batch is writing this folder; wait for it or pick another --out"
        case .inputInsideOutput(let input, let output):
            return "\(input) is inside the output folder \(output) (or is it): pick an --out outside the inputs' folders"
        case .pathEscapes(let path): return "\(path): refusing to write outside the output folder"
        case .writeFailed(let path, let reason): return "\(path): cannot write: \(reason)"
        }
    }
}

/// The output folder: every file is written to a temporary file beside its destination and
/// renamed into place, so a reader (or a run killed at any moment) sees the old file or the new
/// one, never half of one.
///
/// Temporary files are hidden (`.followup-tmp-PID-N`) so they are never taken for outputs or
/// inputs, and `removeStaleTemporaries()` clears those a killed run left. Nothing is written
/// through a symbolic link or outside the root: every folder on the way is created here or checked
/// to be a real folder.
final class OutputTree: @unchecked Sendable {
    static let temporaryPrefix = ".followup-tmp-"

    let root: String
    let durable: Bool
    private let lock = NSLock()
    private var knownDirectories: Set<String> = [""]
    private var counter = 0
    private var lockDescriptor: Int32 = -1

    /// Creates the folder (and its parents) when missing.
    init(root: String, durable: Bool) throws {
        var root = root
        while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
        self.root = root
        self.durable = durable
        do {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        } catch {
            throw BatchError.outputUnusable(path: root, reason: "\(error.localizedDescription)")
        }
        var info = stat()
        guard stat(root, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw BatchError.outputUnusable(path: root, reason: "not a folder")
        }
        guard access(root, W_OK) == 0 else { throw BatchError.outputUnusable(path: root, reason: "not writable") }
    }

    deinit {
        if lockDescriptor >= 0 { close(lockDescriptor) }
    }

    /// Takes the folder for this process; the lock goes when the process does, however it ends.
    func acquireLock() throws {
        let fd = open(root + "/.followup-lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw BatchError.outputUnusable(path: root, reason: String(cString: strerror(errno))) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw BatchError.outputBusy(path: root)
        }
        lockDescriptor = fd
    }

    /// Gives the folder back (also done when the tree goes away).
    func releaseLock() {
        lock.lock()
        defer { lock.unlock() }
        if lockDescriptor >= 0 {
            close(lockDescriptor)
            lockDescriptor = -1
        }
    }

    /// Deletes the temporary files that killed runs left anywhere under the root; returns how many.
    @discardableResult
    func removeStaleTemporaries() -> Int {
        var removed = 0
        func sweep(_ path: String) {
            guard let directory = opendir(path) else { return }
            var subfolders: [String] = []
            while let entry = readdir(directory) {
                let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix(while: { $0 != 0 })) }
                let name = String(decoding: bytes, as: UTF8.self)
                if name == "." || name == ".." { continue }
                let full = path + "/" + name
                var info = stat()
                guard lstat(full, &info) == 0 else { continue }
                if (info.st_mode & S_IFMT) == S_IFDIR {
                    subfolders.append(full)
                } else if name.hasPrefix(OutputTree.temporaryPrefix), unlink(full) == 0 {
                    removed += 1
                }
            }
            closedir(directory)
            subfolders.forEach(sweep)
        }
        sweep(root)
        return removed
    }

    func path(_ relative: String) -> String { root + "/" + relative }

    /// Creates `relative` (a folder path under the root, "" for the root) and its parents.
    func ensureDirectory(_ relative: String) throws {
        lock.lock()
        defer { lock.unlock() }
        if knownDirectories.contains(relative) { return }
        var current = ""
        for component in try OutputTree.components(relative) {
            current = current.isEmpty ? component : current + "/" + component
            if knownDirectories.contains(current) { continue }
            let full = path(current)
            if mkdir(full, 0o755) != 0 && errno != EEXIST {
                throw BatchError.writeFailed(path: full, reason: String(cString: strerror(errno)))
            }
            var info = stat()
            guard lstat(full, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
                throw BatchError.writeFailed(path: full, reason: "a file or link is in the way of the output folder")
            }
            knownDirectories.insert(current)
        }
    }

    /// Writes `text` to `relative` atomically. With `onlyIfChanged`, an identical file is left
    /// alone (so its modification time says when it last changed). Returns whether it wrote.
    @discardableResult
    func write(_ text: String, to relative: String, onlyIfChanged: Bool = false) throws -> Bool {
        let components = try OutputTree.components(relative)
        guard !components.isEmpty else { throw BatchError.pathEscapes(relative) }
        try ensureDirectory(components.dropLast().joined(separator: "/"))
        let destination = path(relative)
        var text = text
        if onlyIfChanged, let existing = read(relative), existing.elementsEqual(text.utf8) { return false }
        let folder = String(destination[..<destination.lastIndex(of: "/")!])
        lock.lock()
        counter += 1
        let temporary = folder + "/" + OutputTree.temporaryPrefix + "\(getpid())-\(counter)"
        lock.unlock()
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw BatchError.writeFailed(path: destination, reason: String(cString: strerror(errno))) }
        var failure: String?
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += n
            }
        }
        if failure == nil && durable && fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        if close(fd) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil && rename(temporary, destination) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw BatchError.writeFailed(path: destination, reason: failure)
        }
        return true
    }

    /// The bytes of a regular file under the root, or nil.
    func read(_ relative: String) -> [UInt8]? {
        let fd = open(path(relative), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return nil }
            if n == 0 { break }
            bytes += chunk[..<n]
        }
        return bytes
    }

    func isRegularFile(_ relative: String) -> Bool {
        var info = stat()
        return lstat(path(relative), &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    func remove(_ relative: String) {
        guard (try? OutputTree.components(relative)) != nil else { return }
        unlink(path(relative))
    }

    /// The components of a relative path, refusing any that could leave the root.
    static func components(_ relative: String) throws -> [String] {
        if relative.isEmpty { return [] }
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !relative.hasPrefix("/"), parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\0") }) else {
            throw BatchError.pathEscapes(relative)
        }
        return parts
    }
}
