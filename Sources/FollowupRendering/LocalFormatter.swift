import FollowupExtraction
import FollowupICU
import FollowupText

/// Dates, times and amounts written in the notes' language with ICU's locale data.
///
/// Holds an ICU number format, so it is not thread-safe: one per render call.
final class LocalFormatter {
    let phrases: TemplatePhrases
    /// ICU locale ID ("en_GB", "ru").
    let locale: String
    private let numbers: NumberFormat?
    private let utc = ICUTimeZone("UTC") ?? ICUTimeZone("Etc/UTC")
    /// The meeting's day: a date more than half a year from it says its year ("Sat, Dec 4, 2027").
    var reference: CivilDate?

    /// Uses `userLocale` when it is for the notes' language ("en-GB" for English notes), else the
    /// table's own locale, so Russian notes get Russian dates whatever the user's locale.
    init(phrases: TemplatePhrases, userLocale: String?) {
        self.phrases = phrases
        let user = userLocale.map { String($0.map { $0 == "-" ? "_" : $0 }) }
        let userLanguage = user?.split(separator: "_").first.map { $0.lowercased() }
        self.locale = userLanguage == phrases.language ? user! : phrases.icuLocale
        self.numbers = try? NumberFormat(.decimal, locale: locale)
    }

    /// "Fri, Nov 27" (en), "27 ноября (пт)" (ru).
    func weekdayDate(_ date: CivilDate) -> String {
        let far = reference.map { abs($0.daysSinceEpoch - date.daysSinceEpoch) > 183 } ?? false
        var text = format(date, skeleton: phrases.weekdayDateSkeleton + (far ? "y" : ""))
        if phrases.weekdayAfterDate { text += " (" + format(date, skeleton: "EEE") + ")" }
        // "mardi 1er décembre": the first of a month, written as the language does.
        if date.day == 1, let first = phrases.firstOfMonth {
            text = text.split(separator: " ", omittingEmptySubsequences: false).map { $0 == "1" ? first : String($0) }.joined(separator: " ")
        }
        guard !phrases.weekdayComma, let comma = text.range(of: ", ") else { return text }
        return text.replacingCharacters(in: comma, with: " ")
    }

    /// "Nov 27" (en), "27 ноября" (ru).
    func shortDate(_ date: CivilDate) -> String { format(date, skeleton: phrases.shortDateSkeleton) }

    /// "15:00": 24-hour, as in the notes' contract.
    func time(_ time: TimeOfDay) -> String {
        if let mark = phrases.hourMark {
            // "16 h", "9 h 30": no leading zero, minutes only when there are some.
            let minutes = time.minute < 10 ? "0\(time.minute)" : "\(time.minute)"
            return "\(time.hour)\(mark)" + (time.minute > 0 ? "\u{00A0}" + minutes : "")
        }
        guard let utc, let text = try? utc.format(utcMillis: Double(time.hour * 60 + time.minute) * 60_000, skeleton: "HHmm", locale: locale)
        else { return time.description }
        return text
    }

    /// "Fri, Nov 27, 15:00", or the date alone when there is no time.
    func due(_ date: CivilDate, _ time: TimeOfDay?) -> String {
        guard let time else { return weekdayDate(date) }
        return fill(phrases.dateAndTime, ["date": weekdayDate(date), "time": self.time(time)])
    }

    private lazy var spoken: SpokenText? = Lexicons.lexicon(for: phrases.language).map { lexicon in
        SpokenText(lexicon: lexicon, locale: locale) { [unowned self] in self.number($0) }
    }

    /// Said words as a reader expects them: no hesitations, numbers of ten and more in digits (`SpokenText`).
    func readable(_ text: String) -> String { spoken?.readable(text) ?? text }

    /// "100,000" (en), "100 000" (ru).
    func number(_ value: Double) -> String {
        (try? numbers?.format(value, maxFractionDigits: 2)) ?? String(value)
    }

    /// "USD 39 per month", "100 000 RUB в квартал": the amount restated with currency and period.
    func amount(_ amount: ExtractionRecord.Amount) -> String {
        var text = number(amount.value)
        if let currency = amount.currency, !currency.isEmpty {
            text = fill(phrases.amount, ["currency": currency, "value": text])
        }
        if let period = amount.period, let phrase = phrases.periods[period] {
            text += " " + phrase
        }
        return text
    }

    private func format(_ date: CivilDate, skeleton: String) -> String {
        // Noon UTC formatted in UTC: the civil day, whatever the zone.
        let millis = (Double(date.daysSinceEpoch) * 86_400 + 12 * 3_600) * 1_000
        guard let utc, let text = try? utc.format(utcMillis: millis, skeleton: skeleton, locale: locale) else { return date.iso }
        return text
    }
}

extension TimeOfDay {
    /// "15:00" or "9:05"; nil for anything else.
    init?(hhmm: String?) {
        guard let hhmm else { return nil }
        let parts = hhmm.split(separator: ":")
        guard parts.count >= 2, let hour = Int(parts[0]), let minute = Int(parts[1]) else { return nil }
        self.init(hour: hour, minute: minute)
    }
}
