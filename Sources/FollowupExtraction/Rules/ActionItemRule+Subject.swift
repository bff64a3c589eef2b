import FollowupDocument
import FollowupText

/// Who a commitment's subject is: a person, the speaker, "we", a team, or a name nobody introduced.
extension ActionItemRule {
    func isSubjectToken(_ sentence: SentenceView, _ index: Int) -> Bool {
        sentence.word(index, in: [.firstPerson, .firstPersonPlural, .secondPerson]) || sentence.isWord(index, .thirdPersonPronoun)
    }

    /// "(Maria Gonzalez)" at `index`: capitalized words in brackets.
    func bracketedName(_ sentence: SentenceView, after index: Int) -> (name: String, end: Int)? {
        let tokens = sentence.tokens
        guard index < tokens.count, tokens[index].key == "(" else { return nil }
        var end = index + 1
        while end < tokens.count, end - index <= 4, tokens[end].kind == .word, sentence.isCapitalized(end) { end += 1 }
        guard end > index + 1, end < tokens.count, tokens[end].key == ")" else { return nil }
        return (sentence.text((index + 1)..<end), end + 1)
    }

    /// A label that names a participant: "Karim", or "Mme Lenoir" for Isabelle Lenoir.
    static func labelKnown(_ label: String, _ context: RuleContext) -> Bool {
        if context.people.knows(label) { return true }
        let words = label.split(separator: " ")
        // "Álvaro + Lucía", "Tom & Ann": two people the notes know, on one line.
        if words.count == 3, words[1] == "&" || words[1] == "+", context.people.knows(String(words[0])), context.people.knows(String(words[2])) {
            return true
        }
        guard words.count >= 2, context.lexicon.isHonorific(words[0]) else { return false }
        // "Dr. Vogt", and "Dr. Ines Vogt" whom the attendee list names without the title.
        return words.count == 2 ? context.people.knowsSurname(String(words[1])) : context.people.knows(words.dropFirst().joined(separator: " "))
    }

    /// Whether a line's label names who does its task: a known person or team, any label when the notes
    /// list nobody, and, in an action table or on an open checkbox, a name the attendee list left out
    /// ("Vincent" who was excused); not a topic on a plain bullet ("- Contrat : envoyer la version signée").
    static func labelOwns(_ label: String, listed: Bool, _ context: RuleContext) -> Bool {
        if context.people.isEmpty || labelKnown(label, context) { return true }
        if context.lexicon.teamNouns.contains(label.lowercased().split(separator: " ").first.map(String.init) ?? "") { return true }
        let words = label.split(separator: " ")
        // "Белова Е.А.", "МД": a surname with initials, an abbreviated company; "Calder & Pike", a firm; "Ana + Luis".
        let joined = words.count == 3 && (words[1] == "&" || words[1] == "+")
        return listed && (words.count <= 2 || joined)
            && words.allSatisfy { $0 == "&" || $0 == "+" || $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "." } }
    }

    /// An action table's row, an open checkbox, or a line under "Who does what": the label there is who does it.
    static func listsOwners(_ utterance: Utterance) -> Bool {
        utterance.listMarker == .openCheckbox || utterance.section == .actionItems
    }

    /// "Motion:", "Admissions:", "Forgot:": a label that is a word, not a person.
    static func labelIsNoName(_ label: String, _ context: RuleContext) -> Bool {
        let lower = label.lowercased()
        guard !label.contains(" "), !context.people.knows(label) else { return false }
        if context.lexicon.pastMarkers.contains(lower) || context.lexicon.decisionPhrases.contains(lower) { return true }
        return context.lexicon.nounSuffixes.contains { lower.hasSuffix($0) } && lower.count > 5
    }

    static func isTeam(_ owner: OwnerKind) -> Bool {
        if case .team = owner { return true }
        return false
    }

    func decisionLabelled(_ utterance: Utterance, _ compiled: CompiledLexicon) -> Bool {
        guard !utterance.speakerSpoke, let label = utterance.speaker?.lowercased() else { return false }
        return compiled.isWord(label, .decisionLabel)
    }

    func structuralLine(_ sentence: SentenceView) -> Bool {
        let utterance = sentence.utterance
        return utterance.section == .actionItems || utterance.section == .nextSteps || utterance.listMarker == .openCheckbox
            || utterance.actionMarked
    }

    /// A known person after titles ("Frau Dr. Pammer", "M. Dupont"): the name and where it ends.
    func titledPerson(_ sentence: SentenceView, at index: Int, context: RuleContext) -> (name: String, end: Int)? {
        let tokens = sentence.tokens
        var position = index
        while position < tokens.count, position - index < 4, sentence.isWord(position, .honorific) {
            position += 1
            if position < tokens.count, tokens[position].key == "." { position += 1 }
        }
        guard position > index, position < tokens.count, let person = context.people.person(in: sentence, at: position) else { return nil }
        return (person.name, position + person.length)
    }

    /// A subject at `index`: a person, "I", "we", a team, or an unknown capitalized name.
    func subject(_ sentence: SentenceView, at index: Int, context: RuleContext) -> (owner: OwnerKind, length: Int, fused: Bool, known: Bool)? {
        guard let found = subjectKind(sentence, at: index, context: context) else { return nil }
        // An @mention always names a person, known or not.
        let key = sentence.tokens[index].key
        let known = context.people.person(in: sentence, at: index) != nil || key == "@" || key.hasPrefix("@")
        return (found.owner, found.length, found.fused, known)
    }

    func subjectKind(_ sentence: SentenceView, at index: Int, context: RuleContext) -> (owner: OwnerKind, length: Int, fused: Bool)? {
        let tokens = sentence.tokens
        let lexicon = context.lexicon
        let key = tokens[index].key
        if let person = context.people.person(in: sentence, at: index) {
            // "Pablo y Lucía cierran la fecha": two people own it together.
            let after = index + person.length
            if after + 1 < tokens.count, sentence.isWord(after, .conjunction), let other = context.people.person(in: sentence, at: after + 1),
                other.name != person.name
            {
                return (.team(sentence.text(index..<(after + 1 + other.length))), after + 1 + other.length - index, false)
            }
            return (.person(person.name), person.length, false)
        }
        // "Herr Hofer", "Frau Dr. Pammer", "Sra. Gil": a title before a known name.
        if let titled = titledPerson(sentence, at: index, context: context) { return (.person(titled.name), titled.end - index, false) }
        // "@maria (Maria Gonzalez)": the name in brackets after a handle.
        if key == "@" || key.hasPrefix("@"), let named = bracketedName(sentence, after: index + (key == "@" ? 2 : 1)) {
            return (.person(named.name), named.end - index, false)
        }
        if let suffix = lexicon.willSuffixes.first(where: { key.hasSuffix($0) }) {
            let pronoun = String(key.dropLast(suffix.count))
            if lexicon.firstPerson.contains(pronoun) { return (.speaker, 1, true) }
            if lexicon.firstPersonPlural.contains(pronoun) { return (.we, 1, true) }
            if context.compiled.isWord(pronoun, .requestPronoun) { return (.addressee, 1, true) }
            if context.compiled.isWord(pronoun, .thirdPersonPronoun) { return nil }
            if let person = context.people.person(in: sentence, at: index) { return (.person(person.name), 1, true) }
            return nil
        }
        if sentence.word(index, in: .firstPerson) { return (.speaker, 1, false) }
        if sentence.word(index, in: .firstPersonPlural), !sentence.isWord(index, .notWeSubject) { return (.we, 1, false) }
        if sentence.isWord(index, .addressedPronoun) && sentence.utterance.speakerSpoke { return (.addressee, 1, false) }
        // Teams: "legal", "the vendor", "ACME legal", "Finance"
        var position = index
        if sentence.isWord(index, .teamDeterminer) { position += 1 }
        guard position < tokens.count else { return nil }
        // "IT will set up the laptops" is a team; "It will give …" and "it will" are not.
        if sentence.word(position, in: .teamNoun),
            !sentence.isWord(position, .notName) || sentence.raw(position).allSatisfy({ $0.isUppercase })
        {
            var end = position + 1
            while end < tokens.count, sentence.word(end, in: .teamNoun) { end += 1 }  // "ops team", "Platform team"
            if end < tokens.count, sentence.isCapitalized(end), tokens[end].kind == .word { end += 1 }  // "Юристы ТехноСтроя"
            return (.team(sentence.text(index..<end)), end - index, false)
        }
        // Lower-case notes: "jen to send deck thurs" — a lone word opening a list item, then "to"/"will" and a task verb.
        if position == 0, !sentence.utterance.speakerSpoke, sentence.utterance.listMarker != nil, tokens[0].kind == .word,
            !sentence.isCapitalized(0), tokens.count > 2, sentence.isWord(1, .lowercaseNameMarker),
            sentence.word(2, in: .taskVerb), isNameLike(sentence, 0, lexicon), !sentence.word(0, in: .taskVerb),
            tokens[0].key.count >= 2, !sentence.isWord(0, .notLowercaseName)
        {
            let raw = String(sentence.raw(0))
            return (.person(raw.prefix(1).uppercased() + raw.dropFirst()), 1, false)
        }
        if sentence.isCapitalized(position), tokens[position].kind == .word, isNameLike(sentence, position, lexicon) {
            var end = position + 1
            if end < tokens.count, sentence.isCapitalized(end), tokens[end].kind == .word, isNameLike(sentence, end, lexicon) { end += 1 }
            // "Die Liste schließt heute": after an article or a preposition, one unknown capitalized word is a noun
            // ("die Kanzlei Pammer" may still name someone).
            if end == position + 1, position == index, index > 0, sentence.isWord(index - 1, .taskStopWord),
                !sentence.isWord(index - 1, .conjunction)
            {
                return nil
            }
            if end < tokens.count, sentence.word(end, in: .teamNoun) { end += 1 }
            // "Poppy and Tara will have to work together": two people nobody introduced own it together.
            if end + 1 < tokens.count, sentence.isWord(end, .conjunction), sentence.isCapitalized(end + 1), tokens[end + 1].kind == .word,
                isNameLike(sentence, end + 1, lexicon), !sentence.word(end + 1, in: .teamNoun)
            {
                var other = end + 2
                if other < tokens.count, sentence.isCapitalized(other), tokens[other].kind == .word, isNameLike(sentence, other, lexicon) { other += 1 }
                // Only right before "will", "to", "have to": capitalized nouns ("Mietvertrag und Nachträge prüfen") are no one.
                if other < tokens.count,
                    sentence.word(other, in: .commitmentMarker) || context.compiled.commitmentPhrases.match(tokens, at: other) != nil
                {
                    return (.team(sentence.text(index..<other)), other - index, false)
                }
            }
            let text = sentence.text(index..<end)
            let owner: OwnerKind = end - position == 1 && !sentence.isWord(index, .teamDeterminer) ? .person(text) : .team(text)
            return (owner, end - index, false)
        }
        return nil
    }

    /// A capitalized word that may be a name: not a pronoun, a function word, a weekday or month.
    func isNameLike(_ sentence: SentenceView, _ index: Int, _ lexicon: Lexicon) -> Bool {
        let key = sentence.tokens[index].key
        // Stop words, weekdays, months, pronouns, verbs, fillers, hedges, numbers ("Three to five CVs"), `notNames`.
        if sentence.word(index, in: .notName) { return false }
        // "Motion to spend…", "Admissions will…": a noun, not a name, when nobody by that name is known.
        if lexicon.nounSuffixes.contains(where: { key.hasSuffix($0) }), key.count > 5,
            !(sentence.utterance.speaker.map { $0.lowercased().hasPrefix(key) } ?? false)
        {
            return false
        }
        return sentence.raw(index).count > 1
    }

    /// The first task verb at or after `index`, skipping fillers and adverbs.
}
