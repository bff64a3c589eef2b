/// Whom a speaker brings along as a call opens: "Jenna's with me from our solutions team", "С нашей стороны ещё
/// Максим Литвинов", "Herr Wolff, unser Standortleiter, ist auch dabei". When that speaker sends the follow-up, the
/// colleague is not the other side.
extension Analysis {
    /// How many turns from the start introductions are read: a few turns of greetings and small talk often come first.
    static let introductionTurns = 10

    /// Participant name → the speaker who introduced them as their own, and the sentence that did.
    func introducedColleagues() -> [String: (by: String, sentence: Int)] {
        let table = CompiledLexicon.shared(lexicon).colleagueIntroductions
        var introduced: [String: (by: String, sentence: Int)] = [:]
        for sentence in sentences where sentence.utteranceIndex < Self.introductionTurns {
            guard sentence.utterance.speakerSpoke, let speaker = sentence.utterance.speaker,
                let phrase = table.firstMatch(sentence.tokens, in: 0..<sentence.tokens.count)
            else { continue }
            let speakerName = people.fullest(speaker)
            // After the phrase, everyone it lists ("on our side it's Dev Patel … and Greg Holloway"); else the person nearest
            // before it ("Herr Brandt, Frau Krüger — Jonas Weber ist auch dabei"), unless named with a company.
            var nearestBefore: (name: String, ofOtherOrganization: Bool)?
            var after: [String] = []
            var index = 0
            while index < sentence.tokens.count {
                guard let person = people.person(in: sentence, at: index) else {
                    index += 1
                    continue
                }
                let end = index + max(person.length, 1)
                if person.name != speakerName {
                    let otherOrganization = namesOtherOrganization(sentence, after: end, phrase: phrase.index)
                    if end <= phrase.index {
                        nearestBefore = (person.name, otherOrganization)
                    } else if index >= phrase.index + phrase.length, !otherOrganization {
                        after.append(person.name)
                    }
                }
                index = end
            }
            // "Monsieur Garnier, Madame Morel, j'ai avec moi Julien Marchand": those before are greeted when the phrase
            // names someone after it.
            let named = after.isEmpty ? nearestBefore.flatMap { $0.ofOtherOrganization ? nil : $0.name }.map { [$0] } ?? [] : after
            for name in named where introduced[name] == nil { introduced[name] = (speakerName, sentence.index) }
        }
        return introduced
    }

    /// "Frau Rossi von Helvetic Talents ist auch dabei": a person named with a company, unless the company is the
    /// phrase's own ("Frau Wolf aus unserer Qualitätssicherung").
    private func namesOtherOrganization(_ sentence: SentenceView, after end: Int, phrase: Int) -> Bool {
        let tokens = sentence.tokens
        guard end + 1 < tokens.count, end != phrase, lexicon.meetingTalk.organizationLeadIns.contains(tokens[end].key) else { return false }
        var name = end + 1
        // "von der Gartenwelt": past an article.
        if name + 1 < tokens.count, !sentence.isCapitalized(name), lexicon.stopWords.contains(tokens[name].key) { name += 1 }
        return sentence.isCapitalized(name)
    }
}
