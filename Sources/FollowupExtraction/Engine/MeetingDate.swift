import FollowupDocument
import FollowupText

extension Analysis {
    /// The meeting's date and time from the header lines, when `--date` did not set them.
    mutating func resolveMeetingDate() {
        if options.date != nil {
            meetingTime = options.time
            return
        }
        let context = RuleContext(lexicon: lexicon, referenceDate: options.fallbackDate, people: people, locale: options.locale,
                                  format: document.format)
        let rule = DateRule()
        var found: CivilDate?
        for (line, text) in document.headerLines {
            let lower = text.lowercased()
            let labelled = lexicon.words(.dateLabel).contains { lower.hasPrefix($0) }
            var utterance = Utterance(speaker: nil, speakerSpoke: false, text: text, line: line)
            utterance.section = .body
            guard let segmented = try? segmenter.sentences(in: text) else { continue }
            for sentence in segmented {
                let view = SentenceView(utteranceIndex: 0, utterance: utterance, sentence: sentence, compiled: context.compiled)
                for match in rule.matches(in: view, context: context) where match.isAbsolute {
                    let share = Double(match.range.count) / Double(max(1, sentence.tokens.count))
                    let hasYear = view.text(match.range).contains { $0.isNumber } && match.text.split(whereSeparator: { !$0.isNumber }).contains { $0.count == 4 }
                    if labelled || hasYear || share >= 0.5 {
                        found = match.date
                        if meetingTime == nil { meetingTime = match.time }
                        break
                    }
                }
                if found != nil { break }
            }
            if found != nil { break }
        }
        if found == nil, let metadata = document.metadataDate, let date = CivilDate(iso: metadata.prefix(10)), date.isSupported { found = date }
        if let found { referenceDate = found }
    }
}
