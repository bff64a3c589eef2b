import CICUShim

/// ICU's charset detection (`ucsdet_*`) and conversion (`ucnv_*`) for legacy files.
public enum Charset {
    /// ICU's best guess at the charset of `bytes`, with its confidence from 0 to 100.
    public static func detect(_ bytes: [UInt8]) throws -> (name: String, confidence: Int)? {
        var status: Int32 = 0
        var confidence: Int32 = 0
        var name = [CChar](repeating: 0, count: 64)
        let found = bytes.withUnsafeBufferPointer { buffer in
            fu_detect_charset(buffer.baseAddress, Int32(clamping: buffer.count), &name, 64, &confidence, &status)
        }
        try ICUError.check(status, "charset detection")
        guard found == 1 else { return nil }
        return (String(cStringBuffer: name), Int(confidence))
    }

    /// Converts `bytes` from `charset` to a Swift string; `substitutions` counts bytes with no mapping.
    public static func decode(
        _ bytes: [UInt8], from charset: String
    ) throws -> (text: String, substitutions: Int) {
        var substitutions: Int32 = 0
        let text = try bytes.withUnsafeBufferPointer { (source) throws -> String in
            try utf8Output(initialCapacity: source.count * 2 + 16, "conversion from \(charset)") { dest, capacity, status in
                fu_convert_to_utf8(charset, source.baseAddress, Int32(clamping: source.count), dest, capacity, &substitutions, &status)
            }
        }
        return (text, Int(substitutions))
    }
}

