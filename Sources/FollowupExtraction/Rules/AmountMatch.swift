/// A money amount with its currency and period.
struct AmountMatch: Sendable {
    var range: Range<Int>
    var value: Double
    var currency: String?
    var period: String?
    var text: String
    /// From the nearest role word in the sentence; nil when none (assembly decides).
    var role: AmountRole?
    /// Said with no currency as a price per unit ("thirty-two per vehicle"): the unit's key, which an earlier sum with
    /// a currency must have priced for this one to be money.
    var spokenUnit: String?
}
