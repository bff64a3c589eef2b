import FollowupDocument
import FollowupText

/// Where a commitment or request begins: "let me", "can you", "Alice will", "Иван пришлёт".
extension ActionItemRule {
    // MARK: Finding the commitment

    /// The commitment that a speech restart says again: "you'll be working, Poppy will be working on the look-and-feel
    /// design" is Poppy's. The same verb after a comma right behind the first.
    func restartedCommitment(_ sentence: SentenceView, context: RuleContext, compiled: CompiledLexicon) -> Commitment? {
        guard let first = findCommitment(sentence, context: context, compiled: compiled) else { return nil }
        let tokens = sentence.tokens
        guard first.verb + 2 < tokens.count, tokens[first.verb + 1].key == ",",
            let again = findCommitment(sentence, from: first.verb + 2, context: context, compiled: compiled),
            tokens[again.verb].key == tokens[first.verb].key
        else { return first }
        return again
    }

    func findCommitment(_ sentence: SentenceView, from start: Int = 0, context: RuleContext, compiled: CompiledLexicon) -> Commitment? {
        let tokens = sentence.tokens
        let lexicon = context.lexicon
        var position = start
        while position < tokens.count {
            defer { position += 1 }
            let key = tokens[position].key
            // Only a pronoun, a phrase opener, a name or a capitalized word can begin a commitment.
            if position > 0 || sentence.utterance.listMarker == nil, !sentence.roles(position).contains(.commitmentStart),
                !sentence.isCapitalized(position),
                !compiled.hasWillSuffix(key), !(key.utf8.first == UInt8(ascii: "@") && key.hasPrefix("@")),
                context.people.isEmpty || context.people.person(in: sentence, at: position) == nil,
                !sentence.word(position, in: .thirdPersonFutureVerb),
                !(lexicon.infinitiveLast && isVerbForm(sentence, position, lexicon))
            {
                continue
            }
            // "What I can approve myself, today, is a month's credit", "Was ich freigeben kann, ist …": a clause that names
            // a thing, no promise ("if" is a condition, read elsewhere).
            if position > 0, sentence.isWord(position - 1, .embeddedQuestion), !sentence.isWord(position - 1, .subordinator),
                position == 1 || tokens[position - 2].kind == .symbol
            {
                continue
            }
            // German puts the verb second: "Die Anmeldungen sammeln wir bis 20.11. ein", "den Forecast
            // schicke ich dir": a task verb right before its subject.
            if lexicon.infinitiveLast, isVerbForm(sentence, position, lexicon), position > 0, position + 1 < tokens.count,
                !sentence.word(position, in: .nonTaskVerb), let inverted = subject(sentence, at: position + 1, context: context),
                isSubjectToken(sentence, position + 1) || inverted.known
            {
                return Commitment(owner: inverted.owner, verb: position, start: position, strong: true)
            }
            // "Schick bitte auch den Vertrag …", "Jonas, schick bitte …": a verb right before "please" is
            // an imperative to whoever is addressed.
            if position + 1 < tokens.count, sentence.isWord(position + 1, .pleaseWord), tokens[position].kind == .word,
                sentence.word(position, in: .taskVerb) || isVerbForm(sentence, position, lexicon), !sentence.word(position, in: .nonTaskVerb),
                position == 0 || [",", ":", "—", "-", "–"].contains(tokens[position - 1].key)
            {
                return Commitment(owner: .addressee, verb: position, start: position, strong: true)
            }
            // "You'll get a full root cause analysis by Friday": what the one addressed receives, the speaker delivers.
            // Not "you'll get to see it", "you'll have to sign": a verb follows.
            if sentence.utterance.speakerSpoke, let phrase = compiled.addresseeReceives.match(tokens, at: position) {
                let object = position + phrase.length
                if object + 1 < tokens.count, tokens[object].kind == .word, !sentence.isWord(object, .infinitiveMarker),
                    !sentence.isWord(object, .objectPronoun)
                {
                    return Commitment(owner: .speaker, verb: object, start: position, strong: true, needsDate: true)
                }
            }
            // "let me", "I'll", "I will", "I can", "leave it with me"
            if let phrase = compiled.selfCommitments.match(tokens, at: position), !(phrase.length == 1 && lexicon.bareSelfPronouns.contains(key)),
                !takesTerms(sentence, at: position, compiled)
            {
                if let verb = firstVerb(sentence, from: position + phrase.length, context: context, compiled: compiled),
                    !brokenOff(sentence, after: position + phrase.length, before: verb, compiled)
                {
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
            // "hay que actualizar el plan", "il faut relancer le client": nobody's yet; "queda pendiente
            // que Santiago actualice la ficha": the person after it.
            if let phrase = compiled.impersonal.match(tokens, at: position) {
                var start = position + phrase.length
                var owner = OwnerKind.unstated
                if start < tokens.count, let person = context.people.person(in: sentence, at: start) {
                    owner = .person(person.name)
                    start += person.length
                }
                if let verb = firstVerb(sentence, from: start, context: context, compiled: compiled, loose: owner != .unstated) {
                    return Commitment(owner: owner, verb: verb, start: position, strong: true)
                }
            }
            // Russian drops the pronoun: "Пришлю завтра", "Подготовим КП".
            // Not "por envío", "el pago": after an article or a preposition such a form is a noun.
            let noun = position > 0 && lexicon.nounLikeFirstPersonSuffixes.contains { key.hasSuffix($0) }
                && lexicon.stopWords.contains(tokens[position - 1].key) && !sentence.isWord(position - 1, .objectPronoun)
                && !sentence.word(position - 1, in: .firstPerson) && !sentence.isWord(position - 1, .conjunction)
            if sentence.word(position, in: .firstPersonFutureVerb), position == 0 || !isSubjectToken(sentence, position - 1), !noun {
                let plural = lexicon.firstPersonPluralSuffixes.contains { key.hasSuffix($0) }
                    && !lexicon.firstPersonPluralSuffixExceptions.contains { key.hasSuffix($0) }
                    || sentence.isWord(position, .firstPersonPluralVerb)
                return Commitment(owner: plural ? .we : .speaker, verb: position, start: position, strong: true)
            }
            // A subject followed by a marker: "Alice will", "Bob to", "we'll", "legal needs to", "Иван пришлёт".
            guard let subject = subject(sentence, at: position, context: context) else { continue }
            var next = position + subject.length
            // "Alice (PM) will", "Bob also will", "Ana la corrige" (the pronoun points back: `Analysis.namingAntecedent`;
            // the speaker's "yo la cargo" is read below, pronoun and all)
            while next < tokens.count, sentence.isWord(next, .subjectAdverb)
                || subject.owner != .speaker && lexicon.pointers.clitics.contains(tokens[next].key) { next += 1 }
            guard next < tokens.count else { continue }
            var verbStart: Int?
            if subject.fused {
                verbStart = next  // "I'll", "we'll", "she'll"
            } else if sentence.word(next, in: .firstPersonFutureVerb), !subject.known, subject.owner != .we {
                // "Онбординг сделаю": a first-person verb makes the speaker the owner, whatever stands first.
                return Commitment(owner: .speaker, verb: next, start: position, strong: true)
            } else if sentence.word(next, in: [.thirdPersonFutureVerb, .firstPersonFutureVerb]) {
                // A team with a verb that also reads as the present ("Le support met trop de temps à répondre")
                // describes; it commits with a date.
                let describes = Self.isTeam(subject.owner) && !lexicon.verbForms.isEmpty && !sentence.isCapitalized(position + subject.length - 1)
                return Commitment(owner: subject.owner, verb: next, start: position, strong: true, needsDate: describes)
            } else if !subject.fused, isVerbForm(sentence, next, lexicon), !sentence.word(next, in: .nonTaskVerb),
                tokens[next].kind == .word, subject.known || isSubjectToken(sentence, position),
                !phraseLeadsToVerb(sentence, at: next, context: context, compiled: compiled) || lexicon.infinitiveLast
            {
                // "Ich schaue mir die Kurse an", "Marta envía el contrato", "Claire relance le client": a
                // task verb's finite form right after its subject.
                return Commitment(owner: subject.owner, verb: next, start: position, strong: true, needsDate: true)
            } else if subject.known, tokens[next].key == ",", next + 1 < tokens.count, !sentence.word(next + 1, in: .nonTaskVerb),
                !lexicon.imperativeSuffixes.isEmpty && lexicon.imperativeSuffixes.contains(where: { tokens[next + 1].key.hasSuffix($0) })
                    && tokens[next + 1].key.count >= 4
                    || lexicon.infinitiveLast && sentence.word(next + 1, in: .taskVerb) && tokens[next + 1].kind == .word
                    // "- Nathalie, voir avec la communication interne": a name and an infinitive on a line of notes.
                    || !sentence.utterance.speakerSpoke && sentence.utterance.listMarker != nil && !lexicon.infinitiveLast
                        && tokens[next + 1].kind == .word && isVerb(sentence, next + 1, lexicon, finite: false)
            {
                // "Тимур, посчитай, пожалуйста, остатки", "Jonas, schick das Angebot bis Freitag"
                return Commitment(owner: subject.owner, verb: next + 1, start: position, strong: true)
            } else if subject.owner == .speaker, !subject.fused, !lexicon.firstPersonVerbSuffixes.isEmpty,
                let verb = (next..<min(tokens.count, next + 3)).first(where: { i in
                    // Right after "я", or after date words only ("я завтра предупрежу").
                    guard (next..<i).allSatisfy({ Self.isDateWord(tokens[$0].key, lexicon) || sentence.isWord($0, .selfAdverb) })
                    else { return false }
                    let key = tokens[i].key
                    return (key.count >= 5 && lexicon.firstPersonVerbSuffixes.contains(where: { key.hasSuffix($0) })
                        || sentence.word(i, in: .firstPersonFutureVerb))
                        && !sentence.word(i, in: .nonTaskVerb) && tokens[i].kind == .word
                })
            {
                // "Я предупрежу маркетинг завтра"
                return Commitment(owner: .speaker, verb: verb, start: position, strong: true)
            } else if !lexicon.finiteVerbSuffixes.isEmpty, subject.known || subject.owner == .we || Self.isTeam(subject.owner),
                ![",", ":", "—", "-", "–"].contains(tokens[next].key),
                !phraseLeadsToVerb(sentence, at: next, context: context, compiled: compiled),  // "se charge d'adapter": below
                let verb = firstVerb(sentence, from: next, context: context, compiled: compiled, finite: true),
                // A team ("la FAQ RH de la page") needs a verb the lexicon knows, or one right after it ("Юристы
                // подготовят"), not an ending found further on.
                !Self.isTeam(subject.owner) || sentence.word(verb, in: [.taskVerb, .thirdPersonFutureVerb])
                    || lexicon.verbForms[tokens[verb].key] != nil || verb == next
            {
                // "Мария сегодня разместит", "Наталья доделает", "мы проведём", "Анне согласовать". A team in a
                // language whose verbs read as present too ("Le support met trop de temps") commits only with a date.
                let describes = Self.isTeam(subject.owner) && lexicon.verbForms[tokens[verb].key] != nil
                return Commitment(owner: subject.owner, verb: verb, start: position, strong: true, needsDate: describes)
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

    /// "se charge d'adapter", "s'occupe de relancer": a commitment phrase whose task verb follows it
    /// (the phrase's own verb is not the task's).
    func phraseLeadsToVerb(_ sentence: SentenceView, at index: Int, context: RuleContext, compiled: CompiledLexicon) -> Bool {
        guard let phrase = compiled.commitmentPhrases.match(sentence.tokens, at: index) else { return false }
        return firstVerb(sentence, from: index + phrase.length, context: context, compiled: compiled) != nil
    }

    /// "Let me — sorry, go ahead, Tom.": a commitment broken off at a dash, whose verb does not come right after it
    /// ("I'll — send it" still commits; "I'll — I'll send it" commits at its restart).
    func brokenOff(_ sentence: SentenceView, after start: Int, before verb: Int, _ compiled: CompiledLexicon) -> Bool {
        let tokens = sentence.tokens
        guard start < tokens.count, Self.breakMarks.contains(tokens[start].key) else { return false }
        var next = start
        while next < verb, Self.breakMarks.contains(tokens[next].key) || tokens[next].key == "," { next += 1 }
        // The word after the break must be a verb the lexicon knows ("sorry" is none).
        return next != verb || !sentence.word(verb, in: .taskVerb) && compiled.lexicon.verbForms[tokens[verb].key] == nil
    }

    static let breakMarks: Set<String> = ["—", "–", "-", "…", "...", "."]

    /// "I will — sorry, go ahead": said aloud, a subject broken off at a dash, and the word after the break no verb.
    /// Not "I can, um — I can bring that down" (the restart has its verb), nor a note's "Jess - verbal offer to Maria".
    func brokenOffSubject(_ found: Commitment, in sentence: SentenceView, _ compiled: CompiledLexicon) -> Bool {
        let tokens = sentence.tokens
        guard sentence.utterance.speakerSpoke, found.start < found.verb, found.verb > 0,
            Self.breakMarks.contains(tokens[found.verb - 1].key) && tokens[found.verb - 1].key != "."
        else { return false }
        return !sentence.word(found.verb, in: .taskVerb) && compiled.lexicon.verbForms[tokens[found.verb].key] == nil
    }

    /// "She said "four or six weeks, I need to check my contract."": said aloud, a commitment inside a quotation the
    /// speaker opened is someone else's words, reported (a note's "Dan: "we'll sign Friday"" is not read aloud).
    func reportsOthersWords(_ found: Commitment, in sentence: SentenceView) -> Bool {
        guard sentence.utterance.speakerSpoke, found.verb < sentence.tokens.count else { return false }
        let before = sentence.utterance.text.utf8Slice(0..<sentence.tokens[found.verb].range.lowerBound)
        // „…“ closes with the mark that opens “…” elsewhere.
        let german = before.unicodeScalars.contains("„")
        var straight = 0
        var opened = 0
        for scalar in before.unicodeScalars {
            switch scalar {
            case "\"": straight += 1
            case "„", "«": opened += 1
            case "“": opened += german ? -1 : 1
            case "”", "»": opened -= 1
            default: break
            }
        }
        return straight % 2 == 1 || opened > 0
    }

    /// "Okay, I can work with twenty-seven fifty.", "I can live with four": an agreement reply (`MeetingTalk.agreementReplies`)
    /// followed by the terms it takes commits to no task. "I can do that" alone accepts a request, whose task it is.
    func takesTerms(_ sentence: SentenceView, at position: Int, _ compiled: CompiledLexicon) -> Bool {
        let tokens = sentence.tokens
        guard let phrases = compiled.agreementReplies[Substring(tokens[position].key)] else { return false }
        return phrases.contains { phrase in
            phrase.count > 1 && position + phrase.count < tokens.count && tokens[position + phrase.count].kind != .symbol
                && phrase.indices.allSatisfy { tokens[position + $0].key == phrase[$0] }
        }
    }
}
