/// Where each line starts in a text, so any UTF-8 offset maps back to a 1-based line and column.
///
/// Lines end at "\n", "\r\n" or a lone "\r" (old Mac files).
public struct LineIndex: Sendable {
    /// UTF-8 offset of the first byte of each line.
    public let starts: [Int]
    /// UTF-8 offset of each line's end, before its terminator.
    public let ends: [Int]

    /// - Complexity: O(n) in the UTF-8 length of `text`.
    public init(_ text: String) {
        var starts = [0]
        var ends: [Int] = []
        var text = text
        text.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let byte = bytes[i]
                if byte == 0x0A {
                    ends.append(i)
                    starts.append(i + 1)
                } else if byte == 0x0D {
                    ends.append(i)
                    if i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
                    starts.append(i + 1)
                }
                i += 1
            }
            ends.append(n)
        }
        self.starts = starts
        self.ends = ends
    }

    public var count: Int { starts.count }

    /// The 1-based line holding UTF-8 offset `offset`.
    /// - Complexity: O(log n) in the number of lines.
    public func line(containing offset: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// UTF-8 range of 1-based `line`, without its terminator.
    public func range(ofLine line: Int) -> Range<Int> { starts[line - 1]..<ends[line - 1] }
}

extension String {
    /// The substring at a UTF-8 byte range.
    @inlinable
    public func utf8Slice(_ range: Range<Int>) -> Substring {
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return self[start..<end]
    }
}
