import Foundation
import Followup
import FollowupExtraction
import FollowupText

extension Bench {
    // MARK: 7. Map

    /// `followup map` against the same documents processed in this process (one core each), and
    /// its peak memory over a large JSON Lines stream of transcripts.
    func map() throws -> Section {
        var section = Section(id: "map", title: "7. Map: `followup map` over JSON Lines, against in-process extraction")
        let binary = followupPath
        guard access(binary, X_OK) == 0, let help = try? runChild(binary, ["map", "--help"]), help.exitStatus == 0 else {
            section.unavailable = "map: not available (no `followup map` subcommand in \(binary) yet)"
            return section
        }
        let arguments = ["--now", Fixture.now, "--tz", Fixture.timeZone]
        for set in [smallNotes, transcripts] {
            // The documents a JSON string can carry as they are (the generator also writes legacy encodings).
            let unique = set.samples.compactMap { sample in String(validating: sample.bytes, as: UTF8.self).map { (sample.name, $0) } }
            // Repeated (fresh ids) into a stream long enough that one start-up is noise: throughput,
            // not set-up, is what a cluster pays for.
            let uniqueBytes = unique.reduce(0) { $0 + $1.1.utf8.count }
            let repeats = max(1, scale.mapStreamBytes / max(1, uniqueBytes))
            let texts = (0..<repeats).flatMap { round in unique.map { ("\(round)-" + $0.0, $0.1) } }
            let bytes = uniqueBytes * repeats
            progress("  map: \(set.title), in process and through map --jobs 1")
            let pipeline = Pipeline(options: environment.pipelineOptions)
            let date = CivilDate(iso: Fixture.date)
            let inProcess = try measure(set.policy, warmups: 1) {
                for (name, text) in texts { _ = try? pipeline.process(bytes: Array(text.utf8), source: name, date: date) }
            }
            let input = workDirectory + "/map-\(set.id).jsonl"
            let lines = texts.map { name, text in
                JSONValue.object([("id", .string(name)), ("text", .string(text)), ("date", .string(Fixture.date))]).compact + "\n"
            }
            FileManager.default.createFile(atPath: input, contents: Data(lines.joined().utf8))
            var failures = 0
            let mapped = try measure(set.policy, warmups: 1) {
                let result = try runChild(binary, ["map", "--jobs", "1"] + arguments, stdin: input)
                if !result.succeeded { failures += 1 }
            }
            let title = "\(set.title) × \(repeats)"
            let reference = Row(name: "in process: \(title)", timing: inProcess, bytes: bytes, items: texts.count)
            var row = Row(name: "map --jobs 1: \(title)", timing: mapped, bytes: bytes, items: texts.count)
            let ratio = inProcess.median / mapped.median
            row.note = "\(format(ratio * 100, decimals: 0))% of in-process documents/s" + (failures > 0 ? "; \(failures) runs FAILED" : "")
            row.extra = [("ofInProcess", .number(rounded(ratio)))]
            section.rows += [reference, row]
        }

        // Memory: transcripts repeated (fresh ids) up to the scale's size, --jobs 2, output discarded.
        let stream = workDirectory + "/map-stream.jsonl"
        let pieces = transcripts.samples.compactMap { sample in String(validating: sample.bytes, as: UTF8.self) }
        guard let handle = FileHandle(forWritingAtPath: stream) ?? {
            FileManager.default.createFile(atPath: stream, contents: nil)
            return FileHandle(forWritingAtPath: stream)
        }() else { return section }
        defer { try? FileManager.default.removeItem(atPath: stream) }
        var written = 0
        var documents = 0
        while written < scale.mapBytes {
            var chunk = ""
            for text in pieces {
                chunk += JSONValue.object([("id", .string("doc-\(documents)")), ("text", .string(text))]).compact + "\n"
                documents += 1
            }
            try handle.write(contentsOf: Data(chunk.utf8))
            written += chunk.utf8.count
        }
        try handle.close()
        progress("  map: \(formatBytes(written)) of JSON Lines (\(documents) transcripts), --jobs 2")
        let result = try runChild(binary, ["map", "--jobs", "2"] + arguments, stdin: stream)
        var row = Row(name: "map --jobs 2: \(formatBytes(written)) stream, \(documents) transcripts", timing: Timing([result.seconds]),
                      bytes: written, items: documents)
        let peak = result.peakResidentKB ?? 0
        row.note = "peak RSS \(format(Double(peak) / 1024, decimals: 1)) MB" + (result.succeeded ? "" : "; FAILED")
        row.extra = [("peakResidentKB", .number(Double(peak)))]
        section.rows.append(row)
        section.notes.append("in-process rows call Pipeline.process on the same texts in this process; map rows are whole "
            + "`followup map` runs (start-up, JSON in and out included), medians; peak RSS is VmHWM polled every 2 ms.")
        return section
    }
}
