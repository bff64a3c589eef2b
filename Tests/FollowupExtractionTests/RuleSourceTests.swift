import Foundation
import Testing

/// The engine holds no words: a string literal with a letter in a rule, grammar, engine or
/// assembly file is a word that belongs in a lexicon. Doc comments and comments may quote them.
@Suite("Rule sources")
struct RuleSourceTests {
    static let folders = ["Rules", "Grammar", "Engine", "Assembly"]

    static var extractionSources: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/FollowupExtraction")
    }

    /// String literals with a letter in `line`, outside comments (interpolations removed).
    static func wordLiterals(in line: String) -> [String] {
        var found: [String] = []
        var inString = false
        var current = ""
        var previous: Character = " "
        var interpolationDepth = 0
        for char in line {
            if !inString {
                if char == "/" && previous == "/" { break }
                if char == "\"" { inString = true; current = "" }
            } else if interpolationDepth > 0 {
                if char == "(" { interpolationDepth += 1 }
                if char == ")" { interpolationDepth -= 1 }
            } else if char == "(" && previous == "\\" {
                interpolationDepth = 1
            } else if char == "\"" && previous != "\\" {
                inString = false
                if current.contains(where: \.isLetter) { found.append(current) }
            } else {
                current.append(char)
            }
            previous = char
        }
        return found
    }

    @Test("the checker finds a word and ignores comments and symbols")
    func checker() {
        #expect(Self.wordLiterals(in: #"if key == "will" { return }"#) == ["will"])
        #expect(Self.wordLiterals(in: #"if [",", "—"].contains(key) { // "will""#).isEmpty)
        #expect(Self.wordLiterals(in: #"let id = prefix + "\(n)""#).isEmpty)
    }

    @Test("no word literal in the rule engine", arguments: folders)
    func noWords(folder: String) throws {
        let directory = Self.extractionSources.appendingPathComponent(folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".swift") }
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let trimmed = line.drop { $0 == " " }
                if trimmed.hasPrefix("//") { continue }
                let words = Self.wordLiterals(in: String(line))
                #expect(words.isEmpty, "\(folder)/\(file):\(number + 1): \(words)")
            }
        }
    }

    @Test("no file in the extraction module is over 400 lines")
    func fileLength() throws {
        let root = Self.extractionSources
        let enumerator = try #require(FileManager.default.enumerator(atPath: root.path))
        for case let path as String in enumerator where path.hasSuffix(".swift") {
            let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
            #expect(lines <= 400, "\(path): \(lines) lines")
        }
    }
}
