import FollowupExtraction

extension MeetingFacts {
    /// The participants the message goes to when its To names them (by address or by name): the greeting greets
    /// those, not everyone on the call. The eighteenth reading found "Hi Marcus, Tom and Dana" in a mail to Tom, Marcus
    /// being the sender's colleague, and "Hi all" to one board member. Empty when the To names none of them.
    static func addressed(among everyone: [ExtractionRecord.Person], to mailboxes: [MailAddress], lexicon: Lexicon?) -> [ExtractionRecord.Person] {
        everyone.filter { person in mailboxes.contains { names(person, $0, lexicon: lexicon) } }
    }

    /// The one person a To names whom the notes do not list ("Marcus Bell <m.bell@…>"), as a greeting says them: the
    /// first name in English and Spanish or among "du"/"tu"/"ты"; the whole name in formal German and French (no
    /// gender to choose a title by: "Guten Tag Florian Baumgart"); first name and patronymic in formal Russian
    /// ("Сергей Петрович"). Nil for a list ("Mobile team"), more than one mailbox, or no name (set 33: "Hi all," and
    /// "Коллеги, добрый день!" to one person).
    static func toName(_ mailboxes: [MailAddress], language: String, informal: Bool) -> String? {
        guard mailboxes.count == 1, let name = mailboxes[0].name.map(singleLine) else { return nil }
        let words = name.words.map(String.init)
        let titled = words.first.map { $0.hasSuffix(".") } ?? false
        guard (2...(titled ? 4 : 3)).contains(words.count), name.count <= 48,
            words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || "-.'’".contains($0) } })
        else { return nil }
        let given = words.drop { $0.hasSuffix(".") }
        guard let first = given.first else { return nil }
        switch language {
        case "de", "fr": return informal ? first : name
        case "ru": return !informal && given.count == 3 ? given.prefix(2).joined(separator: " ") : first
        default: return first
        }
    }

    /// Whether `mailbox` is `person`: the same address, the same name, or the same surname where one side gives no first
    /// name ("Herr Weber" and "Jonas Weber"), or the same first name where one side gives only that ("Tom", "Tom Becker").
    static func names(_ person: ExtractionRecord.Person, _ mailbox: MailAddress, lexicon: Lexicon?) -> Bool {
        if let email = person.email, email.lowercased() == mailbox.address.lowercased() { return true }
        guard let name = mailbox.name else { return false }
        let bare = { (text: String) in
            singleLine(text).words.filter { !(lexicon?.isHonorific($0) ?? false) }
                .map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }.filter { !$0.isEmpty }
        }
        let ours = bare(person.name)
        let theirs = bare(name)
        guard let last = ours.last, let otherLast = theirs.last else { return false }
        if ours == theirs { return true }
        if last == otherLast, ours.count == 1 || theirs.count == 1 || ours.first == theirs.first { return true }
        return ours.count == 1 && ours[0] == theirs[0] || theirs.count == 1 && theirs[0] == ours[0]
    }
}
