import FollowupDocument
import FollowupICU
import FollowupText

extension Analysis {
    /// Runs every rule family and assembles the record.
    mutating func run() -> ExtractionRecord {
        resolveMeetingDate()
        let context = self.context()
        let dateRule = DateRule()
        let amountRule = AmountRule()
        let actionRule = ActionItemRule()
        let decisionRule = DecisionRule()
        let contactRule = NextContactRule()
        let questionRule = OpenQuestionRule()

        var dates: [(DateMatch, SentenceView)] = []
        var amounts: [(AmountMatch, SentenceView)] = []
        var candidates: [ActionCandidate] = []
        var decisions: [DecisionMatch] = []
        var contacts: [NextContactMatch] = []
        var openQuestions: [(String, Int)] = []
        var pendingContact: (strength: Int, index: Int)?

        let families = options.families
        let runAmounts = families.contains(.amounts)
        let runContacts = families.contains(.nextContact)
        let runDecisions = families.contains(.decisions)
        let runItems = families.contains(.actionItems)
        let runQuestions = families.contains(.questions)
        // Deadlines and contacts need dates; dates run whenever one of them does.
        let runDates = families.contains(.dates) || runItems || runContacts
        for (index, sentence) in sentences.enumerated() {
            let sentenceDates = runDates ? dateRule.matches(in: sentence, context: context) : []
            dates += sentenceDates.map { ($0, sentence) }
            let sentenceAmounts = !runAmounts ? [] : amountRule.matches(in: sentence, context: context).filter { amount in
                // A number that is part of a date is not money.
                !sentenceDates.contains { $0.range.overlaps(amount.range) && amount.currency == nil }
            }
            amounts += sentenceAmounts.map { ($0, sentence) }
            var contact = runContacts ? contactRule.matches(in: sentence, context: context, dates: sentenceDates) : nil
            // "Should we do a follow-up once you've had a look? Maybe November 3 at 10am?": the date
            // comes a sentence or two after the meeting word.
            if contact == nil, let date = sentenceDates.first(where: { $0.date > referenceDate }), let pending = pendingContact,
                index - pending.index <= 3
            {
                contact = NextContactMatch(date: date, line: sentence.line(ofToken: date.range.lowerBound),
                                           strength: min(pending.strength, 2), text: sentence.fullText)
            }
            if let contact {
                contacts.append(contact)
                pendingContact = nil
            } else if sentenceDates.isEmpty && runContacts {
                let strength = contactRule.signal(in: sentence, context: context)
                if strength > 0 { pendingContact = (strength, index) }
            }
            let decision = runDecisions ? decisionRule.matches(in: sentence, context: context) : nil
            if runQuestions, let question = questionRule.matches(in: sentence, context: context) {
                if let decision { decisions.append(decision) }
                openQuestions.append((question, sentence.firstLine))
                continue
            }
            if contact != nil && contact!.strength >= 2 && sentence.utterance.section != .actionItems {
                if let decision, decision.leading { decisions.append(decision) }
                continue
            }
            guard runItems else {
                if let decision { decisions.append(decision) }
                continue
            }
            var found = actionRule.matches(in: sentence, index: index, context: context, dates: sentenceDates, analysis: self)
            // "I'll build the slides. By Monday.": a short fragment right after gives the deadline.
            for i in found.indices where found[i].due == nil {
                found[i].due = fragmentDate(after: index, rule: dateRule, context: context)
            }
            if let decision, found.isEmpty || decision.leading { decisions.append(decision) }
            candidates += found
        }

        let merged = mergeDuplicates(candidates)

        // Amounts, with ids.
        var amountRecords: [ExtractionRecord.Amount] = []
        var amountIDsByLine: [Int: [String]] = [:]
        for (offset, (amount, sentence)) in amounts.enumerated() {
            let id = "M\(offset + 1)"
            let line = sentence.line(ofToken: amount.range.lowerBound)
            amountRecords.append(ExtractionRecord.Amount(
                id: id, value: amount.value, currency: amount.currency, period: amount.period, text: amount.text,
                source: source(line, quote: sentence.fullText)))
            amountIDsByLine[line, default: []].append(id)
        }

        var questions: [ExtractionRecord.Question] = []
        var items: [ExtractionRecord.ActionItem] = []
        for (offset, candidate) in merged.enumerated() {
            let due = candidate.due.map {
                ExtractionRecord.Due(date: $0.date.iso, time: $0.time?.description, text: $0.text)
            }
            let ids = amountIDsByLine[candidate.line] ?? []
            items.append(ExtractionRecord.ActionItem(
                id: "A\(offset + 1)", task: candidate.task, owner: candidate.owner, due: due, amountIds: ids,
                source: source(candidate.line, quote: sentences[candidate.sentenceIndex].fullText)))
            if candidate.owner == nil {
                questions.append(question("action-without-owner", candidate.task, line: candidate.line, quote: sentences[candidate.sentenceIndex].fullText))
            }
            if let dueMatch = candidate.due {
                if dueMatch.date < referenceDate {
                    questions.append(question("deadline-in-past", candidate.task, line: candidate.line, quote: sentences[candidate.sentenceIndex].fullText))
                }
            } else {
                questions.append(question("action-without-deadline", candidate.task, line: candidate.line, quote: sentences[candidate.sentenceIndex].fullText))
            }
        }
        for amount in amountRecords where amount.period == nil {
            questions.append(question("amount-without-period", amount.text ?? "", line: amount.source?.line ?? 1))
        }
        for (date, sentence) in dates {
            if let other = date.otherReading {
                // "Does 12/4 mean 4 December or 12 April?": the numbers as written, both readings spelled out.
                let numeric = date.range.first { sentence.tokens[$0].kind == .number }.map { sentence.text($0..<date.range.upperBound) } ?? date.text
                var q = question("two-way-date", numeric, line: sentence.line(ofToken: date.range.lowerBound))
                q.text = q.text.replacing("{a}", with: spelledDate(date.date)).replacing("{b}", with: spelledDate(other))
                questions.append(q)
            }
        }
        for (text, line) in openQuestions { questions.append(question("open-question", text, line: line)) }
        questions.sort { ($0.source?.line ?? 0) < ($1.source?.line ?? 0) }

        let dateRecords = dates.map { date, sentence in
            ExtractionRecord.DateMention(text: date.text, date: date.date.iso, time: date.time?.description,
                                         source: source(sentence.line(ofToken: date.range.lowerBound), quote: sentence.fullText))
        }
        let decisionRecords = decisions.enumerated().map { offset, decision in
            ExtractionRecord.Decision(id: "D\(offset + 1)", text: decision.text, source: source(decision.line, quote: decision.text))
        }
        // The strongest mention wins; among equals, the latest (a later line updates an earlier plan).
        // "How about Monday? — Monday at 11 works": a time said right after completes it.
        let contact = contacts.max { ($0.strength, $0.line) < ($1.strength, $1.line) }.map { chosen -> ExtractionRecord.NextContact in
            var time = chosen.date.time
            if time == nil {
                time = dates.first { $0.0.date == chosen.date.date && $0.0.time != nil && $0.1.firstLine >= chosen.line && $0.1.firstLine <= chosen.line + 24 }?.0.time
            }
            return ExtractionRecord.NextContact(date: chosen.date.date.iso, time: time?.description, text: chosen.date.text, source: source(chosen.line, quote: chosen.text))
        }

        let meeting = ExtractionRecord.Meeting(
            title: document.title, date: referenceDate.iso, time: meetingTime?.description, timezone: options.timeZone,
            participants: document.participants.map { ExtractionRecord.Person(name: $0.name, email: $0.email) })
        return ExtractionRecord(
            source: document.source, language: lexicon.code, meeting: meeting, actionItems: items, decisions: decisionRecords,
            amounts: amountRecords, dates: dateRecords, questions: questions, nextContact: contact)
    }

    /// "4 December 2026" in the notes' language (ICU), or the ISO date if ICU cannot say it.
    private func spelledDate(_ date: CivilDate) -> String {
        let millis = Double(date.daysSinceEpoch) * 86_400_000
        guard let utc = ICUTimeZone("UTC"), let text = try? utc.format(utcMillis: millis, skeleton: "dMMMMy", locale: lexicon.icuLocale) else {
            return date.iso
        }
        return text
    }

    /// The input line an item came from. A very long line (a whole transcript on one line) is
    /// quoted by the sentence that holds the item, which is part of it: copying the whole line
    /// into every item would make output and time grow with the square of the line.
    private func source(_ line: Int, quote: String? = nil) -> ExtractionRecord.SourceRef {
        let length = line >= 1 && line <= document.lines.count ? document.lines.range(ofLine: line).count : 0
        if length > 600 {
            if let quote { return ExtractionRecord.SourceRef(line: line, text: quote) }
            let text = String(document.text.utf8Slice(document.lines.range(ofLine: line)).prefix(300)).trimmingWhitespace()
            return ExtractionRecord.SourceRef(line: line, text: text)
        }
        return ExtractionRecord.SourceRef(line: line, text: document.lineText(line))
    }

    private func question(_ reason: String, _ subject: String, line: Int, quote: String? = nil) -> ExtractionRecord.Question {
        let template = lexicon.questionTemplates[reason] ?? "{x}"
        return ExtractionRecord.Question(text: template.replacing("{x}", with: subject), reason: reason, source: source(line, quote: quote))
    }

    /// The person a request without a name is addressed to: whoever answers it next ("sure"),
    /// or the only other speaker of a two-person call.
    func addressee(of sentence: SentenceView) -> String? {
        let utterances = document.utterances
        let speaker = sentence.utterance.speaker
        guard sentence.utterance.speakerSpoke else { return nil }
        let next = sentence.utteranceIndex + 1
        if next < utterances.count, let nextSpeaker = utterances[next].speaker, nextSpeaker != speaker {
            let start = utterances[next].text.lowercased().prefix(40)
            let compiled = CompiledLexicon.shared(lexicon)
            if compiled.lexicon.affirmatives.contains(where: { start.hasPrefix($0) }) { return people.fullest(nextSpeaker) }
        }
        if speakers.count == 2, let speaker, let other = speakers.first(where: { $0 != speaker }) { return people.fullest(other) }
        return nil
    }

    /// The date of a short verbless fragment that follows sentence `index` in the same turn
    /// ("By Monday.", "Probably by Thursday."), if there is one.
    func fragmentDate(after index: Int, rule: DateRule, context: RuleContext) -> DateMatch? {
        for offset in 1...2 {
            if let date = fragmentDate(after: index, offset: offset, rule: rule, context: context) { return date }
        }
        return nil
    }

    private func fragmentDate(after index: Int, offset: Int, rule: DateRule, context: RuleContext) -> DateMatch? {
        guard index + offset < sentences.count else { return nil }
        let current = sentences[index]
        let next = sentences[index + offset]
        let sameTurn = next.utteranceIndex == current.utteranceIndex
            || (next.utterance.speaker != nil && next.utterance.speaker == current.utterance.speaker && next.utteranceIndex == current.utteranceIndex + 1)
        guard sameTurn, next.tokens.count <= 8 else { return nil }
        let dates = rule.matches(in: next, context: context)
        guard let date = dates.first else { return nil }
        // The fragment must be mostly the date: "By Monday.", "Hopefully Friday at the latest."
        let words = next.tokens.filter { $0.kind != .symbol }.count
        let dateWords = next.tokens[date.range].filter { $0.kind != .symbol }.count
        return words - dateWords <= 3 ? date : nil
    }

    /// One item per task: a task said in the transcript and again in a recap merges, keeping the
    /// first mention's line and filling in an owner or deadline the other gives. A reply that
    /// only points back ("I'll do that by Friday") completes the task it answers.
    func mergeDuplicates(_ candidates: [ActionCandidate]) -> [ActionCandidate] {
        var result: [ActionCandidate] = []
        var signatures: [Set<String>] = []
        var byWord: [String: [Int]] = [:]
        for candidate in candidates {
            if candidate.isReference {
                var index = result.count - 1
                while index >= 0, candidate.sentenceIndex - result[index].sentenceIndex <= 8 {
                    if result[index].owner == nil || candidate.owner == nil || result[index].owner == candidate.owner {
                        if result[index].due == nil { result[index].due = candidate.due }
                        if result[index].owner == nil { result[index].owner = candidate.owner }
                        if candidate.owner != nil { result[index].isUnclaimed = false }
                        break
                    }
                    index -= 1
                }
                continue
            }
            let words = Analysis.contentWords(candidate.task, lexicon)
            // Only items sharing a word can be duplicates: look them up, not every item.
            var seen = Set<Int>()
            var existing: Int?
            for word in words {
                // A recap repeats tasks of the same meeting: look back a bounded window, so a huge
                // file stays linear.
                for index in (byWord[word] ?? []).reversed() {
                    if index < result.count - 500 { break }
                    guard seen.insert(index).inserted else { continue }
                    let other = result[index]
                    guard other.owner == nil || candidate.owner == nil || other.owner == candidate.owner else { continue }
                    if Analysis.similar(words, signatures[index]) && (existing == nil || index < existing!) { existing = index }
                }
            }
            if let existing {
                if result[existing].owner == nil { result[existing].owner = candidate.owner }
                if result[existing].due == nil { result[existing].due = candidate.due }
                continue
            }
            for word in words { byWord[word, default: []].append(result.count) }
            result.append(candidate)
            signatures.append(words)
        }
        // Nobody took it: "someone needs to…" stays talk, not a task.
        return result.filter { !$0.isUnclaimed }
    }

    static let taskStopWords: Set<String> = ["the", "a", "an", "to", "of", "for", "and", "on", "in", "with", "by", "it", "this", "that", "our", "their", "your", "my", "them", "us", "me", "over", "up", "out", "и", "в", "на", "по", "с", "к", "до"]

    static func contentWords(_ text: String, _ lexicon: Lexicon) -> Set<String> {
        let stop = Analysis.taskStopWords
        var words = Set<String>()
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            let w = String(word)
            if stop.contains(w) || lexicon.stopWords.contains(w) { continue }
            // Crude stem so "sends"/"send", "прислать"/"пришлю" meet: the first five letters.
            words.insert(String(w.prefix(5)))
        }
        return words
    }

    static func similar(_ a: Set<String>, _ b: Set<String>) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        let common = a.intersection(b).count
        let smaller = min(a.count, b.count)
        return Double(common) / Double(smaller) >= 0.75 && common >= 2 || Double(common) / Double(a.union(b).count) >= 0.6
    }

    /// The meeting's date and time from the header lines, when `--date` did not set them.
    mutating func resolveMeetingDate() {
        if options.date != nil {
            meetingTime = options.time
            return
        }
        let context = RuleContext(lexicon: lexicon, referenceDate: options.fallbackDate, referenceTime: nil, people: people,
                                  locale: options.locale, spellOut: nil, format: document.format, compiled: CompiledLexicon.shared(lexicon))
        let rule = DateRule()
        var found: CivilDate?
        for (line, text) in document.headerLines {
            let lower = text.lowercased()
            let labelled = ["date", "when", "дата", "datum", "fecha", "time", "время"].contains { lower.hasPrefix($0) }
            var utterance = Utterance(speaker: nil, speakerSpoke: false, text: text, line: line)
            utterance.section = .body
            guard let segmented = try? segmenter.sentences(in: text) else { continue }
            for sentence in segmented {
                let view = SentenceView(utteranceIndex: 0, utterance: utterance, sentence: sentence, compiled: context.compiled)
                for match in rule.matches(in: view, context: context) where match.isAbsolute {
                    let share = Double(match.range.count) / Double(max(1, sentence.tokens.count))
                    let hasYear = view.text(match.range).contains { $0.isNumber } && match.text.split(whereSeparator: { !$0.isNumber }).contains { $0.count == 4 }
                    if labelled || hasYear || share >= 0.5 {
                        found = match.date
                        if meetingTime == nil { meetingTime = match.time }
                        break
                    }
                }
                if found != nil { break }
            }
            if found != nil { break }
        }
        if found == nil, let metadata = document.metadataDate, let date = CivilDate(iso: metadata.prefix(10)) { found = date }
        if let found { referenceDate = found }
    }
}
