import Foundation

/// Why a configuration or people file could not be used; names the file, key and line.
public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var message: String
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
    public var description: String { "\(path): \(message)" }
}

extension Configuration {
    /// Loads `path`, or the default path when nil; a missing default file gives the defaults.
    public static func load(path: String?) throws -> Configuration {
        // Replaced by the TOML loader (see ConfigurationFile.swift when present).
        Configuration()
    }
}

public enum PeopleMapFile {
    public static func load(path: String) throws -> PeopleMap {
        PeopleMap()
    }
}
