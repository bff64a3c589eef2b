import FollowupDocument
import FollowupText

/// The words of an action item.
extension ActionItemRule {
    /// The task: from the verb to the end of its clause, without the deadline, the owner tag,
    /// politeness and fillers.
    /// A date's word, or the "or" between two dates ("heute oder morgen früh", "в среду или четверг"): cut from a task
    /// with them.
    static func isDateToken(_ i: Int, _ dates: [DateMatch], in sentence: SentenceView, _ lexicon: Lexicon) -> Bool {
        func dated(_ j: Int) -> Bool { dates.contains { $0.range.contains(j) } }
        return dated(i) || i > 0 && lexicon.alternativeWords.contains(sentence.tokens[i].key) && dated(i - 1) && dated(i + 1)
    }

    func taskText(_ sentence: SentenceView, from verb: Int, dates: [DateMatch], context: RuleContext, compiled: CompiledLexicon) -> String {
        let tokens = sentence.tokens
        var end = tokens.count
        // The clause ends at ";" or at a new commitment ("…, and Bob will review").
        var index = verb + 1
        while index < end {
            let key = tokens[index].key
            // "contrato con el nuevo pricing → (legal lo revisa)", "egress breakdown -> lou": an arrow starts another thought.
            if [";", "|", "?", "!", "→", "⇒"].contains(key)
                || (key == "-" || key == "=") && index + 1 < tokens.count && tokens[index + 1].key == ">" && !tokens[index + 1].spaceBefore
            {
                end = index
                break
            }
            // Not the dot of a date inside the clause ("bitte buch bis zum 4. Dezember den Messestand").
            // Nor the dot of "inkl." or "approx.", nor an initial's ("с А. В. Никитиным").
            if key == "." && (index + 1 == tokens.count || tokens[index + 1].spaceBefore),
                !dates.contains(where: { $0.range.contains(index) && $0.range.upperBound > index + 1 }),
                index + 1 == tokens.count || tokens[index].spaceBefore || !context.lexicon.inlineAbbreviations.contains(tokens[index - 1].key)
                    && !(tokens[index - 1].key.count == 1 && sentence.isCapitalized(index - 1) && sentence.isCapitalized(index + 1))
            {
                end = index
                break
            }
            // "… et je vous envoie les coordonnées": past object pronouns to the new clause's verb.
            var clauseVerb = index + 2
            while clauseVerb < tokens.count, clauseVerb < index + 4, sentence.isWord(clauseVerb, .objectPronoun) { clauseVerb += 1 }
            if key == "," || sentence.isWord(index, .clauseBreak), index + 1 < tokens.count,
                subject(sentence, at: index + 1, context: context) != nil,
                index + 2 < tokens.count,
                sentence.isWord(index + 2, .clauseVerbMarker)
                    || compiled.hasWillSuffix(tokens[index + 1].key)
                    || sentence.word(index + 2, in: .thirdPersonFutureVerb)
                    || sentence.word(index + 1, in: .firstPersonFutureVerb)
                    || clauseVerb > index + 2 && clauseVerb < tokens.count
                        && (sentence.word(clauseVerb, in: [.thirdPersonFutureVerb, .firstPersonFutureVerb])
                            || context.lexicon.verbForms[tokens[clauseVerb].key] != nil)
            {
                end = index
                break
            }
            if [",", "(", "-", "—", ";"].contains(key), index + 1 < tokens.count, compiled.assignment.match(tokens, at: index + 1) != nil {
                end = index
                break
            }
            // "…, damit das rechtzeitig durch ist", "…, because they asked": the reason is no part of the task; nor is a
            // new clause after a comma ("set that up with Sam, it's a couple of sessions", "…, I can't promise that"), unless
            // it is an aside closed by the next comma ("the marketing person, that's Courtney, is going to…") or a filler
            // ("…, you know, come up with").
            if key == ",", index + 1 < tokens.count, sentence.isWord(index + 1, .subordinator)
                || index + 2 < tokens.count && sentence.isWord(index + 1, .clauseOpener) && compiled.fillers.match(tokens, at: index + 1) == nil
                    && !((index + 2)..<min(tokens.count, index + 6)).contains(where: { tokens[$0].key == "," })
            {
                end = index
                break
            }
            // "…einen Termin mit denen, wir brauchen ihre Logs von Samstag": in a verb-second language a pronoun after a
            // comma opens a new main clause (the separable verb's infinitive must not land after it).
            if key == ",", context.lexicon.infinitiveLast, index + 2 < tokens.count, tokens[index + 2].kind == .word,
                sentence.word(index + 1, in: [.firstPerson, .firstPersonPlural, .secondPerson]) || sentence.isWord(index + 1, .thirdPersonPronoun)
            {
                end = index
                break
            }
            // "pedir al fotógrafo, pero las tengo": what comes after "but" is another thought (not Russian "а", which
            // also goes on: "…, а также…").
            if key == ",", index + 1 < tokens.count, tokens[index + 1].key.count > 1, context.lexicon.contrastWords.contains(tokens[index + 1].key) {
                end = index
                break
            }
            // "du arbeitest die Beschreibung um, die alte ist von 2019": a separable verb's particle closes its clause.
            if key == ",", context.lexicon.infinitiveLast, index > verb + 1, context.lexicon.verbForms[tokens[verb].key] != nil,
                context.lexicon.separableParticles.contains(tokens[index - 1].key)
            {
                end = index
                break
            }
            if key == "," && index + 1 < tokens.count && sentence.isWord(index + 1, .trailingTag) {
                end = index
                break
            }
            index += 1
        }
        var keep = [Bool](repeating: true, count: tokens.count)
        // "inscrire 2 personnes à la formation du 12 janvier": a date naming a thing stays with it.
        // "sample export (last 3 months of deliveries)": a span counted back from the meeting is what the task is
        // about, no deadline.
        for date in dates where !DeadlineRule.namesThing(date, in: sentence) && !(date.date < context.referenceDate && !date.isDeadline && !date.isAbsolute) {
            for i in date.range where i < keep.count { keep[i] = false }
            // "mandar la propuesta el viernes con los precios": the day's short link word goes with it ("el", "le", "am").
            let link = date.range.lowerBound - 1
            if link > verb, sentence.isWord(link, .dateLink), tokens[link].key.count <= 2 { keep[link] = false }
        }
        // "heute oder morgen früh": the "or" between two cut days goes with them.
        for i in tokens.indices.dropFirst().dropLast() where context.lexicon.alternativeWords.contains(tokens[i].key) && !keep[i - 1] && !keep[i + 1] {
            keep[i] = false
        }
        // Restarts: "the, the handoff notes", "a, a revised scope" keep one copy.
        var r = verb + 1
        while r + 1 < end {
            if tokens[r].kind != .symbol, [",", "-", "—", "–"].contains(tokens[r + 1].key), r + 2 < end, tokens[r + 2].key == tokens[r].key {
                keep[r] = false
                keep[r + 1] = false
            } else if tokens[r].kind != .symbol, tokens[r + 1].key == tokens[r].key, tokens[r].key.count <= 4 {
                keep[r] = false
            }
            r += 1
        }
        // Fillers inside the task.
        var i = verb
        while i < end {
            // Not after "of", "a", "to" or "le", where it is a word of the task ("signature du bon de commande", "to OK the ceiling").
            let inPhrase = i > verb && (sentence.isWord(i - 1, .dateOfPreposition) || sentence.isWord(i - 1, .indefiniteArticle)
                || sentence.isWord(i - 1, .infinitiveMarker) || sentence.isWord(i - 1, .danglingPreposition))
            if let filler = compiled.fillers.match(tokens, at: i), !sentence.isWord(i, .keptFiller) || i == verb, !inPhrase,
                !isComplement(i, length: filler.length, verb: verb, end: end, in: sentence)
            {
                for j in i..<min(end, i + filler.length) { keep[j] = false }
                i += filler.length
                continue
            }
            i += 1
        }
        // Trailing politeness and owner tags: "please", "(Bob)", "— @bob", "pls", "thx".
        var last = end
        while last > verb {
            let key = tokens[last - 1].key
            if [".", ",", "-", "—", "–", ":", "(", ")", "¿", "¡"].contains(key) || sentence.isWord(last - 1, .trailingPoliteness) || !keep[last - 1] {
                if sentence.isWord(last - 1, .alsoTail), !(last >= 2 && sentence.isWord(last - 2, .asWord)) && !sentence.isWord(last - 1, .tooWord) { break }
                last -= 1
                continue
            }
            if key == ")" || key == "]" { last -= 1; continue }
            if last - 1 > verb, ["(", "[", "@", "—", "-", "–"].contains(tokens[last - 2].key),
                context.people.person(in: sentence, at: last - 1) != nil
            {
                last -= 2
                continue
            }
            // "m'envoyer le contrat, Hugo": the name the request was addressed to.
            if last - 1 > verb + 1, tokens[last - 2].key == ",", let person = context.people.person(in: sentence, at: last - 1),
                person.length == 1
            {
                last -= 2
                continue
            }
            // A dangling "by" or "on" left by removing a date.
            // Not a German particle that ends its clause itself ("arbeitest … um,"), with no date removed after it.
            if sentence.isWord(last - 1, .danglingPreposition),
                !(context.lexicon.infinitiveLast && context.lexicon.separableParticles.contains(key) && (last == end || keep[last]))
            {
                last -= 1
                continue
            }
            break
        }
        // The verb as a to-do: its infinitive ("schickt" → "schicken", "enviará" → "enviar"); in
        // German at the end, after the pronouns that followed it are gone ("schicke ich dir" → "schicken")
        // and with a separable particle from the clause's end ("bereitet … vor" → "vorbereiten").
        let lexicon = context.lexicon
        var infinitive = lexicon.verbForms[tokens[verb].key]
            ?? lexicon.withoutElision(tokens[verb].key).map { lexicon.verbForms[$0] ?? $0 }
        // "Ricardo: contrato con el nuevo pricing", "Carmen: firma del contrato": on a line labelled with someone
        // else's name, a first-person form, or a form followed by "of", opening it is a noun, kept as written.
        if verb == 0, !sentence.utterance.speakerSpoke, let label = sentence.utterance.speaker,
            !compiled.isWord(label.lowercased(), .selfLabel), tokens[verb].key != infinitive,
            lexicon.nounLikeFirstPersonSuffixes.contains(where: { tokens[verb].key.hasSuffix($0) })
                || verb + 1 < tokens.count && sentence.isWord(verb + 1, .dateOfPreposition)
        {
            infinitive = nil
        }
        var infinitiveAtEnd = false
        var closingBracket: Int?
        // "Das kläre ich mit Personal und schicke euch einen Plan": a second finite verb after "und" ends the first
        // clause, and each verb goes to the end of its own ("… klären und einen Plan schicken").
        var second: (conjunction: Int, infinitive: String)?
        /// The infinitive of the finite verb at `finite`, with the pronouns after it dropped and its particle taken
        /// from the end of its clause. After "und" the subject is shared: "sie" there is the object ("schicke sie").
        func movedToEnd(_ finite: Int, _ base: String, clauseEnd: Int, sharesSubject: Bool = false) -> String {
            keep[finite] = false
            var next = finite + 1
            while next < clauseEnd, !sharesSubject && isSubjectToken(sentence, next) || sentence.isWord(next, .objectPronoun) {
                keep[next] = false
                next += 1
            }
            guard let particle = (finite + 1..<max(finite + 1, clauseEnd)).last(where: { keep[$0] }),
                lexicon.separableParticles.contains(tokens[particle].key), particle > finite + 1
            else { return base }
            keep[particle] = false
            return tokens[particle].key + base
        }
        if let base = infinitive, lexicon.infinitiveLast {
            if let c = (verb + 1..<max(verb + 1, last - 1)).first(where: { c in
                sentence.isWord(c, .conjunction) && keep[c + 1] && tokens[c + 1].kind == .word && lexicon.verbForms[tokens[c + 1].key] != nil
                    && !sentence.word(c + 1, in: .nonTaskVerb)
            }), let otherBase = lexicon.verbForms[tokens[c + 1].key] {
                second = (c, movedToEnd(c + 1, otherBase, clauseEnd: last, sharesSubject: true))
            }
            // "holt mind. 2 Vergleichsangebote ein (Seitz + ein weiteres)": a closing bracket stays after the verb.
            if second == nil, let open = (verb + 2..<max(verb + 2, last)).last(where: { tokens[$0].key == "(" }),
                !(open..<last).contains(where: { tokens[$0].key == ")" })
            {
                closingBracket = open
            }
            infinitive = movedToEnd(verb, base, clauseEnd: second?.conjunction ?? closingBracket ?? last)
            infinitiveAtEnd = true
        } else if infinitive != nil {
            keep[verb] = false
        }
        func runs(_ range: Range<Int>) -> [String] {
            var found: [String] = []
            var runStart: Int?
            for j in range {
                if keep[j] {
                    if runStart == nil { runStart = j }
                } else if let s = runStart {
                    found.append(sentence.text(s..<j))
                    runStart = nil
                }
            }
            if let s = runStart { found.append(sentence.text(s..<max(s, range.upperBound))) }
            return found
        }
        var pieces: [String] = []
        if let infinitive, !infinitiveAtEnd { pieces.append(infinitive) }
        if let second, let infinitive {
            pieces += runs(verb..<second.conjunction) + [infinitive] + runs(second.conjunction..<max(second.conjunction, last)) + [second.infinitive]
        } else {
            let bracket = closingBracket ?? last
            pieces += runs(verb..<max(verb, bracket))
            if let infinitive, infinitiveAtEnd { pieces.append(infinitive) }
            pieces += runs(bracket..<max(bracket, last))
        }
        var text = pieces.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.joined(separator: " ")
        // Remove a dangling "by"/"on" before a removed date in the middle, and doubled spaces.
        for suffix in compiled.danglingTextSuffixes where text.hasSuffix(suffix) {
            text = String(text.dropLast(suffix.count))
        }
        text = tidied(text, compiled)
        text = text.trimmingCharacters(in: " ,;:-—–")
        // "process service credit (10% of Dec fee" when the date was cut after the bracket: close it.
        if text.filter({ $0 == "(" }).count > text.filter({ $0 == ")" }).count { text += ")" }
        // Lower-case the first letter of the verb unless it is a name or an acronym.
        if context.lexicon.lowercasesTaskStart, let first = text.first, first.isUppercase, text.count > 1,
            !(text.split(separator: " ").first?.dropFirst().contains { $0.isUppercase || $0 == "&" } ?? false),
            !(text.split(separator: " ").first.map { context.people.knows(String($0)) || context.people.knowsFirstName(String($0)) } ?? false)
        {
            text = first.lowercased() + text.dropFirst()
        }
        return text
    }

    /// One pass over the words: no doubled spaces, no empty commas left by removed fillers
    /// ("and, uh, circulate it" → "and circulate it").
    func tidied(_ text: String, _ compiled: CompiledLexicon) -> String {
        guard text.utf8.contains(0x2C) || text.contains("  ") else { return text }
        var words: [Substring] = []
        for word in text.split(separator: " ") {
            if word == "," {
                // "замена 4 т - на следующей неделе, со вторничной…" without its date: no dash left before the comma.
                if let last = words.last, ["-", "–", "—"].contains(last) { words.removeLast() }
                if let last = words.last, !last.hasSuffix(",") { words[words.count - 1] = last + "," }
                continue
            }
            words.append(word)
        }
        for index in words.indices where words[index].hasSuffix(",") && compiled.isWord(String(words[index].dropLast()), .commaConjunction) {
            words[index] = words[index].dropLast()
        }
        // "(el martes, ver arriba)" without its date: "(ver arriba)".
        return words.joined(separator: " ").replacing("(, ", with: "(")
    }

    /// "whether two remote days is okay and …": a filler word after "is" that ends its clause is what the clause says.
    func isComplement(_ i: Int, length: Int, verb: Int, end: Int, in sentence: SentenceView) -> Bool {
        guard i > verb, sentence.isWord(i - 1, .copula) || sentence.isWord(i - 1, .beVerb) else { return false }
        let after = i + length
        return after >= end || sentence.tokens[after].kind == .symbol || sentence.isWord(after, .conjunction)
    }

    /// A word of the task before a late verb, a count before its noun ("3 образца", "мешки 25 кг"), or a ticket's
    /// number glued to it by a hyphen ("PAY-482").
    static func isTaskWord(_ sentence: SentenceView, _ i: Int) -> Bool {
        let tokens = sentence.tokens
        if tokens[i].kind == .word { return true }
        if tokens[i].kind == .number, i + 1 < tokens.count, tokens[i + 1].kind == .word { return true }
        // "Betriebsrat über 3,5 % informieren": a percentage is part of the task.
        let percent = { (j: Int) in tokens[j].key == "%" || sentence.isWord(j, .percentWord) }
        if tokens[i].kind == .number, i + 1 < tokens.count, percent(i + 1) { return true }
        if i > 0, percent(i), tokens[i - 1].kind == .number { return true }
        func hyphen(_ h: Int) -> Bool {
            h > 0 && h + 1 < tokens.count && tokens[h].key == "-" && tokens[h - 1].kind == .word && tokens[h + 1].kind == .number
                && !tokens[h].spaceBefore && !tokens[h + 1].spaceBefore
        }
        return hyphen(i) || tokens[i].kind == .number && hyphen(i - 1)
    }

    /// Tokens said as written: no space where the text had none ("PAY-482").
    static func joined(_ sentence: SentenceView, _ indices: [Int]) -> String {
        var text = ""
        for (n, i) in indices.enumerated() {
            if n > 0, sentence.tokens[i].spaceBefore || indices[n - 1] != i - 1 { text += " " }
            text += sentence.raw(i)
        }
        return text
    }

    /// "Dana: take that to Grace", "Carlos: put it in the addendum", "Amara: get this the right way round": said aloud,
    /// with no day, a short task whose object is a pointer to what was said before is a reply, not a task of its own. It
    /// completes the task it answers, or nothing (`Analysis.mergeDuplicates`).
    func pointsBackAloud(_ task: String, in sentence: SentenceView, dates: [DateMatch], _ lexicon: Lexicon) -> Bool {
        guard sentence.utterance.speakerSpoke, dates.isEmpty else { return false }
        let words = task.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" })
        guard words.count >= 2, words.count <= 5 else { return false }
        // The word right after the verb, or (German) right before it: "das machen", not "das Angebot schicken".
        let object = lexicon.infinitiveLast ? words.dropLast().last : words.dropFirst().first
        return object.map { lexicon.meetingTalk.pointers.contains(String($0)) } ?? false
    }
}
