import FollowupText

/// The summary belongs to the day of the meeting; every day later it is worth less.
struct SentLateRule: LintRule {
    let id = "sent-late"
    let guidance = "A follow-up is sent the same day as the meeting."
    let languageSpecific = false

    func check(_ context: LintContext) -> [Finding] {
        guard let notes = context.notes, let meeting = CivilDate(iso: notes.meeting.date), let sent = context.sentDay else { return [] }
        let days = sent.daysSinceEpoch - meeting.daysSinceEpoch
        guard days >= 1 else { return [] }
        let detail = context.lexicon.code == "ru" ? RussianPlural.days(days) : days == 1 ? "1 day" : "\(days) days"
        return [context.finding(id, detail: detail)]
    }
}

enum RussianPlural {
    static func days(_ n: Int) -> String {
        let word: String
        switch (n % 10, n % 100) {
        case (1, let h) where h != 11: word = "день"
        case (2...4, let h) where !(12...14).contains(h): word = "дня"
        default: word = "дней"
        }
        return "\(n) \(word)"
    }
}
