/// The closed word classes the rules test, one per grammatical role: every language fills each one
/// in its lexicon's `words` (an empty set states that the language has none).
///
/// A rule asks `sentence.isWord(i, .negator)`: the class bits come from the one dictionary lookup
/// each token already makes (`CompiledLexicon.classes(of:)`), so no rule builds or hashes a word.
/// Open classes with their own shape (weekdays, months, task verbs, ...) stay `Lexicon` fields.
public enum WordClass: Int, CaseIterable, Sendable {
    // MARK: Sentences
    /// "…, right?": a tag that asks for a nod, not an answer.
    case tagReply
    /// "not", "never", "won't", "не": a negation before the verb cancels a commitment.
    case negator
    /// "and", "but", "или": a conjunction that stops a look-ahead inside a clause.
    case conjunction
    /// "and", "but", "so", "и": where a new clause with its own subject may begin.
    case clauseBreak
    /// "and,", "but,": a conjunction left dangling before a comma in task text.
    case commaConjunction

    // MARK: Dates and times
    /// "this", "coming": before a weekday, this week's one.
    case thisWord
    /// "sat", "wed", "ср": weekday abbreviations that are also words; dated only after a preposition.
    case ambiguousWeekday
    /// "by", "on", "до": what may stand before an ambiguous weekday.
    case weekdayPreposition
    /// "on", "this", "в": between a time and the date after it ("3pm on Friday").
    case timeDateLink
    /// "the", "on", "в": between two parts of one date ("Friday, the 4th").
    case dateLink
    /// "of" in "Sunday of next week": a weekday belongs to the week after it.
    case weekOf
    /// "on", "the", "end", "no later than": words a date match may extend back over.
    case dateLeadIn
    /// "the", "at", "of": leading words dropped again from a date's text.
    case dateLeadInDropped
    /// "at", "around", "в", "с": between a date and its time ("Thursday, 9:30").
    case timeLink
    /// "г", "года": a year's abbreviation after its number; "FY" ("FY27"), "GJ": one fused before it.
    case yearWord
    /// "on", "на", "с": before a dotted short date ("on 5.12").
    case numericDatePreposition
    /// "the", "next", "following": inside "within the next 3 days".
    case durationFiller
    /// "time" of "in two weeks' time".
    case durationTime
    /// "в" of Russian "в течение": part of a within-expression before it.
    case withinLeadIn
    /// "days", "weeks": a unit that needs a number ("in days" is vague).
    case unitNeedingCount
    /// "o'clock".
    case oClock
    /// "to", "до": a range of amounts ("10 to 12 thousand").
    case rangeWord
    /// "to" of a range of times ("10 to 11am").
    case timeRangeWord
    /// "cet", "pst", "мск": a zone named after a time; read, not converted.
    case timeZone
    /// "date", "when", "дата": a header label whose date is the meeting's.
    case dateLabel
    /// "of" of "the 5th of December", "a couple of weeks".
    case ofWord
    /// "числа" of "15 числа": a noun that makes the number before it a day.
    case dayNoun
    /// "de", "la", "du": between an hour and its part of day ("a las 9 de la mañana", "8 h du soir").
    case dayPartLeadIn

    // MARK: Money
    /// "percent", "процентов": the number before is a share, not money.
    case percentWord
    /// "руб", "тыс": abbreviations that take a following dot into the amount.
    case abbreviationWithDot
    /// "per", "for", "each", "на": words after a bare money number that do not make it a count.
    case countContinuation
    /// "one", "twenty", "thousand": number words ICU's spell-out may read.
    case spelledNumber
    /// "and", "и" inside a spelled number ("five hundred and fifty").
    case numberJoiner
    /// "a", "an": a number word only when more follows.
    case indefiniteArticle
    /// "per", "seat", "vat", "ндс": words that may stand between an amount and its period.
    case periodGap
    /// "per" of "per seat per month": a unit, then the period right after it.
    case perWord
    /// "few", "couple": counts that spell no amount.
    case vagueCount
    /// "try": a currency code that is also a word, never read as a code.
    case wordLikeCurrency
    /// "р": a currency only right after a number.
    case currencyAfterNumber
    /// "m", "b", "т": magnitudes only when fused to their number ("5m", not "5 m").
    case fusedMagnitude
    /// "к": a magnitude only when something follows it.
    case magnitudeNotFinal
    /// "de" of "10 millones de dólares", "2 millions de $": between a magnitude and its currency.
    case currencyLink
    /// "cent", "céntimos", "копеек": the minor unit after an amount ("15 Dollar und 15 Cent").
    case minorUnit

    // MARK: Decisions
    /// "Decision:", "Agreed:", "Решение:": a label that makes its line a decision.
    case decisionLabel
    /// "not", "if", "yet", "если": before a decision marker, it is no decision.
    case decisionCanceller
    /// "yet", "not", "ли": right after a decision marker, it is still open.
    case decisionPending
    /// "be", "will", "to": before a marker, a decision still to be made.
    case futureAuxiliary
    /// "get", "need", "pending": before a marker, something still sought ("need approval").
    case approvalSeeker
    /// "is", "was", "был": before a marker, a passive whose subject is the decision.
    case copula
    /// "that", "to", "we", "что": between a marker and what was decided.
    case decisionLeadIn
    /// "go", "with", "chose": the verb a short decision keeps ("go with WordPress").
    case choiceVerb
    /// "last", "yesterday", "already": a decision from an earlier meeting.
    case earlierMeetingWord
    /// "confirmed", "подтвердили": decides only when it opens the sentence.
    case weakDecisionMarker
    /// "…, right?" after a decision: the tag is not part of what was decided.
    case decisionTagReply

    // MARK: Next contact
    /// "same", "тот": "same time" is itself the next meeting.
    case sameWord
    /// "let's", "schedule", "book": a meeting word planned, not just named.
    case planningWord
    /// "you", "us", "вами": "follow up with you" is the contact, not a task.
    case contactPartner
    /// "let's", "we", "then", "мы": may stand before a contact verb.
    case contactSubject
    /// "let's", "давайте".
    case letsWord
    /// "with" of "follow up with legal".
    case withWord
    /// "next" in a section title ("Next steps") that makes a meeting word there planned.
    case nextTitleWord
    /// "talk", "see" of "talk to you Thursday".
    case farewellVerb
    /// "to", "you" of "talk to you", "see you".
    case farewellObject
    /// "next", "следующий" opening "Next retro: Tuesday".
    case nextOpener
    /// "week", "step", "неделе": after "next", a period or a step, not a meeting.
    case periodNoun

    // MARK: Action items
    /// "someone", "кто-то": a task nobody has taken yet.
    case someone
    /// "will", "to", "gonna": a commitment right after a "Name:" label.
    case labelCommitment
    /// "going" of "going to".
    case goingWord
    /// "to": the infinitive marker.
    case infinitiveMarker
    /// "me", "i", "я": a label that names the notes' author.
    case selfLabel
    /// "shall", "should": a question offering to do something ("Shall I send it?").
    case offerQuestionOpener
    /// "do" of the vague "do something".
    case vagueVerb
    /// "anything", "more", "better": after "do", no task.
    case vagueObject
    /// "offer", "get", "receive": after "can"/"you'll", an offer or a receipt, not a task.
    case receiptVerb
    /// "can", "could", "you", "may" before a receipt verb.
    case receiptModal
    /// "you'll".
    case youWill
    /// "get".
    case getVerb
    /// "back", "to", "in" after "get": "get back to" needs more words to be a task.
    case getParticle
    /// "chat", "чат": a promised action into the meeting's chat happens now.
    case chatWord
    /// "you", "you'll": the generic "you" of a many-person call.
    case genericYou
    /// "talk", "meet", "созвонимся": meeting again is the next contact, not a task.
    case meetVerb
    /// "it", "that", "for": the words of a task that only points back ("do that").
    case referenceWord
    /// "it's", "i", "we": a new clause after a comma in a task.
    case clauseOpener
    /// "please", "пожалуйста": opens an imperative that names no owner.
    case pleaseWord
    /// "подготовь", "пришлите": a request phrase that is itself the verb.
    case requestVerb
    /// "подготовим", "сделаем": first-person plural verbs the endings do not catch.
    case firstPersonPluralVerb
    /// "also", "then", "тоже": between a subject and its marker.
    case subjectAdverb
    /// "тоже", "сам": between "я" and its verb.
    case selfAdverb
    /// "owns", "handles", "leads": the marker is itself the task's verb.
    case ownershipVerb
    /// "can", "should", "might": after "we"/"I", an offer or suggestion, not a promise.
    case suggestionModal
    /// "he", "she", "они": third-person pronouns.
    case thirdPersonPronoun
    /// "you", "вы": the person addressed, as a subject.
    case addressedPronoun
    /// "you", "u" after "could"/"would": a request, not a hedge.
    case requestPronoun
    /// "us", "let's": first-person plural forms that are no subject.
    case notWeSubject
    /// "the", "our", "their" before a team noun.
    case teamDeterminer
    /// "to", "will" after a lower-case name in notes ("jen to send").
    case lowercaseNameMarker
    /// "need", "plan", "todo": words that open a lower-case note without naming anyone.
    case notLowercaseName
    /// "he", "someone", "today", "budget": capitalized, still no name.
    case notName
    /// "also", "just", "can", "i'll": skipped on the way to a task verb.
    case verbLeadIn
    /// "be": stops the way to a task verb ("be able" does not).
    case beVerb
    /// "able" of "be able".
    case ableWord
    /// "is", "was", "'s": after a word, it was a noun ("review is on Friday").
    case copulaAfterNoun
    /// "that", "the", "it": after a verb with a copula, a real verb phrase.
    case clauseObject
    /// "have", "has": a task verb only with a completion word ("have it ready").
    case haveVerb
    /// "ready", "done", "back".
    case completionWord
    /// "could", "would", "might": a hedge unless a request ("could you").
    case requestModal
    /// "would", "could": polite, not a hedge, in a request.
    case politeModal
    /// "maybe", "perhaps", "возможно": no promise anywhere in the sentence.
    case strongHedge
    /// "will": a promise that outweighs a hedge.
    case willWord
    /// "who", "whether", "ли": a discussion about who would do it.
    case embeddedQuestion
    /// "will", "to", "'ll", "needs": a new subject's marker in a task's clause.
    case clauseVerbMarker
    /// "okay", "thanks", "yes" after a comma: the task has ended.
    case trailingTag
    /// "like", "just", "also": fillers kept inside a task's words.
    case keptFiller
    /// "please", "thanks", "asap", "too", "as", "well": dropped from a task's end.
    case trailingPoliteness
    /// "too", "well", "as": of these, only a complete "too" or "as well" is dropped.
    case alsoTail
    /// "as" of "as well".
    case asWord
    /// "too".
    case tooWord
    /// "talk", "present", "discuss": what a speaker does in the meeting itself ("I'm gonna talk about the buttons").
    case talkVerb
    /// "because", "damit", "потому": after a comma, a subordinate clause that is no part of the task.
    case subordinator
    /// "by", "on", "до": left dangling when a date is removed from a task.
    case danglingPreposition
    /// "of", "du", "vom", "от": a date after it names a thing ("the training of Jan 12"), stays in the task
    /// and is a deadline only when the sentence has no other date; a verb form before it is a noun
    /// ("firma del contrato").
    case dateOfPreposition
    /// "by", "on", "until": a dangling preposition removed from a task's text.
    case danglingTextPreposition
    /// "you", "please", ",": before a name in "can you, Bob, send".
    case addressLeadIn
    /// "is", "to", "by" of "assigned to", "owner is".
    case assignmentLink
    /// "unassigned", "tbd", "nobody": an assignment to no one.
    case nobody
    /// "mr", "frau", "sra", "mme": titles before a name ("Frau Dr. Pammer" is Ingrid Pammer).
    case honorific
    /// "dir", "mir", "euch": object pronouns right after a German verb, dropped with it from a task.
    case objectPronoun
    /// "the", "and", "и": words that do not tell two tasks apart.
    case taskStopWord
}

extension Lexicon {
    /// The words of class `word` (empty when the language has none).
    public func words(_ word: WordClass) -> [String] { words[word] ?? [] }
}
