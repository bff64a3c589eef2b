import FollowupDocument
import FollowupText

extension Analysis {
    /// "pesos" takes the one peso code the notes write out elsewhere (ARS, COP, MXN); with none or
    /// several, the lexicon's default stays.
    func resolveSharedCurrencies(_ amounts: inout [ExtractionRecord.Amount]) {
        for (word, codes) in lexicon.sharedCurrencyWords {
            func says(_ amount: ExtractionRecord.Amount) -> Bool {
                amount.text.map { $0.lowercased().split(whereSeparator: { !$0.isLetter }).contains { $0 == word } } ?? false
            }
            let written = Set(amounts.filter { !says($0) }.compactMap(\.currency).filter { codes.contains($0) })
            guard written.count == 1, let code = written.first else { continue }
            for index in amounts.indices where says(amounts[index]) { amounts[index].currency = code }
        }
    }

    /// The extraction record of what assembly kept: ids in document order, every item with its
    /// source line, amounts linked to the items of their line said in the item's sentence or before it ("Could be
    /// $45,000 back. I'll call the accountant about it."); a later sentence is another clause ("You'll get the analysis
    /// by Friday. And we'll credit you $3,200." gives the analysis no price).
    func record(from kept: KeptFindings) -> ExtractionRecord {
        var amountRecords: [ExtractionRecord.Amount] = []
        var amountIDsByLine: [Int: [(id: String, sentence: Int)]] = [:]
        // "180 CHF de l'heure": a rate, which the contract's periods do not name and nobody should be asked about.
        var rates = Set<String>()
        let decisionLines = Set(kept.decisions.map(\.line))
        let accepted = kept.decisions.filter(\.accepted) + kept.taken
        let compiled = CompiledLexicon.shared(lexicon)
        let said = withConversationCurrency(withoutWeights(withoutCounts(kept.amounts)))
        for (offset, (amount, sentence)) in said.enumerated() {
            let id = ExtractionRecord.amountIDPrefix + String(offset + 1)
            let line = sentence.line(ofToken: amount.range.lowerBound)
            // No role word: an amount in a decision was agreed; any other was put on the table.
            var role = amount.role ?? (decisionLines.contains(line) ? .agreed : .offered)
            if role == .offered || role == .requested, turnedDown(after: sentence, compiled) { role = .rejected }
            // Offered or asked for in the terms another speaker took: agreed ("You asked for 12,000. What if we do
            // 9,500?" "That works.": only the 9,500).
            if role == .offered || role == .requested, accepted.contains(where: { $0.line == line && $0.text.contains(amount.text) }) {
                role = .agreed
            }
            let period = amount.period == Lexicon.unitRate ? nil : amount.period
            if amount.period == Lexicon.unitRate { rates.insert(id) }
            amountRecords.append(ExtractionRecord.Amount(
                id: id, value: Self.settled(amount.value), currency: amount.currency, period: period, role: role.rawValue, text: amount.text,
                source: source(line, quote: sentence.fullText)))
            // An item carries only amounts the follow-up restates (a past price beside a task is not the task's).
            if role.isRestated { amountIDsByLine[line, default: []].append((id, sentence.index)) }
        }

        resolveSharedCurrencies(&amountRecords)
        let initialOffers = CompiledLexicon.shared(lexicon).initialOffers
        // "Исходное КП: 210 000 руб./мес.": the phrase may be the line's label.
        let initial = said.map { _, sentence in
            initialOffers.contains(sentence.tokens, in: 0..<sentence.tokens.count)
                || sentence.utterance.speakerSpoke == false && sentence.utterance.speaker.map { label in
                    lexicon.initialOfferPhrases.contains { (" " + label.lowercased() + " ").contains(" " + $0 + " ") }
                } == true
        }
        for index in ExtractionRecord.supersededSums(amountRecords, spoken: said.map(\.1.utterance.speakerSpoke), initial: initial) {
            amountRecords[index].superseded = true
        }

        let next = nextContact(kept)
        // "Со мной Артём Кузнецов, руководитель нашего сортировочного центра": the colleague introduced, no task.
        let introduced = introducedColleagues()
        let candidates = withoutThirdPartyTalk(withNextMeetingDeadlines(kept.candidates, next: next)).filter { candidate in
            candidate.owner.flatMap { introduced[$0]?.sentence } != candidate.sentenceIndex && !apologizes(candidate)
        }
        let items = candidates.enumerated().map { offset, candidate in
            let due = candidate.due.map { ExtractionRecord.Due(date: $0.date.iso, time: $0.time?.description, text: $0.text) }
            return ExtractionRecord.ActionItem(
                id: ExtractionRecord.actionIDPrefix + String(offset + 1), task: candidate.task, owner: candidate.owner.map(NameText.visible), due: due,
                amountIds: (amountIDsByLine[candidate.line] ?? []).filter { $0.sentence <= candidate.sentenceIndex }.map(\.id),
                source: source(candidate.line, quote: sentences[candidate.sentenceIndex].fullText),
                byAuthor: candidate.byAuthor && candidate.owner == nil, saidByOwner: candidate.saidByOwner,
                speakerUnnamed: sentences[candidate.sentenceIndex].utterance.spokenByNobodyNamed)
        }
        let questions = questions(items: candidates, amounts: amountRecords, rates: rates, kept: kept)

        let dateRecords = kept.dates.map { date, sentence in
            ExtractionRecord.DateMention(text: date.text, date: date.date.iso, time: date.time?.description,
                                         source: source(sentence.line(ofToken: date.range.lowerBound), quote: sentence.fullText))
        }
        let decisionRecords = kept.decisions.enumerated().map { offset, decision in
            ExtractionRecord.Decision(id: ExtractionRecord.decisionIDPrefix + String(offset + 1), text: decision.text,
                                      source: source(decision.line, quote: decision.text))
        }
        var meeting = ExtractionRecord.Meeting(
            title: document.title, date: referenceDate.iso, time: meetingTime?.description, timezone: statedZone() ?? (options.timeZoneIsChosen ? options.timeZone : nil),
            participants: FormsOfAddress(document.text, names: document.participants.map(\.name), lexicon: lexicon).people(document.participants))
        for index in meeting.participants.indices { meeting.participants[index].introducedBy = introduced[meeting.participants[index].name]?.by }
        var record = ExtractionRecord(
            source: document.source, language: lexicon.code, meeting: meeting, actionItems: items, decisions: decisionRecords,
            amounts: amountRecords, dates: dateRecords, questions: questions, nextContact: next)
        record.meetingDateIsFallback = dateIsFallback
        record.informal = addressesInformally()
        record.privateLines = document.privateLines.union(afterCallLines).sorted()
        record.transcribed = document.format.isTranscript
        record.apologies = apologies(outside: Set(record.privateLines))
        return record
    }

    /// "C$16.4 million" is 16,400,000, not the 16,399,999.999999998 that binary fractions make of 16.4 × 10⁶: to four
    /// decimals (a rate of "$0.0035 per message" keeps its own), whole units past what a double holds to four.
    static func settled(_ value: Double) -> Double {
        abs(value) < 1e11 ? (value * 10_000).rounded() / 10_000 : value.rounded()
    }

    /// The strongest mention wins; among equals, the latest (a later line updates an earlier plan); a private note's
    /// ("note to self: talk to Raj 1:1 this wk") is no contact of the meeting's.
    /// "How about Monday? — Monday at 11 works": a time said right after completes it.
    private func nextContact(_ kept: KeptFindings) -> ExtractionRecord.NextContact? {
        // Order breaks a tie on one line: "…for after the holidays. Wednesday January 6th?" names the day last.
        (kept.contacts.enumerated().filter { !document.privateLines.contains($0.element.line) }.max { ($0.element.strength, $0.element.line, $0.offset) < ($1.element.strength, $1.element.line, $1.offset) }
            .map(\.element) ?? agreedSlot(in: kept)).map { chosen in
            var time = chosen.date.time
            // "Same time tomorrow for standup": this meeting's own time, or one said right after ("Same time next week?"
            // "Next Monday at 9:30."), not another thing's said earlier for that day ("code freeze is tomorrow at noon", set 32).
            let sameTime = chosen.text.lowercased().containsWholeWord(anyOf: Set(lexicon.words(.sameWord)))
            if time == nil {
                time = kept.dates.first { $0.0.date == chosen.date.date && $0.0.time != nil && $0.1.firstLine >= chosen.line && $0.1.firstLine <= chosen.line + 24 }?.0.time
            }
            // "Can we meet Thursday the twentieth, two p.m. Pacific?" … "Talk Thursday.": the day said again without the
            // time the contact was set for (not a deadline's time on that day: "tomorrow by noon").
            if time == nil, sameTime { time = meetingTime }
            if time == nil, !sameTime {
                let deadlineWords = CompiledLexicon.shared(lexicon).deadlineWords
                time = kept.dates.last { date, sentence in
                    date.date == chosen.date.date && date.time != nil && sentence.firstLine < chosen.line && sentence.firstLine >= chosen.line - 24
                        && !date.isDeadline && !deadlineWords.contains(sentence.tokens, in: 0..<sentence.tokens.count)
                }?.0.time
            }
            return ExtractionRecord.NextContact(date: chosen.date.date.iso, time: time?.description, text: chosen.date.text,
                                                source: source(chosen.line, quote: chosen.text))
        }
    }

    /// "…и я прошу прощения от лица компании": the verb of an apology ("прошу", "pido") asks for nothing.
    func apologizes(_ candidate: ActionCandidate) -> Bool {
        let tokens = sentences[candidate.sentenceIndex].tokens
        guard candidate.verb < tokens.count,
            let apology = CompiledLexicon.shared(lexicon).apologies.firstMatch(tokens, in: max(0, candidate.verb - 3)..<(candidate.verb + 1))
        else { return false }
        return apology.index + apology.length > candidate.verb
    }

    /// The input line an item came from. A very long line (a whole transcript on one line) is
    /// quoted by the sentence that holds the item, which is part of it: copying the whole line
    /// into every item would make output and time grow with the square of the line.
    func source(_ line: Int, quote: String? = nil) -> ExtractionRecord.SourceRef {
        let length = line >= 1 && line <= document.lines.count ? document.lines.range(ofLine: line).count : 0
        if length > 600 {
            if let quote { return ExtractionRecord.SourceRef(line: line, text: quote) }
            let text = String(document.text.utf8Slice(document.lines.range(ofLine: line)).prefix(300)).trimmingWhitespace()
            return ExtractionRecord.SourceRef(line: line, text: text)
        }
        return ExtractionRecord.SourceRef(line: line, text: document.lineText(line))
    }
}
