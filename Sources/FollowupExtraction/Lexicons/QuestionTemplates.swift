import FollowupICU
import FollowupText

/// The placeholders of `Lexicon.questionTemplates`.
enum QuestionPlaceholder {
    /// The item, amount or date the question is about.
    static let subject = "{x}"
    /// The two readings of a two-way date.
    static let firstReading = "{a}"
    static let secondReading = "{b}"
}

extension Lexicon {
    /// The question text for `reason` about `subject`, in this language.
    func question(_ reason: ExtractionRecord.QuestionReason, about subject: String) -> String {
        let template = questionTemplates[reason.rawValue] ?? QuestionPlaceholder.subject
        // "Sixteen hundred pounds" said as a sentence opened is "the sixteen hundred pounds" inside a question.
        var subject = subject
        if !template.hasPrefix(QuestionPlaceholder.subject), let first = subject.split(separator: " ").first,
            first.first?.isUppercase == true, numberWords[first.lowercased()] != nil || words(.spelledNumber).contains(first.lowercased())
        {
            subject = subject.prefix(1).lowercased() + subject.dropFirst()
        }
        return template.replacing(QuestionPlaceholder.subject, with: subject)
    }

    /// "4 December 2026" in this language (ICU), or the ISO date if ICU cannot say it.
    func spelled(_ date: CivilDate) -> String {
        let millis = Double(date.daysSinceEpoch) * 86_400_000
        guard let utc = ICUTimeZone("UTC"), let text = try? utc.format(utcMillis: millis, skeleton: "dMMMMy", locale: icuLocale) else {
            return date.iso
        }
        return text
    }
}
