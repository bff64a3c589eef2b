import Foundation
import FollowupExtraction
import FollowupText

/// The follow-up's content before it is laid out as text, Markdown or HTML.
///
/// Every string is one line of plain text; the layouts only add structure and escaping.
public struct FollowUpDraft: Sendable, Equatable {
    public var subject: String
    public var greeting: String
    public var opening: String
    public var agreedHeading: String
    public var agreed: [String]
    /// Money the meeting talked about without taking it: what one side asked for or can spend.
    public var discussedHeading: String
    public var discussed: [String] = []
    public var nextStepsHeading: String
    public var nextSteps: [String]
    public var confirmHeading: String
    public var confirm: [String]
    /// ":" after a heading, " :" in French.
    public var headingColon = ":"
    public var callToAction: String
    /// "The deadlines are in the attached calendar file." (the e-mail's bodies only).
    public var attachmentNote: String
    /// Sign-off, name, signature lines and address.
    public var closing: [String]
    /// For the sender alone (stderr): what was left out and why. Never part of the body.
    public var review: [String]
}

extension FollowUpDraft {
    /// Builds the draft for one record.
    ///
    /// Items with an owner and a due date become next steps; the others become questions (unless
    /// the record already asks about their line) and review notes. Amounts are restated with
    /// currency and period where a decision or an item mentions them; the rest are review notes.
    init(record: ExtractionRecord, settings: RenderSettings) {
        self = FollowUpDraft.shared(record, settings: settings).draft
    }

    /// The draft as others read it, from the record without what the notes keep for the sender (those lines
    /// head the sender's review list), with the facts and the record it was built from.
    static func shared(_ record: ExtractionRecord, settings: RenderSettings) -> (draft: FollowUpDraft, facts: MeetingFacts, visible: ExtractionRecord) {
        let (visible, hidden) = withoutInternal(record)
        let facts = MeetingFacts(record: visible, settings: settings)
        let format = LocalFormatter(phrases: facts.phrases, userLocale: settings.locale)
        format.reference = facts.meetingDate
        var draft = FollowUpDraft(facts: facts, format: format)
        draft.review = internalNotes(hidden, facts.phrases) + draft.review
        return (draft, facts, visible)
    }

    /// What of the record others may see (`withoutInternal`): the e-mail's reader, people's pages in a batch.
    public static func shareable(_ record: ExtractionRecord) -> ExtractionRecord { withoutInternal(record).record }

    /// The record without what the notes keep for the sender ("Dirección aprueba ir hasta 74.000 € — NO
    /// comunicar"), and those lines by number: the message, its calendar and its questions restate none of it.
    static func withoutInternal(_ record: ExtractionRecord) -> (record: ExtractionRecord, hidden: [Int: String]) {
        let markers = Lexicons.lexicon(for: record.language)?.internalMarkers ?? []
        let privateLines = Set(record.privateLines)
        let isInternal = { (source: ExtractionRecord.SourceRef?) in
            source.map { privateLines.contains($0.line) || FollowUpDraft.marksInternal($0.text, markers) } ?? false
        }
        // An item's own words too: a marked line merged into the question above it ("¿Subimos a 80 €? Dirección
        // aprueba hasta 85 € — NO comunicar.").
        let says = { (text: String) in FollowUpDraft.marksInternal(text, markers) }
        var visible = record
        visible.decisions.removeAll { isInternal($0.source) || says($0.text) }
        visible.actionItems.removeAll { isInternal($0.source) || says($0.task) }
        visible.amounts.removeAll { isInternal($0.source) }
        visible.questions.removeAll { isInternal($0.source) || says($0.text) }
        if isInternal(record.nextContact?.source) { visible.nextContact = nil }
        let sources = record.decisions.map(\.source) + record.actionItems.map(\.source) + record.amounts.map(\.source) + record.questions.map(\.source)
            + [record.nextContact?.source]
        var hidden: [Int: String] = [:]
        for case let source? in sources where isInternal(source) { hidden[source.line] = source.text }
        return (visible, hidden)
    }

    /// The sender's review notes for the lines kept out, in line order.
    static func internalNotes(_ hidden: [Int: String], _ phrases: TemplatePhrases) -> [String] {
        hidden.sorted { $0.key < $1.key }.map { line, text in
            fill(phrases.reviewInternal, ["text": excerpt(shownText(text), limit: 80), "line": fill(phrases.reviewLine, ["line": String(line)])])
        }
    }

    /// Whether a line says it is not to be passed on: a marker as whole words ("NO comunicar", "(interne)",
    /// not "internship").
    static func marksInternal(_ line: String, _ markers: [String]) -> Bool {
        guard !markers.isEmpty else { return false }
        let lower = line.lowercased()
        return lower.containsWholeWord(anyOf: markers)
    }

    /// The words of a Whisper segment's line (`"text": " Son cien dólares…",`), not its JSON.
    static func jsonStringValue(_ line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("\"text\""), let colon = trimmed.firstIndex(of: ":") else { return nil }
        var value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        if value.hasSuffix(",") { value.removeLast() }
        guard let data = value.data(using: .utf8), let string = try? JSONDecoder().decode(String.self, from: data) else { return nil }
        return string.trimmingCharacters(in: .whitespaces)
    }

    /// "Retient Axelis": a bullet of what was agreed opens like a sentence; "iPhone", "eBay" stay.
    static func sentenceCased(_ text: String) -> String {
        guard let first = text.first, first.isLowercase, text.dropFirst().first?.isUppercase != true else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// Whether a task is the summary this message is ("send a recap", "mandar el resumen por correo").
    static func isRecap(_ task: String, _ nouns: Set<String>) -> Bool {
        let words = task.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        return words.count <= 16 && words.indices.contains { index in
            nouns.contains(words[index]) || index + 1 < words.count && nouns.contains(words[index] + " " + words[index + 1])
        }
    }

    /// Words that close a time said aloud or written ("eleven a.m.", "3 pm"), without their last dot.
    static let clockMarks: Set<String> = ["a.m", "p.m", "am", "pm"]

    /// A time-zone abbreviation the notes wrote with the next contact ("ET", "МСК"), as written.
    static func zoneWord(in text: String, language: String) -> String? {
        guard let lexicon = Lexicons.lexicon(for: language) else { return nil }
        let zones = Set(lexicon.words(.timeZone))
        let words = text.split(whereSeparator: { !$0.isLetter })
        guard let index = words.firstIndex(where: { zones.contains($0.lowercased()) }) else { return nil }
        let word = words[index]
        // "5pm hora CDMX": a word that introduces a zone is shown with the zone it names, or not at all;
        // the name ends where the phrase does ("hora CDMX, Ricardo manda…").
        // "2 p.m. Eastern" as written; "et", "msk" in capitals.
        guard introducesZone(word) else { return word.count > 3 && word.first?.isUppercase == true ? String(word) : word.uppercased() }
        var named = [word]
        for next in words[(index + 1)...] {
            let gap = text[named.last!.endIndex..<next.startIndex]
            guard gap.allSatisfy({ $0 == " " }) else { break }
            if next.first?.isUppercase == true { named.append(next) } else if named.count == 1, next.count <= 3 { named.append(next) } else { break }
        }
        while let last = named.last, last.first?.isUppercase != true { named.removeLast() }
        return named.count > 1 ? named.joined(separator: " ") : nil
    }

    /// "hora", not "ET" or "cet": a zone word written as a word of the sentence introduces the zone named after it.
    static func introducesZone(_ word: Substring) -> Bool { word.count > 3 && word.allSatisfy(\.isLowercase) }

    /// A subject a mail list shows whole: at most ten words and 70 characters. A long topic keeps
    /// its first part ("ACME renewal" of "ACME renewal: pricing, legal and rollout"), then its
    /// first words.
    static func subject(topic: String, date: String?, phrases: TemplatePhrases) -> String {
        // "Follow-up: Acme Logistics – pricing call": one colon in a subject, the template's.
        func make(_ topic: String) -> String {
            let text = singleLine(fill(phrases.subject, ["topic": topic.replacing(": ", with: " – "), "date": date ?? ""]))
            return date == nil ? text.trimmingCharacters(in: CharacterSet(charactersIn: ", ")) : text
        }
        func fits(_ text: String) -> Bool { text.count <= 70 && text.split(separator: " ").count <= 10 }
        var text = make(topic)
        if fits(text) { return text }
        var words = (topic.components(separatedBy: ": ").first ?? topic).split(separator: " ").map(String.init)
        text = make(words.joined(separator: " "))
        let lexicon = Lexicons.lexicon(for: phrases.language)
        while !fits(text), words.count > 1 {
            words.removeLast()
            // Not "Termin mit Herrn Brandt und Frau": a title without its name goes too.
            while let last = words.last, words.count > 1, last.count <= 3 || last.last == "," || lexicon?.isHonorific(last) == true {
                words.removeLast()
            }
            // "Comité de Seguimiento Proyecto FÉNIX (reunión": a bracket the cut left open goes with what it opened.
            text = make(withoutOpenBracket(words.joined(separator: " ")).trimmingCharacters(in: CharacterSet(charactersIn: ",;-–— ")))
        }
        return text
    }

    init(facts: MeetingFacts, format: LocalFormatter) {
        let phrases = facts.phrases
        let record = facts.record
        // "Comité de direction – mardi 1er décembre 2026": a title that carries the meeting's day says it once.
        let titleHasDate = record.dates.contains { $0.date == facts.meetingDate.iso && facts.topic.contains($0.text) }
        subject = FollowUpDraft.subject(topic: facts.topic, date: titleHasDate ? nil : format.shortDate(facts.meetingDate), phrases: phrases)
        greeting = facts.greetingNames.map { fill(phrases.greetingNames, ["names": $0]) } ?? phrases.greetingAll
        let kind = facts.isCall ? phrases.callWord : phrases.meetingWord
        let today = facts.meetingDate == facts.today
        // The subject names what the meeting was about; the opening says it again only as garble ("…zum Thema
        // „Teams-Besprechung ‚Rahmenvertrag …‘“", "about ERP programme: SC mtg."), as the eighteenth reading found.
        opening = fill(today ? phrases.thanksToday : phrases.thanksOnDate, ["kind": kind, "date": format.weekdayDate(facts.meetingDate)])
            .replacingOccurrences(of: "..", with: ".")
        // The sender's own apology in the meeting is said again; an unlabelled line of notes is the sender's.
        if let again = phrases.apologyAgain,
            record.apologies.contains(where: { $0.speaker.map { FollowUpDraft.isSender($0, facts.settings.sender.name) } ?? true })
        {
            opening += " " + again
        }
        agreedHeading = phrases.agreedHeading
        discussedHeading = phrases.discussedHeading
        nextStepsHeading = phrases.nextStepsHeading
        confirmHeading = phrases.confirmHeading
        headingColon = phrases.headingColon

        var review: [String] = []
        var restated = Set<Int>()  // indices into record.amounts

        func lineSuffix(_ source: ExtractionRecord.SourceRef?) -> String {
            source.map { fill(phrases.reviewLine, ["line": String($0.line)]) } ?? ""
        }
        func amountIndex(_ amount: ExtractionRecord.Amount) -> Int? {
            record.amounts.firstIndex { $0.id != nil && $0.id == amount.id }
        }

        agreed = FollowUpDraft.decisions(facts: facts, format: format, restated: &restated)
        // "landed at $74 / seat / month" stays agreed when a step also carries the $74 ("order form w/ $74").
        let decided = restated

        // Next steps and the questions about incomplete items.
        var steps: [String] = []
        // An owned task without a date stays a next step, as said; one whose line puts its day off ("send the admin
        // list asap", "date TBD") is asked about by name instead. The line, because extraction keeps "asap" out of the task.
        let defers = { (item: MeetingFacts.Item) in
            guard let defersDeadline = facts.settings.defersDeadline else { return false }
            return defersDeadline(item.task, record.language) || item.item.source.map { defersDeadline($0.text, record.language) } ?? false
        }
        // Asked by name when it puts its day off ("By when can Bob send the admin list?"), so its record question is not.
        let undatedOwnedLines = Set(facts.items.filter { $0.owner != nil && $0.dueDate == nil }.compactMap { $0.item.source?.line })
        // A task with neither owner nor date is asked once: "Who will …, and by when?".
        // The sender's own task ("Yo me encargo", or the sender named as owner): said in the first person, asking
        // the recipients nothing.
        let senderName = facts.settings.sender.name
        let lexicon = Lexicons.lexicon(for: record.language)
        let recapNouns = lexicon?.recapNouns ?? []
        func isOwn(_ item: MeetingFacts.Item) -> Bool {
            item.owner == nil && item.item.byAuthor == true || item.item.owner.map { FollowUpDraft.isSender($0, senderName) } ?? false
        }
        let bareLines = Set(facts.items.filter { $0.owner == nil && $0.dueDate == nil && !isOwn($0) }.compactMap { $0.item.source?.line })
        let ownLines = Set(facts.items.filter(isOwn).compactMap { $0.item.source?.line })
        let itemReasons: Set<String> = [ExtractionRecord.QuestionReason.actionWithoutDeadline.rawValue, ExtractionRecord.QuestionReason.actionWithoutOwner.rawValue]
        // A date of the sender's notes that reads two ways is the sender's to settle: the review list, not the message.
        let twoWay = ExtractionRecord.QuestionReason.twoWayDate.rawValue
        for question in record.questions where question.reason == twoWay {
            review.append(fill(phrases.reviewTwoWayDate, ["text": singleLine(question.text), "line": lineSuffix(question.source)]))
        }
        var questions = record.questions.filter { question in
            let line = question.source?.line ?? -1
            if question.reason == twoWay { return false }
            if question.reason == ExtractionRecord.QuestionReason.actionWithoutDeadline.rawValue && undatedOwnedLines.contains(line) { return false }
            return !(itemReasons.contains(question.reason ?? "") && (bareLines.contains(line) || ownLines.contains(line)))
        }.map { singleLine($0.text) }.filter { !$0.isEmpty }
        let itemLines = bareLines.union(undatedOwnedLines)
        let askedLines = Set(record.questions.filter { !(itemReasons.contains($0.reason ?? "") && itemLines.contains($0.source?.line ?? -1)) }
            .compactMap { $0.source?.line })
        for item in facts.items {
            var task = item.task
            // Only the other side's "you" is us: the sender's colleague Tom's "I'll send you our setup guide" stays.
            let ownersSide = facts.recipients.contains { $0.name == item.item.owner } || facts.recipients.isEmpty
            if item.item.saidByOwner == true, !isOwn(item), ownersSide, !phrases.ownerSaid.isEmpty {
                task = FollowUpDraft.fromSendersSide(task, phrases.ownerSaid)
            }
            if !item.amounts.isEmpty {
                // "send the retainer at $6,500 per month": the task says its sum; "(USD 6,500 per month)" after it
                // is a machine's echo. A period known only from another line is still added ("the 6k (EUR 6,000 per month)").
                let unsaid = item.amounts.map { FollowUpDraft.withKnownPeriod($0, in: record) }
                    .filter { !FollowUpDraft.says($0, in: task, language: record.language) }
                if !unsaid.isEmpty { task += " (" + unsaid.map { format.amount($0) }.joined(separator: "; ") + ")" }
                for amount in item.amounts { if let index = amountIndex(amount) { restated.insert(index) } }
            }
            let due = item.dueDate.map { format.due($0, item.dueTime) }
            // "we" is the team: our own commitment, said as such ("We will waive the setup fee, by Tue, Dec 15").
            // A task with no verb first ("revised proposal") is said so: "From our side: revised proposal".
            let verbless = !FollowUpDraft.opensWithVerb(item.task, lexicon)
            if let owner = item.owner, ExtractionRecord.isTeamOwner(owner) {
                let dated = verbless ? phrases.teamStepVerbless ?? phrases.teamStep : phrases.teamStep
                let undated = verbless ? phrases.teamStepVerblessUndated ?? phrases.teamStepUndated : phrases.teamStepUndated
                steps.append(due.map { fill(dated, ["task": task, "due": $0]) } ?? fill(undated, ["task": task]))
                continue
            }
            if isOwn(item) {
                // "I'll send a recap after the call": this message is that recap.
                // "(el follow up lo mando yo)": a task of two words ("mandar yo") says what it is on its line.
                let shortTask = item.task.split(separator: " ").count <= 2
                if FollowUpDraft.isRecap(item.task, recapNouns) || shortTask && FollowUpDraft.isRecap(item.item.source?.text ?? "", recapNouns) { continue }
                let dated = verbless ? phrases.ownStepVerbless ?? phrases.ownStep : phrases.ownStep
                let undated = verbless ? phrases.ownStepVerblessUndated ?? phrases.ownStepUndated : phrases.ownStepUndated
                steps.append(due.map { fill(dated, ["task": task, "due": $0]) } ?? fill(undated, ["task": task]))
                continue
            }
            if let owner = item.owner, let due {
                steps.append(fill(phrases.step, ["owner": owner, "task": task, "due": due]))
                continue
            }
            if let owner = item.owner, !defers(item) {
                steps.append(fill(phrases.stepUndated, ["owner": owner, "task": task]))
                review.append(fill(phrases.reviewUndatedStep, ["task": task, "line": lineSuffix(item.item.source)]))
                continue
            }
            // A transcript that names no speakers cannot say who: a step with its day stands as said, and the check before
            // sending says so; nobody to ask "who will…". With neither owner nor day, talk ("on prend les décisions") reads
            // like a step too often: the check before sending lists it.
            // A diarizer's voice ("SPEAKER_01") did say it would: undated too, its step stands.
            if item.owner == nil, item.item.speakerUnnamed == true, due != nil || item.item.owner != nil, let dated = phrases.unownedStep,
                let undated = phrases.unownedStepUndated, let note = phrases.reviewUnownedStep
            {
                // Whose "you" it was is unknown too: "send you the revised proposal" → "Send the revised proposal".
                var words = item.task.split(separator: " ", omittingEmptySubsequences: false)
                if words.count > 2, lexicon?.secondPerson.contains(words[1].lowercased()) == true { words.remove(at: 1) }
                let said = FollowUpDraft.sentenceCased(words.joined(separator: " "))
                steps.append(due.map { fill(dated, ["task": said, "due": $0]) } ?? fill(undated, ["task": said]))
                review.append(fill(note, ["task": said, "line": lineSuffix(item.item.source)]))
                continue
            }
            let alreadyAsked = item.item.source.map { askedLines.contains($0.line) } ?? false || item.item.speakerUnnamed == true && item.owner == nil
            if !alreadyAsked {
                switch (item.owner, due) {
                case (nil, nil): questions.append(fill(phrases.askOwnerAndDate, ["task": task]))
                case (nil, let due?): questions.append(fill(phrases.askOwner, ["task": task, "due": due]))
                case (let owner?, _): questions.append(fill(phrases.askDate, ["owner": owner, "task": task]))
                }
            }
            if item.owner == nil { review.append(fill(phrases.reviewNoOwner, ["task": task, "line": lineSuffix(item.item.source)])) }
            if due == nil { review.append(fill(phrases.reviewNoDate, ["task": task, "line": lineSuffix(item.item.source)])) }
        }
        nextSteps = steps.map(format.readable)
        confirm = questions.map(format.readable)

        let sums = FollowUpDraft.restatedSums(record: record, format: format, restated: &restated, said: decided)
        agreed = (agreed + sums.agreed).map(format.readable)
        discussed = sums.discussed.map(format.readable)

        for (index, amount) in record.amounts.enumerated() where !restated.contains(index) {
            let text = amount.text.map(singleLine).flatMap { $0.isEmpty ? nil : $0 } ?? format.amount(amount)
            review.append(fill(phrases.reviewAmountLeftOut, ["text": text, "line": lineSuffix(amount.source)]))
        }

        // One call to action.
        let contact = facts.contact
        // "Thursday at 10 CT": the zone the notes named stays with the time (read, not converted).
        // The words after the contact's own text too: "a las 5pm hora" is followed by "CDMX" on its line.
        // Only after a word that introduces a zone ("… a las 5pm hora"): not "jeudi 10 h, Marc est absent".
        let said = record.nextContact.map { contact in
            guard let text = contact.text, let line = contact.source?.text, let range = line.range(of: text) else { return contact.text ?? "" }
            let zones = lexicon?.words(.timeZone) ?? []
            // "2 p.m. Eastern": a zone right after a time whose dot closed the sentence.
            let rest = line[range.upperBound...]
            let after = rest.drop { $0 == "." || $0 == " " }.prefix { $0.isLetter }
            if contact.time != nil, rest.hasPrefix(". ") || rest.hasPrefix(" "), !after.isEmpty, zones.contains(after.lowercased()) {
                return text + " " + after
            }
            // "next Tuesday, the sixteenth? Say eleven a.m. Eastern?": the time said after the day, its zone right after it;
            // only the first time said ("4 pm our time, 10 am Eastern" names no zone for 4 pm).
            if contact.time != nil {
                let words = rest.prefix(60).split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "." && $0 != ":" })
                    .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
                let marks = FollowUpDraft.clockMarks
                for index in words.indices.dropLast() {
                    let word = words[index].lowercased()
                    guard word.contains(where: \.isNumber) || marks.contains(word) || lexicon?.numberWords[word] != nil else { continue }
                    let next = words[index + 1]
                    if zones.contains(next.lowercased()) { return text + " " + next }
                    if !marks.contains(next.lowercased()) { break }
                }
            }
            guard let last = text.split(separator: " ").last, FollowUpDraft.introducesZone(last), zones.contains(String(last)) else { return text }
            return String(line[range.lowerBound...].prefix(text.count + 24))
        } ?? ""
        let zone = contact.confirmed ? FollowUpDraft.zoneWord(in: said, language: record.language) : nil
        let when = fill(phrases.dateAndTime, ["date": format.weekdayDate(contact.date), "time": format.time(contact.time) + (zone.map { " " + $0 } ?? "")])
        if contact.confirmed {
            callToAction = fill(phrases.nextContactTimed, ["date": when])
        } else if contact.fromNotes {
            // The day the notes name, without a time they did not say ("10. Dez." closes its own sentence).
            callToAction = fill(phrases.nextContactDay, ["date": format.weekdayDate(contact.date)]).replacing("..", with: ".")
        } else {
            callToAction = fill(phrases.proposal, ["date": when])
            review.append(fill(phrases.reviewProposal, ["date": when]))
        }
        attachmentNote = phrases.calendarAttached

        var closing = [phrases.signOff]
        let sender = facts.settings.sender
        if let name = sender.name.map(singleLine), !name.isEmpty { closing.append(name) }
        if let signature = sender.signature {
            closing += signature.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).map { singleLine(String($0)) }
                .filter { !$0.isEmpty }
        }
        if let email = sender.email.map(singleLine), !email.isEmpty, !closing.contains(where: { $0.contains(email) }) {
            closing.append(email)
        }
        self.closing = closing
        self.review = review
    }

    /// A decision without the words that only open a turn: "Ja, …", "Okay, …" before a comma anywhere, and in a call
    /// a filler or "and" before lower-case words ("Entonces el cincuenta…", "And then connectivity…").
    static func withoutOpener(_ text: String, _ lexicon: Lexicon?, spoken: Bool) -> String {
        guard let lexicon else { return text }
        let conjunctions = Set(lexicon.words(.conjunction))
        // "Договорились, что …", "También que …": what follows the opener is a clause that needs it.
        let clauseOpeners = Set(lexicon.words(.clauseOpener))
        var words = text.split(separator: " ", omittingEmptySubsequences: true)
        while words.count > 2, !clauseOpeners.contains(words[1].lowercased()) {
            let first = words[0]
            let bare = first.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ",."))
            // Not "Договорились, что …": a word that decides is what the line says.
            let talk = (lexicon.fillers.contains(bare) || lexicon.affirmatives.contains(bare)) && !lexicon.decisionPhrases.contains(bare)
            let nextLower = words[1].first?.isLowercase == true
            if talk && first.hasSuffix(",") || spoken && nextLower && (talk || conjunctions.contains(bare)) {
                words.removeFirst()
            } else {
                break
            }
        }
        return words.joined(separator: " ")
    }

    /// Whether a task may open with a verb ("send the deck", "ring the council"): not when its first word is an
    /// article, a number, a participle or a noun by its ending ("a full analysis", "revised proposal", "documentation").
    static func opensWithVerb(_ task: String, _ lexicon: Lexicon?) -> Bool {
        let words = task.split(separator: " ")
        guard let lexicon, let written = words.first else { return true }
        let first = written.lowercased()
        if lexicon.taskVerbs.contains(first) || lexicon.verbForms[first] != nil { return true }
        // "R&D tax credit timing", "API keys": an acronym names a thing.
        if written.filter(\.isUppercase).count >= 2 || written.contains("&") { return false }
        func noun(_ word: String) -> Bool { lexicon.nounSuffixes.contains { word.count > $0.count + 2 && word.hasSuffix($0) } }
        // "internal approval", "final confirmation": an adjective by its ending, not a verb the lexicon knows.
        if words.count > 1, ["al", "ous", "ic"].contains(where: { first.count > 4 && first.hasSuffix($0) }) { return false }
        return !(lexicon.stopWords.contains(first) || first.first?.isNumber == true || first.hasSuffix("ed") || noun(first))
    }

    /// "send you the list" as the sender writes it: "send us the list" (`TemplatePhrases.ownerSaid`), two words
    /// before one, punctuation and a capital kept.
    static func fromSendersSide(_ task: String, _ forms: [String: String]) -> String {
        let words = task.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        func bare(_ word: String) -> (word: String, tail: String) {
            let core = word.reversed().drop { ",.;:!?)".contains($0) }
            return (String(core.reversed()).lowercased(), String(word.dropFirst(core.count)))
        }
        func cased(_ form: String, like word: String) -> String {
            word.first?.isUppercase == true ? form.prefix(1).uppercased() + form.dropFirst() : form
        }
        var result: [String] = []
        var index = 0
        while index < words.count {
            let first = bare(words[index])
            let second = index + 1 < words.count ? bare(words[index + 1]) : nil
            if first.tail.isEmpty, let second, let pair = forms[first.word + " " + second.word] {
                result.append(cased(pair, like: words[index]) + second.tail)
                index += 2
            } else {
                result.append(forms[first.word].map { cased($0, like: words[index]) + first.tail } ?? words[index])
                index += 1
            }
        }
        return result.joined(separator: " ")
    }

    /// Whether an owner is the sender: the same name, or the sender's first name alone ("Claire" for
    /// Claire Martin).
    static func isSender(_ owner: String, _ sender: String?) -> Bool {
        guard let sender = sender.map(singleLine), !sender.isEmpty else { return false }
        let name = singleLine(owner).lowercased()
        // "NC" for Nathan Cole: notes write their writer by initials.
        let words = sender.split(separator: " ")
        let initials = words.count > 1 && owner.count == words.count && owner.allSatisfy(\.isUppercase)
            ? words.compactMap(\.first).map { String($0).lowercased() }.joined() : nil
        // "Д. Соколов" for Дмитрий Соколов, "Белова Е.А." for Екатерина Белова: the surname and the initials, either way round.
        let parts = name.split(separator: " ")
        let byInitials = words.count > 1 && parts.count == 2 && [(0, 1), (1, 0)].contains { initials, surname in
            parts[initials].contains(".") && NameWords.isInitials(parts[initials]) && parts[initials].first == words[0].lowercased().first
                && parts[surname] == words[words.count - 1].lowercased()
        }
        return name == sender.lowercased() || name == words.first.map { $0.lowercased() } || name == initials || byInitials
    }
}
