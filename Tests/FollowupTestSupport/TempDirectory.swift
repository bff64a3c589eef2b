import Foundation

/// A fresh folder under the system's temporary folder, removed (with everything in it) when the
/// value goes away.
public final class TempDirectory: @unchecked Sendable {
    public let path: String

    public init(prefix: String = "followup-test") throws {
        var template = Array((NSTemporaryDirectory() + "/\(prefix)-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw TempDirectoryError.cannotCreate(String(cString: strerror(errno))) }
        path = String(cString: made)
    }

    deinit {
        // Folders a test made unreadable must be opened again before they can be removed.
        if let enumerator = FileManager.default.enumerator(atPath: path) {
            for case let relative as String in enumerator { chmod(path + "/" + relative, 0o755) }
        }
        try? FileManager.default.removeItem(atPath: path)
    }

    public var url: URL { URL(fileURLWithPath: path) }

    /// `path/relative`.
    public func path(_ relative: String) -> String { relative.isEmpty ? path : path + "/" + relative }

    /// Writes bytes to `relative`, creating folders on the way; returns the full path.
    @discardableResult
    public func write(_ bytes: [UInt8], to relative: String) throws -> String {
        let full = path(relative)
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
        return full
    }

    @discardableResult
    public func write(_ text: String, to relative: String) throws -> String {
        try write(Array(text.utf8), to: relative)
    }

    public func makeDirectory(_ relative: String) throws {
        try FileManager.default.createDirectory(atPath: path(relative), withIntermediateDirectories: true)
    }

    /// A symbolic link at `relative` whose target is `target`, exactly as given (may be relative).
    public func symlink(_ relative: String, to target: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path(relative) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        guard Foundation.symlink(target, path(relative)) == 0 else { throw TempDirectoryError.cannotCreate(String(cString: strerror(errno))) }
    }

    /// A FIFO at `relative` (opening it for reading would block until a writer comes).
    public func fifo(_ relative: String) throws {
        guard mkfifo(path(relative), 0o644) == 0 else { throw TempDirectoryError.cannotCreate(String(cString: strerror(errno))) }
    }

    /// The contents of `relative`, or nil when it is not there.
    public func read(_ relative: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path(relative)).map { [UInt8]($0) }
    }

    public func text(_ relative: String) -> String? {
        read(relative).map { String(decoding: $0, as: UTF8.self) }
    }

    public func exists(_ relative: String) -> Bool {
        var info = stat()
        return lstat(path(relative), &info) == 0
    }

    /// Every regular file under `relative`, as paths relative to it, sorted; links are not followed.
    public func files(under relative: String = "", includeHidden: Bool = true) -> [String] {
        let root = path(relative)
        var result: [String] = []
        func walk(_ folder: String, _ prefix: String) {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
            for name in names where includeHidden || !name.hasPrefix(".") {
                var info = stat()
                guard lstat(folder + "/" + name, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: walk(folder + "/" + name, prefix + name + "/")
                case S_IFREG: result.append(prefix + name)
                default: break
                }
            }
        }
        walk(root, "")
        return result.sorted()
    }

    /// Device, inode and modification time of a file, to tell whether a run rewrote it.
    public func identity(_ relative: String) -> FileIdentity? {
        var info = stat()
        guard lstat(path(relative), &info) == 0 else { return nil }
        return FileIdentity(
            inode: UInt64(info.st_ino), seconds: Int64(info.st_mtim.tv_sec), nanoseconds: Int64(info.st_mtim.tv_nsec))
    }
}

public struct FileIdentity: Equatable, Sendable {
    public var inode: UInt64
    public var seconds: Int64
    public var nanoseconds: Int64
}

public enum TempDirectoryError: Error {
    case cannotCreate(String)
}
