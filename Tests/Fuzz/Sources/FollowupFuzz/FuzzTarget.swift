import Foundation
import Followup
import FollowupDocument
import FollowupExtraction
import FollowupLint
import FollowupText

/// What one fuzz input feeds, and the invariants checked on what comes out. A broken invariant
/// is a `fatalError`, which libFuzzer reports as a crash and keeps the input that caused it.
enum FuzzTarget: String, CaseIterable {
    /// Charset detection, decoding and format detection.
    case decode
    /// Each reader on decoded text, the format forced.
    case notes, vtt, srt, otter, whisper
    /// The configuration (TOML) and people-map loader; a configuration that loads is then used
    /// to render a fixed meeting's e-mail and calendar.
    case config
    /// Bytes through the whole pipeline to every renderer.
    case pipeline
    /// A draft (text or an RFC 5322 message with MIME parts) through `lint`.
    case lint

    nonisolated(unsafe) static var selected = FuzzTarget.decode

    func run(_ bytes: [UInt8]) {
        switch self {
        case .decode:
            guard let decoded = try? TextDecoder.decode(bytes) else { return }
            _ = DocumentParser.detectFormat(source: "fuzz.txt", text: decoded.text)
            _ = DocumentParser.detectFormat(source: "-", text: decoded.text)
        case .notes: read(bytes, as: .markdown)
        case .vtt: read(bytes, as: .vtt)
        case .srt: read(bytes, as: .srt)
        case .otter: read(bytes, as: .otter)
        case .whisper: read(bytes, as: .whisper)
        case .config:
            let text = String(decoding: bytes, as: UTF8.self)
            _ = try? PeopleMapFile.parse(text, path: "people.toml")
            guard let configuration = try? Configuration.parse(text, path: "config.toml") else { return }
            var environment = Fuzzing.environment
            environment.configuration = configuration
            Invariants.render(Fuzzing.sampleRecord, with: Renderers(environment: environment))
        case .lint:
            guard let report = try? DraftReview(environment: Fuzzing.environment, disabled: []).review(bytes, name: "fuzz.eml", notes: nil)
            else { return }
            let lines = bytes.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            for finding in report.findings {
                Invariants.require(LintRules.ids.contains(finding.rule), "unknown rule \(finding.rule)")
                if let line = finding.line { Invariants.require(line >= 1 && line <= lines, "finding on line \(line) of \(lines)") }
            }
        case .pipeline:
            guard let output = try? Fuzzing.pipeline.process(bytes: bytes, source: "fuzz.txt") else { return }
            Invariants.check(output.record)
            Invariants.render(output.record, with: Fuzzing.renderers)
        }
    }

    private func read(_ bytes: [UInt8], as format: InputFormat) {
        guard let decoded = try? TextDecoder.decode(bytes) else { return }
        let document = DocumentParser.parse(decoded, source: "fuzz", format: format)
        let lines = document.lines.count
        for utterance in document.utterances {
            for piece in utterance.pieces {
                Invariants.require(piece.line >= 1 && piece.line <= max(1, lines), "utterance line \(piece.line) of \(lines)")
            }
        }
    }
}

/// One pipeline and one set of renderers for the whole run, with a fixed clock.
enum Fuzzing {
    nonisolated(unsafe) static let environment: RunEnvironment = {
        do {
            return try RunEnvironment(
                configPath: nil, now: "2026-11-23T17:00:00Z", timeZone: "Europe/Berlin", date: "2026-11-23", maxBytes: 1 << 20)
        } catch {
            fatalError("fuzz set-up: \(error)")
        }
    }()
    nonisolated(unsafe) static let pipeline = Pipeline(options: environment.pipelineOptions)
    nonisolated(unsafe) static let renderers = Renderers(environment: environment)
    nonisolated(unsafe) static let sampleRecord: ExtractionRecord = {
        let notes = "Date: 2026-11-23\nAttendees: Alice Chen <alice@example.com>, Bob\n\n- Alice will send the deck by Friday\n"
        guard let output = try? pipeline.process(bytes: Array(notes.utf8), source: "sample.txt") else { fatalError("sample") }
        return output.record
    }()
}
