import FollowupText

extension Analysis {
    /// "The onboarding deck is outdated. I'll update it by Tuesday": a task whose object is a pronoun says what the
    /// pronoun stands for, so its line in the follow-up reads alone — "update the onboarding deck". The thing is the
    /// one named just before: in an earlier clause of the task's sentence, in its line's label, or in the sentence
    /// before (the same turn or the one before it). Nil when the task holds no such pronoun or nothing before names
    /// a thing; the words put in are the notes' own. `ownSentence` looks no further than the task's own sentence.
    func namingAntecedent(of candidate: ActionCandidate, compiled: CompiledLexicon, ownSentence: Bool = false) -> ActionCandidate? {
        let pointers = lexicon.pointers
        let sentence = sentences[candidate.sentenceIndex]
        // "can you do that?": what a vague verb points to is a whole task, not a thing.
        guard !pointers.determiners.isEmpty, !sentence.isWord(candidate.verb, .vagueVerb) else { return nil }
        var words = candidate.task.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        if let at = pointerIndex(in: words, spoken: sentence.utterance.speakerSpoke, compiled) {
            let pronoun = keyOf(words[at])
            // "send the quote and walk them through it": a task naming a thing itself points to it, or to people.
            guard !words[..<at].contains(where: { pointers.determiners[$0.lowercased()] != nil }),
                let phrase = antecedent(before: candidate, ownSentence: ownSentence, agreeing: pointers.agreement[pronoun]), !names(phrase, in: words)
            else { return nil }
            words[at] = phrase + words[at].dropFirst(pronoun.count)
        } else if let clitic = clitic(before: candidate.verb, in: sentence), let verb = words.first, isInfinitive(verb),
            words.count == 1 || pointers.determiners[keyOf(words[1])] == nil,
            let phrase = topic(before: candidate.verb, in: sentence, agreeing: pointers.agreement[clitic])
                ?? antecedent(before: candidate, ownSentence: ownSentence, agreeing: pointers.agreement[clitic]),
            !names(phrase, in: words)
        {
            // "Ana lo manda a legal" → "mandar el contrato marco a legal"; "revisar," keeps its comma after the phrase.
            let bare = verb.prefix { $0.quickIsLetter }
            words[0] = bare + " " + phrase + verb.dropFirst(bare.count)
        } else {
            return nil
        }
        var resolved = candidate
        resolved.task = words.joined(separator: " ")
        resolved.isReference = false
        return resolved
    }

    /// The first word of `words` that stands for a thing named before.
    private func pointerIndex(in words: [String], spoken: Bool, _ compiled: CompiledLexicon) -> Int? {
        let pointers = lexicon.pointers
        let keys = words.map(keyOf)
        for (index, key) in keys.enumerated() {
            // "that's it" says nothing; "call it Hal" names, not points.
            if index > 0, compiled.isWord(keys[index - 1], .clauseOpener) || compiled.isWord(keys[index - 1], .copula) { continue }
            if index + 1 < words.count, words[index + 1].first?.isUppercase == true { continue }
            if pointers.pronouns.contains(key) { return index }
            guard pointers.demonstratives.contains(key), !(spoken && pointers.deictic.contains(key)) else { continue }
            // "send that over", "do this by Friday", "check that.": nothing follows but a particle or a stop; where the
            // verb ends the task, the verb ("die schicken").
            let cut = words[index].count > key.count
            guard cut || index + 1 == keys.count || lexicon.infinitiveLast && index + 2 == keys.count
                || compiled.isWord(keys[index + 1], .referenceWord) && pointers.determiners[keys[index + 1]] == nil
                && !compiled.isWord(keys[index + 1], .clauseOpener)
            else { continue }
            return index
        }
        return nil
    }

    /// "El informe de causa raíz te lo mando el jueves": the phrase a sentence opens with, taken up by the pronoun
    /// before its verb.
    private func topic(before verb: Int, in sentence: SentenceView, agreeing: Set<String>?) -> String? {
        var start = verb
        while start > 0, lexicon.pointers.clitics.contains(sentence.tokens[start - 1].key)
            || sentence.isWord(start - 1, .referenceWord) && !sentence.isWord(start - 1, .clauseOpener)
        {
            start -= 1
        }
        guard start > 1 else { return nil }
        return nounPhrase(in: sentence, 0..<start, agreeing: agreeing, topic: true)
    }

    private func isInfinitive(_ word: String) -> Bool {
        let key = keyOf(word)
        return lexicon.infinitiveSuffixes.isEmpty || lexicon.infinitiveSuffixes.contains { key.count > $0.count + 1 && key.hasSuffix($0) }
    }

    /// "Lo lleva el consejo. Os lo confirmo después del consejo": a task that names the phrase's thing itself points
    /// to something else (here what the council decides).
    private func names(_ phrase: String, in words: [String]) -> Bool {
        guard let head = phrase.split(separator: " ").last.map({ keyOf(String($0)) }) else { return true }
        return words.contains { keyOf($0) == head }
    }

    /// The object pronoun right before the task's verb, or elided onto it ("l'envoie").
    private func clitic(before verb: Int, in sentence: SentenceView) -> String? {
        let clitics = lexicon.pointers.clitics
        guard !clitics.isEmpty, verb < sentence.tokens.count else { return nil }
        if verb > 0, clitics.contains(sentence.tokens[verb - 1].key) { return sentence.tokens[verb - 1].key }
        return clitics.first { $0.hasSuffix("'") && sentence.tokens[verb].key.hasPrefix($0) }
    }

    private func keyOf(_ word: String) -> String { String(word.lowercased().prefix { $0.quickIsLetter || $0 == "'" }) }

    private func antecedent(before candidate: ActionCandidate, ownSentence: Bool, agreeing: Set<String>?) -> String? {
        let sentence = sentences[candidate.sentenceIndex]
        let tokens = sentence.tokens
        // "Re the contract, Ann will send it to legal": a clause before the task's own.
        if let clauseStart = (0..<min(candidate.verb, tokens.count)).last(where: { isClauseBreak(sentence, $0) }) {
            if let phrase = nounPhrase(in: sentence, 0..<clauseStart, agreeing: agreeing) { return phrase }
            // "API docs: Priya to update them": the sentence's label, when it names no one.
            if let colon = tokens.firstIndex(where: { $0.key == ":" }), colon <= clauseStart, colon > 0,
                let phrase = labelPhrase(sentence.text(0..<colon))
            {
                return phrase
            }
        }
        guard !ownSentence, candidate.sentenceIndex > 0 else { return nil }
        let previous = sentences[candidate.sentenceIndex - 1]
        guard previous.utteranceIndex + 1 >= sentence.utteranceIndex else { return nil }
        return nounPhrase(in: previous, 0..<previous.tokens.count, agreeing: agreeing)
    }

    private func isClauseBreak(_ sentence: SentenceView, _ index: Int) -> Bool {
        let token = sentence.tokens[index]
        return token.kind == .symbol && [",", ";", ":", "-", "–", "—"].contains(token.key) || sentence.isWord(index, .conjunction)
    }

    /// The first noun phrase of `range` opening with a determiner: an object running to a stop, or a clause's subject
    /// that one of the language's verbs follows.
    private func nounPhrase(in sentence: SentenceView, _ range: Range<Int>, agreeing: Set<String>?, topic: Bool = false) -> String? {
        let pointers = lexicon.pointers
        let tokens = sentence.tokens
        var clauseStart = range.lowerBound
        for index in range {
            defer { if isClauseBreak(sentence, index) { clauseStart = index + 1 } }
            guard tokens[index].kind == .word, let form = pointers.determiners[tokens[index].key],
                agreeing?.contains(tokens[index].key) ?? true
            else { continue }
            var end = index + 1
            while end < range.upperBound, tokens[end].kind == .word || joinsWords(tokens, end, range) {
                // "a sample *of* those spreadsheets", "la factura *de* enero": "of" goes on with a word of its own.
                if end > index + 1, sentence.isWord(end, .ofWord), end + 1 < range.upperBound {
                    let next = end + (pointers.determiners[tokens[end + 1].key] == nil ? 1 : 2)
                    guard next < range.upperBound, tokens[next].kind == .word else { break }
                    end = next + 1
                    continue
                }
                if endsPhrase(tokens[end].key) { break }
                end += 1
            }
            while end > index + 1, sentence.isWord(end - 1, .ofWord) || pointers.determiners[tokens[end - 1].key] != nil { end -= 1 }
            guard end > index + 1, end - index <= 7, namesThing(tokens[end - 1].key, sentence, end - 1) else { continue }
            if topic {
                guard end == range.upperBound else { continue }
            } else if index == clauseStart, end < range.upperBound {
                // A clause's subject (not a whole clause, "The deck, Ann will send it"): "The export script *still* times
                // out", an adverb ends the phrase as a verb does.
                guard pointers.subjectVerbs.contains(tokens[end].key) || sentence.isWord(end, .subjectAdverb) else { continue }
            }
            // "The deck is outdated" → "the deck"; "Ihre Vorlage" inside a sentence stays as written.
            let opening = form != tokens[index].key || index == 0 ? form : String(sentence.raw(index))
            return opening + " " + sentence.text(index + 1..<end)
        }
        return nil
    }

    /// "Brand-Guidelines", "follow-up": a hyphen inside a word.
    private func joinsWords(_ tokens: [Token], _ index: Int, _ range: Range<Int>) -> Bool {
        tokens[index].key == "-" && !tokens[index].spaceBefore && index + 1 < range.upperBound && !tokens[index + 1].spaceBefore
            && tokens[index + 1].kind == .word
    }

    /// A phrase's last word names a thing: not "the one", "the second", "the n".
    private func namesThing(_ key: String, _ sentence: SentenceView, _ index: Int) -> Bool {
        key.count >= 3 && !sentence.isWord(index, .referenceWord) && lexicon.ordinalWords[key] == nil && lexicon.numberWords[key] == nil
    }

    private func endsPhrase(_ key: String) -> Bool {
        let pointers = lexicon.pointers
        return pointers.phraseEnds.contains(key) || pointers.subjectVerbs.contains(key) || pointers.determiners[key] != nil
            || lexicon.relativeDays[key] != nil || lexicon.weekdays[key] != nil || lexicon.months[key] != nil
            || lexicon.nextWords.contains(key) || lexicon.lastWords.contains(key)
    }

    /// A label of a few words naming no one, its first letter lowered unless the word is an acronym ("API docs").
    private func labelPhrase(_ label: String) -> String? {
        let words = label.split(separator: " ")
        guard (1...4).contains(words.count), label.allSatisfy({ $0.quickIsLetter || $0 == " " || $0 == "-" }),
            !people.knows(label), !people.knowsFirstName(label)
        else { return nil }
        guard let first = words.first, first.count > 1, first.dropFirst().first?.isLowercase == true else { return label }
        return first.prefix(1).lowercased() + label.dropFirst()
    }
}
