extension Character {
    /// `isLetter`, answered for ASCII without Unicode's property tables: the rules ask it of every character of
    /// the turns they split into words.
    @inlinable public var quickIsLetter: Bool {
        if let byte = asciiValue { return (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        return isLetter
    }

    /// `isNumber`, answered for ASCII without Unicode's property tables.
    @inlinable public var quickIsNumber: Bool {
        if let byte = asciiValue { return byte >= 0x30 && byte <= 0x39 }
        return isNumber
    }
}
