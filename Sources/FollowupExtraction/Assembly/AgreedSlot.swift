import FollowupText

/// "Can we do Wednesday morning? The twenty-ninth, ten o'clock?" "Wednesday the twenty-ninth at ten works.": a day and
/// time asked in a call and its day said back by another speaker in the next turn is when the sides meet again, though nobody
/// named a call, a visit or a meeting. Read only when no sentence named the next contact.
extension Analysis {
    func agreedSlot(in kept: KeptFindings) -> NextContactMatch? {
        var found: NextContactMatch?
        for (index, (asked, sentence)) in kept.dates.enumerated() {
            // A Whisper transcript names no speakers: the next sentence or the one after is taken for the other side's.
            let speaker = sentence.utterance.speaker
            guard sentence.utterance.speakerSpoke || speaker == nil, sentence.endsWithQuestionMark, let time = asked.time, !asked.isDeadline,
                asked.date > referenceDate
            else { continue }
            let answered = kept.dates[(index + 1)...].prefix(6).contains { answer, reply in
                (speaker == nil ? (sentence.index + 1...sentence.index + 2).contains(reply.index)
                    : reply.utteranceIndex == sentence.utteranceIndex + 1 && reply.utterance.speaker != speaker)
                    && answer.date == asked.date && (answer.time ?? time) == time && !reply.endsWithQuestionMark
            }
            if answered {
                found = NextContactMatch(date: asked, line: sentence.line(ofToken: asked.range.lowerBound), strength: 1, text: sentence.fullText)
            }
        }
        return found
    }
}
