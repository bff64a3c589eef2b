import Foundation
import FollowupDocument
import FollowupExtraction
import FollowupText

/// Why one input could not be processed. Carries the path so a batch can report it and go on.
public enum InputError: Error, CustomStringConvertible, Sendable {
    case unreadable(path: String, reason: String)
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// A stream (standard input) that went past the limit: reading stopped there.
    case streamTooLarge(path: String, limit: Int)
    case undecodable(path: String, error: DecodingError)
    case notAFile(path: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "\(Printable.path(path)): cannot read: \(reason)"
        case .tooLarge(let path, let bytes, let limit):
            return "\(Printable.path(path)): \(bytes) bytes is over the limit of \(limit) bytes (raise it with --max-size)"
        case .streamTooLarge(let path, let limit):
            return "\(Printable.path(path)): more than the limit of \(limit) bytes; stopped reading (raise it with --max-size)"
        case .undecodable(let path, let error): return "\(Printable.path(path)): \(error)"
        case .notAFile(let path): return "\(Printable.path(path)): not a regular file"
        }
    }

    public var path: String {
        switch self {
        case .unreadable(let path, _), .tooLarge(let path, _, _), .streamTooLarge(let path, _), .undecodable(let path, _),
            .notAFile(let path):
            return path
        }
    }

    /// A short machine-readable reason for index files.
    public var reason: String {
        switch self {
        case .unreadable: return "unreadable"
        case .tooLarge, .streamTooLarge: return "too-large"
        case .undecodable(_, let error):
            switch error {
            case .empty: return "empty"
            case .binary: return "binary"
            case .invalidUTF8: return "invalid-utf8"
            case .unknownEncoding: return "unknown-encoding"
            case .conversionFailed: return "conversion-failed"
            }
        case .notAFile: return "not-a-file"
        }
    }
}

/// The user's choices that shape reading and extraction (flags over configuration).
public struct PipelineOptions: Sendable {
    public var date: CivilDate?
    public var time: TimeOfDay?
    public var timeZone: String
    /// See `ExtractionOptions.timeZoneIsChosen`.
    public var timeZoneIsChosen = true
    public var locale: String?
    public var language: String?
    public var inputFormat: InputFormat?
    public var encoding: String?
    public var people: PeopleMap
    public var maxBytes: Int
    /// Which rule families run (all by default; benchmarks time them one by one).
    public var families: Set<RuleFamily> = Set(RuleFamily.allCases)
    /// Today's date, for standard input without a date (fixed by `--now`/SOURCE_DATE_EPOCH in tests).
    public var today: CivilDate
    /// Who writes the follow-up (the configured sender): the "I" of notes that name no author,
    /// since the notes' writer is the one who sends the summary.
    public var defaultAuthor: String?

    public init(
        date: CivilDate? = nil, time: TimeOfDay? = nil, timeZone: String, locale: String? = nil, language: String? = nil,
        inputFormat: InputFormat? = nil, encoding: String? = nil, people: PeopleMap = PeopleMap(),
        maxBytes: Int = 50 * 1024 * 1024, today: CivilDate
    ) {
        self.date = date
        self.time = time
        self.timeZone = timeZone
        self.locale = locale
        self.language = language
        self.inputFormat = inputFormat
        self.encoding = encoding
        self.people = people
        self.maxBytes = maxBytes
        self.today = today
    }
}

/// The whole pipeline as one call: bytes → text → document → extraction record.
///
/// Holds ICU iterators through its extractor, so it is not thread-safe: one per worker.
public final class Pipeline {
    /// Settable between documents (`map` gives each its own zone, language and people).
    public var options: PipelineOptions
    private let extractor = Extractor()

    public init(options: PipelineOptions) {
        self.options = options
    }

    public struct Output: Sendable {
        public var document: Document
        public var record: ExtractionRecord
    }

    /// Reads and processes a file; `source` is how the record names it (defaults to the path).
    /// - Parameter date: the meeting's date for this input only (eval passes each gold file's),
    ///   instead of the options' `--date`.
    public func process(fileAt path: String, source: String? = nil, date: CivilDate? = nil) throws -> Output {
        let (bytes, modified) = try Pipeline.readFile(path, maxBytes: options.maxBytes)
        return try process(bytes: bytes, source: source ?? path, fallbackDate: modified ?? options.today, date: date)
    }

    public func process(bytes: [UInt8], source: String, fallbackDate: CivilDate? = nil, date: CivilDate? = nil) throws -> Output {
        if bytes.count > options.maxBytes { throw InputError.tooLarge(path: source, bytes: bytes.count, limit: options.maxBytes) }
        let decoded: DecodedText
        do {
            decoded = try TextDecoder.decode(bytes, encoding: options.encoding)
        } catch let error as DecodingError {
            throw InputError.undecodable(path: source, error: error)
        }
        var document = DocumentParser.parse(decoded, source: source, format: options.inputFormat, monthNames: Lexicons.monthNames)
        if options.encoding == nil, !decoded.encoding.uppercased().hasPrefix("UTF") {
            // Honest about a guess: the user can check the text and name the encoding instead.
            document.warnings.append("not UTF-8: read as \(decoded.encoding), the encoding ICU detected; if the text looks wrong, name the encoding with --encoding")
        }
        if options.language == nil, let other = LanguageDetector.unsupportedLanguage(document) {
            // Said once per document, instead of a silent English reply.
            let codes = Lexicons.codes.joined(separator: ", ")
            document.warnings.append(
                "the notes look like \(other), which followup has no rules for: they are read with the closest rules it has, so tasks, dates and amounts may be missed and the follow-up is not in \(other); --language picks the rules (\(codes))")
        }
        options.people.apply(to: &document)
        if document.author == nil, document.format == .text || document.format == .markdown, let author = options.defaultAuthor {
            document.author = author
        }
        // A file modified after "now" (a clock ahead, an earlier --now) dates no meeting in the future.
        var extractionOptions = ExtractionOptions(
            date: date ?? options.date, time: options.time, fallbackDate: min(fallbackDate ?? options.today, options.today),
            timeZone: options.timeZone, locale: options.locale, language: options.language)
        extractionOptions.families = options.families
        extractionOptions.timeZoneIsChosen = options.timeZoneIsChosen
        let record = try extractor.extract(document, options: extractionOptions)
        if record.meetingDateIsFallback, !record.dates.isEmpty || record.nextContact != nil || !record.actionItems.isEmpty {
            // Every "tomorrow" and "Friday" hangs on this day: say where it came from.
            document.warnings.append(
                "no meeting date in the notes: relative dates count from \(record.meeting.date) (the file's date, or today for standard input); --date sets the meeting's day")
        }
        return Output(document: document, record: record)
    }

    /// A stream's bytes, read until its end or until it passes `maxBytes` (then an error, with
    /// nothing more read: an endless pipe costs at most the limit).
    public static func readStream(_ fd: Int32, name: String, maxBytes: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw InputError.unreadable(path: name, reason: String(cString: strerror(errno))) }
            if n == 0 { return bytes }
            if bytes.count + n > maxBytes { throw InputError.streamTooLarge(path: name, limit: maxBytes) }
            bytes += chunk[..<n]
        }
    }

    /// The file's bytes and modification date (in the local calendar).
    public static func readFile(_ path: String, maxBytes: Int) throws -> ([UInt8], CivilDate?) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw InputError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw InputError.notAFile(path: path) }
        if Int(info.st_size) > maxBytes { throw InputError.tooLarge(path: path, bytes: Int(info.st_size), limit: maxBytes) }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw InputError.unreadable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        // The same reader as standard input: a file that grows after the stat still stops at the limit.
        let bytes = try readStream(fd, name: path, maxBytes: maxBytes)
        var modified: CivilDate?
        var time = info.st_mtim.tv_sec
        var local = tm()
        if localtime_r(&time, &local) != nil {
            modified = CivilDate(year: Int(local.tm_year) + 1900, month: Int(local.tm_mon) + 1, day: Int(local.tm_mday))
        }
        return (bytes, modified)
    }
}
