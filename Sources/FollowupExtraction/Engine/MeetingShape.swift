import FollowupDocument
import FollowupText

/// A long many-party meeting's shape: who chairs it, which turns form its closing round, and how the
/// participants' roles are named.
///
/// Along the way such a meeting is mostly talk: "I'll take the minutes", "you can press it to change the
/// channel", "it's gonna cost more". What it asks of its people clusters at the end, in the chair's words
/// ("so in the meantime, as the industrial designer you're gonna be working on…", "and marketing, the
/// user requirements"). A short call or a page of notes has no such shape: there every line may commit.
struct MeetingShape {
    /// A meeting with fewer turns is read line by line, as notes are.
    static let minimumTurns = 140
    /// Where the closing round always starts: the last tenth of the turns.
    static let closingStart = 0.9
    /// Where closing cues are looked for: the last two fifths.
    static let cueSearchStart = 0.6
    /// A closing cue opens a closing round of this many turns, from a few before it.
    static let cueReach = 20
    static let cueLeadIn = 3
    /// Work named for the next meeting opens a round of this many turns wherever it is said.
    static let nextMeetingReach = 6
    /// The first turns open the meeting: the agenda hands the floor around ("the Industrial Designer will present").
    static let openingShare = 0.15

    /// The speaker who runs the meeting, when a label or the closing cues tell.
    let chair: String?
    /// Utterance indexes of the closing round.
    let closing: Set<Int>
    /// The first utterance past the opening.
    let openingEnd: Int
    /// Each participant by the words of their role label that are not a generic role noun ("industrial",
    /// "user interface", "marketing"), and by the first name others call them.
    let roles: PhraseTable<String>
    private let roleLabels: [String: String]

    init?(utterances: [Utterance], sentences: [SentenceView], compiled: CompiledLexicon) {
        guard utterances.count >= Self.minimumTurns else { return nil }
        let speakers = Set(utterances.compactMap { $0.speakerSpoke ? $0.speaker : nil })
        guard speakers.count >= 3 else { return nil }
        let talk = compiled.lexicon.meetingTalk
        let count = utterances.count
        let cueStart = Int(Double(count) * Self.cueSearchStart)
        var cues: [(utterance: Int, speaker: String?)] = []
        for sentence in sentences where sentence.utteranceIndex >= cueStart {
            guard cues.last?.utterance != sentence.utteranceIndex,
                compiled.closingCues.contains(sentence.tokens, in: 0..<sentence.tokens.count) || Self.namesNextHours(sentence.tokens, compiled.lexicon)
            else { continue }
            cues.append((sentence.utteranceIndex, sentence.utterance.speaker))
        }
        // By the label ("Project Manager", "Moderatorin"), else whoever speaks most of the closing cues.
        // Whole words of the label, space-padded: "project manager" in " senior project manager ".
        let spaced = { (phrase: String) in " " + PhraseTable<Bool>.keys(of: phrase.lowercased()).joined(separator: " ") + " " }
        let chairRoles = talk.chairRoles.map(spaced)
        var chair = speakers.sorted().first { label in chairRoles.contains { spaced(label).contains($0) } }
        if chair == nil {
            var said: [String: Int] = [:]
            for cue in cues { if let speaker = cue.speaker { said[speaker, default: 0] += 1 } }
            // At least two cues: one "next time" is anybody's.
            chair = said.filter { $0.value >= 2 }.max { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }?.key
        }
        self.chair = chair
        var closing = Set(Int(Double(count) * Self.closingStart)..<count)
        for cue in cues where chair == nil || cue.speaker == chair {
            closing.formUnion(max(0, cue.utterance - Self.cueLeadIn)..<min(count, cue.utterance + Self.cueReach))
        }
        // "for the next meeting Kate will be looking at the look and feel, Kendra the user interface": wherever it
        // is said, work for the next meeting opens a short round of hand-overs.
        for sentence in sentences where chair == nil || sentence.utterance.speaker == chair {
            if compiled.dueByNextMeeting.contains(sentence.tokens, in: 0..<sentence.tokens.count) {
                closing.formUnion(sentence.utteranceIndex..<min(count, sentence.utteranceIndex + Self.nextMeetingReach))
            }
        }
        self.closing = closing
        self.openingEnd = Int(Double(count) * Self.openingShare)
        let lexicon = compiled.lexicon
        // Keys two labels share ("marketing" of "Marketing Expert" and "Marketing Manager") name nobody.
        var roles: [String: String] = [:]
        var shared = Set<String>()
        func add(_ key: String, _ label: String) {
            if let other = roles[key], other != label { shared.insert(key) } else { roles[key] = label }
        }
        for label in speakers.sorted() where label != chair {
            let words = PhraseTable<Bool>.keys(of: label.lowercased())
            add(words.joined(separator: " "), label)
            // The label's words without its role noun and function words: "industrial", "user interface",
            // "ventas" (from "Responsable de ventas").
            let distinctive = words.filter { $0.count > 2 && !talk.roleNouns.contains($0) && !lexicon.stopWords.contains($0) }
            if !distinctive.isEmpty, distinctive.count < words.count { add(distinctive.joined(separator: " "), label) }
            // Its initials spelled out as transcribers write spoken letters: "I_D_", "U_I_D_".
            if words.count > 1 { add(words.compactMap { $0.first.map { "\($0)_" } }.joined(), label) }
        }
        for key in shared { roles[key] = nil }
        let lowercase = Self.lowercaseWords(sentences)
        let answered = Self.namesByAnswer(
            utterances: utterances, sentences: sentences, lexicon: lexicon, thanks: compiled.thanks, introductions: compiled.introductions,
            lowercase: lowercase)
        for (name, label) in answered where label != chair && roles[name] == nil {
            roles[name] = label
        }
        // "Kate will be looking at the look and feel": a name nobody answered to is still someone, known by that name.
        // A word of a speaker label ("Manager", "Expert") is a role, not a name.
        let labelWords = Set(speakers.flatMap { PhraseTable<Bool>.keys(of: $0.lowercased()) })
        // The chair's own name stays out: the chair's work is the chair's label's.
        for (key, name) in Self.otherNames(sentences: sentences, lexicon: lexicon, lowercase: lowercase)
        where roles[key] == nil && answered[key] == nil && !labelWords.contains(key) && !talk.roleNouns.contains(key) {
            roles[key] = name
        }
        self.roles = PhraseTable(roles)
        self.roleLabels = roles
    }

    /// "the next thirty minutes", "die nächsten zwanzig Minuten": the time until the meeting meets again.
    static func namesNextHours(_ tokens: [Token], _ lexicon: Lexicon) -> Bool {
        for index in tokens.indices where lexicon.nextWords.contains(tokens[index].key) {
            for unit in tokens[(index + 1)...].prefix(3) {
                if case .seconds = lexicon.durationUnits[unit.key] { return true }
            }
        }
        return false
    }

    /// "Lucía, ¿me puedes mandar el informe?" answered by the Analista: Lucía is the Analista. A name is a
    /// word never written in lower case, no word of the lexicon, opening a turn before a comma; it belongs to
    /// the speaker who answers such turns most often (once is enough when nobody else does). A speaker's
    /// self-introduction ("I'm Kate") counts twice, and "Thank you, Kate." once for whoever spoke last.
    static func namesByAnswer(
        utterances: [Utterance], sentences: [SentenceView], lexicon: Lexicon, thanks: PhraseTable<Bool>, introductions: PhraseTable<Bool>,
        lowercase: Set<String>
    ) -> [String: String] {
        var votes: [String: [String: Int]] = [:]
        for sentence in sentences where sentence.tokens.count > 2 && sentence.tokens[0].range.lowerBound == 0 {
            let key = sentence.tokens[0].key
            guard sentence.tokens[1].key == ",", sentence.tokens[0].kind == .word, key.count >= 3, !lowercase.contains(key),
                !lexicon.stopWords.contains(key), !lexicon.fillers.contains(key), !lexicon.affirmatives.contains(key),
                sentence.utteranceIndex + 1 < utterances.count,
                let answerer = utterances[sentence.utteranceIndex + 1].speaker, answerer != sentence.utterance.speaker
            else { continue }
            votes[key, default: [:]][answerer, default: 0] += 1
        }
        // "I'm Kate, I'm the Industrial Designer": a name after a self-introduction is the speaker's, twice over.
        for sentence in sentences {
            guard let speaker = sentence.utterance.speaker, let intro = introductions.firstMatch(sentence.tokens, in: 0..<min(4, sentence.tokens.count))
            else { continue }
            let index = intro.index + intro.length
            guard index < sentence.tokens.count, mayBeName(sentence, index, lexicon, lowercase) else { continue }
            votes[sentence.tokens[index].key, default: [:]][speaker, default: 0] += 2
        }
        // "Thank you, Kate." after a presentation: Kate spoke last before the thanks.
        let thanking = { (sentence: SentenceView) in thanks.contains(sentence.tokens, in: 0..<sentence.tokens.count) }
        for (position, sentence) in sentences.enumerated() where sentence.tokens.count >= 2 && thanking(sentence) {
            guard let last = sentence.tokens.lastIndex(where: { $0.kind == .word }), last > 0, mayBeName(sentence, last, lexicon, lowercase),
                let speaker = sentence.utterance.speaker,
                // Past the others' thanks: "Thank you, Kate." "Thank you, Kate."
                let thanked = sentences[..<position].last(where: { $0.utterance.speaker.map { $0 != speaker } ?? false && !thanking($0) })?
                    .utterance.speaker
            else { continue }
            votes[sentence.tokens[last].key, default: [:]][thanked, default: 0] += 1
        }
        var names: [String: String] = [:]
        for (name, counts) in votes {
            let ranked = counts.sorted { $0.value > $1.value || $0.value == $1.value && $0.key < $1.key }
            if ranked.count == 1 || ranked[0].value > ranked[1].value { names[name] = ranked[0].key }
        }
        return names
    }

    /// Whether token `index` may be someone's name: a capitalized word of three letters or more that the
    /// meeting never writes in lower case and the lexicon does not know.
    static func mayBeName(_ sentence: SentenceView, _ index: Int, _ lexicon: Lexicon, _ lowercase: Set<String>) -> Bool {
        let key = sentence.tokens[index].key
        return sentence.tokens[index].kind == .word && sentence.isCapitalized(index) && key.count >= 3 && !lowercase.contains(key)
            && !sentence.isKnownWord(index) && !lexicon.stopWords.contains(key) && !lexicon.fillers.contains(key)
            && !lexicon.affirmatives.contains(key)
    }

    /// A name is never written in lower case: "Yellow, I like that" is no one.
    static func lowercaseWords(_ sentences: [SentenceView]) -> Set<String> {
        var lowercase = Set<String>()
        for sentence in sentences {
            for index in sentence.tokens.indices where sentence.tokens[index].kind == .word && !sentence.isCapitalized(index) {
                lowercase.insert(sentence.tokens[index].key)
            }
        }
        return lowercase
    }

    /// First names said after another word at least twice, as written: letters only, never in lower case, no
    /// word of the lexicon ("Kate", "Sammy"; not "Play-doh", "I_D_", "Yeah").
    static func otherNames(sentences: [SentenceView], lexicon: Lexicon, lowercase: Set<String>) -> [String: String] {
        var seen: [String: (name: String, count: Int)] = [:]
        for sentence in sentences {
            // After a word: "for Kate", "Hi Kate"; not "'Kay." or a turn's first word.
            for index in sentence.tokens.indices.dropFirst() where sentence.tokens[index - 1].kind == .word {
                let key = sentence.tokens[index].key
                guard mayBeName(sentence, index, lexicon, lowercase), key.unicodeScalars.allSatisfy(\.properties.isAlphabetic),
                    // "PDF", "API": a name has lower-case letters after its first.
                    sentence.raw(index).dropFirst().contains(where: \.isLowercase)
                else { continue }
                seen[key, default: (String(sentence.raw(index)), 0)].count += 1
            }
        }
        return seen.filter { $0.value.count >= 2 }.mapValues(\.name)
    }

    /// Whether `tokens` from `start` talk about the meeting itself: "we need to wrap up, the next meeting is…".
    func talksAboutMeeting(_ tokens: [Token], from start: Int, _ compiled: CompiledLexicon) -> Bool {
        start < tokens.count && compiled.aboutTheMeeting.contains(tokens, in: start..<tokens.count)
    }

    /// "we have to decide on the concept", "we'll have to think about it": the group's duty to deliberate is the
    /// meeting's own talk, not work for after it. A restart may stand between the duty and its verb ("we have to still
    /// have to think of how…").
    func deliberates(_ tokens: [Token], verb: Int, _ compiled: CompiledLexicon) -> Bool {
        guard let duty = compiled.groupDuty.firstMatch(tokens, in: 0..<min(tokens.count, verb + 2)) else { return false }
        let after = duty.index + duty.length
        return tokens[after..<min(tokens.count, after + 4)].contains { compiled.lexicon.meetingTalk.deliberationVerbs.contains($0.key) }
    }

    /// "you will be informed via email": what the one addressed will be told or sent, not a task.
    func isReceived(_ sentence: SentenceView, verb: Int, _ compiled: CompiledLexicon) -> Bool {
        let received = compiled.lexicon.meetingTalk.receivedVerbs
        let tokens = sentence.tokens
        return verb + 1 < tokens.count && sentence.isWord(verb, .beVerb) && received.contains(tokens[verb + 1].key)
            || verb > 0 && verb < tokens.count && sentence.isWord(verb - 1, .beVerb) && received.contains(tokens[verb].key)
    }

    /// Whether what `utterance` says may hand out work: the chair's words in the closing round (anyone's,
    /// when no chair is known).
    func handsOut(_ utterance: Int, speaker: String?) -> Bool {
        closing.contains(utterance) && (chair == nil || speaker == chair)
    }

    /// Whether the chair may give a task in `utterance` outside the closing round: past the opening.
    func assignsAlongTheWay(_ utterance: Int, speaker: String?) -> Bool {
        utterance >= openingEnd && chair != nil && speaker == chair
    }

    /// The participant an owner's words name by role: "the Marketing Expert", "marketing" → "Marketing Expert".
    func participant(named owner: String) -> String? {
        let keys = PhraseTable<Bool>.keys(of: owner.lowercased())
        for start in keys.indices {
            if let label = roleLabels[keys[start...].joined(separator: " ")] { return label }
        }
        return nil
    }

    /// The first participant named by role in `tokens`: where, how long, and who.
    func role(in tokens: [Token]) -> (index: Int, length: Int, name: String)? {
        roles.firstMatch(tokens, in: 0..<tokens.count).map { ($0.index, $0.length, $0.value) }
    }
}
