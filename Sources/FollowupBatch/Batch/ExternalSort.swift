/// Sorts more records than should sit in memory: sorted runs of at most `memoryLimit` bytes
/// spill to a scratch file and are merged back a block at a time.
///
/// Keys compare as bytes (build them with `SortKey`); the batch makes every key unique, so the
/// order is total and the same whatever the run sizes.
///
/// - Complexity: O(n log n) comparisons, O(`memoryLimit`) memory.
final class ExternalSorter {
    typealias Record = (key: [UInt8], payload: [UInt8])

    private let memoryLimit: Int
    private let makeScratch: () throws -> ScratchFile
    /// Records not yet spilled, back to back in one buffer (few allocations, little overhead).
    private var buffer: [UInt8] = []
    private var pending: [(key: Range<Int>, payload: Range<Int>)] = []
    private var scratch: ScratchFile?
    private var runs: [Range<Int>] = []

    init(memoryLimit: Int, scratch: @escaping () throws -> ScratchFile) {
        self.memoryLimit = memoryLimit
        self.makeScratch = scratch
    }

    func add(key: [UInt8], payload: [UInt8]) throws {
        // One allocation of the whole limit, not a doubling that may overshoot it twofold.
        if buffer.capacity == 0 { buffer.reserveCapacity(memoryLimit + (1 << 16)) }
        let keyStart = buffer.count
        buffer += key
        buffer += payload
        pending.append((keyStart..<keyStart + key.count, keyStart + key.count..<buffer.count))
        if buffer.count + pending.count * 32 >= memoryLimit || buffer.count + (1 << 16) > buffer.capacity { try spill() }
    }

    /// The pending records' places in key order.
    private func sortedPending() -> [(key: Range<Int>, payload: Range<Int>)] {
        buffer.withUnsafeBufferPointer { bytes in
            pending.sorted { bytes[$0.key].lexicographicallyPrecedes(bytes[$1.key]) }
        }
    }

    private func spill() throws {
        guard !pending.isEmpty else { return }
        if scratch == nil { scratch = try makeScratch() }
        let file = scratch!
        let start = file.size
        var bytes: [UInt8] = []
        for record in sortedPending() {
            bytes.removeAll(keepingCapacity: true)
            ByteCoding.appendLength(record.key.count, to: &bytes)
            ByteCoding.appendLength(record.payload.count, to: &bytes)
            bytes += buffer[record.key]
            bytes += buffer[record.payload]
            try file.append(bytes)
        }
        runs.append(start..<file.size)
        pending.removeAll(keepingCapacity: true)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Every record in key order; the sorter is spent afterwards.
    func forEach(_ body: (Record) throws -> Void) throws {
        if runs.isEmpty {
            for record in sortedPending() { try body((Array(buffer[record.key]), Array(buffer[record.payload]))) }
            pending = []
            buffer = []
            return
        }
        try spill()
        buffer = []
        pending = []
        // The runs share the memory limit for their read buffers.
        let block = max(4_096, memoryLimit / runs.count)
        let readers = try runs.map { try RunReader(file: scratch!, range: $0, block: block) }
        // A binary min-heap of each run's next record, so a merge of many runs stays O(log runs).
        var heap: [(record: Record, run: Int)] = []
        func less(_ a: Int, _ b: Int) -> Bool { heap[a].record.key.lexicographicallyPrecedes(heap[b].record.key) }
        func siftDown(_ start: Int) {
            var parent = start
            while true {
                let left = 2 * parent + 1
                guard left < heap.count else { return }
                var child = left
                if left + 1 < heap.count, less(left + 1, left) { child = left + 1 }
                guard less(child, parent) else { return }
                heap.swapAt(child, parent)
                parent = child
            }
        }
        for (run, reader) in readers.enumerated() {
            if let record = try reader.next() { heap.append((record, run)) }
        }
        for index in stride(from: heap.count / 2 - 1, through: 0, by: -1) { siftDown(index) }
        while let top = heap.first {
            try body(top.record)
            if let next = try readers[top.run].next() {
                heap[0] = (next, top.run)
            } else {
                heap[0] = heap[heap.count - 1]
                heap.removeLast()
            }
            siftDown(0)
        }
    }

    /// Reads one run's records back through a small buffer.
    private final class RunReader {
        let file: ScratchFile
        var offset: Int
        let end: Int
        let blockSize: Int
        var block: [UInt8] = []
        var position = 0

        init(file: ScratchFile, range: Range<Int>, block: Int) throws {
            self.file = file
            offset = range.lowerBound
            end = range.upperBound
            blockSize = block
        }

        private func take(_ count: Int) throws -> ArraySlice<UInt8> {
            if block.count - position < count {
                let kept = Array(block[position...])
                let wanted = min(end - offset, max(count - kept.count, blockSize))
                var fresh: [UInt8] = []
                try file.read(at: offset, count: wanted, into: &fresh)
                offset += wanted
                block = kept + fresh
                position = 0
            }
            defer { position += count }
            return block[position..<position + count]
        }

        func next() throws -> Record? {
            guard position < block.count || offset < end else { return nil }
            let keyCount = ByteCoding.length(try take(4))
            let payloadCount = ByteCoding.length(try take(4))
            return (Array(try take(keyCount)), Array(try take(payloadCount)))
        }
    }
}

/// Byte strings that sort field by field: `SortKey().text("b").number(2)` sorts after
/// `SortKey().text("a").number(9)` and before `SortKey().text("b").number(3)`.
struct SortKey {
    private(set) var bytes: [UInt8] = []

    /// A text field: its UTF-8 with 0x00 escaped as 00 FF, ended by 00 01, so a shorter text
    /// sorts first and bytes compare as `BatchNaming.byteOrder` does.
    func text(_ value: String) -> SortKey {
        var copy = self
        for byte in value.utf8 {
            copy.bytes.append(byte)
            if byte == 0 { copy.bytes.append(0xFF) }
        }
        copy.bytes += [0, 1]
        return copy
    }

    /// A non-negative number, big-endian so it sorts by value.
    func number(_ value: Int) -> SortKey {
        var copy = self
        let value = UInt64(max(0, value))
        for shift in stride(from: 56, through: 0, by: -8) { copy.bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
        return copy
    }
}

/// Length-prefixed fields for scratch records.
enum ByteCoding {
    static func appendLength(_ count: Int, to bytes: inout [UInt8]) {
        let value = UInt32(count)
        bytes += [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    static func length(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $0 << 8 | Int($1) }
    }

    static func appendText(_ text: String, to bytes: inout [UInt8]) {
        appendLength(text.utf8.count, to: &bytes)
        bytes += text.utf8
    }

    /// Reads fields back in the order they were appended.
    struct Reader {
        let bytes: [UInt8]
        var position = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        mutating func length() -> Int {
            defer { position += 4 }
            return ByteCoding.length(bytes[position..<position + 4])
        }

        /// Everything not read yet.
        var rest: ArraySlice<UInt8> { bytes[position...] }

        mutating func text() -> String {
            let count = length()
            defer { position += count }
            return String(decoding: bytes[position..<position + count], as: UTF8.self)
        }
    }
}
