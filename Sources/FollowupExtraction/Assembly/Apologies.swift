import FollowupDocument

extension Analysis {
    /// "Completely understood, and I'm sorry.": who apologised and where, not in a question nor on a private line.
    /// The follow-up repeats only the sender's own apology; it never apologises for them.
    func apologies(outside privateLines: Set<Int>) -> [ExtractionRecord.Apology] {
        let compiled = CompiledLexicon.shared(lexicon)
        return sentences.compactMap { sentence in
            guard !sentence.endsWithQuestionMark, !privateLines.contains(sentence.firstLine),
                compiled.apologies.contains(sentence.tokens, in: 0..<sentence.tokens.count)
            else { return nil }
            return ExtractionRecord.Apology(speaker: sentence.utterance.speaker, line: sentence.firstLine)
        }
    }
}
