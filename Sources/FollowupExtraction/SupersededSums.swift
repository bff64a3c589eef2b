extension ExtractionRecord {
    /// How near an agreed sum is to an earlier one that was the same thing still being negotiated ("21" → "20.25" →
    /// "20"); a third more is another thing ("15.000 EUR pro Monat" for the agency, "20 Tsd. € für Content").
    static let negotiatedRatio = 0.8...1.25
    /// How many sums back a negotiation is looked for: a huge transcript stays linear.
    static let negotiationReach = 200

    /// "$21 per pallet per month" … "I can do $20.25" … "Twenty bucks a pallet, one year." "Deal.": what was offered
    /// or asked for before a sum that was agreed, in its currency, near it and not for another period, was the same
    /// thing still being negotiated. Its role stays what it was when said; the follow-up neither restates it as agreed
    /// nor asks its period (the check before sending lists it). An earlier agreement gives way only in a conversation
    /// (`spoken`: "…I can do $20.25, locked for both years", which the other side then refused); two agreed lines of
    /// notes are two things agreed. The indices into `amounts`.
    static func supersededSums(_ amounts: [Amount], spoken: [Bool], initial: [Bool] = []) -> Set<Int> {
        let agreed = AmountRole.agreed.rawValue
        let open: Set<String> = [AmountRole.offered.rawValue, AmountRole.requested.rawValue]
        var superseded = Set<Int>()
        for later in amounts.indices where amounts[later].role == agreed {
            let sum = amounts[later]
            guard let currency = sum.currency, sum.value > 0, let line = sum.source?.line else { continue }
            for earlier in max(0, later - negotiationReach)..<later {
                let other = amounts[earlier]
                if other.currency == currency, other.value > 0, other.value != sum.value, (other.source?.line ?? line) < line,
                    negotiatedRatio.contains(sum.value / other.value), other.period == nil || sum.period == nil || other.period == sum.period,
                    open.contains(other.role ?? "") || other.role == agreed && spoken[earlier] && spoken[later]
                {
                    superseded.insert(earlier)
                }
            }
        }
        // "Opened at list: $4,800/mo … + $6,000 one-time onboarding" … "Onboarding: cut to $3,000 one-time": a sum the
        // meeting opened with gives way to a later one in its currency for the same period, even one cut by half.
        for earlier in amounts.indices where earlier < initial.count && initial[earlier] && open.union([agreed]).contains(amounts[earlier].role ?? "") {
            let sum = amounts[earlier]
            guard let currency = sum.currency, sum.value > 0 else { continue }
            // "Originally $5,000, now $4,200": a later sum of the same sentence replaces it too.
            let replaced = amounts[(earlier + 1)...].prefix(negotiationReach).contains { other in
                other.currency == currency && other.value > 0 && other.value != sum.value
                    && (other.period ?? Lexicon.oneTime) == (sum.period ?? Lexicon.oneTime) && (open.contains(other.role ?? "") || other.role == agreed)
                    && revisedRatio.contains(other.value / sum.value)
            }
            if replaced { superseded.insert(earlier) }
        }
        return superseded
    }

    /// How far a sum may move from the one the meeting opened with and still be the same thing revised ("cut to
    /// $3,000 (50% off)"; a tenth or ten times is another thing).
    static let revisedRatio = 0.4...2.5
}
