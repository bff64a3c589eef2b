import Foundation
import FollowupText

extension Lexicon {
    /// Whether nobody should be asked how often `amount` (as written in `line`) is paid: a sum that recurs by no
    /// nature ("a 5% discount (−186 000 ₽)", "a $2M bridge on a SAFE", "the setup fee of $1,500") or a threshold
    /// ("twenty-five on any deal over fifty thousand dollars").
    public func asksNoPeriod(_ amount: String, in line: String) -> Bool {
        let line = line.lowercased()
        guard !amount.isEmpty, let range = line.range(of: amount.lowercased()) else { return false }
        let reach = thresholdWords.map { $0.split(separator: " ").count }.max() ?? 0
        let before = line[..<range.lowerBound].split(whereSeparator: { $0 == " " }).suffix(reach).joined(separator: " ")
        if thresholdWords.contains(where: { before == $0 || before.hasSuffix(" " + $0) }) { return true }
        let enders = [". ", "? ", "! ", ">"]
        let start = enders.compactMap { line.range(of: $0, options: .backwards, range: line.startIndex..<range.lowerBound)?.upperBound }.max()
            ?? line.startIndex
        let end = enders.dropLast().compactMap { line.range(of: $0, range: range.upperBound..<line.endIndex)?.lowerBound }.min() ?? line.endIndex
        let sentence = String(line[start..<end])
        return lumpSumWords.contains { sentence.containsWholeWord($0) }
    }
}
