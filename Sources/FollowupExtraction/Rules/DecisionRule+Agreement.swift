import FollowupDocument
import FollowupText

/// Terms one speaker puts on the table and another takes in the next turn: in a negotiation the
/// agreement is rarely said with "agreed", it is a proposal and a "that works".
extension DecisionRule {
    /// Words before a proposal phrase ("Okay, so what if…"), and before an agreement phrase in the reply
    /// ("Hmm. Okay. I can live with that").
    static let phraseReach = 4
    /// Words of a question that checks on the proposal before it ("Would that help?").
    static let tagQuestionWords = 6
    /// Words of a turn's agreement before the terms it restates ("Okay. I think I can sell that.").
    static let agreementWords = 12
    /// How far into a reply an agreement of two words or more may come after the terms said back.
    static let echoReach = 14
    /// Short sentences without a number that may follow a price in the turn whose terms another speaker takes.
    static let termFragments = 2
    /// Letters a word of such a sentence needs for the reply's taking it up to count ("quarterly", not "and").
    static let echoedWordLength = 5

    /// A sentence with no decision word that agrees all the same, in the turns around it: terms proposed and taken,
    /// terms said back after an agreement, or a price taken in the next turn.
    func agreedAcrossTurns(_ sentence: SentenceView, context: RuleContext, dates: [DateMatch], amounts: [AmountMatch]) -> DecisionMatch? {
        acceptedProposal(sentence, context: context, dates: dates) ?? restatedAgreement(sentence, context: context, dates: dates)
            ?? takenTerms(sentence, context: context, dates: dates, amounts: amounts)
    }

    /// "Let's do four weeks exclusive, twenty percent. Can you live with four?" answered "Yeah, okay, I can live
    /// with four.": the terms after the proposal phrase are agreed. Only a turn's last proposal (questions may
    /// follow it), never a proposal to meet (the next-contact rule reads those), and only when the next turn is
    /// another speaker's and opens with an agreement that nothing negates or makes conditional. The terms must say
    /// more than a day.
    func acceptedProposal(_ sentence: SentenceView, context: RuleContext, dates: [DateMatch]) -> DecisionMatch? {
        let tokens = sentence.tokens
        let compiled = context.compiled
        guard sentence.utterance.speakerSpoke, let speaker = sentence.utterance.speaker,
            let proposal = compiled.proposals.firstMatch(tokens, in: 0..<min(tokens.count, Self.phraseReach + 1)),
            !compiled.contactVerbs.contains(tokens, in: 0..<tokens.count), !compiled.contactNouns.contains(tokens, in: 0..<tokens.count),
            onlyQuestionsFollow(sentence), !turnSpeaksOfMeeting(before: sentence, context.compiled),
            let reply = acceptedInNextTurn(after: sentence, by: speaker, context)
        else { return nil }
        var start = proposal.index + proposal.length
        // "What I'd suggest is nightly backups", "ce qu'on peut proposer, c'est le statut…" (an elided "est").
        func copula(_ i: Int) -> Bool {
            if sentence.isWord(i, .copula) { return true }
            let key = tokens[i].key
            guard let apostrophe = key.firstIndex(where: { $0 == "'" || $0 == "’" }) else { return false }
            return compiled.isWord(String(key[key.index(after: apostrophe)...]), .copula)
        }
        while start < tokens.count, tokens[start].kind == .symbol || copula(start) { start += 1 }
        let lines = reply.pieces.map(\.line)
        guard let terms = terms(of: sentence, from: start, dates: dates, context), let first = lines.min(), let last = lines.max() else {
            return nil
        }
        return DecisionMatch(
            text: sentence.text(terms), line: sentence.firstLine, leading: false, acceptedIn: first...last,
            proposal: proposal.index..<(proposal.index + proposal.length))
    }

    /// "Hmm. Okay. Fine. Twenty bucks a pallet, 1,400 minimum, one year. Pick and pack stays at $1.15." answered
    /// "Deal.": terms with a price need no proposal phrase when the next turn, another speaker's, takes them with
    /// no "but" ("Das passt grundsätzlich. Der Kandidat hätte allerdings gern…"). Only the turn's closing run of terms:
    /// every sentence after this one says a number too, or is a short question. A price alone ("That'd be $22,000 per
    /// quarter") is agreed with its sum; terms that say another number besides (a volume, a term) are a decision.
    func takenTerms(_ sentence: SentenceView, context: RuleContext, dates: [DateMatch], amounts: [AmountMatch]) -> DecisionMatch? {
        let tokens = sentence.tokens
        guard !amounts.isEmpty, !sentence.endsWithQuestionMark, sentence.utterance.speakerSpoke, let speaker = sentence.utterance.speaker,
            !context.compiled.contactVerbs.contains(tokens, in: 0..<tokens.count),
            let fragments = fragmentsAfterTerms(sentence, context.compiled), let reply = acceptedInNextTurn(after: sentence, by: speaker, context),
            fragments.isEmpty || echoes(reply, fragments, context.lexicon),
            !ReplyWords.split(reply.text).contains(where: { context.lexicon.contrastWords.contains(String($0)) }),
            let terms = terms(of: sentence, from: 0, dates: dates, context), let first = reply.pieces.map(\.line).min(),
            let last = reply.pieces.map(\.line).max()
        else { return nil }
        let otherNumber = tokens.indices.contains { i in
            tokens[i].kind == .number && !amounts.contains { $0.range.contains(i) } && !dates.contains { $0.range.contains(i) }
        }
        return DecisionMatch(text: sentence.text(terms), line: sentence.firstLine, leading: false, acceptedIn: first...last,
                             onlyAgreesSums: !otherNumber)
    }

    /// The sentences after `sentence` in its turn that say no number, when the rest of the turn are terms: nil when a
    /// question follows (a question is what the reply answers: "You asked for 12,000. What if we do 9,500?") or more
    /// than a short fragment or two; empty when only numbers or a short question follow. Fragments add to the terms
    /// when the reply takes up one of their words (`echoes`): "…thirty-two per vehicle per month. Onboarding waived. And
    /// billed quarterly." "Quarterly's better, yes. Deal."; otherwise they are other talk ("Honestly the kitchen is
    /// tight that week." "Sounds good.").
    private func fragmentsAfterTerms(_ sentence: SentenceView, _ compiled: CompiledLexicon) -> [Substring]? {
        if onlyQuestionsFollow(sentence) { return [] }
        let rest = String(sentence.utterance.text.utf8Slice(sentence.sentence.range.upperBound..<sentence.utterance.text.utf8.count))
        guard !rest.contains("?") else { return nil }
        let pieces = rest.split(whereSeparator: { ".!?".contains($0) }).filter { $0.contains(where: \.isLetter) }
        // A number in words counts as one in digits: "At a hundred and forty seats that's forty-six thousand a year."
        // (Not "a" or "one", which are articles as often, nor "a few".)
        let fragments = pieces.filter { piece in
            !piece.contains(where: \.isNumber) && !piece.lowercased().split(whereSeparator: { !$0.isLetter }).contains { word in
                let key = String(word)
                guard !compiled.isWord(key, .vagueCount) else { return false }
                return compiled.isWord(key, .spelledNumber) || (compiled.lexicon.numberWords[key] ?? 0) >= 2
            }
        }
        guard fragments.count <= Self.termFragments, fragments.allSatisfy({ ReplyWords.split($0).count <= Self.agreementWords }) else {
            return nil
        }
        return fragments
    }

    /// Whether `reply` takes up a word of `fragments` ("quarterly", not "and").
    private func echoes(_ reply: Utterance, _ fragments: [Substring], _ lexicon: Lexicon) -> Bool {
        let replyWords = ReplyWords.split(reply.text)
        return fragments.flatMap(ReplyWords.split).contains { word in
            word.count >= Self.echoedWordLength && !lexicon.stopWords.contains(String(word)) && replyWords.contains { $0.hasPrefix(word) }
        }
    }

    /// The terms from `start` without the punctuation that ends them, when they say more than when ("Let's say by
    /// January 15", "How about Mondays at 11?", "Friday at 10 then": a day, which the date rules read).
    private func terms(of sentence: SentenceView, from start: Int, dates: [DateMatch], _ context: RuleContext) -> Range<Int>? {
        let tokens = sentence.tokens
        var end = tokens.count
        while end > start, tokens[end - 1].kind == .symbol { end -= 1 }
        let words = (start..<end).filter { i in
            tokens[i].kind != .symbol && !context.lexicon.stopWords.contains(tokens[i].key) && !dates.contains { $0.range.contains(i) }
        }
        return words.count >= 2 ? start..<end : nil
    }

    /// Nothing but a short question after the sentence in its turn ("Can you live with four?"); a longer one
    /// ("Anne, tu m'envoies le détail par service ?") asks for something else, which the reply answers.
    private func onlyQuestionsFollow(_ sentence: SentenceView) -> Bool {
        let rest = String(sentence.utterance.text.utf8Slice(sentence.sentence.range.upperBound..<sentence.utterance.text.utf8.count))
            .trimmingWhitespace()
        guard !rest.isEmpty else { return true }
        return rest.hasSuffix("?") && !rest.contains(". ") && !rest.contains("! ") && ReplyWords.split(rest).count <= Self.tagQuestionWords
    }

    /// "Last thing, the weekly call. How about Mondays at 11?": the proposal is when to meet.
    private func turnSpeaksOfMeeting(before sentence: SentenceView, _ compiled: CompiledLexicon) -> Bool {
        let words = ReplyWords.split(sentence.utterance.text.utf8Slice(0..<sentence.sentence.range.lowerBound))
        return compiled.contactWords.contains { ReplyWords.contains($0, in: words) }
    }

    /// The next turn, when another speaker takes the proposal in it.
    private func acceptedInNextTurn(after sentence: SentenceView, by speaker: String, _ context: RuleContext) -> Utterance? {
        let next = sentence.utteranceIndex + 1
        guard next < context.utterances.count, let answerer = context.utterances[next].speaker, answerer != speaker,
            context.utterances[next].speakerSpoke
        else { return nil }
        return opensWithAgreement(context.utterances[next].text, context) ? context.utterances[next] : nil
    }

    /// Whether `text` takes what was just said: an agreement in its first words that nothing negates, makes
    /// conditional or asks back ("Deal? Not quite.", "Not sure that works", "If that works for Linda", "Passt mir nicht").
    private func opensWithAgreement(_ text: String, _ context: RuleContext) -> Bool {
        let asked = text.firstIndex(of: "?")
        let words = ReplyWords.split(asked.map { text[..<$0] } ?? text[...])
        let cancellers = context.lexicon.words(.decisionCanceller)
        let negation = context.lexicon.negationSuffixes
        // In the first few words, or (a phrase of two words or more: not "deal" in "close the deal") anywhere in the
        // first sentence: "Quinze pour cent sur douze mois, ça me va."
        // Or after the terms said back: "Douze mois, avec les leads entrants. OK, ça, c'est beau. On part là-dessus."
        let firstSentence = ReplyWords.split(text.prefix { !".!?".contains($0) }).count
        for start in words.indices.prefix(max(Self.phraseReach + 1, firstSentence, Self.echoReach)) {
            guard let length = agreementLength(words, at: start, context), start <= Self.phraseReach || length >= 2 else { continue }
            let end = start + length
            if asked != nil && end == words.count { return false }
            // "I don't think that works": a negation by its suffix too.
            return !words[..<min(words.count, end + 3)].contains { word in
                cancellers.contains(String(word)) || negation.contains { word.hasSuffix($0) }
            }
        }
        return false
    }

    /// The words of the longest agreement phrase at `index`, if one starts there.
    func agreementLength(_ words: [Substring], at index: Int, _ context: RuleContext) -> Int? {
        context.compiled.agreementReplies[words[index]]?.filter { words[index...].starts(with: $0) }.map(\.count).max()
    }

    /// "Okay. I think I can sell that. Forty-five six per year, two years, price locked, seventy seats.": a turn
    /// that answers another speaker with an agreement and then says terms with a number restates what was agreed.
    /// A commitment said there ("Sounds good. I'll send two copies") stays a task: the decision does not lead.
    func restatedAgreement(_ sentence: SentenceView, context: RuleContext, dates: [DateMatch]) -> DecisionMatch? {
        let tokens = sentence.tokens
        let turn = sentence.utteranceIndex
        guard sentence.utterance.speakerSpoke, !sentence.endsWithQuestionMark, turn > 0,
            let previous = context.utterances[turn - 1].speaker, previous != sentence.utterance.speaker
        else { return nil }
        // "…work with that. 4,200 euros per quarter": no sentence break before a number that a lower-case word
        // follows, so the terms may start after a full stop inside the sentence.
        let stop = tokens.indices.dropLast().last { tokens[$0].key == "." }
        let start = stop.map { $0 + 1 } ?? 0
        let agreementEnd = stop.map { tokens[$0].range.upperBound } ?? sentence.sentence.range.lowerBound
        // A number among the terms, not in a date and not "one" ("Sounds good. One more thing: …").
        let counts = (start..<tokens.count).filter { i in
            (tokens[i].kind == .number || sentence.isWord(i, .spelledNumber) && !sentence.isWord(i, .indefiniteArticle))
                && context.lexicon.numberWords[tokens[i].key] != 1 && !dates.contains { $0.range.contains(i) }
        }
        guard agreementEnd > 0, !counts.isEmpty else { return nil }
        let before = String(sentence.utterance.text.utf8Slice(0..<agreementEnd))
        guard ReplyWords.split(before).count <= Self.agreementWords, opensWithAgreement(before, context) else { return nil }
        // "Das passt. Der Kandidat hätte allerdings gern 3.600 €", "If so, 40k": a reservation or a condition, no terms.
        guard !tokens[start...].contains(where: { context.lexicon.contrastWords.contains($0.key) }), !sentence.isWord(start, .decisionCanceller)
        else { return nil }
        guard let terms = terms(of: sentence, from: start, dates: dates, context) else { return nil }
        return DecisionMatch(text: sentence.text(terms), line: sentence.firstLine, leading: false, acceptedIn: sentence.firstLine...sentence.firstLine)
    }
}

extension DecisionRule {
    /// "De acuerdo, nos parece bien", "Agreed, sounds good", "validé de notre côté": agreement, whose side it speaks
    /// for and small words, nothing agreed in them.
    func saysOnlyAgreement(_ text: String, _ context: RuleContext) -> Bool {
        let words = ReplyWords.split(text)
        var index = 0
        while index < words.count {
            if let phrase = agreementLength(words, at: index, context) {
                index += phrase
            } else if let side = context.compiled.sides.first(where: { words[index...].starts(with: $0) }) {
                index += side.count
            } else if context.lexicon.stopWords.contains(String(words[index])) || context.lexicon.affirmatives.contains(String(words[index])) {
                index += 1
            } else {
                return false
            }
        }
        return true
    }
}

/// A turn's words for matching phrases in text not segmented into tokens: lower-cased letters and digits,
/// apostrophes and hyphens kept ("let's", "d'accord", "check-in").
enum ReplyWords {
    /// Whether `phrase` (split the same way, not empty) stands in `words`.
    static func contains(_ phrase: [Substring], in words: [Substring]) -> Bool {
        !phrase.isEmpty && words.indices.contains { words[$0...].starts(with: phrase) }
    }

    static func split(_ text: some StringProtocol) -> [Substring] {
        var lower = text.lowercased()
        if lower.unicodeScalars.contains("’") {
            lower = String(String.UnicodeScalarView(lower.unicodeScalars.lazy.map { $0 == "’" ? "'" : $0 }))
        }
        return lower.split(whereSeparator: { !$0.quickIsLetter && !$0.quickIsNumber && $0 != "'" && $0 != "-" })
    }
}
