import ArgumentParser
import Foundation
import Followup

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Manage the configuration file.",
        subcommands: [Init.self])

    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Write a commented example configuration.",
            discussion: "Writes to $XDG_CONFIG_HOME/followup/config.toml (else ~/.config/followup/config.toml) unless --print or --path is given.")

        @Flag(help: "Replace an existing file.")
        var force = false

        @Flag(name: .customLong("print"), help: "Print the example to standard output instead of writing it.")
        var printOnly = false

        @Option(help: "Write here instead of the default path.")
        var path: String?

        func run() throws {
            if printOnly {
                try Output.write(Configuration.exampleText)
                return
            }
            let target = path ?? Configuration.defaultPath()
            if FileManager.default.fileExists(atPath: target) && !force {
                throw ConfigExists(path: target)
            }
            let directory = URL(fileURLWithPath: target).deletingLastPathComponent().path
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Output.write(Configuration.exampleText, to: target)
            try Output.error("wrote \(Printable.path(target))")
        }
    }
}

/// `config init` would overwrite a file: exit status 1 with advice, not a usage error.
struct ConfigExists: Error, CustomStringConvertible {
    var path: String
    var description: String { "\(path) already exists; use --force to replace it, or --print to see the example" }
}
