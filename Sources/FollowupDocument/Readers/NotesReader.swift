import FollowupText

/// Reads plain-text and Markdown notes: headings and "Label:" blocks become sections, header
/// fields ("Date:", "Attendees:") become metadata, and each list item or paragraph becomes an
/// utterance. Anything it does not recognise stays plain text: notes never fail to read.
struct NotesReader: DocumentReader {
    static let headerLineCount = 8
    var monthNames: Set<String> = []

    func read(into document: inout Document) {
        var participants = ParticipantList()
        var utterances: [Utterance] = []
        var section = SectionKind.body
        var sectionTitle: String?
        var previousWasText = false
        var seenContent = false
        let lineCount = document.lines.count

        // Chat-style plain text ("Alice: ...") on most lines is a transcript: labels are speakers.
        var labelled = 0
        var nonEmpty = 0

        var parsedLines: [(line: Int, parsed: NoteLine)] = []
        var table: ActionTable?
        for line in 1...lineCount {
            var raw = String(document.text.utf8Slice(document.lines.range(ofLine: line)))
            // A Markdown action table: its header and rule become blank lines, each row a list item.
            if let cells = ActionTable.cells(raw) {
                if let current = table {
                    raw = current.item(cells) ?? ""
                } else if let header = ActionTable(header: cells) {
                    table = header
                    raw = ""
                }
            } else {
                table = nil
            }
            let parsed = NoteLine(raw, monthNames: monthNames)
            if case .blank = parsed.kind {} else { nonEmpty += 1 }
            // "- Sophie: send the contract" is a to-do in a list; a chat turn has no bullet.
            if parsed.label != nil && parsed.marker == nil { labelled += 1 }
            parsedLines.append((line, parsed))
        }
        labelled += NoteLine.labelRecurringRoles(&parsedLines, labelled: labelled, nonEmpty: nonEmpty)
        let chatStyle = nonEmpty >= 4 && labelled * 10 >= nonEmpty * 6

        var headerSeen = 0
        let firstLine = parsedLines.first { if case .blank = $0.1.kind { false } else { true } }?.0
        // A file of many meetings repeats its attendee lines: parse each distinct one once.
        var seenAttendeeLines = Set<String>()
        // A "Label:" block ends at a blank line; a heading's section ends when a plain paragraph
        // follows its list after a blank line.
        var sectionFromLabel = false
        // The person a standup block belongs to ("**@omar**" above the bullets).
        var blockOwner: String?
        var nextContactHeading: String?
        var sectionHasList = false
        var afterBlank = false
        // The sender's own lines: under "### Interne – ne pas diffuser" until a heading of the same or a higher
        // level (its sub-headings stay inside), under "Remarques internes (ne pas diffuser) :" until a blank line,
        // and a labelled line "Internal notes: …" itself. Never the title.
        var privateLevel: Int?
        var privateBlock = false
        // Under "**Asistentes:**" or "## Attendees": list items that name people.
        var inAttendeeList = false
        // Right under "Были: я (Климова А.), Олег Смирнов (производство)": "ПромУпак: Игорь Белов (коммерч. директор)".
        var attendeeLineAbove = false
        for (line, parsed) in parsedLines {
            if case .blank = parsed.kind {
                previousWasText = false
                attendeeLineAbove = false
                afterBlank = true
                privateBlock = false
                continue
            }
            if case .heading(let level, let text) = parsed.kind {
                let isTitle = document.title == nil && level == 1 && !seenContent
                if let open = privateLevel, level <= open { privateLevel = nil }
                if privateLevel == nil, !isTitle, Vocabulary.isPrivateHeading(text) { privateLevel = level }
                privateBlock = false
            } else if parsed.marker == nil, Vocabulary.opensPrivateBlock(parsed.content, emphasized: parsed.isEmphasized) {
                // "Remarques internes (ne pas diffuser) :" over its list.
                privateBlock = true
            } else if case .field(let key, let value) = parsed.kind, Vocabulary.isPrivateHeading(key) {
                if value.isEmpty { privateBlock = true } else { document.privateLines.insert(line) }
            } else if let colon = parsed.content.firstIndex(of: ":"), Vocabulary.isPrivateHeading(String(parsed.content[..<colon])) {
                // "Notas internas: la otra agencia cobra 12 %".
                document.privateLines.insert(line)
            }
            if privateLevel != nil || privateBlock { document.privateLines.insert(line) }
            if afterBlank, section != .body, parsed.marker == nil {
                if case .heading = parsed.kind {} else if sectionFromLabel || sectionHasList {
                    section = .body
                    sectionTitle = nil
                    sectionFromLabel = false
                }
            }
            afterBlank = false
            if parsed.marker != nil { sectionHasList = true }
            if headerSeen < Self.headerLineCount {
                document.headerLines.append((line, parsed.content))
                headerSeen += 1
            }
            if attendeeLineAbove, parsed.marker == nil, participants.addContinuedAttendees(parsed) {
                previousWasText = false
                continue
            }
            attendeeLineAbove = false
            // "- Grupo Alvarado: Lucía Ferrer Ortega (Jefa de Compras), Sergio Paredes": people under their company.
            if inAttendeeList, parsed.marker != nil {
                var group = parsed.label
                var list = parsed.content
                if case .field(let key, let value) = parsed.kind, !value.isEmpty {
                    group = key
                    list = value
                } else if group == nil, let colon = list.range(of: ": "), !list[..<colon.lowerBound].contains(","),
                    list[..<colon.lowerBound].split(separator: " ").count <= 6
                {
                    // "ООО «СибЛогистик»: Кузнецов С.Н. (…)", "Kartonagen Rehmann GmbH & Co. KG: Frank Rehmann (…)".
                    group = String(list[..<colon.lowerBound])
                    list = String(list[colon.upperBound...])
                }
                if participants.addAttendeeLine(list, organization: group) > 0 {
                    previousWasText = false
                    continue
                }
            }
            if parsed.marker == nil { inAttendeeList = false }
            switch parsed.kind {
            case .blank:
                continue
            case .heading(let level, let text):
                inAttendeeList = Vocabulary.attendeeLabels.contains(text.lowercased().trimmingCharacters(in: " :*#_"))
                if document.title == nil && level == 1 && !seenContent {
                    document.title = text
                    document.titleLine = line
                }
                section = Vocabulary.section(forHeading: text, byPrefix: true) ?? (level <= 2 ? .body : section)
                sectionTitle = text
                sectionFromLabel = false
                sectionHasList = false
                // "### Maria" heads Maria's items; "FOLLOW-UPS" heads a section, and names nobody.
                blockOwner = Vocabulary.section(forHeading: text, byPrefix: true) != nil
                    || Vocabulary.statusHeadings.contains(text.lowercased().trimmingCharacters(in: " :*#_-—–.\t"))
                    ? nil : NoteLine.personLabel(text).flatMap { $0.split(separator: " ").count <= 2 ? $0 : nil }
                previousWasText = false
                let bare = text.lowercased().trimmingCharacters(in: " :*#_-—–.\t")
                let named = Vocabulary.nextContactHeadings.contains(bare) || Vocabulary.nextContactHeadings.contains(Vocabulary.withoutNumbering(bare))
                nextContactHeading = named ? Vocabulary.withoutNumbering(text.trimmingCharacters(in: " :")) : nil
                // "## Próximo comité: miércoles 14 de enero a las 9:00": a heading that carries a line of notes.
                if document.title != text, let colon = text.range(of: ": "), text[colon.upperBound...].contains(where: \.isNumber) {
                    utterances.append(Utterance(speaker: nil, speakerSpoke: false, text: text, line: line, section: section, listMarker: nil,
                                                sectionTitle: sectionTitle))
                    seenContent = true
                }
                continue
            case .field(let key, let value):
                let lower = key.lowercased()
                // "Protokoll: Lieferantengespräch Büroausstattung" opening the notes names the meeting, not who wrote it.
                if Vocabulary.firstLineTitleLabels.contains(lower), line == firstLine, document.title == nil, !value.isEmpty {
                    document.title = value
                    continue
                }
                // "от нас: я (Алексей), Марина (пресейл)": our side, greeted by nobody.
                // Not "Us: Sam, Nina. Them: Felix", both sides on one line.
                if Vocabulary.ourSideLabels.contains(lower), !value.isEmpty, !value.contains(":"), !seenAttendeeLines.contains(value) {
                    let before = participants.people.count
                    participants.addAttendeeLine(value)
                    participants.markOnOurSide(last: participants.people.count - before)
                    seenAttendeeLines.insert(value)
                    previousWasText = false
                    continue
                }
                // "Team: we need a second reviewer" names nobody: it stays a line of notes.
                if Vocabulary.attendeeLabels.contains(lower),
                    value.isEmpty || seenAttendeeLines.contains(value) || participants.addAttendeeLine(value, labelled: true) > 0
                {
                    seenAttendeeLines.insert(value)
                    previousWasText = false
                    inAttendeeList = value.isEmpty
                    attendeeLineAbove = !value.isEmpty
                    continue
                }
                // "From: Sarah Okonkwo <sarah@…>", "Agent: Nora Pike, Tier 2": who wrote the notes ("I").
                if Vocabulary.authorLabels.contains(lower) || Vocabulary.personLabels.contains(lower), !value.isEmpty,
                    let first = ParticipantList.splitEntries(value).first, participants.addAttendeeLine(first) > 0
                {
                    if Vocabulary.authorLabels.contains(lower), document.author == nil {
                        document.author = participants.people.last.map(\.name)
                    }
                    previousWasText = false
                    continue
                }
                if Vocabulary.titleLabels.contains(lower), document.title == nil, !value.isEmpty {
                    document.title = value
                    continue
                }
                if value.isEmpty, let kind = Vocabulary.section(forHeading: key, byPrefix: true) {
                    section = kind
                    sectionTitle = key
                    sectionFromLabel = true
                    sectionHasList = false
                    previousWasText = false
                    continue
                }
                if ["date", "time", "when", "дата", "время", "datum", "fecha", "heure", "zeit", "timezone", "tz"].contains(lower) {
                    if !document.headerLines.contains(where: { $0.line == line }) { document.headerLines.append((line, parsed.content)) }
                    seenContent = true
                    continue
                }
            case .text:
                break
            }
            // "**@omar**" or "Omar:" alone on a line: the list under it is that person's (a standup).
            if parsed.marker == nil, let owner = NoteLine.ownerHeading(parsed) {
                blockOwner = owner
                previousWasText = false
                seenContent = true
                continue
            }
            // First short line of plain notes without a heading: the title.
            // A note of one line is all content ("Dana to send the deck by Friday" piped in).
            if document.title == nil && !seenContent && nonEmpty > 1 && document.format == .text && parsed.label == nil
                && parsed.marker == nil && NoteLine.readsAsTitle(parsed.content)
            {
                document.title = parsed.content.trimmingCharacters(in: "*_# ")
                document.titleLine = line
                seenContent = true
                continue
            }
            // "FO (Finn O'Connor, Alliances), PN (Priya Nair, me), Jess Tan (our SE)" right under the title: who was
            // there, unlabelled.
            if utterances.isEmpty, let title = document.titleLine, line - title <= 2, parsed.marker == nil, parsed.label == nil,
                ParticipantList.readsAsAttendeeList(parsed.content), participants.addAttendeeLine(parsed.content) > 0
            {
                previousWasText = false
                continue
            }
            seenContent = true
            // A lower-case line goes on with the one above, unless it opens with its own owner ("me - SRE re staging
            // quota - today" under "raj - flaky refund test - thu eod").
            if previousWasText, parsed.marker == nil, parsed.label == nil, !parsed.isActionMarked,
                parsed.content.first?.isLowercase == true, NoteLine.lowercaseLabel(parsed.content, people: participants.people) == nil,
                var last = utterances.popLast()
            {
                last.append(parsed.content, line: line)
                utterances.append(last)
                continue
            }
            if parsed.marker == nil, case .text = parsed.kind { blockOwner = nil }
            var parsed = parsed
            // "- moi : rapport d'incident écrit", "- марина — демо-стенд", "- lou -> egress breakdown": a to-do
            // labelled in lower case with "me" or a participant's name.
            if parsed.label == nil, parsed.marker != nil || section == .actionItems || section == .nextSteps,
                let (name, rest) = NoteLine.lowercaseLabel(parsed.content, people: participants.people)
            {
                parsed.label = name
                parsed.content = rest
                // Its lines are a list: a plain paragraph after a blank line ends the section.
                sectionHasList = true
            }
            // "HD - revised budget (10% overheads) -> EM, by Wed 6 Jan" under "actions": initials own the line.
            if parsed.label == nil, section == .actionItems || section == .nextSteps, let (name, rest) = NoteLine.initialsLabel(parsed.content) {
                parsed.label = name
                parsed.content = rest
            }
            let content = nextContactHeading.map { $0 + ": " + parsed.content } ?? parsed.content
            nextContactHeading = nil
            var utterance = Utterance(
                speaker: parsed.label ?? blockOwner, speakerSpoke: chatStyle, text: content, line: line,
                section: section, listMarker: parsed.marker, sectionTitle: sectionTitle)
            utterance.actionMarked = parsed.isActionMarked
            if chatStyle, let label = parsed.label { participants.addSpeaker(label) }
            utterances.append(utterance)
            previousWasText = true
        }
        participants.finish()
        document.participants = participants.people
        if document.author == nil, let writer = participants.writer { document.author = writer }
        if let author = document.author {
            document.author = participants.people.first { $0.name == author || $0.aliases.contains(author) }?.name ?? author
        }
        document.utterances = utterances
    }
}

/// One line of notes, with its markup taken apart.
struct NoteLine {
    enum Kind {
        case blank
        case heading(level: Int, text: String)
        /// "Key: value" (value may be empty: "Action items:").
        case field(key: String, value: String)
        case text
    }

    var kind: Kind = .text
    var marker: ListMarker?
    /// A person's name before ":" ("Alice: send the deck", "AI (Bob): ...").
    var label: String?
    var isActionMarked = false
    /// The line without list markers, labels and emphasis markup.
    var content: String = ""
    /// The whole line in bold or italics ("**Internal use only, do not forward!**").
    var isEmphasized = false

    init(_ raw: String, monthNames: Set<String> = []) {
        var text = Substring(raw.trimmingWhitespace())
        guard !text.isEmpty else {
            kind = .blank
            return
        }
        while text.utf8.first == 0x3E, text.hasPrefix(">") { text = text.dropFirst().drop(while: { $0 == " " }) }
        if text.utf8.first == 0x23, text.hasPrefix("#") {
            let level = text.prefix(while: { $0 == "#" }).count
            let title = text.dropFirst(level).trimmingWhitespace().trimmingCharacters(in: "# ")
            if level <= 6, !title.isEmpty {
                kind = .heading(level: level, text: NoteLine.stripEmphasis(title))
                content = title
                return
            }
        }
        // "**Decisions**" or "__Action items:__" alone on a line is a heading too.
        let emphasised = text.utf8.contains(0x2A) || text.utf8.contains(0x5F)  // "*" or "_"
        let bare = emphasised ? NoteLine.stripEmphasis(String(text)).trimmingWhitespace() : String(text)
        isEmphasized = emphasised && text.count > 4 && ["*", "_"].contains(text.first) && ["*", "_"].contains(text.last)
        // So is a known section word alone on a plain line ("Beschlüsse", "To-dos", "Acuerdos").
        if bare != String(text) || bare.prefix { $0 != "(" }.split(separator: " ").count <= 3, Vocabulary.section(forHeading: bare) != nil {
            kind = .heading(level: 3, text: bare.trimmingCharacters(in: ": "))
            content = bare
            return
        }
        // List markers.
        if let first = text.first, "-*+•–—·".contains(first), text.dropFirst().first == " " {
            text = text.dropFirst(2)
            marker = .bullet
        } else if let digits = Optional(text.prefix(while: { $0.isASCII && $0.isNumber })), !digits.isEmpty, digits.count <= 3 {
            let after = text.dropFirst(digits.count)
            // "28. Dezember 2012", "5. Januar: Kickoff": a day and its month, not item 28.
            // A short month word that is also a word ("2. Set up the server") needs a year or nothing after it.
            let rest = after.dropFirst(2)
            let word = rest.prefix { $0.isLetter }
            let following = rest.dropFirst(word.count)
            let ends = following.first.map { $0.isWhitespace || ".,:;)".contains($0) } ?? true
            let dated = following.first.map { !$0.isWhitespace } ?? true || following.dropFirst().first?.isNumber == true
            let isDay = after.first == "." && (Int(digits) ?? 99) <= 31 && monthNames.contains(word.lowercased())
                && ends && (word.count >= 4 || dated)
            if !isDay, let sep = after.first, sep == "." || sep == ")", after.dropFirst().first == " " {
                text = after.dropFirst(2)
                marker = .numbered
                // "4. Decisions" in numbered minutes is a heading, not an item.
                let heading = NoteLine.stripEmphasis(String(text)).trimmingWhitespace()
                if Vocabulary.section(forHeading: heading) != nil {
                    kind = .heading(level: 2, text: heading.trimmingCharacters(in: ": "))
                    content = heading
                    marker = nil
                    return
                }
            }
        }
        text = text.drop(while: { $0 == " " })
        text = NoteLine.droppingTimestamp(text)
        text = NoteLine.droppingTicketKey(text)
        // Checkboxes start with "[" or a symbol at U+2600...U+27BF (first byte 0xE2).
        if text.utf8.first == 0x5B || text.utf8.first == 0xE2 {
            if text.hasPrefix("[ ]") || text.hasPrefix("[]") {
                text = text.dropFirst(text.hasPrefix("[]") ? 2 : 3)
                marker = .openCheckbox
            } else if text.hasPrefix("[x]") || text.hasPrefix("[X]") || text.hasPrefix("[✓]") || text.hasPrefix("[✔]") {
                text = text.dropFirst(3)
                marker = .doneCheckbox
            } else if text.hasPrefix("☐") {
                text = text.dropFirst()
                marker = .openCheckbox
            } else if text.hasPrefix("☑") || text.hasPrefix("✅") || text.hasPrefix("✔") {
                text = text.dropFirst()
                marker = .doneCheckbox
            }
        }
        text = NoteLine.droppingTicketKey(text)
        var body = NoteLine.stripEmphasis(String(text)).trimmingWhitespace()

        // "AI (Bob): ...", "Action item [Bob] - ...", "TODO: ...", "Action: Sam — ..."
        if let (label, rest) = NoteLine.actionPrefix(body) {
            isActionMarked = true
            body = rest
            if let label { self.label = label }
            if self.label == nil, let (name, rest) = NoteLine.nameLabel(body, separators: [":", " — ", " – ", " - "]) {
                self.label = name
                body = rest
            }
        }
        if label == nil, body.containsByte(0x3A), let colon = body.firstIndex(of: ":") {
            let key = body[..<colon].trimmingWhitespace()
            let value = body[body.index(after: colon)...].trimmingWhitespace()
            let lowerKey = key.lowercased()
            let keyWords = key.split(separator: " ").count
            if Vocabulary.fieldLabels.contains(lowerKey) || Vocabulary.attendeeLabels.contains(lowerKey)
                || Vocabulary.authorLabels.contains(lowerKey) || Vocabulary.personLabels.contains(lowerKey)
                || Vocabulary.firstLineTitleLabels.contains(lowerKey) || Vocabulary.section(forHeading: key) != nil
            {
                if marker == nil || value.isEmpty || Vocabulary.attendeeLabels.contains(lowerKey) {
                    kind = .field(key: key, value: value)
                }
            } else if keyWords <= 3, !value.isEmpty, let name = NoteLine.personLabel(key) {
                label = name
                body = value
            } else if value.isEmpty, keyWords <= 4, marker == nil {
                kind = .field(key: key, value: "")
            }
        }
        content = body
    }

    /// "@omar" or "Omar:" alone on a line: whose items follow.
    static func ownerHeading(_ parsed: NoteLine) -> String? {
        let content = parsed.content.trimmingCharacters(in: " :*_")
        if content.hasPrefix("@"), content.count > 1, !content.contains(" ") { return String(content.dropFirst()) }
        if case .field(let key, let value) = parsed.kind, value.isEmpty, Vocabulary.section(forHeading: key) == nil,
            !Vocabulary.fieldLabels.contains(key.lowercased()), let name = personLabel(key), name.split(separator: " ").count <= 2
        {
            return name
        }
        return nil
    }

    /// "Jefa de proyecto: …", "Chef de projet : …", "Head of sales: …": labels with lower-case words are
    /// speakers' when two or more of them open three lines or more each, take turns, and so make most lines
    /// labelled (a transcript labelled by role, not notes with "Pain point: …" lines). Labels those lines;
    /// returns how many.
    static func labelRecurringRoles(_ lines: inout [(line: Int, parsed: NoteLine)], labelled: Int, nonEmpty: Int) -> Int {
        func candidate(_ parsed: NoteLine) -> (String, String)? {
            guard parsed.label == nil, parsed.marker == nil, case .text = parsed.kind else { return nil }
            return roleLabel(parsed.content)
        }
        let candidates = lines.map { candidate($0.parsed) }
        var counts: [String: Int] = [:]
        var turns = 0
        var previous: String?
        for case let (key, _)? in candidates {
            counts[key, default: 0] += 1
            if previous != nil, previous != key { turns += 1 }
            previous = key
        }
        let recurring = Set(counts.filter { $0.value >= 3 }.keys)
        let found = counts.filter { recurring.contains($0.key) }.values.reduce(0, +)
        guard recurring.count >= 2, turns >= 3, (labelled + found) * 10 >= nonEmpty * 6 else { return 0 }
        for (index, entry) in candidates.enumerated() {
            guard let (key, rest) = entry, recurring.contains(key) else { continue }
            lines[index].parsed.label = key
            lines[index].parsed.content = rest
        }
        return found
    }

    /// Up to three words of letters before a colon, the first capitalized, one of them a role
    /// (`Vocabulary.roleWords`), not a field or section label.
    private static func roleLabel(_ content: String) -> (String, String)? {
        guard content.containsByte(0x3A), let colon = content.firstIndex(of: ":") else { return nil }
        let key = content[..<colon].trimmingWhitespace()
        let rest = content[content.index(after: colon)...].trimmingWhitespace()
        let words = key.split(separator: " ")
        guard !rest.isEmpty, (1...3).contains(words.count), words[0].first?.isUppercase == true,
            words.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" } }),
            !Vocabulary.fieldLabels.contains(key.lowercased()), Vocabulary.section(forHeading: key) == nil,
            words.contains(where: { Vocabulary.roleWords.contains($0.lowercased()) })
        else { return nil }
        return (key, rest)
    }

    /// "@maria", "Alice", "Alice Chen", "[Bob]": a label that can be a person.
    static func personLabel(_ key: String) -> String? {
        var name = key.trimmingCharacters(in: "[]()*_ ")
        if name.hasPrefix("@") { name.removeFirst() }
        // "Ana (yo)", "Megan (Globex)": the name before the bracket.
        if let open = name.firstIndex(of: "("), open > name.startIndex {
            name = String(String(name).prefix(upTo: open)).trimmingCharacters(in: " ")
        }
        // "Созвон: «Сосновый бор» — …", "Meeting: Q3 review": the meeting's kind labels a title, not a speaker.
        guard !name.isEmpty, !Vocabulary.fieldLabels.contains(name.lowercased()), !Vocabulary.meetingKindWords.contains(name.lowercased())
        else { return nil }
        // "Javier/Nerea": two people who share the line, as "Javier & Nerea".
        let pair = name.split(separator: "/")
        if pair.count == 2, pair.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) }) {
            name = pair.joined(separator: " & ")
        }
        let words = name.split(separator: " ")
        // "Calder & Pike", "Ana + Luis": "&" and "+" join names.
        guard words.count <= 3, words.allSatisfy({ $0.first?.isUppercase == true || "&+".contains($0) || key.hasPrefix("@") }), words.first != "&"
        else { return nil }
        // Each mark is a lone ASCII scalar, so a Character is one only if its ASCII value is: no
        // comparison of every Character with every mark.
        guard !name.contains(where: { $0.isNumber || $0.asciiValue.map(NoteLine.labelMarks.contains) == true }) else { return nil }
        return name
    }

    /// Marks no person label contains: "!?;=/\\{}<>".
    private static let labelMarks: Set<UInt8> = Set("!?;=/\\{}<>".utf8)

    /// A short first line that names the meeting: a name and a dash ("acme logistics - call w/ Jenna + Rob
    /// tue 12/1"), a short line ending in a date ("platform standup fri 12/4"), one opening or ending with
    /// the meeting's kind ("стендап 03.12 команда мобилки"), or a few words with no sentence's end.
    static func readsAsTitle(_ content: String) -> Bool {
        let words = content.split(separator: " ")
        let lastWord = words.last ?? ""
        let titled = [" - ", " – ", " — ", " | "].contains { content.contains($0) }
            || lastWord.contains(where: \.isNumber) && lastWord.contains(where: { "/.-".contains($0) }) && words.count <= 8
            || words.count <= 8 && [words.first, lastWord].contains { word in
                word.map { Vocabulary.meetingKindWords.contains($0.lowercased().trimmingCharacters(in: ".,:;-–—")) } ?? false
            }
        return words.count <= (titled ? 16 : 10) && (titled || !content.contains(where: { $0.isNumber }))
            && !(content.last.map { "!?".contains($0) } ?? false)
            // "Standup Team Payments – Do 3.12.": the dot of a German date ends no titled line.
            && !(content.last == "." && !(titled && lastWord.dropLast().last?.isNumber == true))
    }

    /// "moi : …", "марина — …", "lou -> …", "kofi+raj - …": a label in lower case, when it is "me" or names
    /// participants.
    static func lowercaseLabel(_ text: String, people: [Participant]) -> (String, String)? {
        label(text, separators: [" : ", ": ", " — ", " – ", " - ", " -> ", " → "]) { raw, rest in
            let key = raw.trimmingWhitespace()
            guard raw.count <= 24, !rest.isEmpty, !key.isEmpty, key.split(separator: " ").count <= 2 else { return nil }
            func named(_ word: Substring) -> String? {
                let lower = word.trimmingWhitespace().lowercased()
                if Vocabulary.selfLabels.contains(lower) { return word.trimmingWhitespace() }
                return people.first { person in
                    person.name.lowercased() == lower || person.name.split(separator: " ").first.map { $0.lowercased() == lower } ?? false
                }?.name
            }
            // Two people joined as "Ana + Luis:" is: both own the line.
            let parts = key.split(whereSeparator: { $0 == "+" || $0 == "&" })
            guard parts.count > 1 else { return named(Substring(key)) }
            let names = parts.compactMap(named)
            return names.count == parts.count ? names.joined(separator: " + ") : nil
        }
    }

    /// Initials before a dash: "HD - revised budget", "МД — отчёт" (two or three capital letters).
    static func initialsLabel(_ text: String) -> (String, String)? {
        label(text, separators: [" - ", " – ", " — "]) { key, rest in
            let key = key.trimmingWhitespace()
            return (2...3).contains(key.count) && key.allSatisfy({ $0.isUppercase && $0.isLetter }) && !rest.isEmpty ? key : nil
        }
    }

    static func nameLabel(_ text: String, separators: [String]) -> (String, String)? {
        label(text, separators: separators) { key, _ in key.split(separator: " ").count <= 3 ? personLabel(key) : nil }
    }

    /// The name `accept` makes of the words before the first separator found (given the rest after it), and the rest.
    private static func label(_ text: String, separators: [String], accept: (String, String) -> String?) -> (String, String)? {
        for separator in separators {
            // Bytes first: most lines hold none of the separators, and a Character search is slow.
            guard text.containsBytes(separator), let range = text.firstRange(of: separator) else { continue }
            let rest = text[range.upperBound...].trimmingWhitespace()
            if let name = accept(String(text[..<range.lowerBound]), rest) { return (name, rest) }
        }
        return nil
    }

    static let actionWords = ["action item", "action", "ai", "todo", "to do", "to-do", "task", "задача", "поручение", "aufgabe", "tarea", "tâche"]

    /// Strips an action marker; returns the person in "(Bob)" or "[Bob]" after it when given.
    static func actionPrefix(_ text: String) -> (String?, String)? {
        // Every action word starts with a, t, з or п: another ASCII first letter rules them all out.
        if let first = text.utf8.first, first < 0x80, first | 0x20 != 0x61, first | 0x20 != 0x74 { return nil }
        // Action words are short: only the line's start needs lower-casing.
        let lower = text.prefix(16).lowercased()
        for word in actionWords where lower.hasPrefix(word) {
            var rest = text.dropFirst(word.count)
            var label: String?
            if let open = rest.first, open == "(" || open == "[", let close = rest.firstIndex(where: { $0 == ")" || $0 == "]" }) {
                label = personLabel(String(rest[rest.index(after: rest.startIndex)..<close]))
                rest = rest[rest.index(after: close)...]
            } else if rest.first == " ", let open = rest.dropFirst().first, open == "(" || open == "[",
                let close = rest.firstIndex(where: { $0 == ")" || $0 == "]" })
            {
                label = personLabel(String(rest[rest.index(rest.startIndex, offsetBy: 2)..<close]))
                rest = rest[rest.index(after: close)...]
            }
            let trimmed = rest.drop(while: { $0 == " " })
            guard let sep = trimmed.first, ":-–—".contains(sep) else { continue }
            return (label, trimmed.dropFirst().trimmingWhitespace())
        }
        return nil
    }

    /// "PLAT-2301 Add idempotency keys": a tracker's issue key before the title is not part of the task.
    /// "[00:00:46] Lukas Wenzel: …", "(01:02) Ana: …", "00:12:05 Bob: …": a recorder's clock before the
    /// speaker is dropped, so the line reads as the speaker's words. A bare "14:48" stays (an agenda time).
    static func droppingTimestamp(_ text: Substring) -> Substring {
        guard let first = text.utf8.first, first == 0x5B || first == 0x28 || (0x30...0x39).contains(first) else { return text }
        let bracketed = first == 0x5B || first == 0x28
        let body = bracketed ? text.dropFirst() : text
        let clock = body.prefix { ($0.isASCII && $0.isNumber) || $0 == ":" || $0 == "." }
        let colons = clock.filter { $0 == ":" }.count
        guard colons >= 1, clock.first?.isNumber == true, clock.last?.isNumber == true else { return text }
        var rest = body.dropFirst(clock.count)
        if bracketed {
            guard let close = rest.first, close == "]" || close == ")" else { return text }
            rest = rest.dropFirst()
        } else if colons < 2 {
            return text
        }
        guard rest.first == " " else { return text }
        let after = rest.drop { $0 == " " }
        return after.isEmpty ? text : after
    }

    static func droppingTicketKey(_ text: Substring) -> Substring {
        // A key starts with an uppercase letter: any other ASCII first byte is no key.
        if let first = text.utf8.first, first < 0x80, first < 0x41 || first > 0x5A { return text }
        let key = text.prefix { $0.isLetter && $0.isUppercase || $0.isNumber }
        guard key.count >= 2, key.first?.isLetter == true else { return text }
        let rest = text.dropFirst(key.count)
        guard rest.first == "-" else { return text }
        let number = rest.dropFirst().prefix { $0.isNumber }
        guard !number.isEmpty else { return text }
        let after = rest.dropFirst(1 + number.count)
        guard after.first == " " || after.first == ":" else { return text }
        return after.drop { $0 == " " || $0 == ":" }
    }

    static func stripEmphasis(_ text: String) -> String {
        let marks = text.utf8.contains { $0 == 0x2A || $0 == 0x5F || $0 == 0x60 || $0 == 0x7E }  // * _ ` ~
        guard marks else { return text }
        // Mark bytes that are Characters of their own: the bytes answer, with no Character walk.
        if text.isASCIIText || marksStandAlone(text) { return asciiStrippingEmphasis(text) }
        guard text.contains(where: { $0 == "*" || $0 == "_" || $0 == "`" || $0 == "~" }) else { return text }
        var result = text
        for mark in ["**", "__", "~~", "`"] { result = result.replacing(mark, with: "") }
        // Single "*" or "_" around words: drop only when paired.
        if result.filter({ $0 == "*" }).count % 2 == 0 { result = result.replacing("*", with: "") }
        return result
    }

    /// Whether every mark byte (* _ ` ~) of `text` is a Character of its own because each
    /// neighbour is ASCII or a Cyrillic letter, which no mark joins (no combining mark follows,
    /// no prepended sign comes before): "**Решение**". Then the byte removals are the
    /// Character ones.
    private static func marksStandAlone(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        @inline(__always) func isMark(_ byte: UInt8) -> Bool { byte == 0x2A || byte == 0x5F || byte == 0x60 || byte == 0x7E }
        /// A Cyrillic letter (U+0400...U+04FF without the combining U+0483...U+0489) from its lead byte.
        @inline(__always) func isCyrillicLetter(lead: Int) -> Bool {
            guard lead >= 0, lead + 1 < bytes.count, (0xD0...0xD3).contains(bytes[lead]) else { return false }
            return !(bytes[lead] == 0xD2 && (0x83...0x89).contains(bytes[lead + 1]))
        }
        for (i, byte) in bytes.enumerated() where isMark(byte) {
            if i > 0, bytes[i - 1] >= 0x80, !isCyrillicLetter(lead: i - 2) { return false }
            if i + 1 < bytes.count, bytes[i + 1] >= 0x80, !isCyrillicLetter(lead: i + 1) { return false }
        }
        return true
    }

    /// `stripEmphasis` of text whose marks are Characters of their own (ASCII text, whose
    /// Characters are its bytes, "\r\n" aside, which no mark is part of, or `marksStandAlone`):
    /// the same removals, byte by byte.
    private static func asciiStrippingEmphasis(_ text: String) -> String {
        var bytes = Array(text.utf8)
        for mark in ["**", "__", "~~", "`"] {
            let pattern = Array(mark.utf8)
            var kept: [UInt8] = []
            kept.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                if i + pattern.count <= bytes.count, bytes[i..<i + pattern.count].elementsEqual(pattern) {
                    i += pattern.count
                } else {
                    kept.append(bytes[i])
                    i += 1
                }
            }
            bytes = kept
        }
        if bytes.filter({ $0 == 0x2A }).count % 2 == 0 { bytes.removeAll { $0 == 0x2A } }
        return String(decoding: bytes, as: UTF8.self)
    }
}
