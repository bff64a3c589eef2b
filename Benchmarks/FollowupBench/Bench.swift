import Foundation
import Followup
import FollowupDocument
import FollowupExtraction
import FollowupICU
import FollowupRendering
import FollowupText

/// A named set of generated inputs that several sections measure.
struct DocumentSet {
    var id: String
    var title: String
    var samples: [Sample]
    var policy: RunPolicy

    var bytes: Int { samples.reduce(0) { $0 + $1.bytes.count } }
}

/// Runs the sections and collects their rows; one instance per benchmark run, on one thread.
final class Bench {
    let scale: Scale
    let quick: Bool
    let started = MonotonicClock.seconds()
    let environment: RunEnvironment
    let workDirectory: String
    var report = Report()

    /// Full-pipeline rows per set id, measured once and shared by the sections that need them.
    private var fullRows: [String: Row] = [:]
    private var floorRows: [String: Row] = [:]
    private var startupRow: Row?
    /// Per job count: the row, the peak resident set size, and how many files the run covered.
    private var batchRows: [Int: (row: Row, peakKB: Int, files: Int)] = [:]
    private var growthRatio: (ratio: Double, complete: Bool)?

    init(scale: Scale, quick: Bool, workDirectory: String) throws {
        self.scale = scale
        self.quick = quick
        self.workDirectory = workDirectory
        environment = try Bench.makeEnvironment()
    }

    /// The fixed date, clock and zone; no configuration file (XDG_CONFIG_HOME points at an empty folder).
    static func makeEnvironment() throws -> RunEnvironment {
        try RunEnvironment(now: Fixture.now, timeZone: Fixture.timeZone, date: Fixture.date, maxBytes: 512 * megabyte)
    }

    var elapsed: Double { MonotonicClock.seconds() - started }

    // MARK: Inputs

    lazy var smallNotes = DocumentSet(
        id: "small", title: "small notes (\(formatBytes(scale.smallBytes)) × \(scale.smallCount))",
        samples: CorpusGenerator.set(SampleFormat.notes, bytes: scale.smallBytes, count: scale.smallCount), policy: scale.setPolicy)

    lazy var transcripts = DocumentSet(
        id: "transcripts", title: "transcripts (\(formatBytes(scale.transcriptBytes)) × \(scale.transcriptCount))",
        samples: CorpusGenerator.set(SampleFormat.transcripts, bytes: scale.transcriptBytes, count: scale.transcriptCount),
        policy: scale.setPolicy)

    lazy var big = DocumentSet(
        id: "big", title: "one \(formatBytes(scale.bigBytes)) Teams VTT (en)",
        samples: [Bench.growthSample(bytes: scale.bigBytes)], policy: scale.bigPolicy)

    /// The input of the growth test (and of the big-file throughput row): one English Teams transcript.
    static func growthSample(bytes: Int) -> Sample {
        CorpusGenerator.sample(.teamsVTT, .en, bytes: bytes, index: 0)
    }

    var throughputSets: [DocumentSet] { [smallNotes, transcripts, big] }

    // MARK: 1. Throughput

    /// The full pipeline (`Pipeline.process(bytes:source:)`) over every document of `set`, one
    /// `Pipeline` reused as a batch worker would, with per-format and per-language sub-rows.
    func fullPipeline(_ set: DocumentSet) throws -> (total: Row, details: [Row]) {
        progress("  full pipeline: \(set.title)")
        let pipeline = Pipeline(options: environment.pipelineOptions)
        var breakdown = BreakdownTimer()
        var failures = 0
        var records = 0
        let warmups = set.samples.count > 1 ? 1 : 0
        if warmups == 0 { _ = try? pipeline.process(bytes: smallNotes.samples[0].bytes, source: smallNotes.samples[0].name) }
        var pass = 0
        let timing = try measure(set.policy, warmups: warmups) {
            for sample in set.samples {
                let start = MonotonicClock.seconds()
                do {
                    let output = try pipeline.process(bytes: sample.bytes, source: sample.name)
                    if pass == 0 { records += output.record.actionItems.count }
                } catch {
                    if pass == 0 { failures += 1 }
                }
                let seconds = MonotonicClock.seconds() - start
                breakdown.add(sample.format.rawValue, seconds: seconds, bytes: sample.bytes.count)
                breakdown.add(sample.language.rawValue, seconds: seconds, bytes: sample.bytes.count)
            }
            breakdown.finishPass()
            if pass == 0 && warmups == 1 { breakdown.discardPasses() }
            pass += 1
        }
        var total = Row(name: set.title, timing: timing, bytes: set.bytes, items: set.samples.count)
        total.note = "\(records) action items found" + (failures > 0 ? "; \(failures) documents FAILED" : "")
        var details: [Row] = []
        if set.samples.count > 1 {
            let keys = SampleFormat.allCases.map(\.rawValue) + Language.allCases.map(\.rawValue)
            for key in keys {
                guard let timing = breakdown.timing(key) else { continue }
                details.append(Row(name: key, timing: timing, bytes: breakdown.bytes[key], items: breakdown.documents[key], detail: true))
            }
        }
        fullRows[set.id] = total
        return (total, details)
    }

    func fullRow(_ set: DocumentSet) throws -> Row {
        if let row = fullRows[set.id] { return row }
        return try fullPipeline(set).total
    }

    func throughput() throws -> Section {
        var section = Section(id: "throughput", title: "1. Extraction throughput, full pipeline, one core (Pipeline.process(bytes:source:), --date \(Fixture.date))")
        for set in throughputSets {
            let (total, details) = try fullPipeline(set)
            section.rows.append(total)
            section.rows += details
        }
        section.notes.append("MB = 2^20 bytes; per-format and per-language rows are the same runs split by document.")
        return section
    }

    // MARK: 2. ICU floor

    /// ICU alone over the same bytes: decode, NFKC_Casefold of the whole text, word and sentence
    /// breaks over its UTF-8, with the iterators the segmenter uses.
    func floor() throws -> Section {
        var section = Section(id: "floor", title: "2. ICU floor: decode + NFKC_Casefold + word and sentence breaks, same bytes")
        var iterators: [Language: (word: BreakIterator, sentence: BreakIterator)] = [:]
        for language in Language.allCases {
            let locale = Lexicons.lexicon(for: language.rawValue)?.icuLocale ?? language.rawValue
            iterators[language] = (try BreakIterator(.word, locale: locale), try BreakIterator(.sentence, locale: locale + "@ss=standard"))
        }
        for set in throughputSets {
            progress("  ICU floor: \(set.title)")
            let decodedTexts = try set.samples.map { try TextDecoder.decode($0.bytes).text }
            var segments = 0
            let steps: [(String, () throws -> Void)] = [
                ("decode (TextDecoder.decode)", { for sample in set.samples { _ = try TextDecoder.decode(sample.bytes) } }),
                ("normalize (nfkcCasefold, whole text)", { for text in decodedTexts { _ = try Normalization.nfkcCasefold.apply(text) } }),
                ("word breaks", {
                    for (i, text) in decodedTexts.enumerated() {
                        var text = text
                        try text.withUTF8 { try iterators[set.samples[i].language]!.word.forEachSegment(in: $0) { _, _ in segments += 1 } }
                    }
                }),
                ("sentence breaks", {
                    for (i, text) in decodedTexts.enumerated() {
                        var text = text
                        try text.withUTF8 { try iterators[set.samples[i].language]!.sentence.forEachSegment(in: $0) { _, _ in segments += 1 } }
                    }
                }),
            ]
            let floorTiming = try measure(set.policy) {
                for sample in set.samples {
                    let decoded = try TextDecoder.decode(sample.bytes)
                    _ = try Normalization.nfkcCasefold.apply(decoded.text)
                    var text = decoded.text
                    let pair = iterators[sample.language]!
                    try text.withUTF8 { buffer in
                        try pair.word.forEachSegment(in: buffer) { _, _ in segments += 1 }
                        try pair.sentence.forEachSegment(in: buffer) { _, _ in segments += 1 }
                    }
                }
            }
            let full = try fullRow(set)
            var floorRow = Row(name: "floor: " + set.title, timing: floorTiming, bytes: set.bytes, items: set.samples.count)
            let ratio = full.timing!.median / floorTiming.median
            floorRow.note = "full pipeline / floor = \(format(ratio, decimals: 2))×"
            floorRow.extra = [("fullOverFloor", .number(rounded(ratio)))]
            floorRows[set.id] = floorRow
            section.rows.append(floorRow)
            for (name, step) in steps {
                let timing = try measure(set.policy, step)
                var row = Row(name: name, timing: timing, bytes: set.bytes, items: set.samples.count, detail: true)
                row.share = timing.median / floorTiming.median
                section.rows.append(row)
            }
            var reference = full
            reference.name = "full pipeline (reference)"
            reference.detail = true
            reference.note = ""
            section.rows.append(reference)
        }
        section.notes.append("share = part of the floor. The facade's NFKC_Casefold of ASCII-only text is a plain lowercase (as in the pipeline).")
        return section
    }

    // MARK: 3. Stages

    /// Each stage alone over pre-computed inputs of the previous stage. Extraction rows run the
    /// whole extractor (segmentation, language detection, the rule loop) with one family on;
    /// nothing is subtracted.
    func stages() throws -> [Section] {
        let sets = [
            DocumentSet(id: "stage-small", title: "small notes (\(formatBytes(scale.smallBytes)) × \(scale.stageSmallCount))",
                        samples: Array(smallNotes.samples.prefix(scale.stageSmallCount)), policy: scale.setPolicy),
            DocumentSet(id: "stage-transcripts", title: "transcripts (\(formatBytes(scale.transcriptBytes)) × \(scale.stageTranscriptCount))",
                        samples: CorpusGenerator.set(SampleFormat.transcripts, bytes: scale.transcriptBytes, count: scale.stageTranscriptCount),
                        policy: scale.setPolicy),
        ]
        return try sets.map(stages)
    }

    func stages(_ set: DocumentSet) throws -> Section {
        progress("  stages: \(set.title)")
        var section = Section(id: "stages", title: "3. Stage costs: \(set.title), each stage alone")
        let options = environment.pipelineOptions
        let decoded = try set.samples.map { try TextDecoder.decode($0.bytes) }
        let documents = zip(decoded, set.samples).map { DocumentParser.parse($0, source: $1.name) }
        let extractor = Extractor()
        let lexicons = documents.map { LanguageDetector.detect($0) }
        func extractionOptions(_ families: Set<RuleFamily>) -> ExtractionOptions {
            var result = ExtractionOptions(
                date: options.date, time: options.time, fallbackDate: options.today, timeZone: options.timeZone, locale: options.locale)
            result.families = families
            return result
        }
        let pipeline = Pipeline(options: options)
        let records = try set.samples.map { try pipeline.process(bytes: $0.bytes, source: $0.name).record }
        let renderers = Renderers(environment: environment)

        var steps: [(String, String, () throws -> Void)] = [
            ("decode", "TextDecoder.decode", { for sample in set.samples { _ = try TextDecoder.decode(sample.bytes) } }),
            ("parse", "DocumentParser.parse", { for (text, sample) in zip(decoded, set.samples) { _ = DocumentParser.parse(text, source: sample.name) } }),
            ("language detection", "LanguageDetector.detect", { for document in documents { _ = LanguageDetector.detect(document) } }),
            ("segmentation", "Segmenter.sentences, every utterance", {
                for (document, lexicon) in zip(documents, lexicons) {
                    let segmenter = try extractor.segmenter(for: lexicon)
                    for utterance in document.utterances { _ = try segmenter.sentences(in: utterance.text) }
                }
            }),
            ("extract: no families", "segmentation + analysis, no rules", {
                for document in documents { _ = try extractor.extract(document, options: extractionOptions([])) }
            }),
        ]
        for family in RuleFamily.allCases {
            let note = family == .actionItems || family == .nextContact ? "families = [\(family)] (runs dates too)" : "families = [\(family)]"
            steps.append(("extract: \(family) alone", note, {
                for document in documents { _ = try extractor.extract(document, options: extractionOptions([family])) }
            }))
        }
        steps.append(("extract: all families", "Extractor.extract", {
            for document in documents { _ = try extractor.extract(document, options: extractionOptions(Set(RuleFamily.allCases))) }
        }))
        steps.append(("full pipeline", "Pipeline.process(bytes:source:)", {
            for sample in set.samples { _ = try pipeline.process(bytes: sample.bytes, source: sample.name) }
        }))
        steps.append(("render: summary text", "Renderers.summary(_, format: .text)", {
            for record in records { _ = renderers.summary(record, format: .text) }
        }))
        steps.append(("render: email", "Renderers.email (RFC 5322 + calendar)", { for record in records { _ = try renderers.email(record) } }))
        steps.append(("render: calendar", "Renderers.calendar([record])", { for record in records { _ = try renderers.calendar([record]) } }))
        steps.append(("render: JSON record", "record.json.compact", { for record in records { _ = record.json.compact } }))

        var rows: [Row] = []
        for (name, note, step) in steps {
            let timing = try measure(set.policy, step)
            rows.append(Row(name: name, timing: timing, bytes: set.bytes, items: set.samples.count, note: note))
        }
        let fullMedian = rows.first { $0.name == "full pipeline" }!.timing!.median
        for i in rows.indices { rows[i].share = rows[i].timing!.median / fullMedian }
        section.rows = rows
        let slowestRule = rows.filter { $0.name.hasSuffix(" alone") }.max { $0.timing!.median < $1.timing!.median }
        let slowestRenderer = rows.filter { $0.name.hasPrefix("render:") }.max { $0.timing!.median < $1.timing!.median }
        section.notes.append("share = part of the full pipeline on this set. Each row is measured on its own; nothing is subtracted, "
            + "so extraction rows include segmentation and the shared analysis (see \"no families\").")
        if let slowestRule, let slowestRenderer {
            section.notes.append("slowest family alone: \(slowestRule.name.dropFirst(9).dropLast(6)); slowest renderer: \(slowestRenderer.name.dropFirst(8)).")
        }
        return section
    }

    // MARK: 4. Start-up

    var followupPath: String {
        URL(fileURLWithPath: ownExecutablePath()).deletingLastPathComponent().appendingPathComponent("followup").path
    }

    func startup() throws -> Section {
        var section = Section(id: "startup", title: "4. Start-up: release `followup extract` on a 2 KB note piped on stdin")
        let binary = followupPath
        guard access(binary, X_OK) == 0 else {
            section.unavailable = "start-up: not available (no followup binary at \(binary); build it into the same folder)"
            return section
        }
        let note = workDirectory + "/startup-note.txt"
        let sample = CorpusGenerator.sample(.plain, .en, bytes: scale.smallBytes, index: 0)
        FileManager.default.createFile(atPath: note, contents: Data(sample.bytes))
        let policy = RunPolicy(minimum: scale.startupRuns, maximum: scale.startupRuns, budget: 0)
        let runs: [(String, String, [String])] = [
            ("spawn floor: /bin/true", "/bin/true", []),
            ("followup --version", binary, ["--version"]),
            ("followup extract < 2 KB note", binary, ["extract", "--date", Fixture.date, "--tz", Fixture.timeZone, "--now", Fixture.now]),
        ]
        for (name, path, arguments) in runs {
            progress("  start-up: \(name)")
            var failures = 0
            let timing = try measure(policy, warmups: 2) {
                if !(try runChild(path, arguments, stdin: note)).succeeded { failures += 1 }
            }
            var row = Row(name: name, timing: timing, items: 1)
            if failures > 0 { row.note = "\(failures) runs FAILED" }
            section.rows.append(row)
            if arguments.first == "extract" { startupRow = row }
        }
        section.notes.append("wall time from posix_spawn to wait4, median of \(scale.startupRuns) runs after 2 warm-ups.")
        return section
    }

    // MARK: 5. Batch

    func batch() throws -> Section {
        var section = Section(id: "batch", title: "5. Batch: `followup batch IN --out OUT --jobs N` over \(scale.batchFiles) generated small notes")
        let binary = followupPath
        guard access(binary, X_OK) == 0,
            let help = try? runChild(binary, ["batch", "--help"]), help.exitStatus == 0
        else {
            section.unavailable = "batch: not available (no `followup batch` subcommand in \(binary) yet)"
            return section
        }
        progress("  batch: writing \(scale.batchFiles) notes")
        let input = workDirectory + "/batch-in"
        var folders: [(path: String, files: Int, bytes: Int)] = []
        for i in 0..<scale.batchFiles {
            if i % 100 == 0 {
                folders.append((input + "/team-\(i / 100)", 0, 0))
                try FileManager.default.createDirectory(atPath: folders[folders.count - 1].path, withIntermediateDirectories: true)
            }
            let sample = CorpusGenerator.sample(
                SampleFormat.notes[i % 2], Language.allCases[(i / 2) % 2], bytes: scale.smallBytes, index: 100_000 + i)
            folders[folders.count - 1].files += 1
            folders[folders.count - 1].bytes += sample.bytes.count
            let path = folders[folders.count - 1].path + "/" + sample.name
            guard FileManager.default.createFile(atPath: path, contents: Data(sample.bytes)) else {
                throw SpawnError(path: path, code: errno)
            }
        }
        let arguments = ["--quiet", "--json", "--date", Fixture.date, "--tz", Fixture.timeZone, "--now", Fixture.now]
        // Both runs cover the same files, so the speed-up compares like with like. When all of them
        // cannot fit in the time budget (keeping some for growth), a calibration run on 200 files
        // decides how many folders of 100 the two runs share.
        let reserve = quick ? 4.0 : 45.0
        var chosen = folders.count
        if folders.count > 2 {
            progress("  batch: calibration, 200 files, --jobs 1")
            let calibration = try runChild(
                binary, ["batch", folders[0].path, folders[1].path, "--out", workDirectory + "/batch-calibration", "--jobs", "1"] + arguments,
                stdout: workDirectory + "/batch-calibration.json", timeout: 60, stopSignal: SIGTERM)
            try? FileManager.default.removeItem(atPath: workDirectory + "/batch-calibration")
            let rate = 200 / calibration.seconds
            let available = scale.budget - elapsed - reserve
            // --jobs 1 and --jobs 2 together take about 1.6 runs of --jobs 1; keep a margin for growth
            // of the per-file cost with the file count.
            chosen = min(folders.count, max(2, Int(available * 0.7 * rate / 1.6) / 100))
            var row = Row(name: "calibration (--jobs 1, 200 files)", timing: Timing([calibration.seconds]), bytes: folders[0].bytes + folders[1].bytes, items: 200)
            row.note = chosen < folders.count ? "→ both runs take \(chosen * 100) of \(scale.batchFiles) files to fit the time budget" : ""
            section.rows.append(row)
        }
        let selected = folders.prefix(chosen)
        let files = selected.reduce(0) { $0 + $1.files }
        let inputBytes = selected.reduce(0) { $0 + $1.bytes }
        var outputs: [String] = []
        defer { for output in outputs { try? FileManager.default.removeItem(atPath: output) } }
        for jobs in [1, 2] {
            progress("  batch: --jobs \(jobs), \(files) files")
            let available = max(quick ? 3 : 30, scale.budget - elapsed - reserve)
            let cap = jobs == 1 ? available * 0.65 : available
            // Every run writes to a fresh folder and the folders go at the end: ext4 skips inodes
            // freed in the last 30 s when it allocates, so deleting 40,000 outputs right before a
            // run would make the kernel's inode search, not followup, the cost being measured.
            let output = { (run: Int) in self.workDirectory + "/batch-out-\(jobs)-\(run)" }
            let summaryPath = workDirectory + "/batch-\(jobs).json"
            var runs: [(result: ChildResult, summary: BatchRunSummary?)] = []
            var spent = 0.0
            while runs.count < scale.batchPolicy.minimum
                || (runs.count < scale.batchPolicy.maximum && spent < scale.batchPolicy.budget && spent * 2 < cap)
            {
                let result = try runChild(
                    binary, ["batch"] + selected.map(\.path) + ["--out", output(runs.count), "--jobs", "\(jobs)"] + arguments,
                    stdout: summaryPath, stderr: workDirectory + "/batch-\(jobs).err", timeout: cap - spent, stopSignal: SIGTERM)
                spent += result.seconds
                runs.append((result, BatchRunSummary(path: summaryPath)))
                if result.timedOut || !(result.exitStatus == 0) { break }
            }
            outputs += (0..<runs.count).map(output)
            let peak = runs.compactMap(\.result.peakResidentKB).max() ?? 0
            let last = runs[runs.count - 1]
            var row = Row(name: "--jobs \(jobs) (\(files) files)", items: files)
            var problem: String?
            if let summary = last.summary, summary.processed > 0 {
                // Files per second from what the run reports it processed, over its whole wall time.
                let complete = !last.result.timedOut && summary.processed + summary.duplicates == files
                if complete {
                    row.timing = Timing(runs.map(\.result.seconds))
                    row.bytes = inputBytes
                } else {
                    let perFile = last.result.seconds / Double(summary.processed)
                    row.timing = Timing([perFile * Double(files)])
                    problem = "STOPPED at the time budget after \(summary.processed) of \(files) files "
                        + "(\(format(last.result.seconds, decimals: 1)) s); time and files/s extrapolated"
                }
                if summary.failed > 0 { problem = (problem.map { $0 + "; " } ?? "") + "\(summary.failed) FAILED" }
                batchRows[jobs] = (row, peak, complete ? files : summary.processed)
            } else {
                let stderrText = (try? String(contentsOfFile: workDirectory + "/batch-\(jobs).err", encoding: .utf8)) ?? ""
                problem = "FAILED: exit \(last.result.exitStatus.map(String.init) ?? "signal \(last.result.signal ?? 0)") "
                    + (stderrText.split(separator: "\n").last.map(String.init) ?? "")
            }
            row.note = "peak RSS \(format(Double(peak) / 1024, decimals: 1)) MB" + (problem.map { "; \($0)" } ?? "")
            row.extra = [("peakResidentKB", .number(Double(peak)))]
            section.rows.append(row)
        }
        if let one = batchRows[1], let two = batchRows[2] {
            let speedUp = one.row.timing!.median / two.row.timing!.median
            section.notes.append("speed-up with 2 jobs: \(format(speedUp, decimals: 2))×; docs/s = files/s.")
        }
        section.notes.append("each run starts from an empty OUT and writes json, md, eml, ics per input plus the aggregates; "
            + "peak RSS is the batch process's VmHWM (/proc/PID/status, polled every 2 ms).")
        return section
    }

    /// What `followup batch --json` reports at the end of a run (also after SIGTERM).
    struct BatchRunSummary {
        var processed: Int
        var failed: Int
        var duplicates: Int

        init?(path: String) {
            guard let data = FileManager.default.contents(atPath: path),
                let line = String(decoding: data, as: UTF8.self).split(separator: "\n").last,
                let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let processed = object["processed"] as? Int
            else { return nil }
            self.processed = processed
            failed = object["failed"] as? Int ?? 0
            duplicates = object["duplicates"] as? Int ?? 0
        }
    }

    // MARK: 6. Growth

    func growth() throws -> Section {
        var section = Section(id: "growth", title: "6. Growth: full pipeline on one Teams VTT (en) of each size")
        var previous: (bytes: Int, seconds: Double)?
        for (index, size) in scale.growthSizes.enumerated() {
            progress("  growth: \(formatBytes(size))")
            var row: Row
            var complete = true
            if index < scale.growthSizes.count - 1 {
                // Every size runs in a fresh child process, as the largest must (its memory stays out
                // of this one): all sizes then pay the same first-touch page faults, and the ratio
                // compares like with like.
                var seconds: [Double] = []
                var peak = 0
                for _ in 0..<3 {
                    let result = try runChild(
                        ownExecutablePath(), ["--child-pipeline", "\(size)"], stdout: workDirectory + "/child.json",
                        stderr: workDirectory + "/child.err", timeout: 120)
                    let child = FileManager.default.contents(atPath: workDirectory + "/child.json")
                        .flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
                    guard result.succeeded, let time = child?["seconds"] as? Double else { throw SpawnError(path: "--child-pipeline", code: -1) }
                    seconds.append(time)
                    peak = max(peak, result.peakResidentKB ?? 0)
                }
                row = Row(name: "", timing: Timing(seconds), bytes: size, items: 1)
                row.note = "child process, peak RSS \(format(Double(peak) / 1024, decimals: 0)) MB (incl. the generated input)"
                row.extra = [("peakResidentKB", .number(Double(peak)))]
            } else {
                // The largest input runs in a child process: its memory stays out of this one, and a
                // run far over the target is stopped instead of eating the time budget.
                let remaining = scale.budget - elapsed - 5
                let cap = previous.map { $0.seconds * 25 } ?? remaining
                let timeout = max(20, min(remaining, cap))
                let result = try runChild(
                    ownExecutablePath(), ["--child-pipeline", "\(size)"], stdout: workDirectory + "/child.json",
                    stderr: workDirectory + "/child.err", timeout: timeout)
                let child = FileManager.default.contents(atPath: workDirectory + "/child.json")
                    .flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
                if result.succeeded, let seconds = child?["seconds"] as? Double {
                    row = Row(name: "", timing: Timing([seconds]), bytes: size, items: 1)
                    row.note = "child process, peak RSS \(format(Double(result.peakResidentKB ?? 0) / 1024, decimals: 0)) MB (incl. the generated input)"
                } else {
                    complete = false
                    row = Row(name: "", timing: Timing([result.seconds]), bytes: size, items: 1)
                    row.note = result.timedOut
                        ? "STOPPED after \(format(timeout, decimals: 0)) s (time budget); the figure is a lower bound"
                        : "child FAILED (exit \(result.exitStatus.map(String.init) ?? "signal \(result.signal ?? 0)"))"
                }
                row.extra = [("peakResidentKB", .number(Double(result.peakResidentKB ?? 0)))]
            }
            row.name = formatBytes(size)
            row.detail = false
            let seconds = row.timing!.median
            if let previous {
                let ratio = seconds / previous.seconds
                let sizeRatio = Double(size) / Double(previous.bytes)
                row.note = "\(format(ratio, decimals: 2))× the time of \(formatBytes(previous.bytes)) (size \(format(sizeRatio, decimals: 0))×)"
                    + (row.note.isEmpty ? "" : "; " + row.note)
                if index == scale.growthSizes.count - 1 { growthRatio = (ratio, complete) }
            }
            section.rows.append(row)
            previous = (size, seconds)
        }
        return section
    }

    /// `--child-pipeline BYTES`: generate the growth input of that size, run the pipeline once,
    /// print {"seconds": ..., "bytes": ...}.
    static func childPipeline(bytes: Int) throws {
        let sample = growthSample(bytes: bytes)
        let pipeline = Pipeline(options: try makeEnvironment().pipelineOptions)
        let warm = CorpusGenerator.sample(.plain, .en, bytes: 2048, index: 0)
        _ = try pipeline.process(bytes: warm.bytes, source: warm.name)
        let start = MonotonicClock.seconds()
        _ = try pipeline.process(bytes: sample.bytes, source: sample.name)
        let seconds = MonotonicClock.seconds() - start
        print("{\"seconds\": \(seconds), \"bytes\": \(sample.bytes.count)}")
    }

    // MARK: Targets

    func targets() -> [TargetCheck] {
        var checks: [TargetCheck] = []
        for set in throughputSets {
            let name = set.id == "big" ? "one \(formatBytes(scale.bigBytes)) file" : set.id == "small" ? "small notes" : "transcripts"
            if let row = fullRows[set.id], let speed = row.megabytesPerSecond {
                checks.append(TargetCheck(name: "end-to-end, \(name)", target: "≥ 10 MB/s", measured: format(speed, decimals: 2) + " MB/s",
                                          status: speed >= 10 ? .pass : .miss, value: speed))
            } else {
                checks.append(TargetCheck(name: "end-to-end, \(name)", target: "≥ 10 MB/s", measured: "not measured", status: .notMeasured))
            }
        }
        for set in throughputSets {
            let name = set.id == "big" ? "one \(formatBytes(scale.bigBytes)) file" : set.id == "small" ? "small notes" : "transcripts"
            if let full = fullRows[set.id], let floor = floorRows[set.id] {
                let ratio = full.timing!.median / floor.timing!.median
                checks.append(TargetCheck(name: "pipeline / ICU floor, \(name)", target: "≤ 2.5×", measured: format(ratio, decimals: 2) + "×",
                                          status: ratio <= 2.5 ? .pass : .miss, value: ratio))
            } else {
                checks.append(TargetCheck(name: "pipeline / ICU floor, \(name)", target: "≤ 2.5×", measured: "not measured", status: .notMeasured))
            }
        }
        if let row = startupRow, let timing = row.timing {
            let ms = timing.median * 1000
            checks.append(TargetCheck(name: "start-up, extract 2 KB on stdin", target: "≤ 15 ms", measured: format(ms, decimals: 1) + " ms",
                                      status: ms <= 15 ? .pass : .miss, value: ms))
        } else {
            checks.append(TargetCheck(name: "start-up, extract 2 KB on stdin", target: "≤ 15 ms", measured: "not measured", status: .notMeasured))
        }
        if let one = batchRows[1], let two = batchRows[2] {
            let speedUp = one.row.timing!.median / two.row.timing!.median
            let covered = min(one.files, two.files)
            let partial = covered < scale.batchFiles ? " (\(covered) of \(scale.batchFiles) files)" : ""
            checks.append(TargetCheck(name: "batch speed-up, 2 jobs", target: "≥ 1.7×", measured: format(speedUp, decimals: 2) + "×" + partial,
                                      status: speedUp >= 1.7 ? .pass : .miss, value: speedUp))
            let peak = Double(max(one.peakKB, two.peakKB)) / 1024
            let files = min(one.files, two.files)
            let complete = files == scale.batchFiles
            let measured = format(peak, decimals: 1) + " MB" + (complete ? " (max of both)" : " at \(files) of \(scale.batchFiles) files")
            checks.append(TargetCheck(name: "batch peak RSS, \(scale.batchFiles) files", target: "≤ 64 MB", measured: measured,
                                      status: peak > 64 ? .miss : complete ? .pass : .notMeasured, value: peak))
        } else {
            checks.append(TargetCheck(name: "batch speed-up, 2 jobs", target: "≥ 1.7×", measured: "not measured", status: .notMeasured))
            checks.append(TargetCheck(name: "batch peak RSS, \(scale.batchFiles) files", target: "≤ 64 MB", measured: "not measured", status: .notMeasured))
        }
        let sizes = scale.growthSizes
        let growthName = "\(formatBytes(sizes[sizes.count - 1])) / \(formatBytes(sizes[sizes.count - 2])) time"
        if let growth = growthRatio {
            checks.append(TargetCheck(name: growthName, target: "≤ 11×", measured: (growth.complete ? "" : "> ") + format(growth.ratio, decimals: 2) + "×",
                                      status: growth.ratio <= 11 && growth.complete ? .pass : .miss, value: growth.ratio))
        } else {
            checks.append(TargetCheck(name: growthName, target: "≤ 11×", measured: "not measured", status: .notMeasured))
        }
        return checks
    }
}
