import Foundation

/// Why an output could not be written: the path (or stream) and the system's reason.
public struct WriteFailure: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public init(path: String, errno code: Int32) {
        self.init(path: path, reason: String(cString: strerror(code)))
    }

    public var description: String { "\(Printable.path(path)): cannot write: \(reason)" }
}

/// Where `-o PATH` writes, decided by what is at the path:
/// - nothing, or a regular file: a new file beside it (`O_EXCL`, random name) renamed over it, so a
///   reader sees the old file or the new one, never half of one; an existing file keeps its mode;
/// - a symbolic link is followed (its target is replaced; the link stays);
/// - a device, FIFO or socket: opened and written in place (`/dev/null`, `/dev/stdout`, a pipe);
/// - a folder: an error.
public enum Destination {
    public static func write(_ text: String, to path: String) throws {
        var text = text
        try text.withUTF8 { bytes in try write(UnsafeRawBufferPointer(bytes), to: path) }
    }

    public static func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws {
        // What the path ends at, links followed by the kernel: a pipe behind /dev/stdout
        // (/proc/self/fd/1 -> "pipe:[N]") has no name to resolve by hand, and is written in place.
        var info = stat()
        if stat(path, &info) == 0 {
            // `-o /dev/stdout` while standard output is a file (`>> log`): written through the
            // descriptor, as the shell opened it (appending), never renamed over.
            for fd in [STDOUT_FILENO, STDERR_FILENO] {
                var open = stat()
                if fstat(fd, &open) == 0, open.st_dev == info.st_dev, open.st_ino == info.st_ino {
                    return try FileDescriptor.writeAll(fd, bytes, name: path)
                }
            }
            if (info.st_mode & S_IFMT) != S_IFREG, (info.st_mode & S_IFMT) != S_IFDIR {
                return try writeInPlace(path, bytes, reportedAs: path)
            }
        }
        let target = try resolvingLinks(path)
        if stat(target, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG: try replace(target, with: bytes, reportedAs: path, mode: info.st_mode & 0o7777)
            case S_IFDIR: throw WriteFailure(path: path, reason: "is a folder")
            default: try writeInPlace(target, bytes, reportedAs: path)
            }
        } else if errno == ENOENT {
            try replace(target, with: bytes, reportedAs: path, mode: nil)
        } else {
            throw WriteFailure(path: path, errno: errno)
        }
    }

    /// Follows symbolic links to the path they end at (which may not exist yet).
    static func resolvingLinks(_ path: String) throws -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count > 0 else { throw WriteFailure(path: path, errno: errno) }
            let link = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : folder(of: current) + "/" + link
        }
        throw WriteFailure(path: path, errno: ELOOP)
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func writeInPlace(_ target: String, _ bytes: UnsafeRawBufferPointer, reportedAs path: String) throws {
        let fd = open(target, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw WriteFailure(path: path, errno: errno) }
        do {
            try FileDescriptor.writeAll(fd, bytes, name: path)
        } catch {
            close(fd)
            throw error
        }
        guard close(fd) == 0 || errno == EINTR else { throw WriteFailure(path: path, errno: errno) }
    }

    private static func replace(_ target: String, with bytes: UnsafeRawBufferPointer, reportedAs path: String, mode: mode_t?) throws {
        let (fd, temporary) = try createTemporary(beside: target, reportedAs: path)
        do {
            if let mode, fchmod(fd, mode) != 0 { throw WriteFailure(path: path, errno: errno) }
            try FileDescriptor.writeAll(fd, bytes, name: path)
            guard fsync(fd) == 0 else { throw WriteFailure(path: path, errno: errno) }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        // Closed once, whatever close says (a second close could hit a reused descriptor).
        guard close(fd) == 0 else {
            let code = errno
            unlink(temporary)
            throw WriteFailure(path: path, errno: code)
        }
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw WriteFailure(path: path, errno: code)
        }
    }

    /// `.NAME.RANDOM.tmp` beside the target, created exclusively (never an existing file or link).
    private static func createTemporary(beside target: String, reportedAs path: String) throws -> (Int32, String) {
        let name = target.split(separator: "/").last.map(String.init) ?? "output"
        let folder = folder(of: target)
        for _ in 0..<16 {
            let random = String(UInt64.random(in: 0...UInt64.max), radix: 36)
            let temporary = folder + "/." + name + "." + random + ".tmp"
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if fd >= 0 { return (fd, temporary) }
            guard errno == EEXIST else { throw WriteFailure(path: path, errno: errno) }
        }
        throw WriteFailure(path: path, errno: EEXIST)
    }
}

/// Raw descriptor writes: every byte or an error (never a trap, unlike `FileHandle.write`).
public enum FileDescriptor {
    public static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, name: String) throws {
        var offset = 0
        while offset < bytes.count {
            let n = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw WriteFailure(path: name, errno: n == 0 ? EIO : errno) }
            offset += n
        }
    }

    public static func writeAll(_ fd: Int32, _ text: String, name: String) throws {
        var text = text
        try text.withUTF8 { bytes in try writeAll(fd, UnsafeRawBufferPointer(bytes), name: name) }
    }
}

/// Names as messages show them: control characters (a file named with an escape sequence, a
/// newline) written as `\u{1B}`, so a message is one line and cannot drive the terminal.
public enum Printable {
    public static func path(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// C0 and C1 controls, DEL, and the bidirectional overrides and isolates that reorder a line.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }
}
