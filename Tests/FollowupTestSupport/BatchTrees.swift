import Foundation

/// Folder trees for batch tests, built in a temporary folder.
public enum BatchTrees {
    /// The name with spaces and non-ASCII characters in the mixed tree.
    public static let unicodeName = "acme renewal — Müller & Søn.txt"

    /// One input of the mixed tree and what batch must make of it.
    public struct Expected: Sendable {
        /// Path relative to the tree's root folder.
        public var path: String
        /// "ok" or "failed".
        public var status: String
        public var reason: String?
        /// Output base relative to OUT (no extension), for inputs that succeed.
        public var output: String?
        /// The earlier input with the same bytes.
        public var duplicateOf: String?
    }

    /// Builds the mixed tree under `directory/relative` and returns every input in walk order
    /// (names sorted byte-wise, folders entered where they sort): nested folders, every input
    /// format, a duplicate, a binary file, an empty file, invalid UTF-8, Windows-1251, a FIFO named
    /// like notes, a file without read permission, symbolic-link loops, a broken link, hidden
    /// entries, files that are not transcripts, two inputs that differ only in extension, a file
    /// without extension, and a folder named like the people output folder.
    ///
    /// Skipped: hidden 2 (`.hidden-notes.txt`, `.git`), symlink loops 3 (`loop`, `calls/back`,
    /// `selfloop`), broken links 1 (`gone.txt`), unrecognized 2 (`calls/package.json`, `broken/photo.png`).
    public static func buildMixed(in directory: TempDirectory, at relative: String) throws -> [Expected] {
        let root = relative + "/"
        let acme = try Corpus.bytes("en/acme-renewal-sales.txt")
        try directory.write(acme, to: root + unicodeName)
        try directory.write(acme, to: root + "dup/acme-copy.txt")
        try directory.write(try Corpus.bytes("en/design-review.md"), to: root + "design-review.md")
        try directory.write(try Corpus.bytes("en/meet-design-crit.vtt"), to: root + "calls/2026/11/meet-design-crit.vtt")
        try directory.write(try Corpus.bytes("en/srt-board-prep.srt"), to: root + "calls/2026/11/srt-board-prep.srt")
        try directory.write(try Corpus.bytes("en/otter-client-kickoff.txt"), to: root + "calls/otter-client-kickoff.txt")
        try directory.write(try Corpus.bytes("en/whisper-office-move.json"), to: root + "calls/whisper-office-move.json")
        try directory.write("{\"name\": \"not a transcript\", \"version\": 1}\n", to: root + "calls/package.json")
        try directory.write(try Corpus.bytes("encodings/ru-notes.cp1251.txt"), to: root + "ru/notes-cp1251.txt")
        try directory.write(try Corpus.bytes("encodings/binary.bin"), to: root + "broken/garbage.txt")
        try directory.write(try Corpus.bytes("encodings/binary.bin"), to: root + "broken/photo.png")
        try directory.write([], to: root + "broken/empty.md")
        try directory.write(try Corpus.bytes("encodings/invalid-utf8.txt"), to: root + "broken/invalid-utf8.txt")
        try directory.write(try Corpus.bytes("en/standup-platform.txt"), to: root + "broken/locked.txt")
        chmod(directory.path(root + "broken/locked.txt"), 0)
        try directory.fifo(root + "broken/pipe.txt")
        try directory.write(try Corpus.bytes("en/sprint-retro.md"), to: root + "same/a.md")
        try directory.write(try Corpus.bytes("en/procurement-laptops.txt"), to: root + "same/a.txt")
        try directory.write(try Corpus.bytes("en/hiring-sync-backend.txt"), to: root + "people/standup.txt")
        try directory.write(try Corpus.bytes("en/onboarding-kickoff.txt"), to: root + "standup notes")
        try directory.write(try Corpus.bytes("en/sprint-retro.md"), to: root + ".hidden-notes.txt")
        try directory.write("[core]\n", to: root + ".git/config")
        try directory.symlink(root + "loop", to: ".")
        try directory.symlink(root + "calls/back", to: "..")
        try directory.symlink(root + "selfloop", to: "selfloop")
        try directory.symlink(root + "gone.txt", to: "nowhere.txt")

        let locked: Expected =
            geteuid() == 0
            // Root reads a file without read permission; anyone else gets "unreadable".
            ? .init(path: "broken/locked.txt", status: "ok", output: "broken/locked")
            : .init(path: "broken/locked.txt", status: "failed", reason: "unreadable")
        return [
            .init(path: unicodeName, status: "ok", output: "acme renewal — Müller & Søn"),
            .init(path: "broken/empty.md", status: "failed", reason: "empty"),
            .init(path: "broken/garbage.txt", status: "failed", reason: "binary"),
            .init(path: "broken/invalid-utf8.txt", status: "failed", reason: "invalid-utf8"),
            locked,
            .init(path: "broken/pipe.txt", status: "failed", reason: "not-a-file"),
            .init(path: "calls/2026/11/meet-design-crit.vtt", status: "ok", output: "calls/2026/11/meet-design-crit"),
            .init(path: "calls/2026/11/srt-board-prep.srt", status: "ok", output: "calls/2026/11/srt-board-prep"),
            .init(path: "calls/otter-client-kickoff.txt", status: "ok", output: "calls/otter-client-kickoff"),
            .init(path: "calls/whisper-office-move.json", status: "ok", output: "calls/whisper-office-move"),
            .init(path: "design-review.md", status: "ok", output: "design-review"),
            .init(path: "dup/acme-copy.txt", status: "ok", output: "dup/acme-copy", duplicateOf: unicodeName),
            .init(path: "people/standup.txt", status: "ok", output: "people~2/standup"),
            .init(path: "ru/notes-cp1251.txt", status: "ok", output: "ru/notes-cp1251"),
            .init(path: "same/a.md", status: "ok", output: "same/a.md"),
            .init(path: "same/a.txt", status: "ok", output: "same/a.txt"),
            .init(path: "standup notes", status: "ok", output: "standup notes"),
        ]
    }

    /// Writes `count` small, different meeting notes in nested folders under `relative`
    /// (`week-NN/team-N/notes-NNNN.txt`), each with two action items and a next call.
    public static func generateNotes(count: Int, in directory: TempDirectory, at relative: String) throws {
        let people = ["Alice Chen", "Bob Lee", "Carla Diaz", "Dmitri Orlov", "Eve Park"]
        for n in 0..<count {
            let first = people[n % people.count]
            let second = people[(n + 2) % people.count]
            let day = 2 + n % 20
            let text = """
                Project sync \(n)
                Date: 2026-11-\(day < 10 ? "0" : "")\(day)
                Attendees: \(first), \(second)

                - \(first.split(separator: " ")[0]) will send the report number \(n) by Friday
                - \(second.split(separator: " ")[0]) to review the budget for item \(n) tomorrow
                - next call Wednesday at 10am

                """
            let name = String(format: "week-%02d/team-%d/notes-%04d.txt", n % 12, n % 3, n)
            try directory.write(text, to: relative + "/" + name)
        }
    }
}

/// A strict RFC 4180 reader for tests: records end in CRLF, quoted fields may hold commas,
/// quotes (doubled) and line breaks. Returns nil on anything else.
public func parseCSV(_ text: String) -> [[String]]? {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var scalars = Array(text.unicodeScalars)[...]
    var quoted = false
    var afterQuote = false
    while let scalar = scalars.popFirst() {
        if quoted {
            if scalar == "\"" {
                if scalars.first == "\"" {
                    scalars.removeFirst()
                    field.unicodeScalars.append("\"")
                } else {
                    quoted = false
                    afterQuote = true
                }
            } else {
                field.unicodeScalars.append(scalar)
            }
            continue
        }
        switch scalar {
        case "\"":
            guard field.isEmpty, !afterQuote else { return nil }
            quoted = true
        case ",":
            record.append(field)
            field = ""
            afterQuote = false
        case "\r":
            guard scalars.popFirst() == "\n" else { return nil }
            record.append(field)
            records.append(record)
            record = []
            field = ""
            afterQuote = false
        case "\n":
            return nil
        default:
            guard !afterQuote else { return nil }
            field.unicodeScalars.append(scalar)
        }
    }
    guard !quoted, field.isEmpty, record.isEmpty else { return nil }
    return records
}

/// Each line of a JSON Lines text as a dictionary; nil when a line is not a JSON object.
public func parseJSONLines(_ text: String) -> [[String: Any]]? {
    var result: [[String: Any]] = []
    for line in text.split(separator: "\n") {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
        result.append(object)
    }
    return result
}
