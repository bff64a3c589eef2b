import FollowupExtraction

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes per "MB" in every figure: 2²⁰.
let megabyte = 1 << 20

/// One measured line of a section.
struct Row {
    var name: String
    var timing: Timing?
    /// Input bytes one run covers (gives MB/s).
    var bytes: Int?
    /// Documents or files one run covers (gives documents/s).
    var items: Int?
    /// This row's median as a fraction of its section's reference (the full pipeline).
    var share: Double?
    var note = ""
    /// Sub-rows (per format, per language) print indented.
    var detail = false
    var extra: [(String, JSONValue)] = []

    var megabytesPerSecond: Double? {
        guard let bytes, let timing, timing.median > 0 else { return nil }
        return Double(bytes) / Double(megabyte) / timing.median
    }

    var itemsPerSecond: Double? {
        guard let items, let timing, timing.median > 0 else { return nil }
        return Double(items) / timing.median
    }
}

struct Section {
    var id: String
    var title: String
    var rows: [Row] = []
    var notes: [String] = []
    /// Set when the section could not run ("batch: not available").
    var unavailable: String?
}

enum TargetStatus: String {
    case pass = "PASS", miss = "MISS", notMeasured = "n/a"
}

/// A figure set against one of issue 6's targets.
struct TargetCheck {
    var name: String
    var target: String
    var measured: String
    var status: TargetStatus
    var value: Double?
}

struct Report {
    var meta: [(String, JSONValue)] = []
    var sections: [Section] = []
    var targets: [TargetCheck] = []

    func table() -> String {
        var out = ""
        for section in sections {
            out += "\n== \(section.title) ==\n"
            if let unavailable = section.unavailable {
                out += "  \(unavailable)\n"
                continue
            }
            let header = [pad("", 44), lpad("median", 10), lpad("runs", 5), lpad("MB/s", 8), lpad("docs/s", 9), lpad("share", 7), "  note"]
            out += header.joined() + "\n"
            for row in section.rows {
                let name = (row.detail ? "    " : "  ") + row.name
                let cells = [
                    pad(name, 44),
                    lpad(row.timing.map { formatSeconds($0.median) } ?? "-", 10),
                    lpad(row.timing.map { "\($0.runs)" } ?? "-", 5),
                    lpad(row.megabytesPerSecond.map { format($0, decimals: 2) } ?? "-", 8),
                    lpad(row.itemsPerSecond.map { format($0, decimals: $0 >= 100 ? 0 : 1) } ?? "-", 9),
                    lpad(row.share.map { format($0 * 100, decimals: 1) + "%" } ?? "", 7),
                    row.note.isEmpty ? "" : "  " + row.note,
                ]
                out += cells.joined() + "\n"
            }
            for note in section.notes { out += "  * \(note)\n" }
        }
        out += "\n== Targets ==\n"
        for target in targets {
            out += pad("  " + target.name, 44) + pad(target.target, 16) + pad(target.measured, 34) + target.status.rawValue + "\n"
        }
        return out
    }

    var json: JSONValue {
        .object([
            ("meta", .object(meta)),
            ("sections", .array(sections.map { section in
                var fields: [(String, JSONValue)] = [("id", .string(section.id)), ("title", .string(section.title))]
                if let unavailable = section.unavailable { fields.append(("unavailable", .string(unavailable))) }
                fields.append(("rows", .array(section.rows.map(Report.json))))
                fields.append(("notes", .array(section.notes.map { .string($0) })))
                return .object(fields)
            })),
            ("targets", .array(targets.map { target in
                .object([
                    ("name", .string(target.name)), ("target", .string(target.target)), ("measured", .string(target.measured)),
                    ("value", target.value.map { .number(rounded($0)) } ?? .null), ("status", .string(target.status.rawValue)),
                ])
            })),
        ])
    }

    static func json(_ row: Row) -> JSONValue {
        var fields: [(String, JSONValue)] = [("name", .string(row.name))]
        if let timing = row.timing {
            fields += [
                ("medianSeconds", .number(rounded(timing.median))), ("minSeconds", .number(rounded(timing.minimum))),
                ("maxSeconds", .number(rounded(timing.maximum))), ("runs", .number(Double(timing.runs))),
            ]
        }
        if let bytes = row.bytes { fields.append(("bytes", .number(Double(bytes)))) }
        if let items = row.items { fields.append(("documents", .number(Double(items)))) }
        if let value = row.megabytesPerSecond { fields.append(("megabytesPerSecond", .number(rounded(value)))) }
        if let value = row.itemsPerSecond { fields.append(("documentsPerSecond", .number(rounded(value)))) }
        if let share = row.share { fields.append(("shareOfFullPipeline", .number(rounded(share)))) }
        if !row.note.isEmpty { fields.append(("note", .string(row.note))) }
        return .object(fields + row.extra)
    }
}

func rounded(_ value: Double) -> Double { (value * 1e6).rounded() / 1e6 }

func format(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return "-" }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = Int((abs(value) * scale).rounded())
    var text = String(scaled / Int(scale))
    if decimals > 0 {
        var fraction = String(scaled % Int(scale))
        while fraction.count < decimals { fraction = "0" + fraction }
        text += "." + fraction
    }
    return (value < 0 ? "-" : "") + text
}

/// "850 µs", "12.3 ms", "1.234 s".
func formatSeconds(_ seconds: Double) -> String {
    if seconds < 1e-3 { return format(seconds * 1e6, decimals: 0) + " µs" }
    if seconds < 1 { return format(seconds * 1e3, decimals: seconds < 0.01 ? 2 : 1) + " ms" }
    return format(seconds, decimals: 3) + " s"
}

func formatBytes(_ bytes: Int) -> String {
    if bytes >= megabyte { return format(Double(bytes) / Double(megabyte), decimals: bytes % megabyte == 0 ? 0 : 1) + " MB" }
    if bytes >= 1024 { return format(Double(bytes) / 1024, decimals: bytes % 1024 == 0 ? 0 : 1) + " KB" }
    return "\(bytes) B"
}

private func pad(_ text: String, _ width: Int) -> String {
    let count = text.count
    return count >= width ? text + " " : text + String(repeating: " ", count: width - count)
}

private func lpad(_ text: String, _ width: Int) -> String {
    let count = text.count
    return count >= width ? " " + text : String(repeating: " ", count: width - count) + text
}

/// Progress for the person watching (standard error, so `--json` output stays clean).
func progress(_ message: String) {
    writeStandardError(message + "\n")
}

func writeStandardError(_ text: String) {
    var text = text
    text.withUTF8 { buffer in
        var offset = 0
        while offset < buffer.count {
            let written = write(2, buffer.baseAddress! + offset, buffer.count - offset)
            if written <= 0 { return }
            offset += written
        }
    }
}
