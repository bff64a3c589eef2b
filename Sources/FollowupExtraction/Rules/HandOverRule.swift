import FollowupDocument
import FollowupText

/// The chair handing out work in a long meeting's closing round (`MeetingShape`): "as the industrial
/// designer, you're gonna be working on the working design", "Um for user interface, technical
/// functions", "I'd like you guys to work on a model in clay", "we have to complete the questionnaire".
///
/// Said along the way, a "you'll…" is mostly the generic "you" and a role name is mostly talk about
/// the product; said by the chair as the meeting closes, both give someone a task. Only sentences where
/// the commitment rule found nothing are read. Contract rows: `actionItems[].task/owner`.
struct HandOverRule: Rule {
    var family: RuleFamily { .actionItems }
    var reads: Set<RuleFamily> { [.dates] }
    var openers: TokenClass { [] }

    func apply(to sentence: SentenceView, in context: RuleContext, found: inout SentenceFindings) {
        // The commitment rule's "we have to…" waits for a taker; said by the chair as the meeting closes, it is the group's.
        guard found.actions.allSatisfy(\.isUnclaimed), let meeting = context.meeting, !sentence.endsWithQuestionMark else { return }
        let speaker = sentence.utterance.speaker
        let closing = meeting.handsOut(sentence.utteranceIndex, speaker: speaker)
        // Anyone in the closing round may restate a role's duty ("the Industrial Designer will take a look at the working
        // design"), read as the chair's are along the way.
        guard closing || meeting.closing.contains(sentence.utteranceIndex) || meeting.assignsAlongTheWay(sentence.utteranceIndex, speaker: speaker)
        else { return }
        let tokens = sentence.tokens
        let compiled = context.compiled
        let commitments = ActionItemRule()
        let all = 0..<tokens.count
        var role = meeting.role(in: tokens)
        // "you'll be working on the user interface design": a role named after the "you" names the task's
        // subject, and is the best guess of who "you" is when no one is addressed by name.
        var named: (index: Int, length: Int, name: String)?
        let handOver: (Int, Int)?
        let toGroup: Bool
        let duty: (Int, Int)?
        if closing {
            let phrase = compiled.handOver.firstMatch(tokens, in: all)
            handOver = phrase.map { ($0.index, $0.length) }
                ?? progressiveHandOver(sentence, compiled: compiled) ?? addressedVerb(sentence, commitments, context)
                ?? leadingProgressive(sentence, compiled: compiled)
            toGroup = phrase?.value ?? false
            duty = handOver == nil ? compiled.groupDuty.firstMatch(tokens, in: all).map { ($0.index, $0.length) } : nil
        } else {
            // Along the way, past the opening, only the chair's "the User Interface Designer should specify the
            // technical functions": a role as the subject of a duty.
            guard let subject = role, let marker = compiled.roleDuty.match(tokens, at: subject.index + subject.length) else { return }
            handOver = nil
            toGroup = false
            duty = (subject.index + subject.length, marker.length)
        }
        if closing, role == nil, handOver == nil, duty == nil {
            continuedHandOver(sentence, meeting, commitments, context, found: &found)
            return
        }
        guard role != nil || handOver != nil || duty != nil else { return }
        let dates = found.dates.filter { !$0.isStart }
        // The task starts at the verb after the phrase, or after the role named ("for user interface,
        // technical functions": a task without a verb). A role named after the phrase is part of the task
        // ("you'll be working on the user interface design").
        var start: Int
        if let phrase = handOver ?? duty {
            start = phrase.0 + phrase.1
            if let mention = role, mention.index >= phrase.0 {
                named = mention
                role = nil
            }
        } else {
            start = role.map { $0.index + $0.length } ?? 0
        }
        var verb = commitments.firstVerb(sentence, from: start, context: context, compiled: compiled, loose: true)
        // "maybe you can start evaluating their work": a verb of starting before a task's progressive hands over the task.
        if let first = verb, first + 1 < tokens.count, sentence.isWord(first, .talkVerb), Self.isTaskProgressive(tokens[first + 1], context.lexicon) {
            verb = first + 1
        }
        // "you'll get specific instructions", "you will be informed": what someone receives; "we have to discuss":
        // talk in the meeting; "you should never drag a meeting on": no task.
        // "the two of you get to play with the clay": getting to do something is doing it.
        // Not "you'll get to the office": a verb after the "to".
        let received = verb.map { context.lexicon.meetingTalk.receivedVerbs.contains(tokens[$0].key)
            && !($0 + 2 < tokens.count && sentence.isWord($0 + 1, .infinitiveMarker) && tokens[$0 + 2].kind == .word
                && !context.lexicon.stopWords.contains(tokens[$0 + 2].key)) } ?? false
        if let verb, received || sentence.isWord(verb, .beVerb)
            || sentence.isWord(verb, .talkVerb) || commitments.isNegated(sentence, from: start, to: verb, context.lexicon)
        {
            return
        }
        if meeting.talksAboutMeeting(tokens, from: verb ?? start, compiled) { return }
        // "we'll have to think about it", "you will be informed": the meeting's own talk and what someone will be told hand
        // nothing over, nor leave the group's duty waiting for a taker. Nor does a condition or a reason whose subject is
        // the one addressed or the group ("it goes there automatically if you put it in Project Documents", "because you
        // have to make its prototype"), unless the hand-over phrase opens with it or a modal asks ("if you could…").
        let first = min(verb ?? start, tokens.count)
        let phrase = (handOver ?? duty).map { $0.0..<($0.0 + $0.1) } ?? 0..<0
        let clause = (0..<first).last(where: { [",", ";", ":"].contains(tokens[$0].key) }).map { $0 + 1 } ?? 0
        let lexicon = context.lexicon
        let conditioned = { (clause..<first).contains { index in
            sentence.isWord(index, .subordinator) && !phrase.contains(index) && index + 2 < tokens.count
                && (lexicon.secondPerson.contains(tokens[index + 1].key) || lexicon.firstPersonPlural.contains(tokens[index + 1].key))
                && !sentence.isWord(index + 2, .suggestionModal) && !sentence.isWord(index + 2, .requestModal)
        } }
        if meeting.deliberates(tokens, verb: first, compiled) || meeting.isReceived(sentence, verb: first, compiled) || conditioned() {
            found.actions = []
            return
        }
        let task: String
        if let verb {
            task = commitments.taskText(sentence, from: verb, dates: dates, context: context, compiled: compiled)
        } else {
            while start < tokens.count, tokens[start].kind != .word || compiled.fillers.match(tokens, at: start) != nil
                || context.lexicon.affirmatives.contains(tokens[start].key)
            {
                start += 1
            }
            if start < tokens.count {
                task = commitments.taskText(sentence, from: start, dates: dates, context: context, compiled: compiled)
            } else if let role, let next = Self.continuation(of: sentence, context: context) {
                // "The Industrial Designer," then "um is going to be looking into the working design.": the role
                // names who, the chair's next words say what.
                task = next
                start = role.index
            } else {
                return
            }
        }
        guard task.split(separator: " ").count >= 2 else { return }
        var owner = role?.name
        if owner == nil, duty == nil, !toGroup {
            owner = commitments.vocative(sentence, context: context) ?? named?.name ?? commitments.addressee(of: sentence, context: context) ?? Self.answerer(of: sentence, context: context)
        }
        let at = verb ?? start
        found.actions = [
            ActionCandidate(task: task, owner: owner, due: nil, line: sentence.line(ofToken: at), sentenceIndex: sentence.index, verb: at,
                            strong: true)
        ]
    }

    /// "complete our questionnaire", "and try to find maybe a nice shape for it": a line that opens with a task verb
    /// and no subject goes on with the hand-over before it, if there was one (decided in assembly).
    func continuedHandOver(
        _ sentence: SentenceView, _ meeting: MeetingShape, _ commitments: ActionItemRule, _ context: RuleContext, found: inout SentenceFindings
    ) {
        let compiled = context.compiled
        guard let verb = commitments.firstVerb(sentence, from: 0, context: context, compiled: compiled, loose: true),
            sentence.word(verb, in: .taskVerb), !sentence.word(verb, in: .nonTaskVerb), !sentence.isWord(verb, .talkVerb), !sentence.isWord(verb, .beVerb),
            !commitments.isNegated(sentence, from: 0, to: verb, context.lexicon),
            // "do you wanna start with David": a question, its verb before its subject.
            !(verb + 1 < sentence.tokens.count && sentence.isWord(verb + 1, .requestPronoun)),
            !meeting.talksAboutMeeting(sentence.tokens, from: verb, compiled)
        else { return }
        // Only words that open a clause without a subject before the verb: "and", "um", "maybe", "try to"; not "you",
        // "we", "can".
        let opens: [WordClass] = [.conjunction, .subjectAdverb, .strongHedge, .infinitiveMarker, .verbLeadIn]
        let subject: [WordClass] = [.clauseOpener, .suggestionModal, .willWord, .requestPronoun]
        var index = 0
        while index < verb {
            if let filler = compiled.fillers.match(sentence.tokens, at: index) { index += filler.length; continue }
            guard sentence.tokens[index].kind != .word
                || opens.contains(where: { sentence.isWord(index, $0) }) && !subject.contains(where: { sentence.isWord(index, $0) })
            else { return }
            index += 1
        }
        let dates = found.dates.filter { !$0.isStart }
        let task = commitments.taskText(sentence, from: verb, dates: dates, context: context, compiled: compiled)
        guard task.split(separator: " ").count >= 2 else { return }
        var candidate = ActionCandidate(
            task: task, owner: nil, due: nil, line: sentence.line(ofToken: verb), sentenceIndex: sentence.index, verb: verb, strong: true)
        candidate.continuesHandOver = true
        found.actions = [candidate]
    }

    /// "you're watching trends", "you'll be looking at…": a phrase that hands over work when a progressive
    /// verb follows it.
    func progressiveHandOver(_ sentence: SentenceView, compiled: CompiledLexicon) -> (Int, Int)? {
        let tokens = sentence.tokens
        var index = 0
        while index < tokens.count {
            if let phrase = compiled.handOverBeforeProgressive.match(tokens, at: index) {
                let next = index + phrase.length
                if next < tokens.count, compiled.lexicon.progressiveStems(tokens[next].key) != nil {
                    return (index, phrase.length)
                }
            }
            index += 1
        }
        return nil
    }

    /// "Um, and working on the look and feel": the round's next hand-over, its "you'll be" left out. Only a task
    /// verb's progressive opening the sentence.
    func leadingProgressive(_ sentence: SentenceView, compiled: CompiledLexicon) -> (Int, Int)? {
        let tokens = sentence.tokens
        let lexicon = compiled.lexicon
        var index = 0
        while index < tokens.count {
            if let filler = compiled.fillers.match(tokens, at: index) { index += filler.length; continue }
            guard tokens[index].kind != .word && tokens[index].key == "," || sentence.isWord(index, .conjunction)
                || sentence.isWord(index, .subjectAdverb)
            else { break }
            index += 1
        }
        guard index < tokens.count, Self.isTaskProgressive(tokens[index], lexicon) else { return nil }
        let talk = lexicon.words(.talkVerb)
        guard !(lexicon.progressiveStems(tokens[index].key) ?? []).contains(where: { talk.contains($0) }),
            // "Moving along.": an object or a preposition and its noun after the verb; "Looking at the time, …": no
            // clause of its own.
            tokens[(index + 1)...].filter({ $0.kind == .word }).count >= 2,
            !tokens[(index + 1)..<min(tokens.count, index + 5)].contains(where: { $0.key == "," })
        else { return nil }
        return (index, 0)
    }

    /// "evaluating", "working": the progressive of a task verb.
    static func isTaskProgressive(_ token: Token, _ lexicon: Lexicon) -> Bool {
        token.kind == .word && lexicon.progressiveStems(token.key)?.contains(where: { lexicon.taskVerbs.contains($0) }) == true
    }

    /// "Lucía, tú montas el test", "du übernimmst die Messe": the pronoun of the person addressed right before a verb.
    func addressedVerb(_ sentence: SentenceView, _ commitments: ActionItemRule, _ context: RuleContext) -> (Int, Int)? {
        let tokens = sentence.tokens
        guard let pronoun = tokens.indices.first(where: { sentence.isWord($0, .addressedPronoun) }), pronoun + 1 < tokens.count,
            commitments.firstVerb(sentence, from: pronoun + 1, context: context, compiled: context.compiled) == pronoun + 1,
            sentence.word(pronoun + 1, in: .taskVerb) || context.lexicon.verbForms[tokens[pronoun + 1].key] != nil,
            !sentence.word(pronoun + 1, in: .nonTaskVerb)
        else { return nil }
        return (pronoun, 1)
    }

    /// The chair's next words within two turns, without the fillers they open with.
    static func continuation(of sentence: SentenceView, context: RuleContext) -> String? {
        let next = sentence.utteranceIndex + 1
        let utterances = context.utterances
        let bare = { (word: Substring) in String(word.lowercased().filter { $0 != "," && $0 != "." }) }
        for utterance in utterances[min(next, utterances.count)..<min(next + 2, utterances.count)] where utterance.speaker == sentence.utterance.speaker {
            var words = utterance.text.split(separator: " ")
            while let first = words.first, context.lexicon.fillers.contains(bare(first)) { words.removeFirst() }
            while let last = words.last, last.hasSuffix(",") || last.hasSuffix(".") {
                words[words.count - 1] = last.dropLast()
                if words[words.count - 1].isEmpty { words.removeLast() }
            }
            if words.count >= 2 { return words.joined(separator: " ") }
        }
        return nil
    }

    /// Who answers the chair's "you…" within the next two turns, as "yeah", "okay", "mm-hmm" or a few words.
    static func answerer(of sentence: SentenceView, context: RuleContext) -> String? {
        let speaker = sentence.utterance.speaker
        let next = sentence.utteranceIndex + 1
        for utterance in context.utterances[min(next, context.utterances.count)..<min(next + 2, context.utterances.count)] {
            guard let other = utterance.speaker, other != speaker else { continue }
            return utterance.text.split(separator: " ").count <= 4 ? context.people.fullest(other) : nil
        }
        return nil
    }
}
