import FollowupDocument
import FollowupText

struct DecisionMatch: Sendable {
    var text: String
    var line: Int
    /// The decision is the sentence's point: under a heading, labelled, or its marker opens the sentence.
    var leading: Bool
}

/// Finds decisions: "agreed", "decided", "we'll go with", "approved", "Decision:" lines and
/// everything under a "Decisions" heading ("договорились", "решили", "согласовали" in Russian).
///
/// Ignores questions ("did we agree?"), negations ("nothing decided yet", "не договорились"),
/// conditionals ("if legal approves") and bare replies ("Agreed." as an answer says nothing itself).
/// Contract row: `decisions[].text`.
struct DecisionRule {
    func matches(in sentence: SentenceView, context: RuleContext) -> DecisionMatch? {
        let tokens = sentence.tokens
        let compiled = context.compiled
        let label = sentence.utterance.speakerSpoke ? nil : sentence.utterance.speaker?.lowercased()
        let labelled = label.map { $0.isAny(of: ["decision", "decisions", "decided", "agreed", "approved", "resolved", "outcome", "motion", "resolution", "решение", "решили", "договорились", "итог"]) } ?? false
        let inSection = sentence.utterance.section == .decisions || labelled
        if !inSection && !sentence.mask.contains(.decisionStart) { return nil }
        if sentence.utterance.listMarker == .openCheckbox { return nil }
        var markerEnd = 0
        var leading = inSection
        if !inSection {
            guard let marker = compiled.decisionPhrases.firstMatch(tokens, in: 0..<tokens.count) else { return nil }
            if sentence.endsWithQuestionMark { return nil }
            let before = tokens[..<marker.index].map(\.key)
            if before.contains(where: { $0.isAny(of: ["not", "no", "haven't", "hasn't", "didn't", "if", "whether", "unless", "once", "не", "если", "ли", "yet", "nothing"]) || $0.hasSuffix("n't") }) {
                return nil
            }
            if tokens[marker.index...].prefix(3).contains(where: { $0.key.isAny(of: ["yet", "not", "ли"]) }) { return nil }
            // "approved" as a past fact about someone else's document still records a decision; but "X will be decided" is not.
            if marker.index > 0, tokens[marker.index - 1].key.isAny(of: ["be", "been", "to", "will"]) { return nil }
            markerEnd = marker.index + marker.length
            leading = marker.index <= 2
            // "confirmed", "approved", "resolved" decide only when they open the sentence ("Approved: …").
            let weak: Set<String> = ["confirmed", "подтвердили"]
            if weak.contains(tokens[marker.index].key), marker.length == 1, marker.index > 1 { return nil }
            // "get sign-off from legal", "need approval": a noun, not a decision.
            if marker.index > 0, tokens[marker.index - 1].key.isAny(of: ["get", "need", "needs", "obtain", "for", "pending", "awaiting", "without", "require", "requires"]) {
                return nil
            }
            // Keep the words before a sentence-final marker ("Budget stays at 40k — agreed"), and the
            // subject of a passive one ("The minutes were approved as a correct record").
            if markerEnd >= tokens.count - 1 && marker.index > 2 { markerEnd = 0 }
            if marker.index > 1, tokens[marker.index - 1].key.isAny(of: ["is", "are", "was", "were", "got", "been", "has", "have", "был", "была", "было", "были"]) {
                markerEnd = 0
            }
        }
        var start = markerEnd
        while start < tokens.count, tokens[start].key.isAny(of: [":", "-", "—", "–", ",", "that", "to", "on", "upon", "что", "на", "we", "мы"]) {
            start += 1
        }
        var end = tokens.count
        while end > start, tokens[end - 1].key.isAny(of: [".", "!", ";", "?"]) { end -= 1 }
        // "…, right?": the tag asks for a nod; it is not part of what was decided.
        if end - start > 2, tokens[end - 2].key == ",", tokens[end - 1].key.isAny(of: ["right", "correct", "yeah", "ok", "okay", "agreed"]) {
            end -= 2
        }
        let text: String
        if markerEnd == 0 {
            // Whole sentence (under a heading, or a marker at the end), minus a leading label.
            var first = 0
            if tokens.count > 2, tokens[1].key.isAny(of: [":"]), tokens[0].key.isAny(of: ["decision", "decided", "agreed", "решение", "итог"]) {
                first = 2
            }
            text = sentence.text(first..<end)
        } else {
            guard end > start else { return nil }
            // "We'll go with WordPress": a short object keeps its verb.
            let rest = tokens[start..<end].filter { $0.kind != .symbol }
            if rest.count < 3 && markerEnd - start < 3 {
                let from = tokens.prefix(markerEnd).lastIndex(where: { $0.key.isAny(of: ["go", "going", "with", "approved", "chose", "picked"]) }).map { max(0, $0 - 1) } ?? start
                text = sentence.text(min(from, start)..<end)
            } else {
                text = sentence.text(start..<end)
            }
            // "we decided last week", "agreed it yesterday": about an earlier meeting.
            if rest.allSatisfy({ $0.key.isAny(of: ["it", "that", "this", "last", "week", "yesterday", "already", "earlier", "before", "the", "them", "on"]) }) && rest.count <= 3 {
                return nil
            }
        }
        guard text.split(separator: " ").count >= 2 else { return nil }
        return DecisionMatch(text: text.trimmingCharacters(in: " ,;:-—–"), line: sentence.firstLine, leading: leading)
    }
}

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
struct NextContactRule {
    func matches(in sentence: SentenceView, context: RuleContext, dates: [DateMatch]) -> NextContactMatch? {
        // The next contact is after the meeting: the same day only with a time ("later today at 4pm").
        let upcoming = dates.filter { $0.date > context.referenceDate || ($0.date == context.referenceDate && $0.time != nil) }
        guard let first = upcoming.first else { return nil }
        let strength = signal(in: sentence, context: context, date: first)
        guard strength > 0 else { return nil }
        // The date nearest the meeting word: "…answers by Friday, and we do the workshop Thursday at 2pm".
        let anchor = anchorIndex(in: sentence, context: context) ?? first.range.lowerBound
        let date = upcoming.min { abs($0.range.lowerBound - anchor) < abs($1.range.lowerBound - anchor) } ?? first
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
                words.count > 1
            {
                return 3
            }
        }
        guard sentence.mask.contains(.contactStart) else { return 0 }
        if let noun = compiled.contactNouns.firstMatch(tokens, in: 0..<tokens.count) {
            let window = max(0, noun.index - 3)..<noun.index
            // "next one", "next time", "same time": the phrase is itself the next meeting.
            if lexicon.contactNextWords.contains(tokens[noun.index].key) || tokens[noun.index].key.isAny(of: ["same", "тот"]) { strength = 3 }
            else if window.contains(where: { lexicon.contactNextWords.contains(tokens[$0].key) }) { strength = 3 }
            else if noun.index + noun.length < tokens.count, lexicon.contactNextWords.contains(tokens[noun.index + noun.length].key) { strength = 3 }
            else if sentence.utterance.sectionTitle.map({ $0.lowercased().contains("next") }) == true { strength = 2 }
            else if tokens.contains(where: { $0.key.isAny(of: ["let's", "lets", "schedule", "scheduled", "book", "booked", "set", "давайте"]) }) { strength = 2 }
            else { strength = 1 }
        }
        if strength == 0, let verb = compiled.contactVerbs.firstMatch(tokens, in: 0..<tokens.count) {
            // "follow up with legal" is somebody's task; "follow up with you" / "with us" is the contact.
            let after = verb.index + verb.length
            let withOther = after + 1 < tokens.count && tokens[after].key == "with"
                && !tokens[after + 1].key.isAny(of: ["you", "us", "each", "them", "him", "her", "the", "вами", "тобой"])
            let subjectOK = verb.index == 0 || tokens[..<verb.index].contains {
                $0.key.isAny(of: ["let's", "lets", "we", "we'll", "i'll", "talk", "давайте", "мы", "then", "so", "and", "to"])
            } || lexicon.contactVerbs.contains(tokens[verb.index].key) && lexicon.code == "ru"
            if !withOther && subjectOK {
                // "Let's reconnect next Wednesday" is a plan; "we talked" or "I'll call" is weaker.
                strength = tokens[..<verb.index].contains(where: { $0.key.isAny(of: ["let's", "lets", "давайте"]) }) ? 2 : 1
            }
        }
        if strength == 0, tokens.first.map({ $0.key.isAny(of: ["talk", "see", "speak"]) }) == true,
            tokens.count > 1, tokens[1].key.isAny(of: ["to", "you"])
        {
            strength = 1  // "Talk to you Thursday", "See you on Monday"
        }
        // "Next retro: Tuesday Sep 29", "Next committee: Wednesday 9 December": the next meeting of its kind.
        if strength == 0, tokens.count > 2, tokens[0].key.isAny(of: ["next", "следующий", "следующая", "следующее"]),
            tokens[1].kind == .word, (date?.range.lowerBound ?? 2) > 1, lexicon.weekdays[tokens[1].key] == nil,
            !tokens[1].key.isAny(of: ["week", "month", "quarter", "year", "step", "steps", "неделе", "месяце"])
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
}

/// Open questions asked in the meeting and left open: lines under an "Open questions" heading,
/// "Open question:", "TBD", "to confirm", "unclear whether".
struct OpenQuestionRule {
    func matches(in sentence: SentenceView, context: RuleContext) -> String? {
        let tokens = sentence.tokens
        let text = sentence.fullText
        if sentence.utterance.section == .questions { return text }
        let keys = tokens.prefix(4).map(\.key)
        if keys.starts(with: ["open", "question"]) || keys.starts(with: ["tbd"]) || keys.starts(with: ["q", ":"])
            || keys.starts(with: ["открытый", "вопрос"]) || keys.starts(with: ["вопрос", ":"]) || keys.starts(with: ["to", "confirm"])
            || keys.starts(with: ["unclear"]) || keys.starts(with: ["tbc"])
        {
            return text
        }
        return nil
    }
}
