import FollowupDocument
import FollowupText

/// The task verb after a subject or a request, across fillers, adverbs and dates.
extension ActionItemRule {
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
            // "you'll be working on the design": the progressive after "be" is the task's verb.
            if sentence.isWord(position, .beVerb), position + 1 < tokens.count, tokens[position + 1].kind == .word,
                lexicon.progressiveStems(tokens[position + 1].key) != nil
            {
                position += 1
                break
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
            while late < tokens.count, late - position <= 9, ![".", "?", "!", ";"].contains(tokens[late].key) {
                // "ME sagt 3-4 Wochen, JH prüft Lager": after a comma, a person and a verb, that person's verb.
                if tokens[late].key == ",", late + 1 < tokens.count, let person = context.people.person(in: sentence, at: late + 1),
                    late + 1 + person.length < tokens.count, isVerb(sentence, late + 1 + person.length, lexicon, finite: true)
                {
                    break
                }
                if isVerb(sentence, late, lexicon, finite: false) { return late }
                // German: the clause's last word in -en is its infinitive ("… die Referenzkunden raussuchen?").
                if lexicon.infinitiveLast, tokens[late].kind == .word, tokens[late].key.count >= 5,
                    lexicon.clauseFinalInfinitiveEndings.contains(where: { tokens[late].key.hasSuffix($0) }),
                    late + 1 == tokens.count || [".", "?", "!", ";", ","].contains(tokens[late + 1].key),
                    !sentence.isCapitalized(late), !sentence.word(late, in: .nonTaskVerb),
                    !(position..<late).contains(where: { sentence.word($0, in: .pastMarker) })  // "hat … abgeschlossen"
                {
                    return late
                }
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
        if sentence.isCapitalizedNoun(position) { return nil }
        if sentence.word(position, in: [.taskVerb, .firstPersonFutureVerb, .thirdPersonFutureVerb])
            || Self.opensPhrasalTask(tokens, at: position, lexicon)
            || Self.promisesResult(tokens, at: position, compiled)
        {
            return position
        }
        // "se charge d'adapter le contrat": the verb behind the elided "de".
        if let bare = lexicon.withoutElision(key), lexicon.taskVerbs.contains(bare) || lexicon.verbForms[bare] != nil
            || lexicon.infinitiveSuffixes.contains(where: { bare.hasSuffix($0) })
        {
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
        // "…, please, because the last one got stuck": a reason opens no task.
        if sentence.word(position, in: .nonTaskVerb) || sentence.isWord(position, .subordinator) { return nil }
        // An -ly adverb or an adjective is no verb; past forms are not commitments.
        if lexicon.nonVerbSuffixes.contains(where: { key.hasSuffix($0) }) && !sentence.word(position, in: .taskVerb) { return nil }
        return position
    }

    /// A verb form of the lexicon's ("schicke", "frage"), not a noun spelled the same.
    func isVerbForm(_ sentence: SentenceView, _ index: Int, _ lexicon: Lexicon) -> Bool {
        lexicon.verbForms[sentence.tokens[index].key] != nil && !sentence.isCapitalizedNoun(index)
    }

    /// A task verb of the lexicon, or a word with its verb endings (not a word that never starts a task).
    func isVerb(_ sentence: SentenceView, _ index: Int, _ lexicon: Lexicon, finite: Bool) -> Bool {
        let key = sentence.tokens[index].key
        if sentence.isCapitalizedNoun(index) { return false }
        if sentence.word(index, in: .nonTaskVerb) { return Self.opensPhrasalTask(sentence.tokens, at: index, lexicon) }
        if sentence.word(index, in: [.taskVerb, .firstPersonFutureVerb, .thirdPersonFutureVerb]) {
            return true
        }
        guard key.count >= 4 else { return false }
        return lexicon.infinitiveSuffixes.contains(where: { key.hasSuffix($0) })
            || finite && lexicon.finiteVerbSuffixes.contains(where: { key.hasSuffix($0) })
    }

    /// "I can have that to you by Wednesday", "we'll have them released by Friday": the verb with a result after its object
    /// (not "I have to talk to you": a duty).
    static func promisesResult(_ tokens: [Token], at index: Int, _ compiled: CompiledLexicon) -> Bool {
        compiled.lexicon.resultVerbs.contains(tokens[index].key) && index + 1 < tokens.count
            && !compiled.isWord(tokens[index + 1].key, .infinitiveMarker)
            && compiled.results.contains(tokens, in: (index + 2)..<min(tokens.count, index + 7))
    }

    /// "come up with two options", "think about the shuttle times": a verb that is a task with its particles
    /// and an object of two words or more ("I'll think about it" promises nothing).
    static func opensPhrasalTask(_ tokens: [Token], at index: Int, _ lexicon: Lexicon) -> Bool {
        guard let tails = lexicon.phrasalTaskVerbs[tokens[index].key] else { return false }
        return tails.contains { tail in
            let end = index + 1 + tail.count
            return end + 2 <= tokens.count && tail.indices.allSatisfy { tokens[index + 1 + $0].key == tail[$0] }
                && tokens[end..<(end + 2)].allSatisfy { $0.kind == .word }
        }
    }

    /// Words of a date that may stand between a subject and its verb ("Мария сегодня разместит",
    /// "можете до пятницы прислать").
    static func isDateWord(_ key: String, _ lexicon: Lexicon) -> Bool {
        if lexicon.weekdays[key] != nil || lexicon.months[key] != nil { return true }
        if case .offset? = lexicon.relativeDays[key] { return true }
        if lexicon.deadlineBeforeVerb && lexicon.deadlineWords.contains(key) { return true }
        return false
    }

    /// "Lena: Hotfix PAY-482 deployen bis Freitag": where the infinitive ends the clause, a task verb with nothing
    /// after it but its date.
    static func closesWithInfinitive(_ sentence: SentenceView, _ verb: Int, dates: [DateMatch], _ lexicon: Lexicon) -> Bool {
        lexicon.infinitiveLast && sentence.word(verb, in: .taskVerb)
            && ((verb + 1)..<sentence.tokens.count).allSatisfy { i in sentence.tokens[i].kind != .word || dates.contains { $0.range.contains(i) } }
    }

    /// A sum starts at `index`: a number, a currency, a number word or a fraction ("$41", "38", "thirty-eight", "half").
    static func startsSum(_ sentence: SentenceView, at index: Int, _ compiled: CompiledLexicon) -> Bool {
        let token = sentence.tokens[index]
        return token.kind == .number || compiled.lexicon.currencies[token.key] != nil
            || AmountRule.isNumberWord(sentence, index, compiled.lexicon) || compiled.fractions.match(sentence.tokens, at: index) != nil
    }

    /// A negation before the verb ("I won't send"), or after it where the verb closes the clause.
    func isNegated(_ sentence: SentenceView, from start: Int, to verb: Int, _ lexicon: Lexicon) -> Bool {
        guard start <= verb else { return false }
        // "Я точно не пришлю договор": the verb opened the commitment on its own, its negation right before it.
        if verb > 0, verb < sentence.tokens.count, sentence.isWord(verb - 1, .negator) { return true }
        for index in start...min(verb, sentence.tokens.count - 1) {
            let key = sentence.tokens[index].key
            if sentence.isWord(index, .negator) || lexicon.negationSuffixes.contains(where: { key.hasSuffix($0) }) { return true }
        }
        guard lexicon.infinitiveLast else { return false }
        // "Das krieg ich nicht hin", "Ich schaffe das nicht": where the verb closes the clause, its negation follows the
        // finite verb.
        for index in (verb + 1)..<sentence.tokens.count {
            let key = sentence.tokens[index].key
            if key == "," || key == ";" || key == ":" || sentence.isWord(index, .clauseBreak) { break }
            if sentence.isWord(index, .negator) { return true }
        }
        return false
    }
}
