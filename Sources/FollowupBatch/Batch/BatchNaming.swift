import Foundation
import Followup

/// Output names for one folder's inputs: `notes.txt` writes `notes.json`, `notes.md`, `notes.eml`
/// and `notes.ics`, and nothing any other input in the folder writes.
///
/// Inputs whose names differ only in extension (`a.txt`, `a.md`) keep their whole name
/// (`a.txt.json`, `a.md.json`), so neither depends on whether the other exists; anything that
/// still collides (case-insensitively, so the tree survives a copy to macOS) gets `~2`, `~3`, ...
/// in name order. Folders keep their names first. Names longer than a file system allows are
/// shortened with a hash of the full name.
public enum BatchNaming {
    /// The extensions batch writes; every one is claimed for every input, whichever `--formats`
    /// asks for, so names stay the same when the formats change.
    static let outputExtensions = BatchFormat.allCases.map(\.rawValue)

    /// Names OUT's top level keeps for the across-input outputs (and `calendar-N.ics`, the
    /// further parts of a calendar too big for one file: see `isCalendarPart`).
    public static let reservedTopLevel: Set<String> = ["index.jsonl", "actions.csv", "calendar.ics", "people"]

    /// "calendar-2.ics", "Calendar-17.ICS": where a calendar over Google's import limit goes on.
    static func isCalendarPart(_ name: String) -> Bool {
        let folded = foldedKey(name)
        guard folded.hasPrefix("calendar-"), folded.hasSuffix(".ics") else { return false }
        let number = folded.dropFirst("calendar-".count).dropLast(".ics".count)
        return !number.isEmpty && number.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Bytes left for a name before `.json` and a `~N` suffix (NAME_MAX is 255 bytes).
    static let maximumBaseBytes = 200

    public struct Resolution: Equatable, Sendable {
        /// Input file name → output base name (no extension).
        public var files: [String: String]
        /// Folder name → output folder name.
        public var directories: [String: String]
    }

    /// - Parameters:
    ///   - files: the input file names in one folder.
    ///   - directories: the folder names beside them that will be mirrored.
    ///   - reserved: names already taken (OUT's top level: `reservedTopLevel`).
    /// - Complexity: O(n log n) in the number of names.
    public static func resolve(files: [String], directories: [String], reserved: Set<String> = []) -> Resolution {
        var taken = Set(reserved.map(foldedKey))
        let reservesParts = reserved.contains("calendar.ics")
        var resolution = Resolution(files: [:], directories: [:])
        for name in directories.sorted(by: byteOrder) {
            var candidate = shortened(name)
            var n = 2
            while taken.contains(foldedKey(candidate)) || (reservesParts && isCalendarPart(candidate)) {
                candidate = shortened(name) + "~\(n)"
                n += 1
            }
            taken.insert(foldedKey(candidate))
            resolution.directories[name] = candidate
        }
        var stemCounts: [String: Int] = [:]
        for name in files { stemCounts[foldedKey(stem(of: name)), default: 0] += 1 }
        for name in files.sorted(by: byteOrder) {
            let stem = stem(of: name)
            var candidates = stemCounts[foldedKey(stem)] == 1 ? [shortened(stem)] : []
            candidates.append(shortened(name))
            var chosen: String?
            for candidate in candidates where isFree(candidate, taken, reservesParts) {
                chosen = candidate
                break
            }
            var n = 2
            while chosen == nil {
                let candidate = shortened(name) + "~\(n)"
                if isFree(candidate, taken, reservesParts) { chosen = candidate }
                n += 1
            }
            for ext in outputExtensions { taken.insert(foldedKey(chosen! + "." + ext)) }
            resolution.files[name] = chosen!
        }
        return resolution
    }

    /// The name without its last extension ("notes.final.txt" → "notes.final"); a leading dot is not an extension.
    public static func stem(of name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        let stem = String(name[..<dot])
        return stem.isEmpty ? name : stem
    }

    /// A file name for a person: readable ("Alice Chen", "Юлия Петрова"), safe on every common file
    /// system, never hidden, never a path. Callers add `~2` for people whose safe names collide.
    public static func personFileName(_ name: String) -> String {
        var out = ""
        var lastWasSpace = false
        for scalar in name.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.isWhitespace {
                if !out.isEmpty && !lastWasSpace { out += " " }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            let unsafe = scalar.value < 0x20 || scalar.value == 0x7F || "/\\:*?\"<>|".unicodeScalars.contains(scalar)
            if unsafe { out += "_" } else { out.unicodeScalars.append(scalar) }
        }
        while let last = out.last, last == " " || last == "." { out.removeLast() }
        while out.first == "." { out.removeFirst() }
        if out.isEmpty { out = "unnamed" }
        let windowsReserved = Set(["CON", "PRN", "AUX", "NUL"] + (1...9).flatMap { ["COM\($0)", "LPT\($0)"] })
        if windowsReserved.contains(out.uppercased()) { out += "_" }
        return truncated(out, toBytes: 100)
    }

    static func isFree(_ base: String, _ taken: Set<String>, _ reservesParts: Bool = false) -> Bool {
        outputExtensions.allSatisfy { !taken.contains(foldedKey(base + "." + $0)) && !(reservesParts && isCalendarPart(base + "." + $0)) }
    }

    static func foldedKey(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.lowercased()
    }

    static func byteOrder(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// `name` itself, or its first bytes and a hash of the whole when it is too long for a file name.
    static func shortened(_ name: String) -> String {
        guard name.utf8.count > maximumBaseBytes else { return name }
        return truncated(name, toBytes: maximumBaseBytes - 17) + "~" + ContentHash.of(name).hex
    }

    /// The longest prefix of whole characters within `bytes` UTF-8 bytes.
    static func truncated(_ text: String, toBytes bytes: Int) -> String {
        guard text.utf8.count > bytes else { return text }
        var out = ""
        var count = 0
        for character in text {
            let size = character.utf8.count
            if count + size > bytes { break }
            out.append(character)
            count += size
        }
        return out
    }
}
