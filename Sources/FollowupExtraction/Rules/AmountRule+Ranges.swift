extension AmountRule {
    /// "10–12 тыс.", "$10k to $12k": a range climbs, its number before its magnitude; "освоено на 20.06 — 11,2 млн руб."
    /// is a date and a dash.
    func climbs(from first: (value: Double, end: Int, magnitude: Bool), to second: (value: Double, end: Int, magnitude: Bool), at index: Int,
                _ sentence: SentenceView, _ lexicon: Lexicon) -> Bool {
        guard !first.magnitude, second.magnitude else { return first.magnitude || second.value >= first.value }
        let digits = sentence.tokens[index].key.prefix { ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," }
        return (parseDecimal(String(digits), lexicon) ?? second.value) >= first.value
    }
}
