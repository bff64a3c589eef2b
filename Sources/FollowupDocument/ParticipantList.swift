import FollowupText

/// Builds the participant list: attendee lines, speakers and e-mail addresses, each person once
/// in the fullest form of their name.
struct ParticipantList {
    private(set) var people: [Participant] = []
    /// "me (Tom)", "я (Анна)" in an attendee list: the writer's own name, not someone to greet.
    private(set) var writer: String?

    /// Marks the last `count` people added as the writer's colleagues.
    mutating func markOnOurSide(last count: Int) {
        for index in people.indices.suffix(count) { people[index].onOurSide = true }
    }

    /// Parses "Alice Chen (AC), Bob Lee <bob@acme.com>, maria@acme.com and Dan"; returns how many
    /// entries named a person, so a line that only looked like an attendee line can stay text.
    /// `organization` is the company the line lists its people under ("Grupo Alvarado: Lucía Ferrer, Sergio Paredes").
    /// `labelled`: the line follows an attendee label, so names written in lower case ("panel: chris alvarez (HM),
    /// tanya brooks") are names too, when every entry reads as one.
    @discardableResult
    mutating func addAttendeeLine(_ list: String, organization: String? = nil, labelled: Bool = false) -> Int {
        // "me (Irina), Alexey Gromov (IT), from TP — Dmitry Belov": the other side after its organization; before it,
        // when the writer lists themself, the writer's side.
        if organization == nil, let sides = Self.sides(of: list) {
            let first = people.count
            var added = addAttendeeLine(sides.ours, labelled: labelled)
            let listsWriter = Self.splitEntries(sides.ours).contains(where: Self.namesWriter)
            if listsWriter { for index in people.indices.dropFirst(first) { people[index].onOurSide = true } }
            added += addAttendeeLine(sides.theirs, organization: sides.organization, labelled: labelled)
            return added
        }
        // "Javier Ortega (cuentas) + Nerea de Lumbre // yo, Marta (brand mgr)": of groups set apart, the one listing the
        // writer is the writer's side; "Mme Roux (directrice), M. Benali / nous : moi (Julien) + Sarah (support)": the
        // writer's side after its label.
        if organization == nil, let sides = Self.writersGroup(in: list) ?? Self.ourSideAfterLabel(in: list) {
            var added = addAttendeeLine(sides.theirs, labelled: labelled)
            let first = people.count
            added += addAttendeeLine(sides.ours, labelled: labelled)
            markOnOurSide(last: people.count - first)
            return added
        }
        // "TB (ich, IT), SV (Einkauf) | Brandt: M. Ehlers (ME, Vertrieb), J. Hartmann": each group on its own.
        if organization == nil, let separator = [" | ", " // "].first(where: { list.contains($0) }) {
            return list.split(separator: separator).reduce(0) { $0 + addAttendeeLine(String($1), labelled: labelled) }
        }
        // "Brandt: M. Ehlers (ME, Vertrieb), J. Hartmann (JH)": a group opened by its company's name.
        if organization == nil, let colon = list.firstRange(of: ": ") {
            let head = list[..<colon.lowerBound].trimmingWhitespace()
            let people = list[colon.upperBound...]
            if (1...4).contains(head.split(separator: " ").count), head.first?.isUppercase == true,
                !head.contains(where: { $0.isNumber || "(,".contains($0) }), people.contains(where: { ",(".contains($0) })
            {
                return addAttendeeLine(String(people), organization: String(head), labelled: labelled)
            }
        }
        var added = 0
        let entries = Self.splitEntries(list)
        let lowercaseNames = labelled && entries.count >= 2 && entries.allSatisfy(Self.looksLikeLowercaseName)
        for entry in entries {
            var name = entry
            // "Tom Reyes (Solutions Engineer) from our side": a note after the name puts the person on the writer's side.
            var notedOurs = false
            let notes = Vocabulary.ourSideNotes.filter { $0.contains(" ") && name.lowercased().hasSuffix(" " + $0) }
            if let note = notes.max(by: { $0.count < $1.count }) {
                name = String(name.dropLast(note.count + 1))
                notedOurs = true
            }
            var email: String?
            var initials: String?
            var nameInParentheses: String?
            var firstGroup: String?
            if let lt = Self.firstIndex(of: "<", in: name), let gt = name.lastIndex(of: ">"), lt < gt {
                email = String(name[name.index(after: lt)..<gt]).trimmingWhitespace()
                name = String(name[..<lt])
            }
            // Every "(…)" group: initials "(AC)", a role "(Chair)", "(CFO)", an address, or the name itself.
            var initialsCandidates: [String] = []
            var roles: [String] = []
            var selfInGroup = false
            var ourSide = notedOurs
            // "Dan Oakes (Harwick Logistics, Fleet Ops)": the bracket's first part, unless it is a role, initials or a note.
            var company: String?
            while let open = Self.firstIndex(of: "(", in: name), let close = name[open...].firstIndex(of: ")") {
                let inside = String(name[name.index(after: open)..<close]).trimmingWhitespace()
                if firstGroup == nil, !inside.isEmpty {
                    firstGroup = inside
                    company = inside.split(separator: ",").first.map { $0.trimmingWhitespace() }
                }
                for part in inside.split(separator: ",").map({ $0.trimmingWhitespace() }) {
                    if part.count >= 2, part.count <= 4, part.allSatisfy({ $0.isUppercase && $0.isLetter }) {
                        initialsCandidates.append(part)
                        if part == company { company = nil }
                    } else if Vocabulary.selfLabels.contains(part.lowercased()) {
                        selfInGroup = true  // "PN (Priya Nair, me)"
                    } else if let first = part.split(separator: " ").first,
                        Vocabulary.ourSideWords.contains(first.lowercased()) || Vocabulary.ourSideNotes.contains(part.lowercased())
                    {
                        ourSide = true  // "Jess Tan (our SE)", "NC + AK (us)"
                    } else if let address = part.split(whereSeparator: { " ;".contains($0) }).first(where: {
                        $0.contains("@") && $0 != "@"  // not "Alliances @ Datapipe"
                    }) {
                        email = String(address)
                    } else if part.split(separator: " ").count >= 2, Self.looksLikeName(part), nameInParentheses == nil,
                        !Vocabulary.jobTitleHeads.contains(part.split(separator: " ").last.map { $0.lowercased() } ?? "")
                    {
                        // "@maria (Maria Gonzalez)", "подрядчик «ОблакоПро» (Максим Титов)"
                        nameInParentheses = part
                    } else if Vocabulary.roles.contains(part.lowercased()) {
                        roles.append(part)
                    }
                    if part == company, selfInGroup || ourSide || email?.contains(part) == true || Vocabulary.roles.contains(part.lowercased()) {
                        company = nil
                    }
                }
                name = String(name[..<open]) + String(name[name.index(after: close)...])
            }
            // "Nathalie Favre (Partenariats) – rédaction": what follows a spaced dash says what the person did.
            for dash in [" – ", " — ", " - "] {
                if let range = name.range(of: dash), Self.looksLikeName(String(name[..<range.lowerBound]).trimmingWhitespace()) {
                    // "Javier Ortega (Almacén) – por nuestra parte", "Анна Кравец — от нас": our side.
                    let note = String(name[range.upperBound...]).trimmingCharacters(in: " .").lowercased()
                    if Vocabulary.ourSideNotes.contains(note) { ourSide = true }
                    name = String(name[..<range.lowerBound])
                }
            }
            let untrimmed = name.trimmingWhitespace()
            name = name.trimmingCharacters(in: " \t*_-—–:;.,\"'")
            // "Кузнецов С.Н.", "Ефимов Р.": initials keep their last dot, as the notes write them elsewhere.
            if untrimmed.hasSuffix("."), let last = name.split(separator: " ").last, name.contains(" "), NameWords.isInitials(last) {
                name += "."
            }
            // "me (Ana Ruiz)" names the writer; "present: me, Tom Ashby" is the writer too, never a person called "Me".
            if Vocabulary.selfLabels.contains(name.lowercased()) {
                if let own = firstGroup, Self.looksLikeName(own), writer == nil { writer = own }
                added += 1
                continue
            }
            // "Dr. Anita Shah", "Mr Jones": the honorific is not the name.
            for honorific in ["Dr. ", "Dr ", "Mr. ", "Mr ", "Mrs. ", "Mrs ", "Ms. ", "Ms ", "Prof. ", "Prof "] where name.hasPrefix(honorific) {
                name = String(name.dropFirst(honorific.count))
                break
            }
            // An address, not an @mention: "maria@acme.com" but not "@maria".
            if email == nil, name.contains("@"), !name.hasPrefix("@"), !name.contains(" ") {
                email = name
                name = ""
            }
            var handle: String?
            if name.hasPrefix("@") {
                name.removeFirst()
                handle = name
            }
            if let full = nameInParentheses, handle != nil || name.isEmpty || !Self.looksLikeName(name) {
                name = full
            }
            // "FO (Finn O'Connor, Alliances)": the notes write him by his initials, as the name's alias.
            if let full = nameInParentheses, handle == nil, (2...4).contains(name.count), name.allSatisfy({ $0.isUppercase && $0.isLetter }),
                full.split(separator: " ").compactMap(\.first).map { String($0).uppercased() }.joined().hasPrefix(name)
            {
                handle = name
                initialsCandidates.append(name)
                name = full
            }
            if lowercaseNames, name.first?.isLowercase == true {
                name = name.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            }
            if selfInGroup, !name.isEmpty, writer == nil { writer = name }
            guard !name.isEmpty || email != nil else { continue }
            if !name.isEmpty && !Self.looksLikeName(name) { continue }
            // Initials must spell the name ("Alice Chen (AC)"); other capitals are a role ("(CFO)").
            let spelled = name.split(separator: " ").compactMap(\.first).map { String($0).uppercased() }.joined()
            for candidate in initialsCandidates {
                if initials == nil, !spelled.isEmpty, candidate == spelled || (candidate.count >= 2 && spelled.hasPrefix(candidate)) {
                    initials = candidate
                } else if Vocabulary.roles.contains(candidate.lowercased()) {
                    roles.append(candidate)
                }
            }
            add(name: name.isEmpty ? nil : name, email: email, initials: initials)
            if ourSide || selfInGroup, let index = people.firstIndex(where: { $0.name == name }) { people[index].onOurSide = true }
            if let group = organization ?? company, !group.isEmpty, !name.isEmpty, group != name,
                let index = people.firstIndex(where: { $0.name == name }), people[index].organization == nil
            {
                people[index].organization = group
            }
            if let handle, handle != name, let index = people.firstIndex(where: { $0.name == name }),
                !people[index].aliases.contains(handle)
            {
                people[index].aliases.append(handle)
            }
            // "Judith Thorne (Chair)": "The Chair to write…" names her.
            if let index = people.firstIndex(where: { $0.name == name }) {
                for role in roles where !people[index].aliases.contains(role) {
                    people[index].aliases.append(role)
                    people[index].aliases.append("the " + role.lowercased())
                }
            }
            added += 1
        }
        return added
    }

    /// Renames people ("Speaker 1" → "Kofi"), keeping the old name as an alias.
    mutating func rename(_ names: [String: String]) {
        for index in people.indices {
            if let name = names[people[index].name] {
                people[index].aliases.append(people[index].name)
                people[index].name = name
            }
        }
    }

    mutating func addSpeaker(_ name: String) {
        let name = NameText.visible(name).trimmingWhitespace()
        guard !name.isEmpty, Self.looksLikeName(name) else { return }
        add(name: name, email: nil, initials: nil)
    }

    mutating func add(name: String?, email: String?, initials: String?) {
        let name = name.map(NameText.visible)
        if let email, let index = people.firstIndex(where: { $0.email?.lowercased() == email.lowercased() }) {
            if let name { merge(name, into: index) }
            if people[index].initials == nil { people[index].initials = initials }
            return
        }
        if let name, let index = Self.firstSameName(name, in: people) {
            merge(name, into: index)
            if people[index].email == nil { people[index].email = email }
            if people[index].initials == nil { people[index].initials = initials }
            return
        }
        people.append(Participant(name: name ?? email!, email: email, initials: initials))
    }

    private mutating func merge(_ name: String, into index: Int) {
        let current = people[index].name
        if current.contains("@") || name.split(separator: " ").count > current.split(separator: " ").count {
            if !current.contains("@") { people[index].aliases.append(current) }
            people[index].name = name
        } else if name != current, !people[index].aliases.contains(name) {
            people[index].aliases.append(name)
        }
    }

    /// Attaches bare e-mail participants to a named one whose name the address spells
    /// ("alice.chen@" or "alice@" for Alice Chen), and merges short names into unique full ones.
    mutating func finish() {
        // "М. С. Ковалёва" is "Ковалёва М. С." in a table of tasks: a surname with initials before or after it.
        for person in people.indices {
            let words = people[person].name.split(separator: " ")
            let isInitial = { (word: Substring) in word.count == 2 && word.last == "." && word.first?.isUppercase == true }
            let surnames = words.filter { !isInitial($0) }
            guard words.count >= 2, surnames.count == 1 else { continue }
            let initials = words.filter(isInitial)
            let flipped = (isInitial(words[0]) ? [surnames[0]] + initials : initials + [surnames[0]]).joined(separator: " ")
            if !people[person].aliases.contains(flipped) { people[person].aliases.append(flipped) }
        }
        var index = 0
        while index < people.count {
            let person = people[index]
            if person.name.contains("@"), let email = person.email {
                let local = email.split(separator: "@").first.map { $0.lowercased() } ?? ""
                let parts = Set(local.split(whereSeparator: { ".-_".contains($0) }).map(String.init))
                let matches = people.indices.filter { other in
                    other != index && !people[other].name.contains("@") && people[other].email == nil
                        && people[other].name.lowercased().split(separator: " ").contains(where: { parts.contains(String($0)) })
                }
                if matches.count == 1 {
                    people[matches[0]].email = email
                    people.remove(at: index)
                    continue
                }
            }
            index += 1
        }
        // "Alice" when the list also has exactly one "Alice ...": the same person.
        index = 0
        while index < people.count {
            let short = people[index].name
            if !short.contains(" "), !short.contains("@") {
                let matches = people.indices.filter { $0 != index && Self.sameName(short, people[$0].name) }
                if matches.count == 1 {
                    let target = matches[0]
                    people[target].aliases.append(short)
                    if people[target].email == nil { people[target].email = people[index].email }
                    if people[target].initials == nil { people[target].initials = people[index].initials }
                    people.remove(at: index)
                    continue
                }
            }
            index += 1
        }
    }

    /// "Alice" and "Alice Chen" name the same person; so do "alice chen" and "Alice Chen".
    static func sameName(_ a: String, _ b: String) -> Bool {
        if let same = asciiSameName(a, b) { return same }
        return sameWords(nameWords(a), nameWords(b))
    }

    /// The first of `people` whose name is `name`'s, lower-casing and splitting `name` once.
    static func firstSameName(_ name: String, in people: [Participant]) -> Int? {
        if name.isASCIIText {
            return people.firstIndex { asciiSameName(name, $0.name) ?? sameWords(nameWords(name), nameWords($0.name)) }
        }
        let words = nameWords(name)
        return people.firstIndex { sameWords(words, nameWords($0.name)) }
    }

    private static func nameWords(_ name: String) -> [Substring] { name.lowercased().split(separator: " ") }

    private static func sameWords(_ x: [Substring], _ y: [Substring]) -> Bool {
        guard !x.isEmpty, !y.isEmpty else { return false }
        let (shorter, longer) = x.count <= y.count ? (x, y) : (y, x)
        return Array(longer.prefix(shorter.count)) == shorter
    }

    /// `sameName` of two ASCII names, word by word over the bytes without lower-cased copies;
    /// nil when either is not ASCII.
    private static func asciiSameName(_ a: String, _ b: String) -> Bool? {
        guard a.isASCIIText, b.isASCIIText else { return nil }
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        @inline(__always) func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        var i = 0
        var j = 0
        var words = 0
        while true {
            while i < x.count, x[i] == 0x20 { i += 1 }
            while j < y.count, y[j] == 0x20 { j += 1 }
            // One name has no more words: the shorter is a prefix of the longer (if it had any).
            if i == x.count || j == y.count { return words > 0 }
            while i < x.count, j < y.count, x[i] != 0x20, y[j] != 0x20 {
                guard lower(x[i]) == lower(y[j]) else { return false }
                i += 1
                j += 1
            }
            let xEnded = i == x.count || x[i] == 0x20
            let yEnded = j == y.count || y[j] == 0x20
            guard xEnded && yEnded else { return false }
            words += 1
        }
    }

    /// `firstIndex(of:)` for an ASCII mark. Most entries hold none, and `containsByte` proves that
    /// exactly (a Character equal to the mark contains its byte); only the rest walk Characters.
    private static func firstIndex(of mark: Unicode.Scalar, in text: String) -> String.Index? {
        guard text.containsByte(UInt8(ascii: mark)) else { return nil }
        return text.firstIndex(of: Character(mark))
    }

    /// "Álvaro Gómez (director comercial) y Marta Vidal": split by `joiner` where no bracket is open.
    static func outsideBrackets(_ text: String, splitBy joiner: String) -> [String] {
        var parts: [String] = []
        var start = text.startIndex
        var depth = 0
        var index = text.startIndex
        while index < text.endIndex {
            let char = text[index]
            if char == "(" { depth += 1 } else if char == ")" { depth = max(0, depth - 1) }
            if depth == 0, text[index...].hasPrefix(joiner) {
                parts.append(String(text[start..<index]))
                index = text.index(index, offsetBy: joiner.count)
                start = index
                continue
            }
            index = text.index(after: index)
        }
        parts.append(String(text[start...]))
        return parts
    }

    /// An attendee list cut at the entry that names the other side's organization ("…, from Halvorsen: Tom Berg, Maria
    /// Lindqvist"): the entries before it, the organization (one to four words), and its people.
    static func sides(of list: String) -> (ours: String, organization: String, theirs: String)? {
        var organization = ""
        let cut = labelledCut(of: list, separators: [": ", " — ", " – ", " - "]) { head in
            let lower = head.lowercased()
            guard let leadIn = Vocabulary.otherSideLeadIns.first(where: { lower.hasPrefix($0 + " ") }) else { return false }
            organization = String(head.dropFirst(leadIn.count)).trimmingWhitespace()
            return (1...4).contains(organization.split(separator: " ").count) && !organization.contains("(")
        }
        return cut.map { ($0.before, organization, $0.after) }
    }

    /// "me", "yo (Lucía)", "я": an entry that is the notes' writer.
    static func namesWriter(_ entry: String) -> Bool {
        Vocabulary.selfLabels.contains((entry.split(separator: "(").first.map { $0.trimmingWhitespace() } ?? "").lowercased())
    }

    /// An attendee list in groups ("… // …", "… | …", "…; …") of which exactly one lists the writer ("yo", "me", "я"):
    /// that group, and the others.
    static func writersGroup(in list: String) -> (theirs: String, ours: String)? {
        guard let separator = [" // ", " | ", "; "].first(where: { list.contains($0) }) else { return nil }
        let groups = list.components(separatedBy: separator).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        let writers = groups.indices.filter { index in
            splitEntries(groups[index]).contains(where: namesWriter)
        }
        guard groups.count >= 2, writers.count == 1 else { return nil }
        let theirs = groups.indices.filter { $0 != writers[0] }.map { groups[$0] }.joined(separator: ", ")
        return (theirs, groups[writers[0]])
    }

    /// An attendee list whose later entry opens with an our-side label ("…, M. Benali / nous : moi (Julien) + Sarah",
    /// "…, Jason Bell / us: me (Maya), Tom"): the entries before the label, and the label's people with those after.
    static func ourSideAfterLabel(in list: String) -> (theirs: String, ours: String)? {
        labelledCut(of: list, separators: [":", " — ", " – "]) { Vocabulary.ourSideNotes.contains($0.lowercased()) }
            .map { (theirs: $0.before, ours: $0.after) }
    }

    /// The list cut at its first entry after the first whose head (before the earliest separator) `accepts` takes: the
    /// entries before it, and the rest of that entry with the entries after it (not empty).
    private static func labelledCut(of list: String, separators: [String], accepts: (String) -> Bool) -> (before: String, after: String)? {
        let entries = splitEntries(list)
        for (index, entry) in entries.enumerated().dropFirst() {
            let entry = entry.trimmingWhitespace()
            guard let separator = separators.compactMap({ entry.firstRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
                accepts(String(entry[..<separator.lowerBound]).trimmingWhitespace())
            else { continue }
            let after = ([String(entry[separator.upperBound...])] + entries[(index + 1)...]).joined(separator: ", ")
            guard !after.trimmingWhitespace().isEmpty else { continue }
            return (entries[..<index].joined(separator: ", "), after)
        }
        return nil
    }

    static func splitEntries(_ list: String) -> [String] {
        var entries: [String] = []
        var current = ""
        var depth = 0
        for char in list {
            let byte = char.byte
            if byte == 0x28 || byte == 0x3C { depth += 1 }  // "(" "<"
            if byte == 0x29 || byte == 0x3E { depth = max(0, depth - 1) }  // ")" ">"
            if depth == 0 && (byte == 0x2C || byte == 0x3B || byte == 0x2F || byte == 0x7C) {  // "," ";" "/" "|"
                entries.append(current)
                current = ""
            } else {
                current.append(char)
            }
        }
        entries.append(current)
        // "Us: Sam Whitaker, Nina Petrova. Them: Felix Braun": a second label starts a new list.
        entries = entries.flatMap { entry -> [String] in
            guard entry.containsByte(0x3A), let colon = entry.firstIndex(of: ":"), let stop = entry[..<colon].ranges(of: ". ").last,
                Vocabulary.attendeeLabels.contains(entry[stop.upperBound..<colon].trimmingWhitespace().lowercased())
            else { return [entry] }
            return [String(entry[..<stop.lowerBound]), String(entry[entry.index(after: colon)...])]
        }
        return entries.flatMap { entry -> [String] in
            // "Alice and Bob", "Анна и Иван", "Ana y Luis", "Anna und Ben", "Marie et Paul"
            var parts = [entry]
            for joiner in [" and ", " & ", " + ", " и ", " und ", " y ", " et "] {
                // "David Osei (Keller & Osei LLP)": a joiner inside brackets joins a firm's name, not two people.
                parts = parts.flatMap { part -> [String] in
                    // Without the joiner's bytes there is nothing to split ("" splits into nothing).
                    if !part.isEmpty, !part.containsBytes(joiner) { return [part] }
                    return outsideBrackets(part, splitBy: joiner)
                }
            }
            return parts
        }.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// An unlabelled line that lists people: two entries or more, most of them a name with a bracketed note
    /// ("Tom Alvarez (Brightline), PN (Priya Nair, me)").
    static func readsAsAttendeeList(_ text: String) -> Bool {
        let entries = splitEntries(text)
        guard entries.count >= 2 else { return false }
        let named = entries.filter { entry in
            guard let open = entry.firstIndex(of: "("), entry[open...].contains(")") else { return false }
            return looksLikeName(String(entry[..<open]).trimmingWhitespace())
        }
        return named.count >= 2 && named.count * 2 > entries.count
    }

    /// "ПромУпак: Игорь Белов (коммерч. директор)", "Fr. Schulz (Elbblick Immobilien)" right under an attendee line go on
    /// with it (the other side's people); "Apologies: Robert Chen (Trustee)" names nobody there, and "In attendance: …" is
    /// an attendee line of its own. Whether the line added anyone.
    mutating func addContinuedAttendees(_ parsed: NoteLine) -> Bool {
        var organization = parsed.label
        var list = parsed.content
        if case .field(let key, let value) = parsed.kind, key.split(separator: " ").count <= 6, !key.contains(where: \.isNumber) {
            organization = key
            list = value
        }
        let key = organization.map { $0.lowercased().trimmingCharacters(in: " *_") } ?? ""
        guard !Vocabulary.absenceLabels.contains(key), !Vocabulary.attendeeLabels.contains(key), let names = Self.continuedAttendeeList(list)
        else { return false }
        return addAttendeeLine(names, organization: organization) > 0
    }

    /// A line right under an attendee line that goes on with it ("Игорь Белов (коммерч. директор)", "Fr. Schulz
    /// (Elbblick Immobilien, Hausverwaltung)"): each entry a name of two to four words with a bracketed note, not
    /// "Angebot (bis Freitag)". The entries without what follows a note ("Hr. Kowalski (Malerbetrieb) ab ca 14:30" →
    /// "Hr. Kowalski (Malerbetrieb)"); nil when the line is no such list.
    static func continuedAttendeeList(_ text: String) -> String? {
        var kept: [String] = []
        for entry in splitEntries(text) {
            guard let open = entry.firstIndex(of: "("), let close = entry[open...].firstIndex(of: ")") else { return nil }
            let name = String(entry[..<open]).trimmingWhitespace()
            guard name.split(separator: " ").count >= 2, looksLikeName(name) else { return nil }
            kept.append(String(entry[...close]))
        }
        return kept.isEmpty ? nil : kept.joined(separator: ", ")
    }

    /// "tanya brooks", "vikram (PM, joined late)": one or two words of letters, what is in brackets aside.
    static func looksLikeLowercaseName(_ entry: String) -> Bool {
        let bare = entry.split(separator: "(").first.map { $0.trimmingWhitespace() } ?? ""
        let words = bare.split(separator: " ")
        return (1...2).contains(words.count) && words.allSatisfy { word in word.count >= 2 && word.allSatisfy(\.isLetter) }
    }

    /// A person's name: one to four words, the first capitalized, no digits or sentence punctuation.
    static func looksLikeName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...4).contains(words.count), let first = words.first?.first, first.isUppercase || first == "@" else { return false }
        // A Character is a number by its first scalar: no such scalar, no such Character.
        let suspect = text.unicodeScalars.contains { scalar in
            scalar.value < 0x80 ? (scalar.value >= 0x30 && scalar.value <= 0x39) || "!?;=/\\[]{}".unicodeScalars.contains(scalar)
                : scalar.properties.numericType != nil
        }
        return !suspect || !text.contains(where: { $0.isNumber || "!?;=/\\[]{}".contains($0) })
    }
}

/// Names as people read them.
public enum NameText {
    /// A name without the invisible characters that would make it a second person or reorder
    /// it on screen: zero-width spaces and joiners, bidirectional marks, overrides and isolates,
    /// soft hyphens, byte-order marks.
    public static func visible(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: isInvisible) else { return name }
        var result = ""
        result.unicodeScalars.append(contentsOf: name.unicodeScalars.filter { !isInvisible($0) })
        return result
    }

    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x061C, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: return true
        default: return false
        }
    }
}
