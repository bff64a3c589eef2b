import FollowupDocument
import FollowupText

/// A speaker summing up who owes what, one share a sentence: "Павел — методика и документы по ЦОДу", "С моей стороны —
/// коммерческое предложение с новыми цифрами до пятницы", "Ольга, с вас — список машин к среде", "From my side: the
/// revised order form by Friday".
///
/// The words before the dash (or colon) name the owner: a participant, the speaker's own share
/// (`MeetingTalk.ownShare`) or the share of the one addressed (`MeetingTalk.addresseeShare`), and nothing else; what
/// follows is the task, said without a verb. Only turns of a transcript, and only sentences where no other rule found a
/// task. Contract rows: `actionItems[].task/owner`.
struct RoundShareRule: Rule {
    var family: RuleFamily { .actionItems }
    var reads: Set<RuleFamily> { [.dates] }
    var openers: TokenClass { [] }

    /// How far into the sentence the dash may stand: a name, a comma and a share phrase.
    static let ownerReach = 7

    func apply(to sentence: SentenceView, in context: RuleContext, found: inout SentenceFindings) {
        let tokens = sentence.tokens
        guard sentence.utterance.speakerSpoke, found.actions.isEmpty, !sentence.endsWithQuestionMark else { return }
        let compiled = context.compiled
        let commitments = ActionItemRule()
        // "Resumiendo: por mi parte — …": a label of the round itself may come first.
        let dashes = tokens.indices.prefix(Self.ownerReach).filter { ["—", "–", "-", ":"].contains(tokens[$0].key) }
        var share: (owner: String, dash: Int)?
        for dash in dashes where share == nil {
            for begin in [0] + dashes.filter({ $0 < dash }).map({ $0 + 1 }) where share == nil {
                share = owner(from: begin, to: dash, in: sentence, commitments: commitments, context: context).map { ($0, dash) }
            }
        }
        guard let (owner, dash) = share else { return }
        var start = dash + 1
        while start < tokens.count, tokens[start].kind != .word || compiled.fillers.match(tokens, at: start) != nil { start += 1 }
        // "Сергей — да, конечно": an answer, not a share.
        guard start < tokens.count, !context.lexicon.affirmatives.contains(tokens[start].key),
            !sentence.isWord(start, .negator)
        else { return }
        let dates = found.dates.filter { !$0.isStart }
        let task = commitments.taskText(sentence, from: start, dates: dates, context: context, compiled: compiled)
        // "Марина, с вас — реквизиты к среде": one word is a task when a day comes with it.
        guard task.split(separator: " ").count >= (dates.isEmpty ? 2 : 1) else { return }
        found.actions = [
            ActionCandidate(task: task, owner: owner, due: nil, line: sentence.line(ofToken: start), sentenceIndex: sentence.index,
                            verb: start, strong: true)
        ]
    }

    /// "Павел", "С моей стороны", "Ольга, с вас", "Also, Frau Brandt, von Ihrer Seite": a participant, a share phrase, or
    /// both, filling every word from `begin` to the dash but for fillers and conjunctions in front.
    func owner(from begin: Int, to dash: Int, in sentence: SentenceView, commitments: ActionItemRule, context: RuleContext) -> String? {
        let tokens = sentence.tokens
        let compiled = context.compiled
        var index = begin
        while index < dash {
            if let filler = compiled.fillers.match(tokens, at: index) { index += filler.length; continue }
            guard tokens[index].key == "," || sentence.isWord(index, .conjunction) else { break }
            index += 1
        }
        var owner: String?
        // "Frau Brandt": past a title to the name.
        if index + 1 < dash, context.lexicon.isHonorific(tokens[index].key) { index += 1 }
        if let person = context.people.person(in: sentence, at: index), person.length > 0 {
            owner = person.name
            index += person.length
            if index < dash, tokens[index].key == "," { index += 1 }
        }
        if index < dash, let share = compiled.addresseeShare.match(tokens, at: index) {
            index += share.length
            owner = owner ?? commitments.addressee(of: sentence, context: context)
        } else if owner == nil, let share = compiled.ownShare.match(tokens, at: index) {
            index += share.length
            owner = sentence.utterance.speaker.map { context.people.fullest($0) }
        }
        return index == dash ? owner : nil
    }
}
