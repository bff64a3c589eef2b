import Foundation
import Followup

/// One file a batch run will read, and where its outputs go.
struct BatchInput: Sendable, Equatable {
    /// Why an input fails before it is read (not a regular file, a folder that cannot be listed, ...).
    struct Problem: Sendable, Equatable {
        var reason: String
        var message: String
    }

    /// The manifest's key: the input's path relative to its input folder ("sub/notes.txt").
    var key: String
    /// The path as the user would write it: the input argument joined with the relative path.
    var source: String
    /// The path to open.
    var path: String
    /// Where outputs go, relative to OUT and without extension ("sub/notes"); empty when none.
    var outputBase: String
    var problem: Problem?
}

/// A file's identity: device and inode, so a folder reached again through a link is recognised.
struct FileID: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64

    init(_ info: stat) {
        device = UInt64(truncatingIfNeeded: info.st_dev)
        inode = UInt64(truncatingIfNeeded: info.st_ino)
    }

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }
}

/// Finds a batch's inputs: files given directly, and every recognised file in the folders given,
/// recursively, in name order, with the output name each one gets.
///
/// Hidden names, symbolic links that loop (by device and inode of the folders being walked),
/// links to nothing and files that are not notes or transcripts are skipped and counted; the
/// output folder is never walked. Special files (FIFOs, sockets, devices) are never opened.
///
/// - Complexity: O(n log n) in the number of entries walked; reads at most the first megabyte of
///   a `.json` file and 8 KB of a file without extension to tell whether it is an input.
struct BatchWalker {
    /// Extensions that are notes or transcripts without looking inside.
    static let textExtensions: Set<String> = ["txt", "text", "md", "markdown", "mdown", "mkd", "vtt", "webvtt", "srt"]

    var include: [String] = []
    var exclude: [String] = []
    /// OUT, which is never read back.
    var outputDirectory: FileID?

    private(set) var inputs: [BatchInput] = []
    private(set) var skipped = SkipCounts()

    init(include: [String] = [], exclude: [String] = [], outputDirectory: FileID? = nil) {
        self.include = include
        self.exclude = exclude
        self.outputDirectory = outputDirectory
    }

    /// Walks `roots` (files or folders as the user gave them), in the order given.
    mutating func walk(_ roots: [String]) {
        struct Root {
            var argument: String
            var display: String
            var info: stat?
            var error: Int32
            var name: String
        }
        var prepared: [Root] = []
        var usedNames: Set<String> = []
        for argument in roots {
            var display = argument
            while display.count > 1 && display.hasSuffix("/") { display.removeLast() }
            var info = stat()
            let ok = stat(argument, &info) == 0
            let error = ok ? 0 : errno
            var name = display.split(separator: "/").last.map(String.init) ?? "root"
            if name == "." || name == ".." {
                name = URL(fileURLWithPath: argument).standardizedFileURL.lastPathComponent
                if name.isEmpty || name == "/" { name = "root" }
            }
            // Two roots with one name ("a/notes", "b/notes") must not share an output folder.
            var unique = name
            var n = 2
            while usedNames.contains(BatchNaming.foldedKey(unique)) {
                unique = "\(name)~\(n)"
                n += 1
            }
            usedNames.insert(BatchNaming.foldedKey(unique))
            prepared.append(Root(argument: argument, display: display, info: ok ? info : nil, error: error, name: unique))
        }

        let isDirectory = { (root: Root) in root.info.map { ($0.st_mode & S_IFMT) == S_IFDIR } ?? false }
        let single = prepared.count == 1
        let topLevel = BatchNaming.resolve(
            files: prepared.filter { !isDirectory($0) }.map(\.name),
            directories: single ? [] : prepared.filter(isDirectory).map(\.name),
            reserved: BatchNaming.reservedTopLevel)

        for root in prepared {
            guard let info = root.info else {
                let reason = root.error == ENOENT ? "not-found" : "unreadable"
                inputs.append(BatchInput(
                    key: root.display, source: root.display, path: root.argument, outputBase: "",
                    problem: .init(reason: reason, message: "\(root.display): \(String(cString: strerror(root.error)))")))
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                let id = FileID(info)
                if id == outputDirectory { continue }
                let label = single ? "" : topLevel.directories[root.name]! + "/"
                var ancestors: Set<FileID> = [id]
                walkDirectory(
                    path: root.argument, display: root.display == "." ? "" : root.display, key: label, output: label,
                    relative: "", ancestors: &ancestors, reserved: single ? BatchNaming.reservedTopLevel : [])
            case S_IFREG:
                // A file named on the command line is an input whatever its extension.
                inputs.append(BatchInput(
                    key: root.name, source: root.display, path: root.argument, outputBase: topLevel.files[root.name]!, problem: nil))
            default:
                inputs.append(BatchInput(
                    key: root.name, source: root.display, path: root.argument, outputBase: "",
                    problem: .init(reason: "not-a-file", message: "\(root.display): not a regular file")))
            }
        }
    }

    private enum Entry {
        case file(String)
        case directory(String)
        case special(String)
        case badName(String)

        var name: String {
            switch self {
            case .file(let name), .directory(let name), .special(let name), .badName(let name): return name
            }
        }
    }

    private mutating func walkDirectory(
        path: String, display: String, key: String, output: String, relative: String, ancestors: inout Set<FileID>,
        reserved: Set<String>
    ) {
        let joinedDisplay = { (name: String) in display.isEmpty ? name : (display == "/" ? "/" + name : display + "/" + name) }
        guard let directory = opendir(path) else {
            let message = String(cString: strerror(errno))
            inputs.append(BatchInput(
                key: key.isEmpty ? display : key, source: display.isEmpty ? "." : display, path: path, outputBase: "",
                problem: .init(reason: "unreadable", message: "\(display.isEmpty ? "." : display): cannot list the folder: \(message)")))
            return
        }
        var entries: [Entry] = []
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix(while: { $0 != 0 })) }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            if bytes.first == 0x2E {
                skipped.hidden += 1
                continue
            }
            guard let name = String(validating: bytes, as: UTF8.self) else {
                entries.append(.badName(String(decoding: bytes, as: UTF8.self)))
                continue
            }
            let full = path == "/" ? "/" + name : path + "/" + name
            let relativePath = relative + name
            var info = stat()
            if stat(full, &info) != 0 {
                let error = errno
                var linkInfo = stat()
                if lstat(full, &linkInfo) == 0, (linkInfo.st_mode & S_IFMT) == S_IFLNK {
                    if error == ELOOP { skipped.symlinkLoops += 1 } else { skipped.brokenLinks += 1 }
                } else {
                    entries.append(.special(name))
                }
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                let id = FileID(info)
                if id == outputDirectory { continue }
                if ancestors.contains(id) {
                    skipped.symlinkLoops += 1
                } else if matches(exclude, name: name, relativePath: relativePath) {
                    skipped.excluded += 1
                } else {
                    entries.append(.directory(name))
                }
            case S_IFREG:
                if matches(exclude, name: name, relativePath: relativePath)
                    || (!include.isEmpty && !matches(include, name: name, relativePath: relativePath))
                {
                    skipped.excluded += 1
                } else if BatchWalker.isInput(name: name, path: full) {
                    entries.append(.file(name))
                } else {
                    skipped.unrecognized += 1
                }
            default:
                // A FIFO or device named like notes is reported; opening it could block forever.
                if BatchWalker.textExtensions.contains(BatchWalker.extensionOf(name)) {
                    entries.append(.special(name))
                } else {
                    skipped.unrecognized += 1
                }
            }
        }
        closedir(directory)

        entries.sort { BatchNaming.byteOrder($0.name, $1.name) }
        var fileNames: [String] = []
        var directoryNames: [String] = []
        for entry in entries {
            switch entry {
            case .file(let name): fileNames.append(name)
            case .directory(let name): directoryNames.append(name)
            default: break
            }
        }
        let names = BatchNaming.resolve(files: fileNames, directories: directoryNames, reserved: reserved)

        for entry in entries {
            let name = entry.name
            let full = path == "/" ? "/" + name : path + "/" + name
            switch entry {
            case .file:
                inputs.append(BatchInput(key: key + name, source: joinedDisplay(name), path: full, outputBase: output + names.files[name]!, problem: nil))
            case .special:
                inputs.append(BatchInput(
                    key: key + name, source: joinedDisplay(name), path: full, outputBase: "",
                    problem: .init(reason: "not-a-file", message: "\(joinedDisplay(name)): not a regular file")))
            case .badName:
                inputs.append(BatchInput(
                    key: key + name, source: joinedDisplay(name), path: full, outputBase: "",
                    problem: .init(
                        reason: "undecodable-name",
                        message: "\(joinedDisplay(name)): the file name is not valid UTF-8; rename the file")))
            case .directory:
                var info = stat()
                guard stat(full, &info) == 0 else { continue }
                let id = FileID(info)
                ancestors.insert(id)
                walkDirectory(
                    path: full, display: joinedDisplay(name), key: key + name + "/", output: output + names.directories[name]! + "/",
                    relative: relative + name + "/", ancestors: &ancestors, reserved: [])
                ancestors.remove(id)
            }
        }
    }

    /// Whether a glob in `patterns` matches: one with `/` against the relative path, any other against the name.
    func matches(_ patterns: [String], name: String, relativePath: String) -> Bool {
        patterns.contains { pattern in fnmatch(pattern, pattern.contains("/") ? relativePath : name, 0) == 0 }
    }

    static func extensionOf(_ name: String) -> String {
        let stem = BatchNaming.stem(of: name)
        return stem == name ? "" : String(name.dropFirst(stem.count + 1)).lowercased()
    }

    /// Notes and transcripts by extension; a `.json` file only when it is a Whisper transcript
    /// (an object with `"segments"`); a file without extension when it starts like text.
    static func isInput(name: String, path: String) -> Bool {
        let ext = extensionOf(name)
        if textExtensions.contains(ext) { return true }
        switch ext {
        case "json":
            guard let head = readHead(path, limit: 1 << 20) else { return true }
            guard head.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }) == UInt8(ascii: "{") else { return false }
            return Data(head).range(of: Data("\"segments\"".utf8)) != nil
        case "":
            guard let head = readHead(path, limit: 8192) else { return true }
            if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return true }
            let controls = head.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }.count
            return !head.isEmpty && !head.contains(0) && controls * 100 <= head.count
        default:
            return false
        }
    }

    /// The first `limit` bytes, or nil when the file cannot be opened (it is then an input, and
    /// reading it reports why it failed).
    static func readHead(_ path: String, limit: Int) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: limit)
        var count = 0
        while count < limit {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, limit - count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            count += n
        }
        buffer.removeSubrange(count...)
        return buffer
    }
}
