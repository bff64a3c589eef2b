import FollowupDocument
import FollowupText

/// A commitment or request found in one sentence, before duplicates merge.
struct ActionCandidate: Sendable {
    var task: String
    var owner: String?
    var due: DateMatch?
    var line: Int
    var sentenceIndex: Int
    /// The token where the task's verb stands (`DeadlineRule` picks the date after it).
    var verb: Int
    /// From structure ("Action items:", "- [ ]", "AI:") or an explicit pattern ("Alice will send").
    var strong: Bool
    /// "I'll do that by Friday", "can you have it by Friday?": refers to a task said just before.
    var isReference = false
    /// "Someone needs to update the wiki": a task only once somebody takes it ("I'll do it").
    var isUnclaimed = false
}

/// Finds action items: commitments ("Alice will send", "Bob to review", "I'll check", "let me",
/// "Иван пришлёт", "я подготовлю"), requests to a named person ("Bob, can you send…?",
/// "can you…" answered "sure" by the next speaker), assignments ("assigned to Bob", "Bob owns",
/// "- [ ] @maria …", "AI (Bob): …") and imperative lines under an "Action items" heading.
///
/// Ignores: past actions ("Alice sent the deck"), done checkboxes, hypotheticals ("we could
/// maybe…"), negations ("I won't"), discussion ("we discussed who would own hiring"), questions
/// about the past, and the next call itself (that is the next contact).
/// Contract rows: `actionItems[].task/owner/due`; owners in their fullest form.
struct ActionItemRule: Rule {
    var family: RuleFamily { .actionItems }
    var reads: Set<RuleFamily> { [.dates] }
    /// A commitment may begin at a list marker, a name or any capitalized word: no shortcut.
    var openers: TokenClass { [] }

    func apply(to sentence: SentenceView, in context: RuleContext, found: inout SentenceFindings) {
        found.actions = matches(in: sentence, context: context, dates: found.dates)
    }

    enum OwnerKind: Equatable {
        case person(String)
        case speaker
        case we
        case addressee
        case team(String)
        case unstated
    }

    struct Commitment {
        var owner: OwnerKind
        var verb: Int
        var start: Int
        var strong: Bool
    }

    func matches(in sentence: SentenceView, context: RuleContext, dates: [DateMatch]) -> [ActionCandidate] {
        let utterance = sentence.utterance
        let tokens = sentence.tokens
        let lexicon = context.lexicon
        let compiled = context.compiled
        if utterance.listMarker == .doneCheckbox { return [] }
        let structural = utterance.section == .actionItems || utterance.section == .nextSteps
            || utterance.listMarker == .openCheckbox || utterance.actionMarked
        let question = sentence.endsWithQuestionMark

        var commitment = findCommitment(sentence, context: context, compiled: compiled)
        // "Someone needs to update the wiki": kept aside until a reply claims it.
        var unclaimed = false
        if commitment == nil, tokens.count > 3, sentence.isWord(0, .someone),
            let phrase = compiled.commitmentPhrases.match(tokens, at: 1),
            let verb = firstVerb(sentence, from: 1 + phrase.length, context: context, compiled: compiled)
        {
            commitment = Commitment(owner: .unstated, verb: verb, start: 0, strong: false)
            unclaimed = true
        }
        // A note labelled with a name: "Bob: get legal review done by 12/4".
        // A standup block's line "t: will finish the 3DS PR by EOD" under "@omar".
        if commitment == nil, !utterance.speakerSpoke, let owner = utterance.speaker, !Self.labelIsNoName(owner, context) {
            var start = 0
            if tokens.count > 2, tokens[1].key == ":", tokens[0].key.count <= 6 { start = 2 }
            if start < tokens.count, sentence.isWord(start, .labelCommitment) {
                var verbAt = start + 1
                if sentence.isWord(start, .goingWord), verbAt < tokens.count, sentence.isWord(verbAt, .infinitiveMarker) { verbAt += 1 }
                if let verb = firstVerb(sentence, from: verbAt, context: context, compiled: compiled), verb <= verbAt + 1 {
                    commitment = Commitment(owner: .person(owner), verb: verb, start: start, strong: true)
                }
            }
        }
        // "Me: send the proposal" in someone's own notes: the author.
        if commitment == nil, !utterance.speakerSpoke, let label = utterance.speaker,
            compiled.isWord(label.lowercased(), .selfLabel),
            let verb = firstVerb(sentence, from: 0, context: context, compiled: compiled), verb <= 1
        {
            commitment = Commitment(owner: .speaker, verb: verb, start: 0, strong: true)
        }
        if commitment == nil, !utterance.speakerSpoke, let label = utterance.speaker, !Self.labelIsNoName(label, context),
            context.people.isEmpty || context.people.knows(label)
                || lexicon.teamNouns.contains(label.lowercased().split(separator: " ").first.map(String.init) ?? ""),
            let verb = firstVerb(sentence, from: 0, context: context, compiled: compiled), verb <= 1,
            sentence.word(verb, in: .taskVerb) || structural
        {
            commitment = Commitment(owner: .person(label), verb: verb, start: 0, strong: true)
        }
        // "Update the forecast by Friday, assigned to Bob."
        if commitment == nil, compiled.assignment.contains(tokens, in: 1..<tokens.count),
            let verb = firstVerb(sentence, from: 0, context: context, compiled: compiled), verb <= 1,
            sentence.word(verb, in: .taskVerb)
        {
            commitment = Commitment(owner: .unstated, verb: verb, start: 0, strong: true)
        }
        if commitment == nil && structural {
            // An imperative line under "Action items": the whole line is the task.
            if let verb = firstVerb(sentence, from: 0, context: context, compiled: compiled, loose: true) {
                commitment = Commitment(owner: .unstated, verb: verb, start: 0, strong: true)
            }
        }
        guard var found = commitment else { return [] }
        if structural { found.strong = true }

        // Questions are requests only when addressed to someone ("can you…?"); "did you send it?" is not a task.
        let addressedByName = tokens.count > 1 && tokens[1].key == "," && context.people.person(in: sentence, at: 0) != nil
        if question && found.owner != .addressee && !structural && !addressedByName {
            if !(found.owner == .speaker && sentence.isWord(0, .offerQuestionOpener)) { return [] }
        }
        if !structural && isHypothetical(sentence, before: found.verb, compiled: compiled, owner: found.owner) { return [] }
        if !structural && isDiscussion(sentence, compiled: compiled) { return [] }
        if isNegated(sentence, from: found.start, to: found.verb, lexicon) { return [] }

        // "Can you do anything on the hardware?", "do a bit more": a vague ask, not a task.
        if sentence.isWord(found.verb, .vagueVerb), found.verb + 1 < tokens.count, sentence.isWord(found.verb + 1, .vagueObject) {
            return []
        }
        // "I can offer $2,000", "you'll get access": an offer or what someone will receive, not a task.
        if sentence.isWord(found.verb, .receiptVerb),
            found.verb > 0, sentence.isWord(found.verb - 1, .receiptModal) || sentence.isWord(found.start, .youWill)
        {
            if !(sentence.isWord(found.verb, .getVerb) && found.owner == .addressee && !sentence.isWord(found.start, .youWill)) { return [] }
        }
        // "I'll share my screen", "let me walk you through": done now, in the meeting.
        if !structural, compiled.immediate.match(tokens, at: found.verb) != nil { return [] }
        if !structural, found.verb + 1 < tokens.count,
            tokens[(found.verb + 1)...].prefix(8).contains(where: { lexicon.immediateWords.contains($0.key) })
                || compiled.immediate.contains(tokens, in: (found.verb + 1)..<min(tokens.count, found.verb + 6))
                && sentence.containsWord(.chatWord, in: (found.verb + 1)..<(found.verb + 7))
        {
            return []
        }
        // "you need to click…" in a many-person call is the generic "you": no one is asked.
        if found.owner == .addressee, !structural, sentence.utterance.speakerSpoke, context.speakers.count > 2,
            vocative(sentence, context: context) == nil, addressee(of: sentence, context: context) == nil,
            !compiled.requestPhrases.contains(tokens, in: 0..<min(2, tokens.count)) || sentence.isWord(0, .genericYou)
        {
            return []
        }
        // "we'll go with X", "we agreed to X": a decision, not a task.
        if compiled.decisionPhrases.match(tokens, at: found.verb) != nil
            || found.verb > 0 && compiled.decisionPhrases.match(tokens, at: found.verb - 1) != nil && !sentence.isWord(found.verb - 1, .infinitiveMarker)
        {
            return []
        }
        // The next call itself is the next contact, not a task.
        if compiled.contactVerbs.match(tokens, at: found.verb) != nil && !sentence.word(found.verb, in: .taskVerb)
            && !structural
        {
            return []
        }
        if sentence.isWord(found.verb, .meetVerb), !structural,
            found.owner == .we || found.owner == .unstated
        {
            return []
        }

        if found.owner == .we, utterance.section == .decisions || decisionLabelled(utterance, compiled) { return [] }
        // "We'll launch English-only first", "we'll take the sponsorship": what the group settles on
        // is a decision; "we" owns a task only with a deadline ("we'll send the contract by Friday").
        if found.owner == .we, !structural, dates.isEmpty, sentence.utterance.speakerSpoke || sentence.utterance.section != .actionItems {
            return []
        }
        var owner = resolveOwner(found.owner, sentence: sentence, context: context)
        if let assigned = assignedOwner(sentence, context: context, compiled: compiled) { owner = assigned }
        if owner == nil, !sentence.utterance.speakerSpoke, let label = utterance.speaker, !Self.labelIsNoName(label, context),
            context.people.isEmpty || context.people.knows(label)
                || lexicon.teamNouns.contains(label.lowercased().split(separator: " ").first.map(String.init) ?? ""),
            !compiled.isWord(label.lowercased(), .selfLabel)
        {
            owner = context.people.fullest(label)
        }
        if owner == nil, structural, let mention = firstMention(sentence, context: context) { owner = mention }

        var task = taskText(sentence, from: found.verb, dates: dates, context: context, compiled: compiled)
        // "Онбординг сделаю до конца недели": the object came first; it belongs to the task.
        if lexicon.verbMayComeLate, task.split(separator: " ").count < 2, found.verb > 0 {
            let before = (0..<found.verb).filter { i in
                tokens[i].kind == .word && !dates.contains { $0.range.contains(i) } && compiled.fillers.match(tokens, at: i) == nil
                    && !isSubjectToken(sentence, i) && context.people.person(in: sentence, at: i) == nil
                    && !lexicon.affirmatives.contains(tokens[i].key) && !Self.isDateWord(tokens[i].key, lexicon)
            }
            if !before.isEmpty {
                task = (before.map { String(sentence.raw($0)) } + [task]).joined(separator: " ")
                if let first = task.first, first.isUppercase { task = first.lowercased() + task.dropFirst() }
            }
        }
        guard task.split(separator: " ").count >= 2 || (structural && !task.isEmpty) else { return [] }
        let line = sentence.line(ofToken: found.verb)
        var candidate = ActionCandidate(task: task, owner: owner, due: nil, line: line, sentenceIndex: sentence.index, verb: found.verb,
                                        strong: found.strong)
        candidate.isReference = refersBack(task, compiled)
        candidate.isUnclaimed = unclaimed
        return [candidate]
    }

    /// A task whose words after the verb are only pronouns and particles.
    func refersBack(_ task: String, _ compiled: CompiledLexicon) -> Bool {
        // Up to a new clause: "do it, it's just the timing" points back; "write the, the notes" does not.
        var words: [String] = []
        for piece in task.lowercased().split(separator: ",") {
            let pieceWords = piece.split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
            if !words.isEmpty, let first = pieceWords.first, compiled.isWord(first, .clauseOpener) { break }
            words += pieceWords
        }
        guard words.count >= 1 else { return true }
        return words.dropFirst().allSatisfy { compiled.isWord($0, .referenceWord) }
    }

    // MARK: Finding the commitment

    func findCommitment(_ sentence: SentenceView, context: RuleContext, compiled: CompiledLexicon) -> Commitment? {
        let tokens = sentence.tokens
        let lexicon = context.lexicon
        var position = 0
        while position < tokens.count {
            defer { position += 1 }
            let key = tokens[position].key
            // Only a pronoun, a phrase opener, a name or a capitalized word can begin a commitment.
            if position > 0 || sentence.utterance.listMarker == nil, !sentence.classes[position].contains(.commitmentStart),
                !sentence.isCapitalized(position),
                !compiled.hasWillSuffix(key), !(key.utf8.first == UInt8(ascii: "@") && key.hasPrefix("@")),
                context.people.isEmpty || context.people.person(in: sentence, at: position) == nil,
                !sentence.word(position, in: .thirdPersonFutureVerb)
            {
                continue
            }
            // "let me", "I'll", "I will", "I can", "leave it with me"
            if let phrase = compiled.selfCommitments.match(tokens, at: position), !(phrase.length == 1 && lexicon.bareSelfPronouns.contains(key)) {
                if let verb = firstVerb(sentence, from: position + phrase.length, context: context, compiled: compiled) {
                    return Commitment(owner: .speaker, verb: verb, start: position, strong: true)
                }
            }
            // "can you", "could you", "please"
            if let phrase = compiled.requestPhrases.match(tokens, at: position) {
                let afterRequest = position + phrase.length
                // "please" opening a line of notes is an imperative with no owner unless someone is addressed.
                var verbStart = afterRequest
                if verbStart < tokens.count, let person = context.people.person(in: sentence, at: verbStart) { verbStart += person.length }
                if verbStart < tokens.count, tokens[verbStart].key == "," { verbStart += 1 }
                if let verb = firstVerb(sentence, from: verbStart, context: context, compiled: compiled) {
                    let isPlease = sentence.isWord(position, .pleaseWord)
                    // "Подготовь КП": the request phrase is itself the verb.
                    let imperative = phrase.length == 1 && sentence.isWord(position, .requestVerb)
                    if isPlease && !sentence.utterance.speakerSpoke && vocative(sentence, context: context) == nil {
                        return Commitment(owner: .unstated, verb: verb, start: position, strong: true)
                    }
                    if imperative {
                        return Commitment(owner: .addressee, verb: position, start: position, strong: true)
                    }
                    return Commitment(owner: .addressee, verb: verb, start: position, strong: true)
                }
            }
            // Russian drops the pronoun: "Пришлю завтра", "Подготовим КП".
            if sentence.word(position, in: .firstPersonFutureVerb), position == 0 || !isSubjectToken(sentence, position - 1) {
                let plural = lexicon.firstPersonPluralSuffixes.contains { key.hasSuffix($0) }
                    && !lexicon.firstPersonPluralSuffixExceptions.contains { key.hasSuffix($0) }
                    || sentence.isWord(position, .firstPersonPluralVerb)
                return Commitment(owner: plural ? .we : .speaker, verb: position, start: position, strong: true)
            }
            // A subject followed by a marker: "Alice will", "Bob to", "we'll", "legal needs to", "Иван пришлёт".
            guard let subject = subject(sentence, at: position, context: context) else { continue }
            var next = position + subject.length
            // "Alice (PM) will", "Bob also will"
            while next < tokens.count, sentence.isWord(next, .subjectAdverb) { next += 1 }
            guard next < tokens.count else { continue }
            var verbStart: Int?
            if subject.fused {
                verbStart = next  // "I'll", "we'll", "she'll"
            } else if sentence.word(next, in: .firstPersonFutureVerb), !subject.known, subject.owner != .we {
                // "Онбординг сделаю": a first-person verb makes the speaker the owner, whatever stands first.
                return Commitment(owner: .speaker, verb: next, start: position, strong: true)
            } else if sentence.word(next, in: [.thirdPersonFutureVerb, .firstPersonFutureVerb]) {
                return Commitment(owner: subject.owner, verb: next, start: position, strong: true)
            } else if !lexicon.imperativeSuffixes.isEmpty, subject.known, tokens[next].key == ",", next + 1 < tokens.count,
                lexicon.imperativeSuffixes.contains(where: { tokens[next + 1].key.hasSuffix($0) }), tokens[next + 1].key.count >= 4,
                !sentence.word(next + 1, in: .nonTaskVerb)
            {
                // "Тимур, посчитай, пожалуйста, остатки"
                return Commitment(owner: subject.owner, verb: next + 1, start: position, strong: true)
            } else if subject.owner == .speaker, !subject.fused, !lexicon.firstPersonVerbSuffixes.isEmpty,
                let verb = (next..<min(tokens.count, next + 3)).first(where: { i in
                    // Right after "я", or after date words only ("я завтра предупрежу").
                    guard (next..<i).allSatisfy({ Self.isDateWord(tokens[$0].key, lexicon) || sentence.isWord($0, .selfAdverb) })
                    else { return false }
                    let key = tokens[i].key
                    return key.count >= 5 && lexicon.firstPersonVerbSuffixes.contains(where: { key.hasSuffix($0) })
                        && !sentence.word(i, in: .nonTaskVerb) && tokens[i].kind == .word
                })
            {
                // "Я предупрежу маркетинг завтра"
                return Commitment(owner: .speaker, verb: verb, start: position, strong: true)
            } else if !lexicon.finiteVerbSuffixes.isEmpty, subject.known || subject.owner == .we || Self.isTeam(subject.owner),
                ![",", ":", "—", "-", "–"].contains(tokens[next].key),
                let verb = firstVerb(sentence, from: next, context: context, compiled: compiled, finite: true)
            {
                // "Мария сегодня разместит", "Наталья доделает", "мы проведём", "Анне согласовать".
                return Commitment(owner: subject.owner, verb: verb, start: position, strong: true)
            } else if sentence.isWord(next, .ownershipVerb), next + 1 < tokens.count,
                tokens[next + 1].kind == .word
            {
                // "Bob owns the migration plan": the marker is itself the task's verb.
                return Commitment(owner: subject.owner, verb: next, start: position, strong: true)
            } else if let phrase = compiled.commitmentPhrases.match(tokens, at: next) {
                verbStart = next + phrase.length
            } else if sentence.word(next, in: .commitmentMarker) {
                // "to" after a subject is the notes' shorthand only at the start of a clause: "Bob to review".
                if sentence.isWord(next, .infinitiveMarker)
                    && !(position == 0 || [",", ";", "-", "—", "–", ":", "("].contains(tokens[position - 1].key) || sentence.isWord(position - 1, .commaConjunction))
                {
                    continue
                }
                verbStart = next + 1
            } else if ["-", "—", "–", ":", "→", "->"].contains(tokens[next].key), subject.known || Self.isTeam(subject.owner),
                tokens[next].key == ":" || tokens[next].spaceBefore,
                next + 1 < tokens.count,
                sentence.word(next + 1, in: .taskVerb) || subject.known && firstVerb(sentence, from: next + 1, context: context, compiled: compiled) == next + 1
            {
                // "Bob: send…", "Maria — draft…": the shorthand needs a real task verb after it.
                verbStart = next + 1
            } else if subject.known, structuralLine(sentence), position == 0 || tokens[position - 1].key == "@",
                let verb = firstVerb(sentence, from: next, context: context, compiled: compiled), verb == next
            {
                // "@maria fix the copy", "Maria fix the copy" in a TODO list.
                return Commitment(owner: subject.owner, verb: verb, start: position, strong: true)
            } else if compiled.hasWillSuffix(tokens[next].key), lexicon.willSuffixes.contains(tokens[next].key) {
                verbStart = next + 1
            }
            guard let start = verbStart else { continue }
            // "we can", "we should" offer or suggest; they do not commit.
            if subject.owner == .we || subject.owner == .speaker, start > 0, sentence.isWord(start - 1, .suggestionModal),
                !subject.fused
            {
                continue
            }
            // "will handle", "takes care of": the phrase holds the verb itself.
            var verb = firstVerb(sentence, from: start, context: context, compiled: compiled)
            if verb == nil, start - 1 > next, sentence.word(start - 1, in: .taskVerb) { verb = start - 1 }
            if verb == nil, start - 2 > next, sentence.word(start - 2, in: .taskVerb) { verb = start - 2 }
            guard let verb else { continue }
            return Commitment(owner: subject.owner, verb: verb, start: position, strong: true)
        }
        return nil
    }

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
        if let person = context.people.person(in: sentence, at: index) { return (.person(person.name), person.length, false) }
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
        if sentence.word(position, in: .teamNoun) {
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
            if end < tokens.count, sentence.word(end, in: .teamNoun) { end += 1 }
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
    func firstVerb(
        _ sentence: SentenceView, from index: Int, context: RuleContext, compiled: CompiledLexicon, loose: Bool = false,
        finite: Bool = false
    ) -> Int? {
        let tokens = sentence.tokens
        let lexicon = context.lexicon
        var position = index
        var skipped = 0
        // Restarts are long in speech: "I can, uh, I can offer" skips six tokens to its verb.
        while position < tokens.count, skipped < 7 {
            if let filler = compiled.fillers.match(tokens, at: position) {
                position += filler.length
                skipped += 1
                continue
            }
            if sentence.isWord(position, .beVerb), !(position + 1 < tokens.count && sentence.isWord(position + 1, .ableWord)) { break }
            if sentence.isWord(position, .verbLeadIn) || [",", "—", "-", "–", ":"].contains(tokens[position].key)
                || Self.isDateWord(tokens[position].key, lexicon)
            {
                position += 1
                skipped += 1
                continue
            }
            break
        }
        guard position < tokens.count else { return nil }
        // Russian and German may put the object or a date first: "можешь ещё до конца недели написать отзывы".
        if lexicon.verbMayComeLate, !isVerb(sentence, position, lexicon, finite: finite) {
            var late = position + 1
            // Only an infinitive or a listed verb may come late: endings of finite verbs match too many nouns.
            while late < tokens.count, late - position <= 7, ![".", "?", "!", ";"].contains(tokens[late].key) {
                if isVerb(sentence, late, lexicon, finite: false) { return late }
                late += 1
            }
        }
        let key = tokens[position].key
        if lexicon.numberWords[key] != nil || sentence.isWord(position, .spelledNumber) { return nil }
        // A noun that looks like a verb: "budget for this is 90k", "review is on Friday".
        if lexicon.anyWordMayBeVerb,
            ((position + 1)..<min(tokens.count, position + 4)).contains(where: { tokens[$0].key == "—" || sentence.isWord($0, .copulaAfterNoun) }),
            !sentence.containsWord(.clauseObject, in: (position + 1)..<min(tokens.count, position + 3))
        {
            return nil
        }
        if sentence.word(position, in: [.taskVerb, .firstPersonFutureVerb, .thirdPersonFutureVerb]) {
            return position
        }
        if !sentence.word(position, in: .nonTaskVerb), key.count >= 4, tokens[position].kind == .word,
            lexicon.infinitiveSuffixes.contains(where: { key.hasSuffix($0) }) || (finite && lexicon.finiteVerbSuffixes.contains(where: { key.hasSuffix($0) }))
        {
            return position
        }
        guard lexicon.anyWordMayBeVerb, tokens[position].kind == .word, key.allSatisfy({ $0.isLetter || $0 == "-" }) else {
            return loose && tokens[position].kind == .word ? position : nil
        }
        if sentence.isWord(position, .haveVerb) {
            return sentence.containsWord(.completionWord, in: position..<tokens.count) ? position : nil
        }
        if sentence.isWord(position, .getVerb), position + 1 < tokens.count,
            !sentence.isWord(position + 1, .getParticle) || tokens.count > position + 2
        {
            return position
        }
        if sentence.word(position, in: .nonTaskVerb) { return nil }
        // An -ly adverb or an adjective is no verb; past forms are not commitments.
        if lexicon.nonVerbSuffixes.contains(where: { key.hasSuffix($0) }) && !sentence.word(position, in: .taskVerb) { return nil }
        return position
    }

    /// A task verb of the lexicon, or a word with its verb endings (not a word that never starts a task).
    func isVerb(_ sentence: SentenceView, _ index: Int, _ lexicon: Lexicon, finite: Bool) -> Bool {
        let key = sentence.tokens[index].key
        if sentence.word(index, in: .nonTaskVerb) { return false }
        if sentence.word(index, in: [.taskVerb, .firstPersonFutureVerb, .thirdPersonFutureVerb]) {
            return true
        }
        guard key.count >= 4 else { return false }
        return lexicon.infinitiveSuffixes.contains(where: { key.hasSuffix($0) })
            || finite && lexicon.finiteVerbSuffixes.contains(where: { key.hasSuffix($0) })
    }

    /// Words of a date that may stand between a subject and its verb ("Мария сегодня разместит",
    /// "можете до пятницы прислать").
    static func isDateWord(_ key: String, _ lexicon: Lexicon) -> Bool {
        if lexicon.weekdays[key] != nil || lexicon.months[key] != nil { return true }
        if case .offset? = lexicon.relativeDays[key] { return true }
        if lexicon.deadlineBeforeVerb && lexicon.deadlineWords.contains(key) { return true }
        return false
    }

    // MARK: Filters

    func isHypothetical(_ sentence: SentenceView, before verb: Int, compiled: CompiledLexicon, owner: OwnerKind) -> Bool {
        let tokens = sentence.tokens
        for index in 0..<min(verb, tokens.count) {
            guard compiled.hedges.match(tokens, at: index) != nil else { continue }
            let key = tokens[index].key
            // "could you", "would you" are requests, not hedges.
            if sentence.isWord(index, .requestModal), index + 1 < tokens.count, sentence.isWord(index + 1, .requestPronoun) { continue }
            if owner == .addressee && sentence.isWord(index, .politeModal) { continue }
            return true
        }
        // "we could maybe look at…", "I'll look at it at some point": no real promise anywhere in the sentence.
        if compiled.vagueTime.contains(tokens, in: 0..<tokens.count) { return true }
        return sentence.containsWord(.strongHedge, in: tokens.indices) && owner != .addressee
            && !tokens.indices.contains { sentence.isWord($0, .willWord) || compiled.hasWillSuffix(tokens[$0].key) }
    }

    func isDiscussion(_ sentence: SentenceView, compiled: CompiledLexicon) -> Bool {
        let tokens = sentence.tokens
        guard let discussion = compiled.discussion.firstMatch(tokens, in: 0..<tokens.count) else { return false }
        // "we discussed who would own hiring" — the commitment is inside the discussion.
        return sentence.containsWord(.embeddedQuestion, in: discussion.index..<tokens.count)
    }

    func isNegated(_ sentence: SentenceView, from start: Int, to verb: Int, _ lexicon: Lexicon) -> Bool {
        guard start <= verb else { return false }
        for index in start...min(verb, sentence.tokens.count - 1) {
            let key = sentence.tokens[index].key
            if sentence.isWord(index, .negator) || lexicon.negationSuffixes.contains(where: { key.hasSuffix($0) }) { return true }
        }
        return false
    }

}
