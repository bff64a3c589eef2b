import FollowupExtraction

extension MeetingFacts {
    /// The participants the message goes to when its To names some of them (by address or by name): the greeting
    /// greets those, not everyone on the call. The eighteenth reading found "Hi Marcus, Tom and Dana" in a mail to Tom,
    /// Marcus being the sender's colleague, and "Hi all" to one board member. Without a match, `people` as they are.
    static func addressed(_ people: [ExtractionRecord.Person], among everyone: [ExtractionRecord.Person], to: [String], lexicon: Lexicon?)
        -> [ExtractionRecord.Person]
    {
        let mailboxes = to.compactMap(MailAddress.init(parsing:))
        guard !mailboxes.isEmpty else { return people }
        let named = everyone.filter { person in mailboxes.contains { names(person, $0, lexicon: lexicon) } }
        return named.isEmpty ? people : named
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
