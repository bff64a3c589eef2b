import Foundation
/// The extraction record, version 1: `../shared/contract/extraction-json.md`.
///
/// Field names are the contract's. `json` writes every field the contract lists, with explicit
/// nulls; `Decodable` reads gold files, where left-out fields are not scored.
public struct ExtractionRecord: Sendable, Decodable {
    public static let schemaVersion = 1

    public var schemaVersion: Int = ExtractionRecord.schemaVersion
    public var source: String
    public var language: String
    public var meeting: Meeting
    public var actionItems: [ActionItem]
    public var decisions: [Decision]
    public var amounts: [Amount]
    public var dates: [DateMention]
    public var questions: [Question]
    public var nextContact: NextContact?
    /// Not in the contract: the meeting's date is the caller's fallback, since nothing gave one.
    public var meetingDateIsFallback = false
    /// The people in the meeting say "du"/"euch" to each other and nobody "Sie": the follow-up says "du" too.
    /// Not part of the JSON.
    public var informal = false
    /// Lines the notes keep for the sender (under "### Interne – ne pas diffuser"): the follow-up restates
    /// nothing from them. Written as `privateLines` only when there are some.
    public var privateLines: [Int] = []
    /// Not in the contract: who apologised in the meeting, and where (nil: the notes' author, on an unlabelled line).
    public var apologies: [Apology] = []
    /// Not in the contract: the input was a transcript (WebVTT, SRT, Otter, Whisper), every line of it said aloud.
    public var transcribed = false

    public struct Apology: Sendable {
        public var speaker: String?
        public var line: Int
        public init(speaker: String?, line: Int) {
            self.speaker = speaker
            self.line = line
        }
    }

    public init(
        source: String, language: String, meeting: Meeting, actionItems: [ActionItem] = [], decisions: [Decision] = [],
        amounts: [Amount] = [], dates: [DateMention] = [], questions: [Question] = [], nextContact: NextContact? = nil
    ) {
        self.source = source
        self.language = language
        self.meeting = meeting
        self.actionItems = actionItems
        self.decisions = decisions
        self.amounts = amounts
        self.dates = dates
        self.questions = questions
        self.nextContact = nextContact
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion, source, language, meeting, actionItems, decisions, amounts, dates, questions, nextContact, privateLines
    }

    /// Gold files leave out what they do not score: every array defaults to empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decodeIfPresent(Int.self, forKey: .schemaVersion) ?? ExtractionRecord.schemaVersion
        source = try c.decodeIfPresent(String.self, forKey: .source) ?? ""
        language = try c.decodeIfPresent(String.self, forKey: .language) ?? ""
        meeting = try c.decode(Meeting.self, forKey: .meeting)
        actionItems = try c.decodeIfPresent([ActionItem].self, forKey: .actionItems) ?? []
        decisions = try c.decodeIfPresent([Decision].self, forKey: .decisions) ?? []
        amounts = try c.decodeIfPresent([Amount].self, forKey: .amounts) ?? []
        dates = try c.decodeIfPresent([DateMention].self, forKey: .dates) ?? []
        questions = try c.decodeIfPresent([Question].self, forKey: .questions) ?? []
        nextContact = try c.decodeIfPresent(NextContact.self, forKey: .nextContact)
        privateLines = try c.decodeIfPresent([Int].self, forKey: .privateLines) ?? []
    }

    public struct Meeting: Sendable, Decodable {
        public var title: String?
        /// ISO date: the reference date every relative expression resolved against.
        public var date: String
        /// Local wall time of the meeting when known ("HH:MM"); not in the contract's example, so optional.
        public var time: String?
        public var timezone: String?
        public var participants: [Person]

        enum CodingKeys: String, CodingKey { case title, date, time, timezone, participants }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            title = try c.decodeIfPresent(String.self, forKey: .title)
            date = try c.decode(String.self, forKey: .date)
            time = try c.decodeIfPresent(String.self, forKey: .time)
            timezone = try c.decodeIfPresent(String.self, forKey: .timezone)
            participants = try c.decodeIfPresent([Person].self, forKey: .participants) ?? []
        }

        public init(title: String?, date: String, time: String? = nil, timezone: String?, participants: [Person]) {
            self.title = title
            self.date = date
            self.time = time
            self.timezone = timezone
            self.participants = participants
        }
    }

    public struct Person: Sendable, Decodable, Equatable {
        public var name: String
        public var email: String?
        /// The writer's colleague (not in the JSON: the contract's participants are name and e-mail).
        public var onOurSide: Bool?
        /// How the notes address this person, when with a title or patronymic ("Frau Hoffmann", "Dr. Keller",
        /// "Марина Сергеевна"): the register a greeting keeps. Not in the JSON either.
        public var addressedAs: String?
        /// The company or team the attendee list puts the person in (not in the JSON either).
        public var organization: String?
        /// The speaker who brought this person along as their own ("Jenna's with me"); not in the JSON.
        public var introducedBy: String?
        public init(name: String, email: String? = nil, onOurSide: Bool? = nil, addressedAs: String? = nil, organization: String? = nil) {
            self.name = name
            self.email = email
            self.onOurSide = onOurSide
            self.addressedAs = addressedAs
            self.organization = organization
        }
    }

    public struct SourceRef: Sendable, Decodable, Equatable {
        public var line: Int
        public var text: String
        public init(line: Int, text: String) {
            self.line = line
            self.text = text
        }
    }

    public struct Due: Sendable, Decodable, Equatable {
        public var date: String
        public var time: String?
        public var text: String?
        public init(date: String, time: String?, text: String?) {
            self.date = date
            self.time = time
            self.text = text
        }
    }

    public struct ActionItem: Sendable, Decodable {
        public var id: String?
        public var task: String
        public var owner: String?
        public var due: Due?
        public var amountIds: [String]?
        public var source: SourceRef?
        /// The notes' author took it ("I'll send…", "Yo me encargo…") and nobody says who the author
        /// is: `owner` stays null, and the follow-up lists it as the sender's own step.
        public var byAuthor: Bool?
        /// The owner took it in the first person, speaking to nobody named ("I can send you the list"), so the
        /// follow-up says "send us the list". Not part of the JSON.
        public var saidByOwner: Bool?
        /// Said in a transcript that names no speakers (Whisper without diarization): whoever said it was on the
        /// call, so the follow-up does not ask the other side who. Not part of the JSON.
        public var speakerUnnamed: Bool?
        public init(id: String, task: String, owner: String?, due: Due?, amountIds: [String], source: SourceRef, byAuthor: Bool = false,
                    saidByOwner: Bool = false, speakerUnnamed: Bool = false) {
            self.id = id
            self.task = task
            self.owner = owner
            self.due = due
            self.amountIds = amountIds
            self.source = source
            self.byAuthor = byAuthor ? true : nil
            self.saidByOwner = saidByOwner ? true : nil
            self.speakerUnnamed = speakerUnnamed ? true : nil
        }
    }

    public struct Decision: Sendable, Decodable {
        public var id: String?
        public var text: String
        public var source: SourceRef?
        public init(id: String, text: String, source: SourceRef) {
            self.id = id
            self.text = text
            self.source = source
        }
    }

    public struct Amount: Sendable, Decodable {
        public var id: String?
        public var value: Double
        public var currency: String?
        public var period: String?
        /// What the meeting did with it: `AmountRole`'s raw values.
        public var role: String?
        public var text: String?
        public var source: SourceRef?
        /// Offered before a sum agreed for the same thing (`ExtractionRecord.supersededSums`): the follow-up neither
        /// restates it nor asks its period. Not part of the JSON.
        public var superseded: Bool?
        public init(id: String, value: Double, currency: String?, period: String?, role: String? = nil, text: String, source: SourceRef) {
            self.id = id
            self.value = value
            self.currency = currency
            self.period = period
            self.role = role
            self.text = text
            self.source = source
        }

        /// Whether the follow-up restates it and asks about it: not said for context, not turned down.
        public var isRestated: Bool { role.flatMap(AmountRole.init(rawValue:))?.isRestated ?? true }

        /// The same sum said twice has the same key: value and currency (a period said once is enough).
        public var sumKey: String { "\(value)|\(currency ?? "")" }
    }

    /// Whether an owner is the speakers' side as a whole ("we", "мы", "wir"): never a person.
    public static func isTeamOwner(_ owner: String) -> Bool {
        let folded = owner.trimmingCharacters(in: .whitespaces).lowercased()
        return Lexicons.profiles.contains { $0.weOwner == folded } && !folded.isEmpty
    }

    /// The contract's `amounts[].role`.
    public enum AmountRole: String, CaseIterable, Sendable {
        case offered, agreed, budget, requested, rejected, background

        public var isRestated: Bool { self != .background && self != .rejected }
    }

    public struct DateMention: Sendable, Decodable {
        public var text: String
        public var date: String
        public var time: String?
        public var source: SourceRef?
        public init(text: String, date: String, time: String?, source: SourceRef) {
            self.text = text
            self.date = date
            self.time = time
            self.source = source
        }
    }

    public struct Question: Sendable, Decodable {
        public var text: String
        public var reason: String?
        public var source: SourceRef?
        public init(text: String, reason: String, source: SourceRef) {
            self.text = text
            self.reason = reason
            self.source = source
        }
    }

    /// The contract's `questions[].reason` values.
    public enum QuestionReason: String, CaseIterable, Sendable {
        case amountWithoutPeriod = "amount-without-period"
        case actionWithoutOwner = "action-without-owner"
        case actionWithoutDeadline = "action-without-deadline"
        case twoWayDate = "two-way-date"
        case deadlineInPast = "deadline-in-past"
        case openQuestion = "open-question"
    }

    /// Prefixes of the record's ids: `A1` action items, `D1` decisions, `M1` amounts.
    static let actionIDPrefix = "A"
    static let decisionIDPrefix = "D"
    static let amountIDPrefix = "M"

    public struct NextContact: Sendable, Decodable {
        public var date: String
        public var time: String?
        public var text: String?
        public var source: SourceRef?
        public init(date: String, time: String?, text: String, source: SourceRef?) {
            self.date = date
            self.time = time
            self.text = text
            self.source = source
        }
    }
}

// MARK: JSON output

extension ExtractionRecord {
    public var json: JSONValue {
        let lines: [(String, JSONValue)] = privateLines.isEmpty ? [] : [("privateLines", .array(privateLines.map { .number(Double($0)) }))]
        return .object([
            ("schemaVersion", .number(Double(schemaVersion))),
            ("source", .string(source)),
            ("language", .string(language)),
            ("meeting", meeting.json),
            ("actionItems", .array(actionItems.map(\.json))),
            ("decisions", .array(decisions.map(\.json))),
            ("amounts", .array(amounts.map(\.json))),
            ("dates", .array(dates.map(\.json))),
            ("questions", .array(questions.map(\.json))),
            ("nextContact", nextContact?.json ?? .null),
        ] + lines)
    }
}

extension ExtractionRecord.Meeting {
    var json: JSONValue {
        var fields: [(String, JSONValue)] = [("title", title.json), ("date", .string(date))]
        if let time { fields.append(("time", .string(time))) }
        fields.append(("timezone", timezone.json))
        fields.append(("participants", .array(participants.map(\.json))))
        return .object(fields)
    }
}

extension ExtractionRecord.Person {
    var json: JSONValue {
        var fields: [(String, JSONValue)] = [("name", .string(name))]
        if let email { fields.append(("email", .string(email))) }
        return .object(fields)
    }
}

extension ExtractionRecord.SourceRef {
    var json: JSONValue { .object([("line", .number(Double(line))), ("text", .string(text))]) }
}

extension ExtractionRecord.Due {
    var json: JSONValue { .object([("date", .string(date)), ("time", time.json), ("text", text.json)]) }
}

extension ExtractionRecord.ActionItem {
    var json: JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", id.json), ("task", .string(task)), ("owner", owner.json), ("due", due?.json ?? .null),
            ("amountIds", .array((amountIds ?? []).map(JSONValue.string))), ("source", source?.json ?? .null),
        ]
        if byAuthor == true { fields.append(("byAuthor", .bool(true))) }
        return .object(fields)
    }
}

extension ExtractionRecord.Decision {
    var json: JSONValue { .object([("id", id.json), ("text", .string(text)), ("source", source?.json ?? .null)]) }
}

extension ExtractionRecord.Amount {
    var json: JSONValue {
        .object([
            ("id", id.json), ("value", .number(value)), ("currency", currency.json), ("period", period.json),
            ("role", role.json), ("text", text.json), ("source", source?.json ?? .null),
        ])
    }
}

extension ExtractionRecord.DateMention {
    var json: JSONValue {
        .object([("text", .string(text)), ("date", .string(date)), ("time", time.json), ("source", source?.json ?? .null)])
    }
}

extension ExtractionRecord.Question {
    var json: JSONValue { .object([("text", .string(text)), ("reason", reason.json), ("source", source?.json ?? .null)]) }
}

extension ExtractionRecord.NextContact {
    var json: JSONValue {
        var fields: [(String, JSONValue)] = [("date", .string(date)), ("time", time.json), ("text", text.json)]
        if let source { fields.append(("source", source.json)) }
        return .object(fields)
    }
}
