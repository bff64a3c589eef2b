import Foundation
import FollowupExtraction
import FollowupICU
import FollowupText

/// What the follow-up, the e-mail and the calendar all derive from one record: the topic, who is
/// greeted, short owner names, parsed deadlines, the next contact (or a proposal for one) and the
/// check-back day. Computed once so the three outputs never disagree.
struct MeetingFacts {
    struct Item {
        var index: Int
        var item: ExtractionRecord.ActionItem
        var task: String
        var owner: String?
        var dueDate: CivilDate?
        var dueTime: TimeOfDay?
        var amounts: [ExtractionRecord.Amount]
    }

    /// The next contact: named in the notes, or proposed at a favourable slot.
    struct Contact {
        var date: CivilDate
        var time: TimeOfDay
        /// The notes named the date and time; otherwise the event is TENTATIVE.
        var confirmed: Bool
        /// The notes named at least the date.
        var fromNotes: Bool
    }

    let record: ExtractionRecord
    let phrases: TemplatePhrases
    let settings: RenderSettings
    let meetingDate: CivilDate
    /// The zone the record's wall times are in; empty when they float (no zone known).
    let zone: String
    let topic: String
    let isCall: Bool
    /// Participants other than the sender.
    let recipients: [ExtractionRecord.Person]
    /// The recipients the greeting names: those the message's To names, when it names some (`addressed`).
    let greeted: [ExtractionRecord.Person]
    /// The one person the message goes to when the notes do not list them, as the greeting names them (`toName`).
    let addresseeOnlyInTo: String?
    /// The notes' language: its titles before a name ("Herr", "Mme") stay with the name.
    let lexicon: Lexicon?
    let items: [Item]
    let contact: Contact
    let checkBackDate: CivilDate
    /// The sender's own day (from `settings.now`), for "today".
    let today: CivilDate

    init(record: ExtractionRecord, settings: RenderSettings) {
        self.record = record
        self.settings = settings
        let table = TemplatePhrases.forLanguage(record.language)
        let phrases = record.informal ? table.informalized : table
        self.phrases = phrases
        let zone = record.meeting.timezone.flatMap { ICUTimeZone($0) != nil ? $0 : nil } ?? (settings.floatsUnzonedTimes ? "" : settings.timeZone)
        self.zone = zone
        let today = MeetingFacts.civilDate(settings.now, zone: zone.isEmpty ? settings.timeZone : zone)
        self.today = today
        let meetingDate = CivilDate(iso: record.meeting.date) ?? today
        let lexicon = Lexicons.lexicon(for: phrases.language)
        self.lexicon = lexicon
        self.meetingDate = meetingDate
        let title = record.meeting.title.map(singleLine) ?? ""
        let lowerTitle = title.lowercased()
        self.isCall = phrases.callMarkers.contains { marker in
            lowerTitle.split(whereSeparator: { !$0.isLetter }).contains { $0 == marker }
        }
        let sender = settings.sender
        let isSender = { (person: ExtractionRecord.Person) in
            FollowUpDraft.isSender(person.name, sender.name) || sender.email.map { $0.lowercased() == person.email?.lowercased() } ?? false
        }
        // "Dan Oakes (Harwick Logistics, Fleet Ops)" beside the sender's "(Harwick Logistics, Procurement)", or the
        // company the sender signs with: a colleague, not the other side.
        var ourOrganizations = Set(record.meeting.participants.filter(isSender).compactMap { $0.organization?.lowercased() })
        if let company = sender.signature?.split(separator: "\n").first?.split(separator: ",").last?.trimmingCharacters(in: .whitespaces).lowercased(), !company.isEmpty {
            ourOrganizations.insert(company)
        }
        let recipients = record.meeting.participants.filter { person in
            !isSender(person) && person.onOurSide != true && !ourOrganizations.contains(person.organization?.lowercased() ?? "")
                && !(person.introducedBy.map { FollowUpDraft.isSender($0, sender.name) } ?? false)
        }
        self.recipients = recipients
        let mailboxes = settings.to.compactMap(MailAddress.init(parsing:))
        let named = MeetingFacts.addressed(among: record.meeting.participants.filter { !isSender($0) }, to: mailboxes, lexicon: lexicon)
        self.greeted = named.isEmpty ? recipients : named
        self.addresseeOnlyInTo = named.isEmpty ? MeetingFacts.toName(mailboxes, language: record.language, informal: record.informal) : nil
        if !title.isEmpty {
            // "Greenleaf Foods / PackRight Solutions", "Conservas del Cantábrico": who met, not what about.
            let parties = ourOrganizations.union(record.meeting.participants.compactMap { $0.organization?.lowercased() })
            self.topic = MeetingFacts.topic(from: title, phrases: phrases, ours: ourOrganizations, parties: parties)
        } else {
            // No title: who the meeting was with says what it was ("our call with Jenna and Rob").
            // The way the greeting names them when the notes give a title or a form of address ("M. Garnier", not
            // "Philippe" in a "vous" mail).
            let names = recipients.map { person in
                person.addressedAs.map(singleLine)
                    ?? (MeetingFacts.isTitled(person.name, lexicon: lexicon)
                        ? MeetingFacts.greetingName(singleLine(person.name), lexicon: lexicon)
                        : MeetingFacts.shortName(singleLine(person.name), participants: record.meeting.participants, lexicon: lexicon))
            }.map { MeetingFacts.replacingTitle(of: $0, with: phrases.topicTitles) }
            let kind = isCall ? phrases.callWord : phrases.meetingWord
            // Nobody named: what the meeting settled says what it was about; not when its first words open a bracket the
            // cut would leave open ("Se renueva solo para 3 (Pau"). A task is no topic ("Follow-up: Ping Greg", set 38).
            let gist = record.decisions.first.map(\.text).flatMap { text -> String? in
                // Up to its first comma or colon: "Hablar yo con Iñaki, el de …" names no more than "Hablar yo con Iñaki".
                let clause = singleLine(text).prefix { !",;:".contains($0) }
                let said = clause.split(separator: " ")
                guard !said.prefix(6).contains(where: { $0.contains(where: { "()[]=".contains($0) }) }) else { return nil }
                // Six words at most, ending on a word that says something: "Look at the wording", not "… of the".
                var words = said.prefix(6)
                while words.count > 1, let last = words.last, lexicon?.stopWords.contains(last.lowercased()) == true { words = words.dropLast() }
                return shownText(words.joined(separator: " ")).trimmingCharacters(in: CharacterSet(charactersIn: " ,;:.-→"))
            }
            if names.isEmpty, let gist, !gist.isEmpty {
                self.topic = gist.prefix(1).uppercased() + gist.dropFirst()
            } else if !names.isEmpty {
                let shown = names.count > 3 ? Array(names.prefix(2)) + [phrases.others] : names
                self.topic = fill(phrases.topicWithNames, ["kind": kind, "names": MeetingFacts.list(shown, and: phrases.listAnd, euphonic: phrases.euphonicAnd)])
            } else {
                self.topic = phrases.defaultTopic
            }
        }

        let amountsByID = Dictionary(record.amounts.compactMap { amount in amount.id.map { ($0, amount) } }, uniquingKeysWith: { a, _ in a })
        let participants = record.meeting.participants
        // "I will call you, my time, so that's Eastern, by Mon, Feb 8, 16:00": a call to "you" on the next contact's day is
        // that contact, which the message ends with and the calendar holds; not a step or a deadline as well (not "talk to
        // my finance director").
        let contactDay = record.nextContact.flatMap { CivilDate(iso: $0.date) }
        var contactVerbs = Set<String>()
        for phrase in lexicon?.contactVerbs ?? [] {
            for word in phrase.split(separator: " ").map(String.init) where word.count > 3 {
                contactVerbs.insert(word)
                if let infinitive = lexicon?.verbForms[word] { contactVerbs.insert(infinitive) }
            }
        }
        self.items = record.actionItems.enumerated().compactMap { index, item -> Item? in
            let words = item.task.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }).prefix(3).map(String.init)
            if let contactDay, item.due.flatMap({ CivilDate(iso: $0.date) }) == contactDay, let verb = words.first, contactVerbs.contains(verb),
                words.dropFirst().contains(where: { lexicon?.secondPerson.contains($0) == true })
            {
                return nil
            }
            var item = item
            // "SPEAKER_01: revisar con jurídico": a diarizer's label names nobody the recipient knows; the step is
            // told as one of a transcript without names (the label stays in `item.owner`: one voice did commit to it).
            let labelled = item.owner.map { isSpeakerNumber(singleLine($0)) } ?? false
            if labelled { item.speakerUnnamed = true }
            let owner = labelled ? nil : item.owner.map(singleLine).flatMap { $0.isEmpty ? nil : $0 }
            return Item(
                index: index, item: item, task: shownText(item.task),
                owner: owner.map { MeetingFacts.shortName($0, participants: participants, lexicon: lexicon) },
                dueDate: item.due.flatMap { CivilDate(iso: $0.date) }, dueTime: TimeOfDay(hhmm: item.due?.time),
                // "$18 per student" restated as "(USD 18)" would lose its unit: a price per unit stays in the task's line only.
                amounts: (item.amountIds ?? []).compactMap { amountsByID[$0] }.filter { amount in
                    !(lexicon?.isUnitPrice(amount.text ?? "", in: amount.source?.text ?? "") ?? false)
                })
        }

        let anchor = max(meetingDate, today)
        if let next = record.nextContact, let date = CivilDate(iso: next.date) {
            if let time = TimeOfDay(hhmm: next.time) {
                self.contact = Contact(date: date, time: time, confirmed: true, fromNotes: true)
            } else {
                let time = CallSlots.preferredTime(on: date, windows: settings.callWindows)
                self.contact = Contact(date: date, time: time, confirmed: false, fromNotes: true)
            }
        } else {
            let slot = CallSlots.next(after: anchor, windows: settings.callWindows)
            self.contact = Contact(date: slot.date, time: slot.time, confirmed: false, fromNotes: false)
        }
        self.checkBackDate = CallSlots.addingWorkingDays(max(0, settings.checkBackDays), to: meetingDate)
    }

    /// The first name when the owner is a participant's full name that no one else shares
    /// ("Alice Chen" → "Alice"); teams, companies and ambiguous names stay as written.
    /// A name after a title ("Herr Schulz", "Mme Leroy") keeps its title: the title is how the notes address that person.
    static func shortName(_ owner: String, participants: [ExtractionRecord.Person], lexicon: Lexicon?) -> String {
        let parts = owner.words
        // "Ефимов Р.": a surname with initials is said whole.
        guard parts.count >= 2, let first = parts.first, !(lexicon?.isHonorific(first) ?? false), !MeetingFacts.hasInitials(owner, lexicon: lexicon),
            participants.contains(where: { singleLine($0.name).lowercased() == owner.lowercased() })
        else { return owner }
        let sharing = participants.filter { $0.name.words.first?.lowercased() == first.lowercased() }
        return sharing.count == 1 ? String(first) : owner
    }

    /// First names of the people greeted ("Alice, Bob and Dana"), or nil for more than three or none. When the notes
    /// address someone with a title or patronymic ("Fr. Hoffmann", "Марина Сергеевна"), the greeting keeps that
    /// register for everyone: the title where the notes give one, the full name otherwise.
    var greetingNames: String? {
        if let addresseeOnlyInTo { return addresseeOnlyInTo }
        let formal = greeted.contains { $0.addressedAs != nil }
        // "Соколов И.П.", "Крылов Д.": a surname with initials has no first name to greet by.
        if greeted.contains(where: { $0.addressedAs == nil && MeetingFacts.hasInitials($0.name, lexicon: lexicon) }) { return nil }
        let names = greeted.map { person in
            // A title in the name goes with the surname whatever the register ("Mme Hélène Fabre": "Mme Fabre").
            person.addressedAs.map(singleLine)
                ?? (formal && !MeetingFacts.isTitled(person.name, lexicon: lexicon)
                    ? singleLine(person.name) : MeetingFacts.greetingName(singleLine(person.name), lexicon: lexicon))
        }.filter { !$0.isEmpty }.map { MeetingFacts.replacingTitle(of: $0, with: phrases.greetingTitles) }
        guard (1...3).contains(names.count) else { return nil }
        return MeetingFacts.list(names, and: phrases.listAnd, euphonic: phrases.euphonicAnd)
    }

    /// "Соколов И.П.", "Орлов Д.", "M. Ehlers": a name with initials, which has no first name to say alone.
    static func hasInitials(_ name: String, lexicon: Lexicon?) -> Bool {
        let words = name.split(separator: " ")
        guard let first = words.first, words.count >= 2 else { return false }
        // Not a title: "M. Thomas Girard", "Sr. Ramón Iglesias".
        return words.dropFirst().contains { NameWords.isInitials($0) } || NameWords.isInitials(first) && !(lexicon?.isHonorific(first) ?? false)
    }

    /// The name with its opening title written as `titles` says: "Madame Roux" for "Mme Roux" in a French salutation,
    /// "Herrn Schäfer" after a German "mit".
    static func replacingTitle(of name: String, with titles: [String: String]) -> String {
        guard let title = name.split(separator: " ").first, let written = titles[String(title)] else { return name }
        return written + name.dropFirst(title.count)
    }

    /// "Mme Hélène Fabre", "Herr Dr. Keller": a name that opens with a title.
    static func isTitled(_ name: String, lexicon: Lexicon?) -> Bool {
        name.words.first.map { lexicon?.isHonorific($0) ?? false } ?? false
    }

    /// "Alice" of "Alice Chen"; "Mme Fabre" of "Mme Hélène Fabre", "Herr Dr. Keller" of "Herr Dr. Andreas Keller": a title
    /// goes with the surname.
    static func greetingName(_ name: String, lexicon: Lexicon?) -> String {
        let words = name.words
        guard let first = words.first else { return "" }
        let titles = words.prefix { lexicon?.isHonorific($0) ?? false }.count
        guard titles > 0, words.count > titles else { return String(first) }
        return (words.prefix(titles) + [words[words.count - 1]]).joined(separator: " ")
    }

    static func list(_ names: [String], and: String, euphonic: (and: String, before: [String], notBefore: [String])? = nil) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        let last = names[names.count - 1]
        let lower = last.lowercased()
        let sounds = euphonic.map { rule in rule.before.contains { lower.hasPrefix($0) } && !rule.notBefore.contains { lower.hasPrefix($0) } } ?? false
        return names.dropLast().joined(separator: ", ") + (sounds ? euphonic?.and ?? and : and) + last
    }

    /// An all-capitals title in ordinary case ("OAKRIDGE PTA MINUTES" → "Oakridge PTA Minutes"):
    /// words of up to three letters stay as they are, as they are usually acronyms.
    static func unshouted(_ text: String) -> String {
        let letters = text.filter(\.isLetter)
        guard letters.count > 3, !letters.contains(where: \.isLowercase), text.split(separator: " ").count > 1 else { return text }
        return text.split(separator: " ", omittingEmptySubsequences: false).map { word in
            word.filter(\.isLetter).count <= 3 ? String(word) : word.prefix(1) + word.dropFirst().lowercased()
        }.joined(separator: " ")
    }

    /// The text without the day at its end ("tue 12/1", "3 dec", "4 дек.").
    static func withoutTrailingDate(_ text: String, _ lexicon: Lexicon?) -> String {
        var words = text.split(separator: " ").map(String.init)
        while let last = words.last, words.count > 1, isDateWord(last, lexicon) {
            // "Jahresgespräch 2027", "Budget 2027": a year after no other word of a date is what the meeting is about;
            // "8 Sep 2026" is its day.
            if last.count == 4, last.allSatisfy(\.isNumber), !isDateWord(words[words.count - 2], lexicon) { break }
            // "ERP (Fase 2)": the end of a bracket opened earlier is part of the name.
            if last.hasSuffix(")"), !last.contains("("), words.dropLast().contains(where: { $0.contains("(") && !$0.contains(")") }) { break }
            words.removeLast()
        }
        return words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,;-–—"))
    }

    /// "19.01.27 созвон ПакТех" → "созвон ПакТех"; not "2028 Capex Plan", whose year is what it is about, nor "Monday
    /// meeting recap", a weekly meeting's name (a date said first has a number).
    static func withoutLeadingDate(_ text: String, _ lexicon: Lexicon?) -> String {
        var words = text.split(separator: " ")
        var dropped = 0
        while dropped + 1 < words.count, isDateWord(words[dropped], lexicon) {
            if words[dropped].count == 4, words[dropped].allSatisfy(\.isNumber), !isDateWord(words[dropped + 1], lexicon) { break }
            dropped += 1
        }
        if words.prefix(dropped).contains(where: { $0.contains(where: \.isNumber) }) { words.removeFirst(dropped) }
        return words.joined(separator: " ")
    }

    /// "Daily Pixelhafen – 9:15 (Meet)": where the call took place is no part of its name.
    static let callPlatforms: Set<String> = ["zoom", "teams", "meet", "webex", "skype", "whatsapp", "telegram", "jitsi"]
    /// "Automatisch erstelltes Transkript (Teams)", "Transcript generated by Zoom": a recorder's note, no title.
    static let transcriptWords = ["transcript", "transkript", "transcripción", "transcripcion", "transcription", "транскрипт", "расшифровк"]

    /// "12/4", "Dec", "tue", "(2026-12-04)": a word that only says a date.
    static func isDateWord(_ word: some StringProtocol, _ lexicon: Lexicon?) -> Bool {
        let bare = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,;()"))
        if bare.isEmpty { return true }
        // "14:00-14:55", "9:15–9:40": the meeting's hours are said elsewhere too.
        if bare.allSatisfy({ $0.isNumber || "/.-:–".contains($0) }) { return true }
        // "1er", "3rd", "2º": a day's ordinal.
        let digits = bare.prefix { $0.isNumber }
        if (1...2).contains(digits.count), ["st", "nd", "rd", "th", "er", "re", "e", "º", "ª", "o"].contains(String(bare.dropFirst(digits.count))) {
            return true
        }
        guard let lexicon else { return false }
        return lexicon.months[bare] != nil || lexicon.weekdays[bare] != nil
    }

    /// The title without trailing or leading "notes"/"minutes" parts ("ACME renewal - call notes"
    /// → "ACME renewal"), nor the part that names the sender's own company ("Harbor & Pine Bakery Co. — Board
    /// Meeting: FY2027 Budget Review", signed "CEO, Harbor & Pine Bakery Co."), or the language's default topic. A
    /// long title keeps one part: its first that says more than the meeting's kind ("Whitcombe Fdn call - Next Steps
    /// mentoring bid" → "Next Steps mentoring bid").
    static func topic(from title: String, phrases: TemplatePhrases, ours: Set<String> = [], parties: Set<String> = []) -> String {
        let separators = [" - ", " – ", " — ", ": ", " | "]
        var parts = [title]
        for separator in separators {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        let noise = Set(phrases.titleNoise)
        var kept = parts.map(singleLine).map(unshouted).filter { part in
            !part.isEmpty && !noise.contains(part.lowercased())
                && !part.lowercased().split(separator: " ").contains { word in transcriptWords.contains { word.hasPrefix($0) } }
        }
        if kept.count > 1 { kept = kept.filter { !ours.contains($0.lowercased().trimmingCharacters(in: .whitespaces)) } }
        // "Réunion Formalis / Groupe Vauban Industrie - programme management": the part after the parties.
        if kept.contains(where: { !namesParties($0, parties) }) { kept = kept.filter { !namesParties($0, parties) } }
        // "«Уральская фанера», поставки фанеры на май–июль": the party before a comma goes, what about stays.
        kept = kept.map { part in
            guard let comma = part.range(of: ", "), namesParties(String(part[..<comma.lowerBound]), parties) else { return part }
            // Not "Nubalia Tech, S.L.": the company's legal form is no topic.
            let rest = part[comma.upperBound...]
            return rest.split(separator: " ").contains { $0.count >= 3 && $0.first?.isLowercase == true } ? String(rest) : part
        }
        // "Q4 planning minutes" → "Q4 planning".
        kept = kept.map { part in
            var words = part.words.map(String.init)
            while words.count > 1, let last = words.last,
                noise.contains(last.lowercased()) || callPlatforms.contains(last.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "()")))
            {
                words.removeLast()
            }
            return words.joined(separator: " ")
        }
        // "backend + data eng 3 dec", "partner call, 4 дек": the date is said elsewhere.
        let words = Lexicons.lexicon(for: phrases.language)
        // "Payments squad standup – 2026-12-04": a part that is only the date goes too.
        // "19.01.27 созвон ПакТех 14:00-14:55": a date before the words goes as well.
        kept = kept.map { withoutTrailingDate(withoutLeadingDate($0, words), words) }
        kept = kept.filter { part in
            !part.split(separator: " ").allSatisfy { isDateWord($0, words) }
        }
        // A long title keeps one part, its first that is more than the meeting's kind: "acme logistics", not "…: call w/
        // Jenna + Rob (their ops lead)"; "Next Steps mentoring bid", not "Whitcombe Fdn call".
        if kept.count > 1, kept.joined(separator: " ").words.count > 6 {
            kept = [kept.first { !phrases.namesMeetingKind($0) } ?? kept[0]]
        }
        // "Comité de Seguimiento FÉNIX (reunión nº 5, 12 may 2027)" cut at its date: no bracket left open, and no
        // separator left at the end ("Reunión Rutalia – Hoteles Costa Serena ·").
        kept = kept.map { withoutOpenBracket($0).trimmingCharacters(in: CharacterSet(charactersIn: " ·•|–—-:,;")) }.filter { !$0.isEmpty }
        // "acme logistics" from quick notes begins a subject: "Acme logistics".
        let topic = kept.joined(separator: ": ")
        return topic.isEmpty ? phrases.defaultTopic : topic.prefix(1).uppercased() + topic.dropFirst()
    }

    /// "Greenleaf Foods / PackRight Solutions", "Réunion Formalis / Groupe Vauban Industrie", "Conservas del Cantábrico":
    /// a title part that only says which companies met: names joined by a slash, one of them a party's, or one party's
    /// name alone (not "Northgate / Vireo MSA negotiation", which says what about).
    static func namesParties(_ part: String, _ parties: Set<String>) -> Bool {
        guard !parties.isEmpty else { return false }
        // "«Здоровье Рядом»", "„Nordlicht“": a company's name in quotes is still its name.
        let marks = CharacterSet(charactersIn: " «»\"“”„")
        let parties = Set(parties.map { $0.trimmingCharacters(in: marks) })
        var pieces = [part.trimmingCharacters(in: marks)]
        for separator in [" / ", " <> ", " vs. ", " vs ", " x "] {
            pieces = pieces.flatMap { $0.components(separatedBy: separator) }.map { $0.trimmingCharacters(in: marks) }
        }
        guard pieces.count >= 2 else { return parties.contains(pieces[0].lowercased()) }
        // "Réunion Formalis": a piece may open with the meeting's kind.
        let isParty = { (piece: String) in parties.contains { piece.lowercased() == $0 || piece.lowercased().hasSuffix(" " + $0) } }
        // A name's words are capitalized, but for short particles ("del", "de", "&").
        let isName = { (piece: String) in piece.split(separator: " ").allSatisfy { $0.first?.isUppercase ?? false || $0.count <= 3 } }
        return pieces.contains(where: isParty) && pieces.allSatisfy(isName)
    }

    /// Other participants for an item's description (everyone but its owner).
    func otherAttendees(than owner: String?) -> [String] {
        record.meeting.participants.map { singleLine($0.name) }.filter { name in
            guard let owner = owner?.lowercased() else { return true }
            return name.lowercased() != owner && name.words.first.map({ $0.lowercased() }) != owner
        }
    }

    /// Who a check-back waits on: the participants with an address outside the sender's domain,
    /// else everyone greeted, else the topic.
    var awaitedReplyFrom: String {
        let senderDomain = settings.sender.email.flatMap { $0.split(separator: "@").last }.map { $0.lowercased() }
        let external = recipients.filter { person in
            guard let domain = person.email?.split(separator: "@").last?.lowercased() else { return false }
            return domain != senderDomain
        }
        let chosen = external.isEmpty ? recipients : external
        let names = chosen.map { singleLine($0.name) }
        if (1...2).contains(names.count) { return MeetingFacts.list(names, and: phrases.listAnd, euphonic: phrases.euphonicAnd) }
        return topic
    }

    static func civilDate(_ seconds: Double, zone: String) -> CivilDate {
        let offset = ICUTimeZone(zone).flatMap { try? $0.offsetSeconds(atUTCMillis: seconds * 1000) } ?? 0
        return CivilDate(daysSinceEpoch: Int(((seconds + Double(offset)) / 86_400).rounded(.down)))
    }
}

extension TemplatePhrases {
    /// "Board Meeting", "Procurement call", "Whitcombe Fdn call": a title part that ends in the meeting's kind.
    func namesMeetingKind(_ part: String) -> Bool {
        guard let last = part.words.last?.lowercased() else { return false }
        return callMarkers.contains(last) || meetingWord.words.last.map { $0.lowercased() == last } ?? false
    }
}
