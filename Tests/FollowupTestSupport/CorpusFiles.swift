import Foundation

/// The package's `Corpora/` folder: sample inputs and their hand-written gold files.
public enum Corpus {
    /// The package root, found from this file's path (Tests/FollowupTestSupport/CorpusFiles.swift).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let directory: URL = packageRoot.appendingPathComponent("Corpora")

    /// `Corpora/<relativePath>`, e.g. `url("en/acme-renewal-sales.txt")`.
    public static func url(_ relativePath: String) -> URL { directory.appendingPathComponent(relativePath) }

    public static func bytes(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url(relativePath)))
    }

    /// The file as UTF-8 text (for the `*.utf8.txt` sources and the UTF-8 corpus).
    public static func text(_ relativePath: String) throws -> String {
        let data = try Data(contentsOf: url(relativePath))
        guard let text = String(data: data, encoding: .utf8) else {
            throw CorpusError.notUTF8(relativePath)
        }
        return text
    }

    /// Every input with a gold file, as paths relative to `Corpora/` ("en/…", "ru/…"), sorted.
    public static func samplesWithGold(languages: [String] = ["en", "ru", "de", "es", "fr"]) -> [String] {
        var result: [String] = []
        for language in languages {
            let folder = directory.appendingPathComponent(language)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names where !name.hasSuffix(".expected.json") {
                let base = name.split(separator: ".").dropLast().joined(separator: ".")
                if names.contains(base + ".expected.json") { result.append(language + "/" + name) }
            }
        }
        return result.sorted()
    }

    /// The gold file of an input: `en/x.vtt` → the parsed `en/x.expected.json`.
    public static func gold(for relativePath: String) throws -> GoldFile {
        let base = relativePath.split(separator: ".").dropLast().joined(separator: ".")
        let data = try Data(contentsOf: url(base + ".expected.json"))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw CorpusError.malformedGold(relativePath)
        }
        return GoldFile(object)
    }
}

public enum CorpusError: Error, CustomStringConvertible {
    case notUTF8(String)
    case malformedGold(String)

    public var description: String {
        switch self {
        case .notUTF8(let path): return "\(path) is not UTF-8"
        case .malformedGold(let path): return "the gold file of \(path) is not a JSON object"
        }
    }
}

/// The fields of a gold file the foundation tests compare.
public struct GoldFile: Sendable {
    public var language: String?
    public var date: String?
    /// `meeting.participants[].name`.
    public var participantNames: [String]
    /// Name → e-mail for participants the gold file gives an address for.
    public var emails: [String: String]

    init(_ object: [String: Any]) {
        language = object["language"] as? String
        let meeting = object["meeting"] as? [String: Any] ?? [:]
        date = meeting["date"] as? String
        let participants = meeting["participants"] as? [[String: Any]] ?? []
        participantNames = participants.compactMap { $0["name"] as? String }
        var emails: [String: String] = [:]
        for participant in participants {
            if let name = participant["name"] as? String, let email = participant["email"] as? String { emails[name] = email }
        }
        self.emails = emails
    }
}
