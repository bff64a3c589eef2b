extension Analysis {
    /// One item per task: a task said in the transcript and again in a recap merges, keeping the
    /// first mention's line and filling in an owner or deadline the other gives. A reply that
    /// only points back ("I'll do that by Friday") completes the task it answers.
    func mergeDuplicates(_ candidates: [ActionCandidate], compiled: CompiledLexicon) -> [ActionCandidate] {
        var result: [ActionCandidate] = []
        var signatures: [Set<String>] = []
        var byWord: [String: [Int]] = [:]
        for said in candidates {
            var candidate = said
            if candidate.isReference {
                var merged = false
                var index = result.count - 1
                // A verb alone after another sentence of its turn points into the turn ("El onboarding todavía tiene
                // bugs. Los corrijo"), not to an older task.
                let sentence = sentences[candidate.sentenceIndex]
                let withinTurn = !sentence.opensUtterance && !candidate.task.contains(" ")
                while index >= 0, candidate.sentenceIndex - result[index].sentenceIndex <= 8,
                    !withinTurn || sentences[result[index].sentenceIndex].utteranceIndex == sentence.utteranceIndex
                {
                    // A task nobody has taken yet is taken only by the reply right after it ("Das mache ich").
                    if result[index].isUnclaimed, candidate.sentenceIndex - result[index].sentenceIndex > 2 {
                        index -= 1
                        continue
                    }
                    if Self.mayAnswer(candidate, result[index]) {
                        if result[index].due == nil { result[index].due = candidate.due }
                        if result[index].owner == nil { result[index].owner = candidate.owner }
                        if result[index].owner == nil, candidate.byAuthor { result[index].byAuthor = true }
                        if candidate.owner != nil || candidate.byAuthor { result[index].isUnclaimed = false }
                        merged = true
                        break
                    }
                    index -= 1
                }
                // Answering no task before it, a line of notes is a task of its own when what it points to was named
                // ("The deck is outdated. I'll update it"); said on a call, only with a later day ("Die schicke ich
                // Ihnen morgen") or the thing in its own sentence ("El listado te lo mando hoy mismo"): otherwise such a
                // reply is mostly chat ("I'll put them in in a minute").
                let later = !sentence.utterance.speakerSpoke || candidate.due.map({ $0.date > referenceDate }) ?? false
                guard !merged, let resolved = namingAntecedent(of: candidate, compiled: compiled, ownSentence: !later) else { continue }
                candidate = resolved
            } else if let resolved = namingAntecedent(of: candidate, compiled: compiled) {
                candidate = resolved
            }
            let words = Analysis.contentWords(candidate.task, compiled)
            // "I'll have the quote to you by Thursday" after "can you put together a rough quote?": the result of the task
            // just named, which it dates; said of something not named before, a task of its own.
            if ActionItemRule.promisesResult(sentences[candidate.sentenceIndex].tokens, at: candidate.verb, compiled),
                let index = result.indices.reversed().prefix(while: { candidate.sentenceIndex - result[$0].sentenceIndex <= 8 }).first(where: {
                    (result[$0].owner == nil || candidate.owner == nil || result[$0].owner == candidate.owner)
                        && !words.isDisjoint(with: signatures[$0])
                })
            {
                if result[index].due == nil { result[index].due = candidate.due }
                if result[index].owner == nil { result[index].owner = candidate.owner }
                continue
            }
            // Only items sharing a word can be duplicates: look them up, not every item.
            var seen = Set<Int>()
            var existing: Int?
            for word in words {
                // A recap repeats tasks of the same meeting: look back a bounded window, so a huge
                // file stays linear.
                for index in (byWord[word] ?? []).reversed() {
                    if index < result.count - 500 { break }
                    guard seen.insert(index).inserted else { continue }
                    let other = result[index]
                    guard other.owner == nil || candidate.owner == nil || other.owner == candidate.owner else { continue }
                    if Analysis.similar(words, signatures[index]) && (existing == nil || index < existing!) { existing = index }
                }
            }
            if let existing {
                // Said as a real task after a plan nobody took: the task as said now replaces the plan.
                if result[existing].isUnclaimed, !candidate.isUnclaimed {
                    result[existing] = candidate
                    // Its new words find it too; each list stays in index order (the look-back stops at old indices).
                    for word in words.subtracting(signatures[existing]) {
                        var list = byWord[word, default: []]
                        list.insert(existing, at: list.firstIndex { $0 > existing } ?? list.count)
                        byWord[word] = list
                    }
                    signatures[existing] = words
                    continue
                }
                if result[existing].owner == nil { result[existing].owner = candidate.owner }
                if result[existing].due == nil { result[existing].due = candidate.due }
                // Said again as a real task: no longer waiting for someone to take it.
                if !candidate.isUnclaimed { result[existing].isUnclaimed = false }
                continue
            }
            for word in words { byWord[word, default: []].append(result.count) }
            result.append(candidate)
            signatures.append(words)
        }
        // Nobody took it: "someone needs to…" stays talk, not a task.
        return result.filter { !$0.isUnclaimed }
    }

    /// Whether a reply pointing back may complete `item`: not when one of them is the notes' author's ("I'll update
    /// it") and the other someone else's.
    static func mayAnswer(_ reply: ActionCandidate, _ item: ActionCandidate) -> Bool {
        if reply.owner == item.owner { return true }
        if item.owner == nil { return !item.byAuthor }
        return reply.owner == nil && !reply.byAuthor
    }

    /// The words that tell a task apart: no stop words, each cut to a crude stem.
    static func contentWords(_ text: String, _ compiled: CompiledLexicon) -> Set<String> {
        var words = Set<String>()
        for word in text.lowercased().split(whereSeparator: { !$0.quickIsLetter && !$0.quickIsNumber }) {
            let w = String(word)
            if compiled.isWord(w, .taskStopWord) || compiled.lexicon.stopWords.contains(w) { continue }
            // Crude stem so "sends"/"send", "прислать"/"пришлю" meet: the first five letters.
            words.insert(String(w.prefix(5)))
        }
        return words
    }

    static func similar(_ a: Set<String>, _ b: Set<String>) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        let common = a.intersection(b).count
        let smaller = min(a.count, b.count)
        return Double(common) / Double(smaller) >= 0.75 && common >= 2 || Double(common) / Double(a.union(b).count) >= 0.6
    }
}
