import FollowupDocument
import FollowupText

struct NextContactMatch: Sendable {
    var date: DateMatch
    var line: Int
    var strength: Int
    var text: String
}

/// Finds the next contact: "next call Wednesday 9am", "let's reconnect in two weeks", "follow up on
/// the 15th", "созвон в среду в 10:00", with a date on or after the meeting's.
///
/// Ignores "follow up with legal" (a task for someone else) and past meetings.
/// Contract row: `nextContact`.
struct NextContactRule: Rule {
    var family: RuleFamily { .nextContact }
    var reads: Set<RuleFamily> { [.dates] }
    /// A label ("Next sync:") is enough: no shortcut.
    var openers: TokenClass { [] }

    /// The contact this sentence names with its date; without a date, how strongly it speaks of
    /// meeting again (assembly waits a few sentences for the date).
    func apply(to sentence: SentenceView, in context: RuleContext, found: inout SentenceFindings) {
        found.contact = matches(in: sentence, context: context, dates: found.dates)
        // "¿Nos vemos otra vez antes de Navidad? ¿El viernes 18 a las diez?", "let's get a call on the calendar for after
        // the holidays. Wednesday January 6th?": asked or planned with only a bound, the day follows.
        guard found.contact == nil, found.dates.allSatisfy({ $0.isDeadline || $0.isStart }) else { return }
        let strength = signal(in: sentence, context: context)
        if found.dates.isEmpty || sentence.endsWithQuestionMark || strength >= 2 { found.contactSignal = strength }
    }

    func matches(in sentence: SentenceView, context: RuleContext, dates: [DateMatch]) -> NextContactMatch? {
        // The next contact is after the meeting: the same day only with a time ("later today at 4pm").
        let later = dates.filter { $0.date > context.referenceDate || ($0.date == context.referenceDate && $0.time != nil) }
        guard let earliest = later.first else { return nil }
        let strength = signal(in: sentence, context: context, date: earliest)
        guard strength > 0 else { return nil }
        // "panel training: everyone finishes by end of month": with only a meeting word, a date after
        // "by" is the deadline of a task, not the day of a meeting.
        let upcoming = strength == 1 ? later.filter { !$0.isDeadline } : later
        guard let first = upcoming.first else { return nil }
        // The date nearest the meeting word: "…answers by Friday, and we do the workshop Thursday at 2pm".
        let anchor = anchorIndex(in: sentence, context: context) ?? first.range.lowerBound
        // "dans quinze jours, le jeudi 17 décembre à 16 h": a date named with its day and time says more
        // than the span before it.
        let named = upcoming.filter { $0.isAbsolute && $0.time != nil }
        let choices = named.isEmpty ? upcoming : named
        var date = choices.min { abs($0.range.lowerBound - anchor) < abs($1.range.lowerBound - anchor) } ?? first
        // "по четвергам в 10:00, первая — 11.03", "tous les mardis à 9 h 30, premier point le mardi 30 mars": a time said
        // with no day (not "today at 4pm") and a later day said with no time are one meeting.
        if date.date == context.referenceDate, !date.isAbsolute, let time = date.time,
            !date.range.contains(where: { context.compiled.relativeDays.match(sentence.tokens, at: $0) != nil }),
            var day = upcoming.first(where: { $0.date > context.referenceDate && $0.time == nil && !$0.isDeadline })
        {
            day.time = time
            day.openHour = date.openHour
            date = day
        }
        return NextContactMatch(date: date, line: sentence.line(ofToken: date.range.lowerBound), strength: strength, text: sentence.fullText)
    }

    /// Where the meeting word or verb stands in the sentence.
    func anchorIndex(in sentence: SentenceView, context: RuleContext) -> Int? {
        let tokens = sentence.tokens
        if let noun = context.compiled.contactNouns.firstMatch(tokens, in: 0..<tokens.count) { return noun.index }
        return context.compiled.contactVerbs.firstMatch(tokens, in: 0..<tokens.count)?.index
    }

    /// How strongly the sentence speaks of meeting again: 3 "next call", 2 "let's schedule a call" or
    /// "Next retro:", 1 a meeting word or "let's reconnect", 0 nothing.
    func signal(in sentence: SentenceView, context: RuleContext, date: DateMatch? = nil) -> Int {
        let tokens = sentence.tokens
        let compiled = context.compiled
        let lexicon = context.lexicon
        var strength = 0
        // A label "Nächster Termin: Donnerstag 10 Uhr" / "Next sync: …" taken for a name by the reader.
        if !sentence.utterance.speakerSpoke, let label = sentence.utterance.speaker?.lowercased() {
            let words = label.split(separator: " ").map(String.init)
            if let first = words.first, lexicon.contactNextWords.contains(first) || lexicon.nextWords.contains(first),
                words.count > 1 || date?.time != nil
            {
                // "Próximo: degustación miérc 13 de enero 12:00": "Next" alone labels the next contact when a day and
                // time follow it (not "Next: send the deck by Friday").
                return 3
            }
        }
        guard sentence.mask.contains(.contactStart) else { return 0 }
        // "If there's another sync outage before the end of March, …": a condition opening the sentence names no call.
        // (A word that both subordinates and cancels a decision: "if", "unless", "wenn", "falls", "si", "если".)
        if !tokens.isEmpty, sentence.isWord(0, .subordinator), sentence.isWord(0, .decisionCanceller) { return 0 }
        if let noun = compiled.contactNouns.firstMatch(tokens, in: 0..<tokens.count) {
            // "review ana's PR thu", "demo the dashboard Friday": a to-do's verb before its object names no meeting.
            let object = noun.index + noun.length
            if noun.index == 0, object < tokens.count,
                lexicon.pointers.determiners[tokens[object].key] != nil || tokens[object].key.possessiveBase != nil
                    || object + 1 < tokens.count && tokens[object + 1].key.isPossessiveMark
            {
                return 0
            }
            // "We have a partners' meeting next Thursday", "the board's meeting": someone else's meeting.
            // Not "today's call", "Friday's meeting", "next week's sync", nor "let's" (no possessive): the owner is a
            // plural ("partners'") or a name ("St. Brendan's", "the Board's").
            if let owner = possessor(before: noun.index, in: tokens), lexicon.weekdays[owner] == nil, lexicon.relativeDays[owner] == nil,
                lexicon.durationUnits[owner] == nil, !sentence.isWord(noun.index - 1, .letsWord), !sentence.isWord(noun.index - 2, .letsWord),
                tokens[noun.index - 1].key.count == 1
                    || sentence.isCapitalized(tokens[noun.index - 1].key.isPossessiveMark ? noun.index - 2 : noun.index - 1)
            {
                return 0
            }
            let window = max(0, noun.index - 3)..<noun.index
            // "Before our next call. Let's say by Monday.", "к следующему созвону": the next call bounds something else.
            let bound = window.contains { compiled.deadlineWords.match(tokens, at: $0) != nil }
                && window.contains { lexicon.contactNextWords.contains(tokens[$0].key) }
            // "next one", "next time", "same time": the phrase is itself the next meeting.
            if bound { strength = 0 }
            else if lexicon.contactNextWords.contains(tokens[noun.index].key) || sentence.isWord(noun.index, .sameWord) { strength = 3 }
            else if window.contains(where: { lexicon.contactNextWords.contains(tokens[$0].key) }) { strength = 3 }
            else if noun.index + noun.length < tokens.count, lexicon.contactNextWords.contains(tokens[noun.index + noun.length].key) { strength = 3 }
            else if sentence.utterance.sectionTitle.map({ title in
                let lower = title.lowercased()
                return lexicon.words(.nextTitleWord).contains { lower.contains($0) }
            }) == true { strength = 2 }
            else if sentence.containsWord(.planningWord, in: tokens.indices) { strength = 2 }
            else { strength = 1 }
        }
        if strength == 0, let verb = compiled.contactVerbs.firstMatch(tokens, in: 0..<tokens.count) {
            // "follow up with legal" is somebody's task; "follow up with you" / "with us" is the contact.
            let after = verb.index + verb.length
            let withOther = after + 1 < tokens.count && sentence.isWord(after, .withWord) && !sentence.isWord(after + 1, .contactPartner)
            // Only fillers and a nod before it in its clause: "Gut, dann sprechen wir uns …", "Bien. Nos vemos el
            // martes", "dann schönes Wochenende, wir sehen uns Montag".
            var opener = (0..<verb.index).last { [",", ";"].contains(tokens[$0].key) }.map { $0 + 1 } ?? 0
            while opener < verb.index {
                if let filler = compiled.fillers.match(tokens, at: opener) { opener += filler.length; continue }
                if lexicon.affirmatives.contains(tokens[opener].key) || tokens[opener].kind == .symbol { opener += 1; continue }
                break
            }
            let subjectOK = opener >= verb.index || sentence.containsWord(.contactSubject, in: 0..<verb.index)
                || lexicon.contactVerbs.contains(tokens[verb.index].key) && lexicon.contactVerbCarriesSubject
            if !withOther && subjectOK {
                // "Let's reconnect next Wednesday" is a plan; "we talked" or "I'll call" is weaker.
                strength = sentence.containsWord(.letsWord, in: 0..<verb.index) ? 2 : 1
            }
        }
        if strength == 0, !tokens.isEmpty, sentence.isWord(0, .farewellVerb), tokens.count > 1, sentence.isWord(1, .farewellObject)
        {
            strength = 1  // "Talk to you Thursday", "See you on Monday"
        }
        // "Next retro: Tuesday Sep 29", "Next committee: Wednesday 9 December": the next meeting of its kind.
        if strength == 0, tokens.count > 2, sentence.isWord(0, .nextOpener),
            tokens[1].kind == .word, (date?.range.lowerBound ?? 2) > 1, lexicon.weekdays[tokens[1].key] == nil,
            !sentence.isWord(1, .periodNoun)
        {
            strength = 2
        }
        // A label line "Next call: Wed 9am" / "Next steps: sync Thursday".
        if strength == 0, let first = tokens.first, lexicon.contactNextWords.contains(first.key),
            tokens.count > 1, compiled.contactNouns.match(tokens, at: 1) != nil
        {
            strength = 3
        }
        return strength
    }

    /// The word whose possessive stands right before `index` ("partners" of "partners' meeting", "board" of "board's").
    private func possessor(before index: Int, in tokens: [Token]) -> String? {
        guard index >= 2 else { return nil }
        let mark = tokens[index - 1].key
        if mark.isPossessiveMark { return tokens[index - 2].key }
        return mark.possessiveBase
    }
}
