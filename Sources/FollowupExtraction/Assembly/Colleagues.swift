/// Whom a speaker brings along as a call opens: "Jenna's with me from our solutions team", "С нашей стороны ещё
/// Максим Литвинов". When that speaker sends the follow-up, the colleague is not the other side.
extension Analysis {
    /// How many turns from the start introductions are read.
    static let introductionTurns = 6

    /// Participant name → the speaker who introduced them as their own.
    func introducedColleagues() -> [String: String] {
        let table = CompiledLexicon.shared(lexicon).colleagueIntroductions
        var introduced: [String: String] = [:]
        for sentence in sentences where sentence.utteranceIndex < Self.introductionTurns {
            guard sentence.utterance.speakerSpoke, let speaker = sentence.utterance.speaker,
                table.contains(sentence.tokens, in: 0..<sentence.tokens.count)
            else { continue }
            let speakerName = people.fullest(speaker)
            for index in sentence.tokens.indices {
                guard let person = people.person(in: sentence, at: index), person.name != speakerName, introduced[person.name] == nil else { continue }
                introduced[person.name] = speakerName
            }
        }
        return introduced
    }
}
