import FollowupText

/// The record's questions: what the follow-up should ask, each with the line it is about.
extension Analysis {
    /// An item without owner or deadline, a deadline already past, an amount without period, a
    /// numeric date with two readings, and the meeting's own open questions, in line order.
    func questions(items: [ActionCandidate], amounts: [ExtractionRecord.Amount], rates: Set<String>, kept: KeptFindings) -> [ExtractionRecord.Question] {
        var questions: [ExtractionRecord.Question] = []
        for candidate in items {
            let quote = sentences[candidate.sentenceIndex].fullText
            // A transcript without speaker names ("I'll send you the agreement" in a Whisper file): whoever said it was
            // on the call; asking the other side who it was reads as nonsense. The check before sending names it.
            if candidate.owner == nil, sentences[candidate.sentenceIndex].utterance.spokenByNobodyNamed { continue }
            // The author's own task: the author knows who does it.
            if candidate.owner == nil, !candidate.byAuthor {
                questions.append(question(.actionWithoutOwner, candidate.task, line: candidate.line, quote: quote))
            }
            if let due = candidate.due {
                if due.date < referenceDate {
                    questions.append(question(.deadlineInPast, candidate.task, line: candidate.line, quote: quote))
                }
            } else {
                questions.append(question(.actionWithoutDeadline, candidate.task, line: candidate.line, quote: quote))
            }
        }
        // Asked once per sum, and not when the notes give that sum a period elsewhere ("the 1,800 EUR
        // rate" after "1,800 EUR per month"), when it is a rate per hour or per event, or a budget said
        // only in passing (a ceiling or an envelope, not a payment: "one-time or monthly?" reads as
        // nonsense); a budget the follow-up restates, in a decision or a task, is asked about.
        // Readers found "one-time or monthly?" nonsense for a bare "16.5k", a price per label or per seat
        // ("$83 per label", "1 710 ₽/польз."; it settles its sum too: "41,25 $/sac" then "soumission révisée à
        // 41,25 $"), a sum on a line that says its period in passing ("330 000 ₽ gross/мес", "$189 each one-time
        // (= $2,835)"), and one that recurs in no way ("a 5% discount (−186 000 ₽)", "a $2M bridge on a SAFE",
        // "any deal over $50,000", "итого 348 000 руб.") or is said for a year ("FY26 opex $4.1M"), also where an action
        // table repeats it.
        var settled = Set(amounts.filter { amount in
            amount.period != nil || rates.contains(amount.id ?? "") || linePeriod(amount.source?.text ?? "")
                || lexicon.needsNoPeriod(amount.text ?? "", in: amount.source?.text ?? "") || periodAnswered(amount)
        }.map(\.sumKey))
        let restatedLines = Set(kept.decisions.map(\.line) + items.map(\.line))
        // "188-192k" read as two sums is still one thing said once.
        var asked = Set<String>()
        // Sums with a period or a rate, which a counter-offer near them answers (`counters`); computed once.
        let priced = amounts.filter { ($0.period != nil || rates.contains($0.id ?? "")) && $0.value > 0 }
        for amount in amounts where amount.period == nil && amount.isRestated && amount.superseded != true && !counters(amount, priced: priced) {
            if amount.role == ExtractionRecord.AmountRole.budget.rawValue, !restatedLines.contains(amount.source?.line ?? -1) { continue }
            // "$0.01 off on some overdue fines": less than one unit of money is a rounding or a unit's price, not a payment.
            if amount.value < 1 { continue }
            // A bare "16.5k" after "$16.5k/mo": the same sum, whose period the notes gave.
            if amount.currency == nil, amounts.contains(where: { $0.value == amount.value && $0.period != nil }) { continue }
            guard settled.insert(amount.sumKey).inserted,
                asked.insert("\(amount.source?.line ?? 0) \(amount.text ?? "")").inserted
            else { continue }
            questions.append(question(.amountWithoutPeriod, amount.text ?? "", line: amount.source?.line ?? 1))
        }
        for (date, sentence) in kept.dates {
            if let other = date.otherReading {
                // "Does 12/4 mean 4 December or 12 April?": the numbers as written, both readings spelled out.
                let numeric = date.range.first { sentence.tokens[$0].kind == .number }.map { sentence.text($0..<date.range.upperBound) } ?? date.text
                var q = question(.twoWayDate, numeric, line: sentence.line(ofToken: date.range.lowerBound))
                q.text = q.text.replacing(QuestionPlaceholder.firstReading, with: lexicon.spelled(date.date))
                    .replacing(QuestionPlaceholder.secondReading, with: lexicon.spelled(other))
                questions.append(q)
            }
        }
        for (text, line) in kept.openQuestions where !settledLater(text, line: line, decisions: kept.decisions) {
            questions.append(question(.openQuestion, text, line: line))
        }
        questions.sort { ($0.source?.line ?? 0) < ($1.source?.line ?? 0) }
        return questions
    }

    /// "## Open points: Payment terms: they ask for net 60" and then "## Agreed: Net 45 payment terms": a point
    /// whose topic (before its colon or dash) a later decision names, half its words or more, was settled in the
    /// meeting, and is not asked.
    private func settledLater(_ text: String, line: Int, decisions: [DecisionMatch]) -> Bool {
        // A question the point asks ("Hosting: EU or US region?") is not answered by a decision that names its topic.
        guard !text.contains("?") else { return false }
        let separators = [": ", " — ", " – ", " - "]
        guard let end = separators.compactMap({ text.range(of: $0)?.lowerBound }).min() else { return false }
        let topic = text[..<end].lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard (1...5).contains(topic.count) else { return false }
        let words = topic.map(String.init).filter { $0.count >= 4 && !lexicon.stopWords.contains($0) }
        return !words.isEmpty && decisions.contains { decision in
            guard decision.line > line else { return false }
            let text = decision.text.lowercased()
            let said = words.filter { text.containsWholeWord($0) }.count
            return said > 0 && 2 * said >= words.count
        }
    }

    /// How far (in lines) and how close in size a counter-offer stands to the price it answers.
    static let counterReach = 40
    static let counterRatio = 0.85...1.18

    /// "390 euros HT par mois" … "je peux descendre à 360", "$21 per pallet per month" … "I can do $20.25": a sum
    /// near another of about its size and currency that has a period (or is a rate) answers it, and shares its period.
    /// `priced` is in line order: only the sums within reach are read, so a long transcript stays linear.
    func counters(_ amount: ExtractionRecord.Amount, priced: [ExtractionRecord.Amount]) -> Bool {
        let line = amount.source?.line ?? 0
        let first = Self.partitionPoint(priced) { ($0.source?.line ?? 0) < line - Self.counterReach }
        return priced[first...].prefix { ($0.source?.line ?? 0) <= line + Self.counterReach }.contains { other in
            (other.currency == amount.currency || other.currency == nil || amount.currency == nil) && Self.counterRatio.contains(amount.value / other.value)
        }
    }

    /// The index of the first element of `elements` that is not `before`, all those before it being so (a binary search).
    static func partitionPoint<C: RandomAccessCollection>(_ elements: C, before: (C.Element) -> Bool) -> C.Index {
        var low = elements.startIndex
        var count = elements.count
        while count > 0 {
            let half = count / 2
            let middle = elements.index(low, offsetBy: half)
            if before(elements[middle]) {
                low = elements.index(after: middle)
                count -= half + 1
            } else {
                count = half
            }
        }
        return low
    }

    /// Turns after a sum in which a short sentence may still say its period.
    static let periodAnswerTurns = 2
    /// Words of such a sentence at most: an answer, not another topic.
    static let periodAnswerWords = 5

    /// "We quoted that at $12,500." "Is that one-time?" "One-time, yeah.": a short sentence of the next turns that says
    /// a period and no number, and asks nothing, gave the sum its period in the meeting.
    private func periodAnswered(_ amount: ExtractionRecord.Amount) -> Bool {
        guard let line = amount.source?.line else { return false }
        // The first sentence after the sum's line (sentences are in line order).
        let low = Self.partitionPoint(sentences) { $0.firstLine <= line }
        guard low > 0, low < sentences.count else { return false }
        let turn = sentences[low - 1].utteranceIndex
        return sentences[low...].prefix { $0.utteranceIndex <= turn + Self.periodAnswerTurns }.contains { sentence in
            let words = sentence.tokens.filter { $0.kind == .word }.count
            return words <= Self.periodAnswerWords && !sentence.endsWithQuestionMark && !sentence.tokens.contains { $0.kind == .number }
                && linePeriod(sentence.fullText)
        }
    }

    /// Whether a line names a period anywhere ("/mo", "в месяц", "one-time"): the sum on it is said with it.
    /// Keys of one or two letters ("pm", "pa", "/m") are left out: "3pm" says no period.
    private func linePeriod(_ text: String) -> Bool {
        // "75 €/utilisateur/mois": a key that starts or ends with a sign needs no space there.
        text.lowercased().containsWholeWord(anyOf: CompiledLexicon.shared(lexicon).periodNames)
    }

    private func question(_ reason: ExtractionRecord.QuestionReason, _ subject: String, line: Int, quote: String? = nil) -> ExtractionRecord.Question {
        ExtractionRecord.Question(text: lexicon.question(reason, about: subject), reason: reason.rawValue, source: source(line, quote: quote))
    }
}
