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
        // The title line's date ("acme - call w/ Jenna   tue 12/1").
        var candidates = document.headerLines.map { (line: $0.line, text: $0.text, isTitle: $0.line == document.titleLine) }
        if let line = document.titleLine, !document.headerLines.contains(where: { $0.line == line }) {
            candidates.insert((line, String(document.text.utf8Slice(document.lines.range(ofLine: line))), true), at: 0)
        }
        // "ACTIVITY: Discovery call 2 | 9/22/26 | 45 min": each cell of a piped header line is read alone.
        let labels = lexicon.words(.dateLabel)
        let cells = candidates.flatMap { candidate in
            candidate.text.split(separator: "|").map { cell in
                let lower = cell.lowercased().drop { "*_#- ".contains($0) }
                return (line: candidate.line, text: String(cell), isTitle: candidate.isTitle, labelled: labels.contains { lower.hasPrefix($0) })
            }
        }
        // "**Fecha:** 20/10/2026" under "# Campaña de Navidad": a labelled date line is read first.
        let ordered = cells.filter(\.labelled) + cells.filter { !$0.labelled }
        for (line, text, isTitle, labelled) in ordered {
            var utterance = Utterance(speaker: nil, speakerSpoke: false, text: text, line: line)
            utterance.section = .body
            guard let segmented = try? segmenter.sentences(in: text) else { continue }
            // "… по k8s плавает. 4/5": a score after a line's sentence is no day standing alone; the share is the line's.
            let lineTokens = segmented.reduce(0) { $0 + $1.tokens.count }
            for sentence in segmented {
                let view = SentenceView(utteranceIndex: 0, utterance: utterance, sentence: sentence, compiled: context.compiled)
                for match in rule.matches(in: view, context: context) where match.isAbsolute {
                    let share = Double(match.range.count) / Double(max(1, lineTokens))
                    // "16/11/27", "16.11.27": a numeric date with a short year says its year as "2027" does (set 33: a
                    // target "jeudi 13/04/2028" further down was taken for the meeting's day instead).
                    let hasYear = view.text(match.range).contains { $0.isNumber }
                        && (match.text.split(whereSeparator: { !$0.isNumber }).contains { $0.count == 4 } || Self.hasShortYear(match.text))
                    // A title is no sentence: a day written in it ("стендап 03.12 команда мобилки") is the meeting's;
                    // a holiday named without a number ("Christmas campaign") is what the meeting was about.
                    let numbered = match.text.contains { $0.isNumber }
                    // "Elodie: 3 references before December 18" among the first lines: a deadline or a start is no
                    // meeting's day.
                    // "Réunion du 4/12, visio": a header line that opens with the meeting's noun gives its day.
                    // Not "Follow-up call 12/15 with legal", "Next meeting 12/15": the call to come.
                    let namesMeeting = context.compiled.contactNouns.match(view.tokens, at: 0) != nil
                        && !view.tokens.contains { lexicon.contactNextWords.contains($0.key) }
                    let isDay = !match.isDeadline && !match.isStart && (hasYear || numbered && (share >= 0.5 || isTitle || namesMeeting))
                    if labelled || isDay {
                        found = match.date
                        if meetingTime == nil { meetingTime = match.time }
                        break
                    }
                }
                if found != nil { break }
            }
            if found != nil { break }
        }
        // The call's opening turns, read once for both ways a call says its day.
        let turns = found == nil ? openingTurns(context) : []
        if found == nil { found = daySaidWithToday(in: turns, rule: rule, context: context) }
        // "So it's Wednesday, December 2nd", "сегодня вторник, 1.12": a day said with its weekday as a call opens
        // (a day number spelled out, "jueves tres", is not read yet).
        if found == nil {
            let weekdays = lexicon.weekdays
            for turn in turns {
                for view in turn {
                    // With its day number: "mañana viernes" is tomorrow, not the meeting's day.
                    let match = rule.matches(in: view, context: context).first { match in
                        match.isAbsolute && match.range.contains { weekdays[view.tokens[$0].key] != nil }
                            && match.range.contains { view.tokens[$0].key.first?.isNumber == true || lexicon.months[view.tokens[$0].key] != nil }
                    }
                    guard let match, let said = match.range.lazy.compactMap({ weekdays[view.tokens[$0].key] }).first else { continue }
                    // Said on the day itself: the weekday and day number agree on a date on or before the file's
                    // week, the latest such day within a year ("Monday the 14th" a month back; "вторник, третье
                    // марта" a year); a plan ("I was thinking Saturday December 12") agrees with none.
                    let namesMonth = match.range.contains { lexicon.months[view.tokens[$0].key] != nil }
                    found = Self.latestDay(match.date.day, from: match.date, yearly: namesMonth, weekday: said, latest: openingLatest)
                    break
                }
                if found != nil { break }
            }
        }
        if found == nil, let metadata = document.metadataDate, let date = CivilDate(iso: metadata.prefix(10)), date.isSupported { found = date }
        if let found { referenceDate = found } else { dateIsFallback = true }
    }

    /// "Thanks for making time today, Thursday the 3rd", "danke, dass ihr heute, am 30. November, …": a day
    /// number said with "today" as a call opens is the meeting's, the latest such day on or before the file's
    /// week (with the weekday, when one is said, agreeing).
    private func daySaidWithToday(in turns: [[SentenceView]], rule: DateRule, context: RuleContext) -> CivilDate? {
        for view in turns.joined() {
            let tokens = view.tokens
            guard let today = tokens.indices.first(where: { context.compiled.relativeDays.match(tokens, at: $0)?.value == .offset(0) })
            else { continue }
            let matches = rule.matches(in: view, context: context)
            // Right after "today" ("today, Thursday the 3rd"), not a thing named later ("aujourd'hui : la soirée du 11 décembre").
            let numberAt = { (match: DateMatch) in match.range.first { $0 > today && $0 - today <= 5 && tokens[$0].key.first?.isNumber == true } }
            guard let numbered = matches.first(where: { !$0.isDeadline && !$0.isStart && numberAt($0) != nil }) else { continue }
            // The day number as said: the resolved day when the words hold it ("12/3" read by the locale), else the
            // first number ("Thursday the 3rd" read on from the file's day is the 10th).
            let numbers = numbered.range.compactMap { Int(tokens[$0].key.prefix(while: \.isNumber)) }
            guard let day = numbers.contains(numbered.date.day) ? numbered.date.day : numbers.first, (1...31).contains(day) else { continue }
            let said = numbered.range.lazy.compactMap { lexicon.weekdays[tokens[$0].key] }.first
            let namesMonth = numbered.range.contains { lexicon.months[tokens[$0].key] != nil }
            return Self.latestDay(day, from: namesMonth ? numbered.date : openingLatest, yearly: namesMonth, weekday: said, latest: openingLatest)
        }
        return nil
    }

    /// The last day a call's opening words may date: the file's week.
    private var openingLatest: CivilDate { options.fallbackDate.adding(days: 7) }

    /// The sentences of the first three spoken turns, turn by turn, as the rules read them; of a transcript without
    /// speakers (one long turn), its first sentences.
    private func openingTurns(_ context: RuleContext) -> [[SentenceView]] {
        document.utterances.prefix(3).filter(\.speakerSpoke).map { utterance in
            ((try? segmenter.sentences(in: utterance.text)) ?? []).prefix(6).map {
                SentenceView(utteranceIndex: 0, utterance: utterance, sentence: $0, compiled: context.compiled)
            }
        }
    }

    /// The latest day numbered `day` on or before `latest` and within a year of it, stepping back from `start` a
    /// month (a year, when the month was said) at a time, on `weekday` when one was said.
    private static func latestDay(_ day: Int, from start: CivilDate, yearly: Bool, weekday: Int?, latest: CivilDate) -> CivilDate? {
        (0..<36).lazy.compactMap { step -> CivilDate? in
            let month = start.adding(months: yearly ? -12 * step : -step)
            return CivilDate(year: month.year, month: month.month, day: day)
        }.first { $0 <= latest && (weekday == nil || $0.weekday == weekday) }.flatMap { $0 >= latest.adding(days: -366) ? $0 : nil }
    }

    /// Whether `text` holds day, month and a two-digit year joined by the same "/" or "." ("16/11/27", "16.11.27").
    static func hasShortYear(_ text: String) -> Bool {
        text.split(whereSeparator: { !$0.isNumber && $0 != "/" && $0 != "." }).contains { found in
            let run = found.last == "." ? found.dropLast() : found  // "16.11.27." ends a sentence
            let parts = run.split(separator: run.contains("/") ? "/" : ".", omittingEmptySubsequences: false)
            return parts.count == 3 && parts[0].count <= 2 && parts[1].count <= 2 && parts[2].count == 2 && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
        }
    }
}
