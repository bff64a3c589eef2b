/// Whether the follow-up keeps the meeting's informal register.
extension Analysis {
    /// "Kannst du das übernehmen?", "ich sag euch Bescheid": colleagues who say "du" to each other, twice or more, and
    /// nobody "Sie" (capitalized inside a sentence, so not "sie" for "they"), get a mail that says "du" too.
    func addressesInformally() -> Bool {
        let talk = lexicon.meetingTalk
        guard !talk.informalYou.isEmpty else { return false }
        var informal = 0
        for sentence in sentences {
            for (index, token) in sentence.tokens.enumerated() {
                if talk.informalYou.contains(token.key) { informal += 1 }
                if index > 0, talk.formalYou.contains(token.key), sentence.isCapitalized(index),
                    ![".", "!", "?", ":", "\"", "„", "«"].contains(sentence.tokens[index - 1].key)
                {
                    return false
                }
            }
        }
        return informal >= 2
    }
}
