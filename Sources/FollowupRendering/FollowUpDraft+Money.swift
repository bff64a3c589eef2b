import Foundation
import FollowupExtraction
import FollowupText

/// Money in the follow-up: the decisions with the sums they say, and each other sum restated with its period, under
/// "What we agreed" when the meeting took it and under "Also discussed" when one side only asked for it or can spend it.
extension FollowUpDraft {
    /// What we agreed: each decision, with the amounts on its line or quoted in it restated (their indices into
    /// `record.amounts` join `restated`).
    static func decisions(facts: MeetingFacts, format: LocalFormatter, restated: inout Set<Int>) -> [String] {
        let record = facts.record
        // A long transcript has thousands of decisions and amounts: only the amounts on the decision's line or whose first
        // word the decision says are read (compared lower-cased by the standard library, not by Foundation's localized search).
        let amountTexts = record.amounts.map { $0.text.map { singleLine($0).lowercased() } }
        var amountsByLine: [Int: [Int]] = [:]
        var amountsByFirstWord: [Substring: [Int]] = [:]
        for (index, amount) in record.amounts.enumerated() where amount.isRestated {
            if let line = amount.source?.line { amountsByLine[line, default: []].append(index) }
            if let first = amountTexts[index].flatMap({ FollowUpDraft.words($0).first }) { amountsByFirstWord[first, default: []].append(index) }
        }
        let speakerNames = record.meeting.participants.map(\.name)
        return record.decisions.map { decision in
            // "Ja, 14. Jänner bleibt fix", "Entonces el cincuenta por ciento…": said in a call, its opening word is talk.
            let source = decision.source.map { singleLine($0.text) } ?? ""
            let spoken = !source.isEmpty && spokenWords(source, speakers: speakerNames) != source
            let text = FollowUpDraft.sentenceCased(FollowUpDraft.withoutOpener(shownText(decision.text), facts.lexicon, spoken: spoken))
            let lowered = text.lowercased()
            var candidates = Set(decision.source.flatMap { amountsByLine[$0.line] } ?? [])
            for word in FollowUpDraft.words(lowered) { candidates.formUnion(amountsByFirstWord[word] ?? []) }
            var mentioned: [String] = []
            for index in candidates.sorted() {
                let amount = record.amounts[index]
                // "Décision : on retient Axelis. Objectif : … sous les 2 200 € HT/mois": the same line, another sentence.
                let sameLine = decision.source != nil && decision.source?.line == amount.source?.line
                    && FollowUpDraft.sameSentence(decision.text, amount.text, in: decision.source?.text ?? "")
                let quoted = amountTexts[index].map { !$0.isEmpty && FollowUpDraft.quotes(lowered, $0) } ?? false
                guard sameLine || quoted else { continue }
                restated.insert(index)
                // "compromise: $3,500 one-time onboarding. agreed" quotes the "$3,500" of a later line read as yearly: the
                // decision's own line says what that sum is.
                if !sameLine, let line = decision.source?.line,
                    amountsByLine[line]?.contains(where: { record.amounts[$0].value == amount.value && record.amounts[$0].currency == amount.currency }) == true
                {
                    continue
                }
                // "2.500 USD al mes", "18.000 EUR" said in the decision itself are not said again in brackets
                // (an amount without a period is asked about instead); "the $1,200" whose period the notes
                // give elsewhere is restated with it.
                let stated = FollowUpDraft.withKnownPeriod(amount, in: record)
                if quoted, stated.period == nil || FollowUpDraft.statesPeriod(of: stated, in: text, language: record.language) { continue }
                // "4 850 € HT, déduites de la facture" read twice on its line is said once.
                let said = format.amount(stated)
                if !mentioned.contains(said) { mentioned.append(said) }
            }
            return mentioned.isEmpty ? text : text + " (" + mentioned.joined(separator: "; ") + ")"
        }
    }

    /// The sums no decision or item said, one line per source line: (what we agreed, also discussed).
    /// - Parameter said: the sums the decisions restated (a step's sum is said again where it was agreed).
    static func restatedSums(record: ExtractionRecord, format: LocalFormatter, restated: inout Set<Int>, said: Set<Int>) -> (agreed: [String], discussed: [String]) {
        // Money said with its period belongs in what was agreed, restated ("USD 39 per month"), one
        // line per source line, so "per month or per quarter?" never has to be asked later; money
        // said only for context (last year's spend, a competitor's quote) or turned down is not.
        var byLine: [(line: Int, text: String, amounts: [String])] = []
        // "3.200 EUR al mes" asked and then confirmed in a transcript is restated once.
        var sameAmounts = Set(said.map { record.amounts[$0].sumKey })
        // "Обсуждали повышение с 299 ₽ до 349 ₽ в месяц", then "Остаётся 299 ₽ в месяц": a sum said as a budget or a request
        // and then taken is restated where it was taken, not skipped there as already said.
        let notTaken: Set<String?> = [ExtractionRecord.AmountRole.requested.rawValue, ExtractionRecord.AmountRole.budget.rawValue]
        let takenSums = Set(record.amounts.filter { $0.isRestated && $0.superseded != true && !notTaken.contains($0.role) }.map(\.sumKey))
        // "## Open: … implementation fee of £35,000: they asked for it to be waived": an amount in a point the
        // meeting left open is asked about with its point, never restated as agreed.
        let openPoints = record.questions.filter { $0.reason == ExtractionRecord.QuestionReason.openQuestion.rawValue }
        for (index, amount) in record.amounts.enumerated() where !restated.contains(index) {
            guard let line = amount.source?.line, let text = amount.text.map(singleLine), !text.isEmpty else { continue }
            if openPoints.contains(where: { $0.source?.line == line && singleLine($0.text).contains(text) }) { restated.insert(index) }
        }
        // An agreed price per unit ("cerramos en $83 MXN por guía") has no period and is restated too; what was on the
        // table before the sum agreed for it is not.
        let speakers = record.meeting.participants.map(\.name)
        let lexicon = Lexicons.lexicon(for: record.language)
        for (index, amount) in record.amounts.enumerated()
        where !restated.contains(index) && amount.superseded != true && amount.isRestated && (amount.period != nil || amount.role == ExtractionRecord.AmountRole.agreed.rawValue) && amount.currency != nil {
            guard let source = amount.source, byLine.count < 5 || byLine.contains(where: { $0.line == source.line }),
                !(notTaken.contains(amount.role) && takenSums.contains(amount.sumKey))
            else { continue }
            // "pedía 1,52 €/kg. Tras la negociación se acuerda 1,35 € por kilo": the line's agreement is its decision;
            // what was asked before it is no second agreement (the sender's review lists it).
            if amount.role == ExtractionRecord.AmountRole.requested.rawValue, record.decisions.contains(where: { $0.source?.line == source.line }) {
                continue
            }
            restated.insert(index)
            guard sameAmounts.insert(amount.sumKey).inserted else { continue }
            let jsonText = FollowUpDraft.jsonStringValue(source.text)
            let sourceText = jsonText ?? source.text
            let words = shownText(spokenWords(sourceText, speakers: speakers)).trimmingCharacters(in: CharacterSet(charactersIn: " -*•–—\t"))
            // Only the clause with the amount: not "Una cosa:" before it nor "¿verdad?" after it.
            // "current price $42, they push for $38": a line that also holds money said only for context
            // gives the restated amount's own clause, so the context is not restated as agreed.
            // Only a spoken line ("<v Sofía>…", "Ana: …", any line of a transcript) is cut to its clause: a line of notes
            // says its label ("Licencia anual: 9.600 EUR al año") on purpose.
            let context = record.amounts.contains { $0.source?.line == source.line && !$0.isRestated }
            // A Whisper segment's text is spoken too, with its speaker elsewhere.
            let spoken = record.transcribed || jsonText != nil || words != shownText(singleLine(sourceText)).trimmingCharacters(in: CharacterSet(charactersIn: " -*•–—\t"))
            // A line whose other sentence is a decision ("Twenty bucks a pallet, one year. Pick and pack stays at
            // $1.15."): that decision is said already, this amount's own sentence is what is added.
            let decided = record.decisions.contains { $0.source?.line == source.line }
            func cut(_ said: String) -> String {
                clause(around: singleLine(said), in: words, language: record.language, atCommas: context, wholeSentence: !spoken && !context)
            }
            var text = amount.text.map { spoken || context || decided ? cut($0) : words } ?? words
            // "…pour 350 salariés, on est à 12 euros par salarié et par mois, tout compris. Et il y a des frais de mise en
            // place, 8 000 euros": a sum of the turn put on the table without a period is restated with the one that has
            // one, before it as said, or the cut would drop the price itself.
            var saidBefore: String?
            if spoken, !context, !decided, let start = words.range(of: text)?.lowerBound {
                saidBefore = record.amounts.filter { other in
                    other.source?.line == source.line && other.isRestated && other.superseded != true && other.currency != nil && other.period == nil
                }.compactMap { $0.text.map(cut) }.first { !text.contains($0) && (words.range(of: $0)?.lowerBound).map { $0 < start } == true }
            }
            // A bullet, not a sentence: no full stop at its end, as the other items; said aloud, without "So," or "and" first.
            if text.hasSuffix("."), !text.hasSuffix("..") { text.removeLast() }
            if spoken { text = FollowUpDraft.withoutOpener(text, lexicon, spoken: true) }
            if let existing = byLine.firstIndex(where: { $0.line == source.line }) {
                guard !FollowUpDraft.says(amount, in: byLine[existing].text, language: record.language) else { continue }
                // "the fixed fee is $48,000 … Hosting is $250/mo after launch": a sum of the line's next sentence adds that sentence.
                if text != words, !byLine[existing].text.contains(text), FollowUpDraft.says(amount, in: text, language: record.language) {
                    let joined = FollowUpDraft.withoutOpener(text, lexicon, spoken: true)
                    byLine[existing].text += "; " + FollowUpDraft.lowerFirst(joined, keeping: speakers)
                } else {
                    byLine[existing].amounts.append(format.amount(amount))
                }
            } else {
                if var first = saidBefore {
                    if first.hasSuffix(".") { first.removeLast() }
                    text = FollowUpDraft.withoutOpener(first, lexicon, spoken: true) + "; " + FollowUpDraft.lowerFirst(text, keeping: speakers)
                }
                byLine.append((source.line, text, FollowUpDraft.says(amount, in: text, language: record.language) ? [] : [format.amount(amount)]))
            }
        }
        // What one side only asked for or can spend ("Samuel proposed a 3% COLA in the FY2028 budget (approx. $41,000 per
        // year)", "Наталья запросила 600 000 ₽ в месяц", "the band is $125-140k a year") is restated with its period, but
        // not as agreed.
        let onlyDiscussed = Set(byLine.map(\.line).filter { line in
            record.amounts.allSatisfy { $0.source?.line != line || !$0.isRestated || notTaken.contains($0.role) }
        })
        var agreed: [String] = []
        var discussed: [String] = []
        for entry in byLine {
            let text = FollowUpDraft.sentenceCased(entry.amounts.isEmpty ? entry.text : entry.text + " (" + entry.amounts.joined(separator: "; ") + ")")
            if onlyDiscussed.contains(entry.line) { discussed.append(text) } else { agreed.append(text) }
        }
        return (agreed, discussed)
    }

    /// "Hosting is $250/mo" joined after a semicolon: its first word lower-cased, unless it is one letter ("I"), not
    /// capitalized as a word is ("iPhone", "SLA"), or part of a participant's name ("Maria pays the deposit").
    static func lowerFirst(_ text: String, keeping names: [String]) -> String {
        guard let word = text.split(separator: " ").first, word.count > 1, let first = word.first, first.isUppercase,
            word.dropFirst().allSatisfy({ !$0.isUppercase }),
            !names.contains(where: { $0.split(separator: " ").contains { $0 == word.trimmingCharacters(in: .punctuationCharacters) } })
        else { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// Whether nothing ends a sentence between a decision's words and an amount's on their line (true when
    /// either cannot be found in it).
    static func sameSentence(_ decision: String, _ amount: String?, in line: String) -> Bool {
        // "pedía 1,52 €/kg. Tras la negociación se acuerda **1,35 € por kilo**": the decision is found without its emphasis.
        let line = line.filter { $0 != "*" }
        guard let amount, let d = line.range(of: decision.filter { $0 != "*" }), let a = line.range(of: amount.filter { $0 != "*" }) else { return true }
        let between = (a.lowerBound >= d.upperBound ? line[d.upperBound..<a.lowerBound] : a.upperBound <= d.lowerBound ? line[a.upperBound..<d.lowerBound] : "")
            .filter { $0 != "_" }
        return !["。", ". ", "? ", "! ", "; "].contains { between.contains($0) }
    }

    /// Whether `text` quotes the sum as written and, when it has a period, says that period too.
    static func says(_ amount: ExtractionRecord.Amount, in text: String, language: String) -> Bool {
        guard let written = amount.text.map(singleLine), !written.isEmpty, quotes(text.lowercased(), written.lowercased()) else { return false }
        return amount.period == nil || statesPeriod(of: amount, in: text, language: language)
    }

    /// Whether `text` says the amount's period in the notes' own words ("al mes", "coste único"),
    /// so restating it in brackets would only repeat it.
    static func statesPeriod(of amount: ExtractionRecord.Amount, in text: String, language: String) -> Bool {
        guard let period = amount.period, let lexicon = Lexicons.lexicon(for: language) else { return false }
        // "650 € HT/jour": a slash starts a word of its own.
        let words = " " + text.lowercased().replacingOccurrences(of: "/", with: " /").split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "/" })
            .joined(separator: " ") + " "
        return lexicon.periods.contains { phrase, value in
            value == period && phrase.count > 2
                && words.contains(" " + phrase.replacingOccurrences(of: "/", with: " /").split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "/" })
                    .joined(separator: " ") + " ")
        }
    }

    /// The amount with the period the notes give the same sum elsewhere ("the $1,200" after "$1,200 per month").
    static func withKnownPeriod(_ amount: ExtractionRecord.Amount, in record: ExtractionRecord) -> ExtractionRecord.Amount {
        guard amount.period == nil else { return amount }
        var stated = amount
        stated.period = record.amounts.first { $0.sumKey == amount.sumKey && $0.period != nil }?.period
        return stated
    }

    /// Whether lower-cased `text` says lower-cased `phrase`: by the standard library's search, not Foundation's localized
    /// one, which makes a locale on every call.
    static func quotes(_ text: String, _ phrase: String) -> Bool {
        text.firstRange(of: phrase) != nil
    }

    /// The words of a lower-cased text, split at whatever is neither a letter nor a digit.
    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    }
}
