import Foundation
import FollowupText

/// A lexicon compiled once per language: its phrase tables, and every token key's class bits.
final class CompiledLexicon: @unchecked Sendable {
    /// Every distinct set of classes some key has, interned once: a token stores the 2-byte index
    /// of its set (`SentenceView`), not the 20 bytes of bits. Index 0 is the empty set.
    let classSets: [KeyClasses]
    /// Token key → the index of what it may begin and which lists and classes hold it.
    private let keySets: [WordKey: UInt16]
    /// For each set, the index of the same set with the number openers added: a token that starts
    /// with a digit may begin a date or an amount whatever its key.
    private let numberSets: [UInt16]

    /// The index in `classSets` of token `token`'s classes.
    @inline(__always)
    func classSet(of token: Token) -> UInt16 {
        let id = keySets[WordKey(token.key)] ?? 0
        if let first = token.key.utf8.first, first >= 0x30 && first <= 0x39 { return numberSets[Int(id)] }
        return id
    }

    /// Whether `key` (NFC, lower-cased) is a word of class `word`: for labels and texts that are no token.
    func isWord(_ key: String, _ word: WordClass) -> Bool {
        guard let id = keySets[WordKey(key)] else { return false }
        return classSets[Int(id)].words.contains(WordBits(word))
    }

    /// " by", " on": what `ActionItemRule.taskText` strips from a task's end, in a stable order.
    let danglingTextSuffixes: [String]

    /// Whether `key` ends in a contracted "will" ("i'll", "bob'll").
    @inline(__always)
    func hasWillSuffix(_ key: String) -> Bool {
        guard let last = key.utf8.last, willSuffixLastBytes.contains(last) else { return false }
        return lexicon.willSuffixes.contains { key.hasSuffix($0) }
    }

    private let willSuffixLastBytes: Set<UInt8>

    let lexicon: Lexicon
    let relativeDays: PhraseTable<RelativeDay>
    let dayParts: PhraseTable<Int>
    /// "prochain", "que viene": words after a weekday that make it the next one.
    let nextWordsAfter: PhraseTable<Bool>
    let durationDirections: PhraseTable<Int>
    let durationLeadIns: PhraseTable<Int>
    /// `monthEndPhrases` (true) and `monthMiddlePhrases` (false).
    let monthPart: PhraseTable<Bool>
    let holidays: PhraseTable<Holiday>
    let periods: PhraseTable<String>
    let amountRoles: PhraseTable<String>
    let deadlineWords: PhraseTable<Bool>
    let commitmentPhrases: PhraseTable<Bool>
    let requestPhrases: PhraseTable<Bool>
    let selfCommitments: PhraseTable<Bool>
    let addresseeReceives: PhraseTable<Bool>
    let apologies: PhraseTable<Bool>
    let initialOffers: PhraseTable<Bool>
    let impersonal: PhraseTable<Bool>
    let decisionPhrases: PhraseTable<Bool>
    let contactNouns: PhraseTable<Bool>
    let contactVerbs: PhraseTable<Bool>
    let fillers: PhraseTable<Bool>
    let hedges: PhraseTable<Bool>
    let assignment: PhraseTable<Bool>
    let discussion: PhraseTable<Bool>
    let affirmatives: PhraseTable<Bool>
    let immediate: PhraseTable<Bool>
    let results: PhraseTable<Bool>
    /// "at some point", "someday": a promise without a time is no promise.
    let vagueTime: PhraseTable<Bool>
    let openQuestionOpeners: PhraseTable<Bool>
    let currencyPhrases: PhraseTable<String>
    let closingCues: PhraseTable<Bool>
    /// Hand-over phrases; true for those that hand work to a group ("you two", "each of you").
    let handOver: PhraseTable<Bool>
    let groupDuty: PhraseTable<Bool>
    let dueByNextMeeting: PhraseTable<Bool>
    let thanks: PhraseTable<Bool>
    let introductions: PhraseTable<Bool>
    let ownAssignment: PhraseTable<Bool>
    let ownShare: PhraseTable<Bool>
    let addresseeShare: PhraseTable<Bool>
    let handOverBeforeProgressive: PhraseTable<Bool>
    let roleDuty: PhraseTable<Bool>
    let aboutTheMeeting: PhraseTable<Bool>
    let proposals: PhraseTable<Bool>
    let offerLeadIns: PhraseTable<Bool>
    let colleagueIntroductions: PhraseTable<Bool>
    let fractions: PhraseTable<Double>
    /// Agreement replies as words, by their first word: a reply is read from the next turn's text, not its tokens.
    let agreementReplies: [Substring: [[Substring]]]
    /// Whose side a nod speaks for, as words ("de notre côté").
    let sides: [[Substring]]
    /// Replies that turn an offer down, as words ("we'll pass").
    let refusals: [[Substring]]
    /// Contact nouns and verbs, and the questions that tell the other side has left a call, as words: read from a
    /// turn's text, not its tokens.
    let contactWords: [[Substring]]
    let afterCall: [[Substring]]
    /// The period keys a line names a period by, whole words anywhere ("/mo", "в месяц", "one-time"): no unit
    /// rate, and three letters or more ("3pm" says no period).
    let periodNames: [String]

    init(_ lexicon: Lexicon) {
        // Built once: the phrase table and the date-start marks below read the same variants.
        let relativePhrases = lexicon.relativeDaysWithShortForms
        self.lexicon = lexicon
        periodNames = lexicon.periods.filter { $0.value != Lexicon.unitRate && $0.key.filter(\.isLetter).count > 2 }.map(\.key).sorted()
        relativeDays = PhraseTable(relativePhrases)
        dayParts = PhraseTable(lexicon.dayPartDays)
        nextWordsAfter = PhraseTable(lexicon.nextWordsAfter)
        durationDirections = PhraseTable(lexicon.durationDirections)
        durationLeadIns = PhraseTable(lexicon.durationLeadIns)
        monthPart = PhraseTable(Dictionary(lexicon.monthEndPhrases.map { ($0, true) } + lexicon.monthMiddlePhrases.map { ($0, false) }) { end, _ in end })
        holidays = PhraseTable(lexicon.holidays)
        periods = PhraseTable(lexicon.periods)
        amountRoles = PhraseTable(lexicon.amountRoles)
        deadlineWords = PhraseTable(lexicon.deadlineWords)
        commitmentPhrases = PhraseTable(lexicon.commitmentPhrases)
        requestPhrases = PhraseTable(lexicon.requestPhrases)
        selfCommitments = PhraseTable(lexicon.selfCommitmentPhrases)
        addresseeReceives = PhraseTable(lexicon.addresseeReceives)
        apologies = PhraseTable(lexicon.apologyPhrases)
        initialOffers = PhraseTable(lexicon.initialOfferPhrases)
        impersonal = PhraseTable(lexicon.impersonalPhrases)
        decisionPhrases = PhraseTable(lexicon.decisionPhrases)
        contactNouns = PhraseTable(lexicon.contactNouns)
        contactVerbs = PhraseTable(lexicon.contactVerbs)
        fillers = PhraseTable(lexicon.fillers)
        hedges = PhraseTable(lexicon.hedges)
        assignment = PhraseTable(lexicon.assignmentPhrases)
        discussion = PhraseTable(lexicon.discussionWords)
        affirmatives = PhraseTable(lexicon.affirmatives)
        immediate = PhraseTable(lexicon.immediatePhrases)
        results = PhraseTable(lexicon.results)
        vagueTime = PhraseTable(lexicon.vagueTimePhrases)
        openQuestionOpeners = PhraseTable(lexicon.openQuestionOpeners)
        currencyPhrases = PhraseTable(lexicon.currencyPhrases)
        closingCues = PhraseTable(lexicon.meetingTalk.closingCues)
        handOver = PhraseTable(
            Dictionary(uniqueKeysWithValues: lexicon.meetingTalk.handOver.map { ($0, false) })
                .merging(lexicon.meetingTalk.groupHandOver.map { ($0, true) }) { $1 })
        groupDuty = PhraseTable(lexicon.meetingTalk.groupDuty)
        dueByNextMeeting = PhraseTable(lexicon.meetingTalk.dueByNextMeeting)
        thanks = PhraseTable(lexicon.meetingTalk.thanks)
        introductions = PhraseTable(lexicon.meetingTalk.introductions)
        ownAssignment = PhraseTable(lexicon.meetingTalk.ownAssignment)
        ownShare = PhraseTable(lexicon.meetingTalk.ownShare)
        addresseeShare = PhraseTable(lexicon.meetingTalk.addresseeShare)
        handOverBeforeProgressive = PhraseTable(lexicon.meetingTalk.handOverBeforeProgressive)
        roleDuty = PhraseTable(lexicon.meetingTalk.roleDuty)
        aboutTheMeeting = PhraseTable(lexicon.meetingTalk.aboutTheMeeting)
        proposals = PhraseTable(lexicon.meetingTalk.proposals)
        offerLeadIns = PhraseTable(lexicon.meetingTalk.offerLeadIns)
        colleagueIntroductions = PhraseTable(lexicon.meetingTalk.colleagueIntroductions)
        fractions = PhraseTable(lexicon.fractionWords)
        agreementReplies = Dictionary(grouping: lexicon.meetingTalk.agreementReplies.map(ReplyWords.split), by: { $0.first ?? "" })
        sides = lexicon.meetingTalk.sides.map(ReplyWords.split).filter { !$0.isEmpty }
        refusals = lexicon.meetingTalk.refusals.map(ReplyWords.split).filter { !$0.isEmpty }
        contactWords = lexicon.contactNouns.union(lexicon.contactVerbs).map(ReplyWords.split).filter { !$0.isEmpty }
        afterCall = lexicon.meetingTalk.afterCall.map(ReplyWords.split).filter { !$0.isEmpty }
        willSuffixLastBytes = Set(lexicon.willSuffixes.compactMap { $0.utf8.last })

        var classes: [WordKey: KeyClasses] = [:]
        func mark(_ keys: some Sequence<String>, _ kind: TokenClass) {
            for key in keys { classes[WordKey(key), default: KeyClasses()].roles.insert(kind) }
        }
        func firstKeys(_ phrases: some Sequence<String>) -> [String] { phrases.compactMap { PhraseTable<Bool>.keys(of: $0).first } }
        let words = lexicon.words
        mark(firstKeys(relativePhrases.keys), .dateStart)
        mark(firstKeys(lexicon.dayPartDays.keys), .dateStart)
        mark(lexicon.weekdays.keys, .dateStart)
        mark(lexicon.months.keys, .dateStart)
        mark(lexicon.nextWords, .dateStart)
        mark(lexicon.lastWords, .dateStart)
        // "le mois dernier", "el año pasado", "полчаса назад": a unit may open a date.
        mark(lexicon.durationUnits.keys, .dateStart)
        if !lexicon.nextWordsAfter.isEmpty || !lexicon.lastWordsAfter.isEmpty {
            mark(lexicon.durationUnits.keys.flatMap { unit in lexicon.elisionPrefixes.map { $0 + unit } }, .dateStart)
        }
        mark(lexicon.fractionWords.keys, .dateStart)
        mark(lexicon.halfBeforeHourWords, .dateStart)
        // "+15 minutes", "-3y"
        mark(["+", "-"], .dateStart)
        mark(lexicon.words(.thisWord), .dateStart)
        mark(lexicon.inWords, .dateStart)
        mark(lexicon.withinWords, .dateStart)
        mark(firstKeys(lexicon.durationLeadIns.keys), .dateStart)
        mark(firstKeys(lexicon.monthEndPhrases.union(lexicon.monthMiddlePhrases)), .dateStart)
        mark(firstKeys(lexicon.holidays.keys), .dateStart)
        mark(lexicon.ordinalWords.keys, .dateStart)
        mark(lexicon.calendarWeekWords, .dateStart)
        mark(lexicon.namedTimes.keys.flatMap { name in [name] + lexicon.approximateSuffixes.map { name + $0 } }, .dateStart)
        mark(lexicon.clockFractions.keys, .dateStart)
        mark(lexicon.numberWords.keys, .dateStart)
        mark(lexicon.currencies.keys, .amountStart)
        mark(firstKeys(lexicon.currencyPhrases.keys), .amountStart)
        mark(lexicon.words(.spelledNumber), .amountStart)
        mark(lexicon.numberWords.keys, .amountStart)
        mark(firstKeys(lexicon.fractionWords.keys), .amountStart)
        mark(firstKeys(lexicon.selfCommitmentPhrases), .commitmentStart)
        mark(firstKeys(lexicon.addresseeReceives), .commitmentStart)
        mark(firstKeys(lexicon.requestPhrases), .commitmentStart)
        mark(firstKeys(lexicon.impersonalPhrases), .commitmentStart)
        mark(lexicon.firstPersonFutureVerbs, .commitmentStart)
        mark(lexicon.firstPerson, .commitmentStart)
        mark(lexicon.firstPersonPlural, .commitmentStart)
        mark(lexicon.secondPerson, .commitmentStart)
        mark(lexicon.teamNouns, .commitmentStart)
        mark(lexicon.words(.teamDeterminer), .commitmentStart)
        mark(["@"], .commitmentStart)
        mark(firstKeys(lexicon.contactNouns), .contactStart)
        mark(firstKeys(lexicon.contactVerbs), .contactStart)
        mark(lexicon.contactNextWords, .contactStart)
        mark(lexicon.words(.farewellVerb), .contactStart)
        mark(lexicon.words(.sameWord), .contactStart)
        mark(firstKeys(lexicon.decisionPhrases), .decisionStart)

        mark(lexicon.taskVerbs, .taskVerb)
        mark(lexicon.firstPersonFutureVerbs, .firstPersonFutureVerb)
        mark(lexicon.thirdPersonFutureVerbs, .thirdPersonFutureVerb)
        mark(lexicon.nonTaskVerbs, .nonTaskVerb)
        mark(lexicon.firstPerson, .firstPerson)
        mark(lexicon.firstPersonPlural, .firstPersonPlural)
        mark(lexicon.secondPerson, .secondPerson)
        mark(lexicon.teamNouns, .teamNoun)
        mark(lexicon.commitmentMarkers, .commitmentMarker)
        mark(lexicon.pastMarkers, .pastMarker)
        mark(lexicon.deadlineWords, .deadlineWord)
        mark(lexicon.nextWords, .nextWord)
        for list in [lexicon.stopWords, Set(lexicon.weekdays.keys), Set(lexicon.months.keys), lexicon.firstPerson,
                     lexicon.firstPersonPlural, lexicon.secondPerson, lexicon.taskVerbs, lexicon.fillers, lexicon.hedges,
                     lexicon.pastMarkers, lexicon.decisionPhrases, lexicon.nonTaskVerbs, Set(lexicon.numberWords.keys)]
        {
            mark(list, .notName)
        }
        mark(lexicon.words(.spelledNumber), .notName)
        mark(lexicon.words(.notName), .notName)
        for (word, keys) in words {
            for key in keys { classes[WordKey(key), default: KeyClasses()].words.insert(WordBits(word)) }
        }

        var sets = [KeyClasses()]
        var ids: [KeyClasses: UInt16] = [KeyClasses(): 0]
        func intern(_ set: KeyClasses) -> UInt16 {
            if let id = ids[set] { return id }
            precondition(sets.count < Int(UInt16.max))  // a token stores its set in 2 bytes
            let id = UInt16(sets.count)
            sets.append(set)
            ids[set] = id
            return id
        }
        keySets = classes.mapValues(intern)
        var numberSets: [UInt16] = []
        for id in sets.indices {
            var set = sets[id]
            set.roles.formUnion([.dateStart, .amountStart])
            numberSets.append(intern(set))
        }
        // The number variants interned last are their own number variants.
        while numberSets.count < sets.count { numberSets.append(UInt16(numberSets.count)) }
        self.numberSets = numberSets
        classSets = sets
        danglingTextSuffixes = lexicon.words(.danglingTextPreposition).sorted().map { " " + $0 }
    }

    nonisolated(unsafe) private static var cache: [String: CompiledLexicon] = [:]
    private static let lock = NSLock()

    static func shared(_ lexicon: Lexicon) -> CompiledLexicon {
        lock.withLock {
            if let cached = cache[lexicon.code] { return cached }
            let compiled = CompiledLexicon(lexicon)
            cache[lexicon.code] = compiled
            return compiled
        }
    }
}
