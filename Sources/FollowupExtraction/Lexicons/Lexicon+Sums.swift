import Foundation
import FollowupText

extension Lexicon {
    /// Whether nobody should be asked how often `amount` (as written in `line`) is paid: a sum that recurs by no
    /// nature ("a 5% discount (−186 000 ₽)", "a $2M bridge on a SAFE", "the setup fee of $1,500") or a threshold
    /// ("twenty-five on any deal over fifty thousand dollars").
    public func asksNoPeriod(_ amount: String, in line: String) -> Bool {
        let line = line.lowercased()
        guard !amount.isEmpty, let range = line.range(of: amount.lowercased()) else { return false }
        let reach = sums.thresholdWords.map { $0.split(separator: " ").count }.max() ?? 0
        let before = line[..<range.lowerBound].split(whereSeparator: { $0 == " " }).suffix(reach).joined(separator: " ")
        if sums.thresholdWords.contains(where: { before == $0 || before.hasSuffix(" " + $0) }) { return true }
        // "49 €/pax = 8.820 €", "58€/pax -> 10.440 €", "→ ~84.300 €": a sum worked out is a total (not one after a
        // transcript's "<v Ana>" tag).
        let lead = line[..<range.lowerBound].reversed().drop { $0 == " " || $0 == "~" || $0 == "≈" }.prefix(2)
        if lead.first == "=" || lead.first == "→" || lead.elementsEqual(">-") { return true }
        // "480 тыс. руб. за аренду на 2 дня", "$3,000 for two days", "2.400 € für drei Tage": a sum for a span of time,
        // paid once.
        let following = line[range.upperBound...].split(whereSeparator: { !$0.isLetter && !$0.isNumber }).prefix(8).map(String.init)
        let after = following.prefix(5)
        if after.indices.dropLast().contains(where: { i in
            (Int(after[i]) != nil || numberWords[after[i]] != nil) && durationUnits[after[i + 1]] != nil
        }) {
            return true
        }
        // "2 days max ($2,400)", "hasta 30 h (2.550 €)", "за 40 шт. 236 000 ₽": the sum of a count said just before it, a
        // total (a count of days or hours a few words before, any count right before).
        // A count is a number of its own ("20,000 tins"), not a sum's ("$22,000 galvanized").
        let counted = line[..<range.lowerBound].split(whereSeparator: { $0.isWhitespace || "()[]:;/".contains($0) }).suffix(3).map {
            String($0.reversed().drop { ",.;!?-–".contains($0) }.reversed())
        }
        let isCount = { (word: String) in
            word.first?.isNumber == true && word.allSatisfy { $0.isNumber || $0 == "," || $0 == "." } || self.numberWords[word] != nil
        }
        if counted.indices.dropLast().contains(where: { i in
            isCount(counted[i]) && counted[i + 1].contains(where: \.isLetter)
                && (i + 1 == counted.count - 1 || durationUnits[counted[i + 1]] != nil)
        }) {
            return true
        }
        // "a target of £5,000 by the end of the year", "500 € bis Freitag": a sum due by a day is paid or reached once
        // (not "60.000 € para medios pagados": "para" names no day there).
        if let next = following.first, deadlineWords.contains(next), namesDay(following.dropFirst()) { return true }
        return Self.sentence(around: range, in: line).containsWholeWord(anyOf: sums.lumpSumWords)
    }

    /// Whether the sentence `amount` is said in names a payment that recurs ("the hosting fee: $1,200", "Büromiete
    /// 2.400 €", "бюджет 100 тыс. руб."): only such a sum may have a period the notes left out. A credit, a bonus, an
    /// overspend or a purchase is paid once by its nature, and asking "one-time or per month?" about it reads as not
    /// listening (eleven of eleven such questions in the eighteenth reading).
    public func mayRecur(_ amount: String, in line: String) -> Bool {
        let line = line.lowercased()
        guard !amount.isEmpty, let range = line.range(of: amount.lowercased()) else { return true }
        let sentence = Self.sentence(around: range, in: line)
        if sentence.containsWholeWord(anyOf: sums.recurringWords) { return true }
        guard !sums.recurringStems.isEmpty else { return false }
        return sentence.split(whereSeparator: { !$0.isLetter }).contains { word in sums.recurringStems.contains { word.contains($0) } }
    }

    /// The sentence of a lower-cased line that holds `range`: from the last sentence end before it to the next after it
    /// (a transcript's "<v Ana>" tag ends what comes before it).
    static func sentence(around range: Range<String.Index>, in line: String) -> String {
        let enders = [". ", "? ", "! ", ">"]
        let start = enders.compactMap { line.range(of: $0, options: .backwards, range: line.startIndex..<range.lowerBound)?.upperBound }.max()
            ?? line.startIndex
        let end = enders.dropLast().compactMap { line.range(of: $0, range: range.upperBound..<line.endIndex)?.lowerBound }.min() ?? line.endIndex
        return String(line[start..<end])
    }

    /// Whether nobody should be asked "one-time or per month?" about `amount` as written in `line`: a price per unit, a
    /// sum that recurs by no nature or is said with nothing that recurs, or a year's or a quarter's sum. The
    /// extractor's questions and lint's amount-no-period ask the same.
    public func needsNoPeriod(_ amount: String, in line: String) -> Bool {
        isUnitPrice(amount, in: line) || asksNoPeriod(amount, in: line) || namesYearOrQuarter(line) || !mayRecur(amount, in: line)
    }

    /// Whether the first words of `words` name a day: a weekday, a month, a day's number or a relative day ("the end
    /// of the year", "next week").
    func namesDay(_ words: ArraySlice<String>) -> Bool {
        if words.prefix(3).contains(where: { weekdays[$0] != nil || months[$0] != nil || Int($0) != nil }) { return true }
        let text = " " + words.joined(separator: " ") + " "
        return relativeDays.keys.contains { text.contains(" " + $0 + " ") }
    }

    /// "Dépenses 2026 : 84 300 €", "FY26 opex $4.1M", "$330k for FY27", "£140k for Q3": a sum said for a year or a
    /// quarter is that span's, as a budget line is; asking "one-time or per month?" reads as nonsense. A year alone
    /// ("2027", "FY27", "FY2027"), not one inside a date ("15.01.2027").
    public func namesYearOrQuarter(_ line: String) -> Bool {
        let prefixes = words(.yearWord)
        let isText = { (c: Character) in c.isLetter || c.isNumber }
        for word in line.split(whereSeparator: { $0.isWhitespace || "*_,;:()".contains($0) }) {
            var bare = word.drop(while: { !isText($0) })
            while let last = bare.last, !isText(last) { bare = bare.dropLast() }
            // "cap £140k for Q3 events": the sum of one named quarter, not a quarterly one.
            if bare.count == 2, bare.first == "Q" || bare.first == "q", let digit = bare.last?.wholeNumberValue, (1...4).contains(digit) { return true }
            let fused = prefixes.first { bare.lowercased().hasPrefix($0) && (bare.count == $0.count + 2 || bare.count == $0.count + 4) }
            let digits = fused.map { bare.dropFirst($0.count) } ?? bare
            guard digits.count == 2 && fused != nil || digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                !word.contains("/"), !(word.dropLast().contains("."))
            else { continue }
            if digits.count == 2 || (1990...2100).contains(Int(digits) ?? 0) { return true }
        }
        return false
    }

    /// "$83 per label", "$58/seat", "45 € pro Person": the amount's words, where `line` says them, are
    /// followed by a unit, so the sum is a price per unit and has no period to ask about.
    public func isUnitPrice(_ amount: String, in line: String) -> Bool {
        let line = line.lowercased()
        guard !amount.isEmpty, let range = line.range(of: amount.lowercased()) else { return false }
        // "PVP 8,90 €", "retail price $29": a price per unit named before it.
        let leadIn = String(line[..<range.lowerBound].suffix(24))
        if leadIn.containsWholeWord(anyOf: sums.unitPriceLeadIns) { return true }
        var after = line[range.upperBound...].drop { $0 == " " }
        // "1,85 € HT par commande", "450 € + IVA por persona": past the words that may stand between an amount
        // and its period ("HT", "IVA", "netto") to the unit.
        let gap = words(.periodGap)
        for _ in 0..<3 {
            let word = after.prefix { $0.isLetter }
            guard after.hasPrefix("+") || !word.isEmpty && gap.contains(String(word)) && !sums.unitRateWords.contains(String(word)) else { break }
            after = after.dropFirst(after.hasPrefix("+") ? 1 : word.count).drop { $0 == " " || $0 == "." }
        }
        if after.hasPrefix("/") { return true }
        let word = after.prefix { $0.isLetter || $0 == "'" }
        // "129 € hab/noche": a unit, then the slash of the unit pair.
        if !word.isEmpty, after.dropFirst(word.count).hasPrefix("/") { return true }
        // "x caja" is per box; "x 3 meses" multiplies.
        if word.count == 1, after.dropFirst().drop(while: { $0 == " " }).first?.isNumber == true { return false }
        return !word.isEmpty && sums.unitRateWords.contains(String(word))
    }
}
