import Foundation
import FollowupExtraction

/// followup-bench: generates its inputs, measures the pipeline, its stages, start-up, batch and
/// growth, and sets the figures against issue 6's targets.
///
///     swift build -c release --static-swift-stdlib --scratch-path .build-bench --product followup-bench
///     swift build -c release --static-swift-stdlib --scratch-path .build-bench --product followup
///     .build-bench/release/followup-bench [--quick] [--only SECTION] [--json] [--json-out FILE]

struct BenchOptions {
    var quick = false
    var only: Set<SectionID>?
    var json = false
    var jsonOut: String?
    var childPipelineBytes: Int?
    var samplesDirectory: String?
    var sampleBytes = 4096
    var sampleCount = 1

    static let usage = """
        USAGE: followup-bench [--quick] [--only SECTION[,SECTION...]] [--json] [--json-out FILE]

          --quick           smaller inputs and fewer runs (a smoke run of under 30 s)
          --only SECTION    run only these sections: \(SectionID.allCases.map(\.rawValue).joined(separator: ", "))
          --json            print the report as JSON on standard output (the table goes to standard error)
          --json-out FILE   also write the JSON report to FILE
          --write-samples DIR [--sample-size BYTES] [--sample-count N]
                            write N generated inputs (default 1) per format and language to DIR and exit
          -h, --help        show this help

        Build both products in one folder first (followup-bench spawns the followup next to it):
          swift build -c release --static-swift-stdlib --scratch-path .build-bench --product followup-bench
          swift build -c release --static-swift-stdlib --scratch-path .build-bench --product followup
        """

    init(arguments: [String]) throws {
        var rest = arguments[...]
        func value(_ flag: String) throws -> String {
            guard let next = rest.popFirst() else { throw UsageError("\(flag) needs a value") }
            return next
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--quick": quick = true
            case "--json": json = true
            case "--json-out": jsonOut = try value(argument)
            case "--only":
                var sections = only ?? []
                for name in try value(argument).split(separator: ",") {
                    guard let section = SectionID(rawValue: String(name)) else {
                        throw UsageError("unknown section '\(name)'; one of: \(SectionID.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    sections.insert(section)
                }
                only = sections
            case "--write-samples": samplesDirectory = try value(argument)
            case "--sample-size":
                guard let bytes = Int(try value(argument)), bytes > 0 else { throw UsageError("--sample-size needs a byte count") }
                sampleBytes = bytes
            case "--sample-count":
                guard let count = Int(try value(argument)), count > 0 else { throw UsageError("--sample-count needs a number") }
                sampleCount = count
            case "--child-pipeline":
                guard let bytes = Int(try value(argument)), bytes > 0 else { throw UsageError("--child-pipeline needs a byte count") }
                childPipelineBytes = bytes
            case "-h", "--help":
                print(BenchOptions.usage)
                exit(0)
            default:
                throw UsageError("unknown argument '\(argument)'")
            }
        }
    }
}

struct UsageError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

func runBenchmark(_ options: BenchOptions) throws -> Int32 {
    #if DEBUG
    progress("warning: this is a debug build; figures mean little. Build with -c release.")
    #endif
    let template = NSTemporaryDirectory() + "followup-bench.XXXXXX"
    var path = Array(template.utf8CString)
    guard mkdtemp(&path) != nil else { throw UsageError("cannot create a temporary folder from \(template)") }
    let workDirectory = String(cString: path)
    defer { try? FileManager.default.removeItem(atPath: workDirectory) }
    // No user configuration: RunEnvironment here and every spawned followup read an empty folder.
    try FileManager.default.createDirectory(atPath: workDirectory + "/config", withIntermediateDirectories: true)
    setenv("XDG_CONFIG_HOME", workDirectory + "/config", 1)
    unsetenv("SOURCE_DATE_EPOCH")

    let scale = options.quick ? Scale.quick : Scale.full
    let bench = try Bench(scale: scale, quick: options.quick, workDirectory: workDirectory)
    let loadBefore = loadAverages()
    let wanted = options.only ?? Set(SectionID.allCases)
    for id in SectionID.allCases where wanted.contains(id) {
        progress("[\(id.rawValue)] \(format(bench.elapsed, decimals: 1)) s")
        switch id {
        case .throughput: bench.report.sections.append(try bench.throughput())
        case .floor: bench.report.sections.append(try bench.floor())
        case .stages: bench.report.sections += try bench.stages()
        case .startup: bench.report.sections.append(try bench.startup())
        case .batch: bench.report.sections.append(try bench.batch())
        case .growth: bench.report.sections.append(try bench.growth())
        case .map: bench.report.sections.append(try bench.map())
        }
    }
    bench.report.targets = bench.targets()
    let loadAfter = loadAverages()
    bench.report.meta = [
        ("tool", .string("followup-bench")),
        ("mode", .string(options.quick ? "quick" : "full")),
        ("sections", .array(SectionID.allCases.filter(wanted.contains).map { .string($0.rawValue) })),
        ("seed", .string("0x" + String(CorpusGenerator.seed, radix: 16))),
        ("referenceDate", .string(Fixture.date)), ("now", .string(Fixture.now)), ("timeZone", .string(Fixture.timeZone)),
        ("cores", .number(Double(ProcessInfo.processInfo.activeProcessorCount))),
        ("loadAverageBefore", .array(loadBefore.map { .number(rounded($0)) })),
        ("loadAverageAfter", .array(loadAfter.map { .number(rounded($0)) })),
        ("totalSeconds", .number(rounded(bench.elapsed))),
        ("megabyte", .number(Double(megabyte))),
    ]

    var table = "followup-bench (\(options.quick ? "quick" : "full") run, \(ProcessInfo.processInfo.activeProcessorCount) cores, "
        + "load average \(loadBefore.map { format($0, decimals: 2) }.joined(separator: " ")) before, "
        + "\(loadAfter.map { format($0, decimals: 2) }.joined(separator: " ")) after; \(format(bench.elapsed, decimals: 1)) s)\n"
    table += bench.report.table()
    let json = bench.report.json.rendered() + "\n"
    if options.json {
        writeStandardError(table)
        print(json, terminator: "")
    } else {
        print(table, terminator: "")
    }
    if let jsonOut = options.jsonOut {
        guard FileManager.default.createFile(atPath: jsonOut, contents: Data(json.utf8)) else {
            throw UsageError("cannot write \(jsonOut)")
        }
    }
    return 0
}

do {
    let options = try BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()))
    if let directory = options.samplesDirectory {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for format in SampleFormat.allCases {
            for language in Language.allCases {
                for index in 0..<options.sampleCount {
                    let sample = CorpusGenerator.sample(format, language, bytes: options.sampleBytes, index: index)
                    FileManager.default.createFile(atPath: directory + "/" + sample.name, contents: Data(sample.bytes))
                }
            }
        }
        exit(0)
    }
    if let bytes = options.childPipelineBytes {
        try Bench.childPipeline(bytes: bytes)
        exit(0)
    }
    exit(try runBenchmark(options))
} catch let error as UsageError {
    writeStandardError("followup-bench: \(error)\n\n\(BenchOptions.usage)\n")
    exit(64)
} catch {
    writeStandardError("followup-bench: \(error)\n")
    exit(1)
}
