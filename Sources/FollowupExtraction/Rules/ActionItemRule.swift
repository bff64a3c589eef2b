import FollowupDocument
import FollowupText

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
        let dates = found.dates.filter { !$0.isStart }
        // In a long meeting, a commitment said along the way without a day is talk (`MeetingShape`); "for the next
        // meeting" is a day.
        if let meeting = context.meeting, dates.isEmpty, !meeting.handsOut(sentence.utteranceIndex, speaker: sentence.utterance.speaker),
            !context.compiled.dueByNextMeeting.contains(sentence.tokens, in: 0..<sentence.tokens.count),
            !(meeting.closing.contains(sentence.utteranceIndex)
                && (acceptedRequest(sentence, context: context) || restatesOwnAssignment(sentence, context: context)))
        {
            return
        }
        found.actions = matches(in: sentence, context: context, dates: dates)
        if let meeting = context.meeting { found.actions = settled(found.actions, in: sentence, meeting: meeting, context) }
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
        /// Found only through a verb form that also describes ("Sophie cherche un outil"): a task
        /// only with a date, or on a to-do line.
        var needsDate = false
    }

    func matches(in sentence: SentenceView, context: RuleContext, dates: [DateMatch]) -> [ActionCandidate] {
        let utterance = sentence.utterance
        let tokens = sentence.tokens
        let lexicon = context.lexicon
        let compiled = context.compiled
        if utterance.listMarker == .doneCheckbox { return [] }
        // What was so before the meeting ("## Background", "Ausgangslage") sets nobody a task; nor does where an open
        // point stands after its question ("3 ans ou 5 ans ? Patrick penche pour 5").
        if utterance.section == .background
            || utterance.section == .questions && utterance.text.utf8.prefix(sentence.sentence.range.lowerBound).contains(0x3F)
        {
            return []
        }
        // "Андрей, добрый день.", "Ольга, Игорь, добрый день.", "Hi Liam, hi Hannah.": a greeting asks nothing.
        if tokens.count <= 8, let greeting = tokens.prefix(6).firstIndex(where: { lexicon.greetingWords.contains($0.key) }),
            (0..<greeting).allSatisfy({ tokens[$0].key == "," || sentence.isCapitalized($0) })
        {
            return []
        }
        // "Wei – y: chased the flaky test", "вчера: доделал экран": a standup's report of what was done.
        if let colon = tokens.prefix(4).firstIndex(where: { $0.key == ":" }), colon > 0,
            lexicon.statusLabels.contains(tokens[colon - 1].key)
        {
            return []
        }
        let structural = utterance.section == .actionItems || utterance.section == .nextSteps
            || utterance.listMarker == .openCheckbox || utterance.actionMarked
        let question = sentence.endsWithQuestionMark

        var commitment = restartedCommitment(sentence, context: context, compiled: compiled)
        // "Julia: Budgetfreigabe DB klären": capitalized words nobody answers to under a known person's label.
        if let found = commitment, let label = labelOverUnknownSubject(found, in: sentence, context: context) { commitment?.owner = .person(label) }
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
            Self.labelOwns(label, listed: Self.listsOwners(utterance), context),
            let verb = firstVerb(sentence, from: 0, context: context, compiled: compiled),
            verb <= 1 || Self.closesWithInfinitive(sentence, verb, dates: dates, lexicon),
            sentence.word(verb, in: .taskVerb) || structural || Self.opensWithInfinitive(sentence, verb, lexicon)
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
        let toDo = commitment == nil && !structural && labelledToDo(sentence, dates: dates, context: context, compiled: compiled)
        if commitment == nil && (structural || toDo) {
            // An imperative line under "Action items": the whole line is the task; not one that says
            // it is done ("Ya cerramos el proceso", "Bereits erledigt: …").
            // "Élodie : 3 références clients avant le 18 décembre": a person's to-do needs no verb.
            let owned = !utterance.speakerSpoke && utterance.speaker.map { !Self.labelIsNoName($0, context)
                && Self.labelOwns($0, listed: Self.listsOwners(utterance), context) && !compiled.isWord($0.lowercased(), .selfLabel) } == true
            if let verb = (structural ? firstVerb(sentence, from: 0, context: context, compiled: compiled, loose: true) : nil) ?? (owned || toDo || Self.selfLabelled(utterance, compiled) ? 0 : nil),
                !(0...verb).contains(where: { sentence.word($0, in: .pastMarker) })
            {
                commitment = Commitment(owner: .unstated, verb: verb, start: 0, strong: true)
            }
        }
        guard var found = commitment else { return [] }
        if !structural && (brokenOffSubject(found, in: sentence, compiled) || reportsOthersWords(found, in: sentence)) { return [] }
        if structural { found.strong = true }
        // "Wir holen ein zweites Angebot ein." with no date: a task only once a reply takes it ("Das mache
        // ich"), like "someone needs to…".
        var awaitsTaker = unclaimed
        if found.needsDate, !structural, dates.isEmpty { awaitsTaker = true }

        // Questions are requests only when addressed to someone ("can you…?"); "did you send it?" is not a task.
        // "Bob, …?", "Und Urs, kannst du …?"
        let addressedByName = (0..<min(2, tokens.count)).contains { i in
            i + 1 < tokens.count && tokens[i + 1].key == "," && context.people.person(in: sentence, at: i) != nil
                && (i == 0 || sentence.isWord(0, .conjunction))
        }
        if question && found.owner != .addressee && !structural && !addressedByName {
            if !(found.owner == .speaker && sentence.isWord(0, .offerQuestionOpener)) { return [] }
        }
        if !structural && isHypothetical(sentence, before: found.verb, compiled: compiled, owner: found.owner) { return [] }
        if !structural && isDiscussion(sentence, compiled: compiled) { return [] }
        if isNegated(sentence, from: found.start, to: found.verb, lexicon) { return [] }
        // "Elif hat die Analyse bereits letzte Woche verschickt": done, not promised.
        // "hat LW zweimal unterbrochen": the auxiliary of an inverted clause stands before its subject.
        // Not "haben wir uns geeinigt: Wir holen …", whose task follows the colon.
        let pastFrom = lexicon.infinitiveLast && !(found.start..<found.verb).contains(where: { [":", ";"].contains(tokens[$0].key) })
            ? max(0, found.start - 1) : found.start
        if !structural, pastFrom < found.verb, (pastFrom..<found.verb).contains(where: { sentence.word($0, in: .pastMarker) }) {
            return []
        }

        // "Can you do anything on the hardware?", "do a bit more": a vague ask, not a task.
        if sentence.isWord(found.verb, .vagueVerb), found.verb + 1 < tokens.count, sentence.isWord(found.verb + 1, .vagueObject) {
            return []
        }
        // "I can do $41 if you book all four", "I could do 38", "I can do half": a price on the table, not a task.
        if sentence.isWord(found.verb, .vagueVerb), found.verb + 1 < tokens.count, Self.startsSum(sentence, at: found.verb + 1, compiled) {
            return []
        }
        // "I can offer $2,000", "you'll get access": an offer or what someone will receive, not a task.
        if sentence.isWord(found.verb, .receiptVerb), !Self.promisesResult(tokens, at: found.verb, compiled),
            found.verb > 0, sentence.isWord(found.verb - 1, .receiptModal) || sentence.isWord(found.start, .youWill)
        {
            if !(sentence.isWord(found.verb, .getVerb) && found.owner == .addressee && !sentence.isWord(found.start, .youWill)) { return [] }
        }
        // "What I can do: on a twelve-month agreement, …", "что я могу дать, — 25 %": the terms on offer.
        if let offer = compiled.offerLeadIns.firstMatch(tokens, in: max(0, found.verb - 6)..<found.verb), offer.index + offer.length > found.verb { return [] }
        // "I'll share my screen", "let me walk you through": done now, in the meeting.
        if !structural, compiled.immediate.match(tokens, at: found.verb) != nil { return [] }
        // "Let me finish, one second", "Let me stop.": a verb of talk with nothing after it is the turn itself.
        if !structural, sentence.isWord(found.verb, .talkVerb), found.verb + 1 == tokens.count || tokens[found.verb + 1].kind != .word { return [] }
        // As a long meeting closes, "now" is what comes after it ("I have to write the final report now").
        let closing = context.meeting?.closing.contains(sentence.utteranceIndex) ?? false
        if !structural, found.verb + 1 < tokens.count,
            !closing && tokens[(found.verb + 1)...].prefix(8).contains(where: { lexicon.immediateWords.contains($0.key) })
                || compiled.immediate.contains(tokens, in: (found.verb + 1)..<min(tokens.count, found.verb + 6))
                && sentence.containsWord(.chatWord, in: (found.verb + 1)..<(found.verb + 7))
        {
            return []
        }
        // "I'm gonna talk about the buttons", "I'll just open the slides" in a many-person call: what the speaker does
        // in the meeting itself, with no day named.
        if found.owner == .speaker || found.owner == .we, !structural, sentence.utterance.speakerSpoke, context.speakers.count > 2,
            dates.isEmpty, sentence.isWord(found.verb, .talkVerb),
            // "talk to legal", "talk with Bob" is a task.
            !(found.verb + 1 < tokens.count && (sentence.isWord(found.verb + 1, .infinitiveMarker) || sentence.isWord(found.verb + 1, .withWord)))
        {
            return []
        }
        // "you need to click…" in a many-person call is the generic "you": no one is asked.
        if found.owner == .addressee, !structural, sentence.utterance.speakerSpoke, context.speakers.count > 2,
            vocative(sentence, context: context) == nil, addressee(of: sentence, context: context) == nil,
            namedBefore(found.verb, in: sentence, context: context) == nil,
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
        // "Siguiente reunión: jueves 26", "Next meeting: Thursday" under the action items: the next contact.
        if tokens.count > 1, lexicon.contactNextWords.contains(tokens[0].key) || sentence.isWord(0, .nextOpener),
            compiled.contactNouns.match(tokens, at: 1) != nil
        {
            return []
        }
        // The next call itself is the next contact, not a task ("Nos volvemos a reunir el jueves",
        // "On se reparle jeudi").
        if compiled.contactVerbs.match(tokens, at: found.verb) != nil && !sentence.word(found.verb, in: .taskVerb)
            && !structural
        {
            return []
        }
        if (min(max(0, found.start - 1), found.verb)...found.verb).contains(where: { compiled.contactVerbs.match(tokens, at: $0) != nil }),
            found.owner == .we || found.owner == .unstated
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
            awaitsTaker = true
        }
        var owner = awaitsTaker && found.owner == .we ? nil : resolveOwner(found.owner, sentence: sentence, context: context)
        if let assigned = assignedOwner(sentence, context: context, compiled: compiled) { owner = assigned }
        if owner == nil, !sentence.utterance.speakerSpoke, let label = utterance.speaker, !Self.labelIsNoName(label, context),
            Self.labelOwns(label, listed: Self.listsOwners(utterance), context),
            !compiled.isWord(label.lowercased(), .selfLabel)
        {
            owner = context.people.fullest(label)
        }
        // "moi : rapport d'incident écrit → d'ici mercredi": a to-do labelled with "me" is the author's.
        if owner == nil, found.owner == .unstated, !sentence.utterance.speakerSpoke, let label = utterance.speaker,
            compiled.isWord(label.lowercased(), .selfLabel) || context.author?.lowercased() == label.lowercased()
        {
            found.owner = .speaker
            owner = resolveOwner(.speaker, sentence: sentence, context: context)
        }
        if owner == nil, structural, let mention = firstMention(sentence, context: context) { owner = mention }

        var task = taskText(sentence, from: found.verb, dates: dates, context: context, compiled: compiled)
        // "Онбординг сделаю до конца недели": the object came first; it belongs to the task.
        // "Vergleichsangebote einholen – Eva – bis Ende Oktober": a German infinitive ends its clause;
        // what stands before it is the task, what follows names the owner and the date.
        // "Die Umstellung machen wir am 12.": a verb with its subject after it opened an inverted clause,
        // whose object stood before it.
        let inverted = lexicon.infinitiveLast && found.verb + 1 < tokens.count && isSubjectToken(sentence, found.verb + 1)
        // Not a plural finite form right after its subject, which reads like the infinitive ("wir melden … an").
        let lateInfinitive = lexicon.infinitiveLast && found.verb > 0 && tokens[found.verb].kind == .word && !inverted
            && !isSubjectToken(sentence, found.verb - 1)
            && (lexicon.verbForms[tokens[found.verb].key] ?? tokens[found.verb].key) == tokens[found.verb].key
            && !sentence.word(found.verb, in: [.firstPersonFutureVerb, .thirdPersonFutureVerb])
        if lexicon.verbMayComeLate, task.split(separator: " ").count < 2 || lateInfinitive || inverted, found.verb > 0 {
            // The words after what opened the commitment ("kannst du bitte", "Anna wird"), or the whole
            // start of an inverted clause ("den Forecast schicke ich"); a name stays unless it is the subject
            // or the person addressed ("Nadine, … an Urs schicken").
            var opening = found.start..<found.start
            if found.start < found.verb,
                let phrase = compiled.requestPhrases.match(tokens, at: found.start) ?? compiled.selfCommitments.match(tokens, at: found.start)
            {
                opening = found.start..<(found.start + phrase.length)
            }
            // Only this clause: after the last stop before the verb.
            let clauseStart = !lexicon.infinitiveLast ? 0
                : (0..<found.verb).last(where: { [",", ";", ":", ".", "–", "—"].contains(tokens[$0].key) }).map { $0 + 1 } ?? 0
            // "deinen PR zum Export": a deadline word before no date is part of the task.
            func namesThing(_ i: Int) -> Bool {
                lexicon.deadlineWords.contains(tokens[i].key) && i + 1 < found.verb && !dates.contains { $0.range.contains(i + 1) }
                    && !Self.isDateWord(tokens[i + 1].key, lexicon)
            }
            let before = (clauseStart..<found.verb).filter { i in
                !opening.contains(i) && Self.isTaskWord(sentence, i) && !Self.isDateToken(i, dates, in: sentence, lexicon) && compiled.fillers.match(tokens, at: i) == nil
                    && !isSubjectToken(sentence, i) && !sentence.word(i, in: .commitmentMarker)
                    && !(context.people.person(in: sentence, at: i) != nil && (i == found.start || i + 1 < tokens.count && tokens[i + 1].key == ","))
                    && !lexicon.affirmatives.contains(tokens[i].key) && !(Self.isDateWord(tokens[i].key, lexicon) && !namesThing(i))
                    && !(sentence.isWord(i, .objectPronoun) && i > 0 && isSubjectToken(sentence, i - 1))
            }
            if !before.isEmpty {
                task = ([Self.joined(sentence, before)] + [lateInfinitive ? String(sentence.raw(found.verb)) : task]).joined(separator: " ")
                if let first = before.first, let letter = task.first, letter.isUppercase,
                    lexicon.lowercasesTaskStart || sentence.isWord(first, .taskStopWord)
                {
                    task = letter.lowercased() + task.dropFirst()
                }
            }
        }
        // "Sí, te lo mando mañana": a reply's verb alone with its object as a pronoun before it points back
        // (to the request; after "El onboarding tiene bugs." in the same turn, to what that names: `namingAntecedent`).
        let pointsBack = task.split(separator: " ").count == 1 && found.verb > 0 && (sentence.opensUtterance || !lexicon.pointers.clitics.isEmpty)
            && (max(0, found.verb - 2)..<found.verb).contains { sentence.isWord($0, .referenceWord) && !isSubjectToken(sentence, $0) }
        // "Lo preparo yo" → "preparar yo": the speaker's own pronoun is no object, and a verb alone says no task.
        let taskWords = task.split(separator: " ").map { $0.lowercased() }
            .filter { !compiled.isWord($0, .selfLabel) || lexicon.speakerObjectPronouns.contains($0) }.count
        guard taskWords >= 2 || ((structural || toDo) && !task.isEmpty) || pointsBack else { return [] }
        // "Can you send me the BAA?" said by Rachel, owned by Ethan: the follow-up says "send Rachel the BAA".
        if sentence.utterance.speakerSpoke, let speaker = utterance.speaker, !Self.labelIsNoName(speaker, context),
            !isDiarizationLabel(speaker),
            owner.map({ context.people.fullest($0) != context.people.fullest(speaker) }) ?? false, !lexicon.speakerObjectPronouns.isEmpty
        {
            let name = speaker.split(separator: " ").first.map(String.init) ?? speaker
            task = task.split(separator: " ", omittingEmptySubsequences: false).map { word in
                lexicon.speakerObjectPronouns.contains(word.lowercased()) ? name : String(word)
            }.joined(separator: " ")
        }
        let line = sentence.line(ofToken: found.verb)
        var candidate = ActionCandidate(task: task, owner: owner, due: nil, line: line, sentenceIndex: sentence.index, verb: found.verb,
                                        strong: found.strong)
        // "Sven: Rufbereitschaftsplan bis KW 50": one noun under a to-do heading is the task, pointing nowhere.
        let nounToDo = (structural || toDo) && found.verb == 0 && task.split(separator: " ").count == 1 && !sentence.word(0, in: .taskVerb)
        candidate.isReference = refersBack(task, compiled) && !nounToDo || pointsBackAloud(task, in: sentence, dates: dates, lexicon)
        candidate.isUnclaimed = awaitsTaker
        candidate.byAuthor = found.owner == .speaker && owner == nil && !utterance.speakerSpoke
        candidate.saidByOwner = found.owner == .speaker && utterance.speakerSpoke && vocative(sentence, context: context) == nil
        return [candidate]
    }

    /// "Анна: переписать описание": where infinitives have their own endings, an infinitive right
    /// after a person's label is that person's task, listed verb or not.
    static func opensWithInfinitive(_ sentence: SentenceView, _ verb: Int, _ lexicon: Lexicon) -> Bool {
        guard verb == 0, !lexicon.infinitiveSuffixes.isEmpty, sentence.tokens[verb].kind == .word else { return false }
        let key = sentence.tokens[verb].key
        return key.count >= 5 && lexicon.infinitiveSuffixes.contains { key.hasSuffix($0) } && !sentence.word(verb, in: .nonTaskVerb)
    }

    /// A task whose words after the verb are only pronouns and particles.
    func refersBack(_ task: String, _ compiled: CompiledLexicon) -> Bool {
        // Up to a new clause: "do it, it's just the timing" points back; "write the, the notes" does not.
        var words: [String] = []
        for piece in task.lowercased().split(separator: ",") {
            let pieceWords = piece.split(whereSeparator: { !$0.quickIsLetter && $0 != "'" }).map(String.init)
            if !words.isEmpty, let first = pieceWords.first, compiled.isWord(first, .clauseOpener) { break }
            words += pieceWords
        }
        guard words.count >= 1 else { return true }
        // The verb opens the task, or (German) closes it: "das machen".
        let others = compiled.lexicon.infinitiveLast ? words.dropLast() : words.dropFirst()
        return others.allSatisfy { compiled.isWord($0, .referenceWord) }
    }

    // MARK: Filters

    func isHypothetical(_ sentence: SentenceView, before verb: Int, compiled: CompiledLexicon, owner: OwnerKind) -> Bool {
        let tokens = sentence.tokens
        for index in 0..<min(verb, tokens.count) {
            guard compiled.hedges.match(tokens, at: index) != nil else { continue }
            // "could you", "would you" are requests, not hedges.
            if sentence.isWord(index, .requestModal), index + 1 < tokens.count, sentence.isWord(index + 1, .requestPronoun) { continue }
            if owner == .addressee && sentence.isWord(index, .politeModal) { continue }
            return true
        }
        // "we could maybe look at…", "I'll look at it at some point": no real promise anywhere in the sentence.
        // Not inside a deadline phrase: "au plus tard" holds "plus tard".
        for index in tokens.indices {
            guard let vague = compiled.vagueTime.match(tokens, at: index) else { continue }
            let inDeadline = (max(0, index - 2)...index).contains { start in
                compiled.deadlineWords.match(tokens, at: start).map { start + $0.length >= index + vague.length } ?? false
            }
            if !inDeadline { return true }
        }
        return sentence.containsWord(.strongHedge, in: tokens.indices) && owner != .addressee
            && !tokens.indices.contains { sentence.isWord($0, .willWord) || compiled.hasWillSuffix(tokens[$0].key) }
    }

    func isDiscussion(_ sentence: SentenceView, compiled: CompiledLexicon) -> Bool {
        let tokens = sentence.tokens
        guard let discussion = compiled.discussion.firstMatch(tokens, in: 0..<tokens.count) else { return false }
        // "we discussed who would own hiring" — the commitment is inside the discussion.
        return sentence.containsWord(.embeddedQuestion, in: discussion.index..<min(tokens.count, discussion.index + discussion.length + 3))
    }
}
