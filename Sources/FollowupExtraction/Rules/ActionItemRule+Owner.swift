import FollowupDocument
import FollowupText

/// Who owns an action item: the named subject, the speaker, the person addressed, an assignment.
extension ActionItemRule {
    // MARK: Owner

    func resolveOwner(_ kind: OwnerKind, sentence: SentenceView, context: RuleContext) -> String? {
        switch kind {
        case .person(let name): return context.people.fullest(name)
        case .team(let name): return name
        case .we: return context.lexicon.weOwner
        case .unstated: return nil
        case .speaker:
            // In notes, "I" is whoever wrote them ("From:", "Agent:", "Notes by:").
            var speaker = sentence.utterance.speaker
            if !sentence.utterance.speakerSpoke, speaker == nil || context.compiled.isWord(speaker!.lowercased(), .selfLabel) {
                // "kat (me)" in the attendees: the notes say who "me" is.
                if let label = speaker, context.people.knows(label) { return context.people.fullest(label) }
                speaker = context.author
            }
            guard let speaker else { return nil }
            return context.people.fullest(speaker)
        case .addressee:
            if let name = vocative(sentence, context: context) { return name }
            if let name = addressee(of: sentence, context: context) { return name }
            // Only a name before the "you" ("as the Industrial Designer, you're gonna …"); one after it is the
            // recipient ("can you send the deck to Bob?").
            let you = context.lexicon.words(.addressedPronoun)
            guard let first = sentence.tokens.firstIndex(where: { token in you.contains { token.key == $0 || token.key.hasPrefix($0 + "'") } })
            else { return nil }
            return namedBefore(first, in: sentence, context: context)
        }
    }

    /// "Bob, can you…", "…, Bob?", "Иван, подготовь…": the person addressed by name.
    func vocative(_ sentence: SentenceView, context: RuleContext) -> String? {
        let tokens = sentence.tokens
        // "@sam can you grant Li access?": a mention opening the line addresses that person.
        if let first = tokens.first, first.key == "@" || first.key.hasPrefix("@") {
            if let person = context.people.person(in: sentence, at: 0) { return person.name }
            let handle = first.key == "@" && tokens.count > 1 ? String(sentence.raw(1)) : String(sentence.raw(0).dropFirst())
            if !handle.isEmpty { return handle }
        }
        if let person = context.people.person(in: sentence, at: 0), person.length < tokens.count,
            [",", ":", "—", "-"].contains(tokens[person.length].key)
        {
            return person.name
        }
        // "…, Bob?" or "…, Bob."
        var end = tokens.count
        while end > 0, ["?", ".", "!"].contains(tokens[end - 1].key) { end -= 1 }
        for length in 1...2 where end - length - 1 >= 0 {
            if tokens[end - length - 1].key == ",", let person = context.people.person(in: sentence, at: end - length),
                person.length == length
            {
                return person.name
            }
        }
        // A name right after the request: "can you, Bob, send"; "could you Alice send"
        for index in 0..<min(tokens.count, 5) {
            if let person = context.people.person(in: sentence, at: index), index > 0,
                tokens[index - 1].key == "," || sentence.isWord(index - 1, .addressLeadIn)
                    || index == 1 && sentence.isWord(0, .conjunction) && person.length + 1 < tokens.count && tokens[person.length + 1].key == ","
            {
                return person.name
            }
        }
        if context.lexicon.capitalizedWordBeforeCommaAddresses, !tokens.isEmpty, sentence.isCapitalized(0), tokens.count > 1, tokens[1].key == "," {
            return context.people.fullest(String(sentence.raw(0)))
        }
        return nil
    }

    /// "assigned to Bob", "owner: Bob", "(Bob)", "— @bob" at the end, "Bob owns".
    func assignedOwner(_ sentence: SentenceView, context: RuleContext, compiled: CompiledLexicon) -> String? {
        let tokens = sentence.tokens
        for index in tokens.indices {
            guard let phrase = compiled.assignment.match(tokens, at: index) else { continue }
            var next = index + phrase.length
            while next < tokens.count, [":", "-", "—", "="].contains(tokens[next].key) || sentence.isWord(next, .assignmentLink) { next += 1 }
            // "Assignee: Unassigned", "owner: TBD": nobody yet.
            if next < tokens.count, tokens[next].key == "?" || sentence.isWord(next, .nobody) { return nil }
            if next < tokens.count, let person = context.people.person(in: sentence, at: next) { return person.name }
            // A name the notes never introduced: "assigned to Bob".
            if next < tokens.count, tokens[next].kind == .word, sentence.isCapitalized(next), isNameLike(sentence, next, context.lexicon),
                sentence.raw(next).contains(where: \.isLowercase)
            {
                var end = next + 1
                if end < tokens.count, tokens[end].kind == .word, sentence.isCapitalized(end) { end += 1 }
                return sentence.text(next..<end)
            }
        }
        // Trailing "(Bob)", "[Bob]", "— Bob", "- @bob"
        var end = tokens.count
        while end > 0, [".", ")", "]", "!"].contains(tokens[end - 1].key) { end -= 1 }
        for length in 1...3 where end - length >= 1 {
            let before = tokens[end - length - 1].key
            if ["(", "[", "—", "-", "–", "@", "→"].contains(before) || (before == "@" && end - length >= 2),
                let person = context.people.person(in: sentence, at: end - length), person.length == length
            {
                return person.name
            }
        }
        return nil
    }

    func firstMention(_ sentence: SentenceView, context: RuleContext) -> String? {
        let tokens = sentence.tokens
        for index in tokens.indices where tokens[index].key == "@" && index + 1 < tokens.count {
            if let person = context.people.person(in: sentence, at: index) { return person.name }
            return String(sentence.raw(index + 1))
        }
        // "Angebote einholen – Eva – bis Ende Oktober", "Revisar el contrato (Marta)": a known person
        // alone between separators is the line's owner tag.
        let separators: Set<String> = ["–", "—", "-", "(", ")", ",", "|", "/", ":"]
        for index in tokens.indices.dropFirst() where separators.contains(tokens[index - 1].key) {
            let found = context.people.person(in: sentence, at: index).map { (name: $0.name, end: index + $0.length) }
                ?? titledPerson(sentence, at: index, context: context)
            guard let found, found.end == tokens.count || separators.contains(tokens[found.end].key) || tokens[found.end].key == "." else {
                continue
            }
            return found.name
        }
        return nil
    }

    /// The person a request without a name is addressed to: whoever answers it next ("sure"),
    /// or the only other speaker of a two-person call.
    func addressee(of sentence: SentenceView, context: RuleContext) -> String? {
        let speaker = sentence.utterance.speaker
        guard sentence.utterance.speakerSpoke else { return nil }
        if let taker = acceptingReply(to: sentence, context: context) { return context.people.fullest(taker) }
        if context.speakers.count == 2, let speaker, let other = context.speakers.first(where: { $0 != speaker }) {
            return context.people.fullest(other)
        }
        return nil
    }

    /// "as the industrial designer, you're gonna be working on …", "Gabriel, … you're gonna": a participant
    /// (not the speaker) named in the ten words before `end` (the verb, or the "you") is the one the "you" means.
    func namedBefore(_ end: Int, in sentence: SentenceView, context: RuleContext) -> String? {
        let speaker = sentence.utterance.speaker.map { context.people.fullest($0) }
        guard end > 0 else { return nil }
        for index in stride(from: end - 1, through: max(0, end - 10), by: -1) {
            guard let person = context.people.person(in: sentence, at: index), index + person.length <= end else { continue }
            let name = context.people.fullest(person.name)
            if name != speaker { return name }
        }
        return nil
    }

    /// "Julia: Budgetfreigabe DB klären": under a known person's label, capitalized words read as a group nobody
    /// answers to (not a team word such as "Finance") are the task's nouns, and the label owns the task. One
    /// unknown name stays the owner ("Anna: Mark from Globex sends the pricing").
    func labelOverUnknownSubject(_ found: Commitment, in sentence: SentenceView, context: RuleContext) -> String? {
        guard case .team = found.owner, !sentence.word(found.start, in: .teamNoun), !sentence.isWord(found.start, .teamDeterminer),
            !sentence.utterance.speakerSpoke, let label = sentence.utterance.speaker,
            context.people.knows(label) || context.people.knowsFirstName(label)
        else { return nil }
        return label
    }

    /// "Priya: sandbox for Raj by 12/11", "я: допсоглашение Ольге до 10.12": a participant's label (or "me") and
    /// a deadline make a to-do without a verb, in any section.
    func labelledToDo(_ sentence: SentenceView, dates: [DateMatch], context: RuleContext, compiled: CompiledLexicon) -> Bool {
        guard !sentence.utterance.speakerSpoke, let label = sentence.utterance.speaker,
            dates.contains(where: \.isDeadline),
            !context.people.isEmpty && Self.labelKnown(label, context) || compiled.isWord(label.lowercased(), .selfLabel)
                || context.author.map({ $0.lowercased() == label.lowercased() }) == true
        else { return false }
        // "reminder: offsite tomorrow" under a person's block: a label of its own says what the line is.
        if sentence.tokens.prefix(3).contains(where: { $0.key == ":" }) { return false }
        // A task verb at the start is the labelled task's own ("Priya: send the docs"), read as such.
        return firstVerb(sentence, from: 0, context: context, compiled: compiled).map { $0 > 1 || !sentence.word($0, in: .taskVerb) } ?? true
    }

    /// "- me: revised order form to Raj by Thurs" under "TODO": the author's own to-do needs no verb either.
    static func selfLabelled(_ utterance: Utterance, _ compiled: CompiledLexicon) -> Bool {
        !utterance.speakerSpoke && utterance.speaker.map { compiled.isWord($0.lowercased(), .selfLabel) } == true
    }
}
