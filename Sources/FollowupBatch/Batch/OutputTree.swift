import Foundation
import Followup

/// Why a batch run could not start or could not finish writing its outputs.
public enum BatchError: Error, CustomStringConvertible, Sendable, Equatable {
    case outputUnusable(path: String, reason: String)
    case outputBusy(path: String)
    case inputInsideOutput(input: String, output: String)
    case pathEscapes(String)
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .outputUnusable(let path, let reason): return "\(Printable.path(path)): cannot use as the output folder: \(reason)"
        case .outputBusy(let path): return "\(Printable.path(path)): another followup batch is writing this folder; wait for it or pick another --out"
        case .inputInsideOutput(let input, let output):
            return "\(Printable.path(input)) is inside the output folder \(Printable.path(output)) (or is it): pick an --out outside the inputs' folders"
        case .pathEscapes(let path): return "\(Printable.path(path)): refusing to write outside the output folder"
        case .writeFailed(let path, let reason): return "\(Printable.path(path)): cannot write: \(reason)"
        }
    }
}

/// The output folder: every file is written to a temporary file beside its destination and
/// renamed into place, so a reader (or a run killed at any moment) sees the old file or the new
/// one, never half of one.
///
/// Temporary files are hidden (`.followup-tmp-PID-N-RANDOM`) so they are never taken for outputs or
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
        try OutputTree.makeFolders(root)
        var info = stat()
        guard stat(root, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw BatchError.outputUnusable(path: root, reason: "not a folder")
        }
        guard access(root, W_OK) == 0 else { throw BatchError.outputUnusable(path: root, reason: "not writable") }
    }

    /// `mkdir -p`, with the system's reason when a part of the path is not a folder
    /// ("--out notes.txt/out": "notes.txt is not a folder").
    static func makeFolders(_ root: String) throws {
        var prefix = root.hasPrefix("/") ? "/" : ""
        for component in root.split(separator: "/") {
            prefix += component
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                let reason = errno == ENOTDIR ? "a part of the path is a file, not a folder" : String(cString: strerror(errno))
                throw BatchError.outputUnusable(path: root, reason: reason)
            }
            var info = stat()
            guard stat(prefix, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
                throw BatchError.outputUnusable(path: root, reason: "\(Printable.path(prefix)) is a file, not a folder")
            }
            prefix += "/"
        }
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

    /// The names in the root folder (not hidden ones).
    func topLevelNames() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).filter { !$0.hasPrefix(".") }
    }

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
        let file = try create(relative)
        try file.append(text)
        return try file.commit(onlyIfChanged: onlyIfChanged)
    }

    /// Starts writing `relative` a piece at a time; nothing is in place until `commit`.
    func create(_ relative: String) throws -> OutputFile {
        let components = try OutputTree.components(relative)
        guard !components.isEmpty else { throw BatchError.pathEscapes(relative) }
        try ensureDirectory(components.dropLast().joined(separator: "/"))
        let destination = path(relative)
        return try OutputFile(temporary: temporaryPath(beside: destination), destination: destination, relative: relative, durable: durable)
    }

    /// A hidden scratch file in the root, removed when closed (or by the next run's sweep).
    func scratch() throws -> ScratchFile {
        try ScratchFile(path: temporaryPath(beside: path("scratch")))
    }

    private func temporaryPath(beside destination: String) -> String {
        let folder = String(destination[..<destination.lastIndex(of: "/")!])
        lock.lock()
        defer { lock.unlock() }
        counter += 1
        // The random part keeps two trees in one process (a run and the rerun that follows it)
        // from ever naming the same file, and makes the names unguessable.
        return folder + "/" + OutputTree.temporaryPrefix + "\(getpid())-\(counter)-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
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

/// An output written through a hidden temporary file beside it and renamed into place.
///
/// Appends are buffered; `commit` flushes, optionally fsyncs, and renames. A file never
/// committed is removed when it goes away, so an error half-way leaves the old output intact.
final class OutputFile {
    let destination: String
    /// The path under the tree's root.
    let relative: String
    private let temporary: String
    private let durable: Bool
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private static let bufferSize = 1 << 16

    init(temporary: String, destination: String, relative: String, durable: Bool) throws {
        self.temporary = temporary
        self.destination = destination
        self.relative = relative
        self.durable = durable
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { throw BatchError.writeFailed(path: destination, reason: String(cString: strerror(errno))) }
        buffer.reserveCapacity(OutputFile.bufferSize)
    }

    /// Renamed into place (or found unchanged): nothing to clean up.
    private var committed = false

    deinit {
        if descriptor >= 0 { close(descriptor) }
        if !committed { unlink(temporary) }
    }

    func append(_ text: String) throws {
        var text = text
        try text.withUTF8 { try append(UnsafeRawBufferPointer($0)) }
    }

    func append(_ bytes: ArraySlice<UInt8>) throws {
        try bytes.withUnsafeBytes { try append($0) }
    }

    func append(_ bytes: UnsafeRawBufferPointer) throws {
        if buffer.count + bytes.count > OutputFile.bufferSize { try flush() }
        if bytes.count >= OutputFile.bufferSize {
            try writeAll(descriptor, bytes, path: destination)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Copies a scratch file's whole content, a block at a time.
    func append(contentsOf scratch: ScratchFile) throws {
        try scratch.forEachBlock { try append($0) }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try writeAll(descriptor, $0, path: destination) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Puts the file in place. With `onlyIfChanged`, an identical file already there is kept
    /// (and its modification time with it). Returns whether it replaced anything.
    @discardableResult
    func commit(onlyIfChanged: Bool = false) throws -> Bool {
        try park()
        if onlyIfChanged && OutputFile.sameContent(temporary, destination) {
            committed = true
            unlink(temporary)
            return false
        }
        guard rename(temporary, destination) == 0 else {
            throw BatchError.writeFailed(path: destination, reason: String(cString: strerror(errno)))
        }
        committed = true
        return true
    }

    /// Writes out the buffer and closes the file, still out of place until `commit`: for a file
    /// that waits long (a calendar's full parts) without holding a buffer and a descriptor.
    func park() throws {
        guard descriptor >= 0 else { return }
        try flush()
        buffer = []
        let fd = descriptor
        descriptor = -1
        var failure: String?
        if durable && fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        if close(fd) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
        if let failure { throw BatchError.writeFailed(path: destination, reason: failure) }
    }

    /// Whether two regular files hold the same bytes, compared a block at a time.
    static func sameContent(_ a: String, _ b: String) -> Bool {
        let left = open(a, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        let right = open(b, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        defer {
            if left >= 0 { close(left) }
            if right >= 0 { close(right) }
        }
        guard left >= 0, right >= 0 else { return false }
        var one = stat()
        var two = stat()
        guard fstat(left, &one) == 0, fstat(right, &two) == 0, (two.st_mode & S_IFMT) == S_IFREG, one.st_size == two.st_size else {
            return false
        }
        var x = [UInt8](repeating: 0, count: 1 << 16)
        var y = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = x.withUnsafeMutableBytes { readFully(left, $0) }
            let m = y.withUnsafeMutableBytes { readFully(right, $0) }
            guard n == m, n >= 0 else { return false }
            if n == 0 { return true }
            if x[..<n] != y[..<m] { return false }
        }
    }
}

/// A hidden scratch file to spill to and read back; unlinked when it goes away.
final class ScratchFile {
    let path: String
    private let descriptor: Int32
    private(set) var size = 0
    private var buffer: [UInt8] = []

    init(path: String) throws {
        self.path = path
        descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { throw BatchError.writeFailed(path: path, reason: String(cString: strerror(errno))) }
    }

    deinit {
        close(descriptor)
        unlink(path)
    }

    /// Appends bytes; returns the offset they start at.
    @discardableResult
    func append(_ bytes: UnsafeRawBufferPointer) throws -> Int {
        let offset = size
        buffer.append(contentsOf: bytes)
        size += bytes.count
        if buffer.count >= 1 << 16 { try flush() }
        return offset
    }

    @discardableResult
    func append(_ bytes: [UInt8]) throws -> Int {
        try bytes.withUnsafeBytes { try append($0) }
    }

    func append(_ text: String) throws {
        var text = text
        try text.withUTF8 { _ = try append(UnsafeRawBufferPointer($0)) }
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        let start = size - buffer.count
        try buffer.withUnsafeBytes { bytes in
            var done = 0
            while done < bytes.count {
                let n = pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t(start + done))
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { throw BatchError.writeFailed(path: path, reason: String(cString: strerror(errno))) }
                done += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Reads `count` bytes at `offset` (written earlier; flushes first).
    func read(at offset: Int, count: Int, into bytes: inout [UInt8]) throws {
        try flush()
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: repeatElement(0, count: count))
        let n = bytes.withUnsafeMutableBytes { preadFully(descriptor, $0, offset: offset) }
        guard n == count else { throw BatchError.writeFailed(path: path, reason: "short read of a scratch file") }
    }

    /// Every byte written, in blocks of up to 64 KiB.
    func forEachBlock(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        try flush()
        var block = [UInt8](repeating: 0, count: 1 << 16)
        var offset = 0
        while offset < size {
            let n = try block.withUnsafeMutableBytes { raw -> Int in
                let n = preadFully(descriptor, UnsafeMutableRawBufferPointer(rebasing: raw[..<min(raw.count, size - offset)]), offset: offset)
                guard n > 0 else { throw BatchError.writeFailed(path: path, reason: "short read of a scratch file") }
                try body(UnsafeRawBufferPointer(rebasing: raw[..<n]))
                return n
            }
            offset += n
        }
    }
}

/// `FileDescriptor.writeAll`, its failure as the batch's error.
func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
    do {
        try FileDescriptor.writeAll(fd, bytes, name: path)
    } catch let failure as WriteFailure {
        throw BatchError.writeFailed(path: path, reason: failure.reason)
    }
}

/// Reads until the buffer is full or the file ends; -1 on an error.
func readFully(_ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer) -> Int {
    var done = 0
    while done < buffer.count {
        let n = Foundation.read(fd, buffer.baseAddress! + done, buffer.count - done)
        if n < 0 && errno == EINTR { continue }
        if n < 0 { return -1 }
        if n == 0 { break }
        done += n
    }
    return done
}

/// `pread` until the buffer is full or the file ends; -1 on an error.
func preadFully(_ fd: Int32, _ buffer: UnsafeMutableRawBufferPointer, offset: Int) -> Int {
    var done = 0
    while done < buffer.count {
        let n = pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
        if n < 0 && errno == EINTR { continue }
        if n < 0 { return -1 }
        if n == 0 { break }
        done += n
    }
    return done
}
