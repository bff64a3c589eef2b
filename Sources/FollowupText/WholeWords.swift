import Foundation

extension String {
    /// Whether `phrase` occurs as whole words: where the phrase begins or ends with a letter, no letter touches
    /// it there ("NO comunicar" in "… — NO comunicar.", not "internal" in "internship"; "/mois" needs no space
    /// before its slash). Every occurrence is tried, not only the first.
    public func containsWholeWord(_ phrase: String) -> Bool {
        guard let first = phrase.first, let last = phrase.last else { return false }
        var from = startIndex
        while let range = range(of: phrase, range: from..<endIndex) {
            let before = range.lowerBound == startIndex ? nil : self[index(before: range.lowerBound)]
            let after = range.upperBound == endIndex ? nil : self[range.upperBound]
            if (!first.isLetter || !(before?.isLetter ?? false)) && (!last.isLetter || !(after?.isLetter ?? false)) { return true }
            from = range.upperBound
        }
        return false
    }
}
