/// Names for diarization labels ("Speaker 1", "SPEAKER_00") from what the transcript itself says.
///
/// A speaker who introduces themselves ("Hi, it's Kofi", "Kofi here", "меня зовут Анна") votes
/// strongly for their own label; a turn that addresses someone ("Thanks, Priya", "Joe, can you…?")
/// votes for the label of whoever answers next. A label takes a name only when the votes agree and
/// no other label claims it; a people map (`--people`) still overrides. The label stays as an alias.
enum DiarizedNames {
    static func names(for utterances: [Utterance]) -> [String: String] {
        let labels = Set(utterances.compactMap(\.speaker).filter { speakerID($0) != nil })
        guard !labels.isEmpty else { return [:] }
        var votes: [String: [String: Int]] = [:]
        func vote(_ label: String?, _ name: String, _ weight: Int) {
            guard let label, labels.contains(label), MentionedNames.isCandidate(name) else { return }
            votes[label, default: [:]][name, default: 0] += weight
        }
        for (index, utterance) in utterances.enumerated() {
            let words = utterance.text.split(separator: " ").map { String($0) }
            let bare = words.map { $0.trimmingCharacters(in: ",.!?;:\"“”()…") }
            let lower = bare.map { $0.lowercased() }
            // Self-introductions near the start of a turn.
            for i in lower.indices.prefix(12) {
                let next = i + 1 < bare.count ? bare[i + 1] : ""
                if ["i'm", "i’m", "it's", "it’s"].contains(lower[i]) || (lower[i] == "is" && i > 0 && lower[i - 1] == "this")
                    || (lower[i] == "is" && i > 1 && lower[i - 1] == "name" && lower[i - 2] == "my")
                    || (lower[i] == "зовут" && i > 0 && lower[i - 1] == "меня")
                {
                    vote(utterance.speaker, next, 3)
                }
                if lower[i] == "here", i > 0, i <= 3 { vote(utterance.speaker, bare[i - 1], 3) }
            }
            // Addressing someone: the next other speaker is probably them.
            var addressed: String?
            if let first = words.first, first.hasSuffix(","), bare.count > 1 { addressed = bare[0] }
            // "…let's start. Jordan, do you want to go first?": a name opening a later sentence too.
            for i in words.indices.dropFirst() where words[i].hasSuffix(",") && i + 1 < words.count
                && [".", "?", "!"].contains(where: { words[i - 1].hasSuffix($0) }) && MentionedNames.isCandidate(bare[i])
            {
                addressed = bare[i]
            }
            // "…, Lindiwe." / "…, Joe?" at the end of a sentence; "Hi Marco", "Hey Priya".
            for i in words.indices.dropFirst() where words[i - 1].hasSuffix(",") && (words[i].hasSuffix(".") || words[i].hasSuffix("?") || words[i].hasSuffix("!")) {
                if MentionedNames.isCandidate(bare[i]) { addressed = bare[i] }
            }
            for i in lower.indices.dropLast() where ["hi", "hey", "hello", "morning"].contains(lower[i]) && MentionedNames.isCandidate(bare[i + 1]) {
                addressed = bare[i + 1]
            }
            // Someone addressed is usually who spoke just before or who answers next.
            if let addressed, MentionedNames.isCandidate(addressed), index > 0,
                let previous = utterances[..<index].last(where: { $0.speaker != utterance.speaker })
            {
                vote(previous.speaker, addressed, 1)
            }
            for i in lower.indices where (lower[i] == "thanks" || lower[i] == "thank") && i + 1 < bare.count {
                let target = lower[i] == "thank" && i + 2 < bare.count && lower[i + 1] == "you" ? bare[i + 2] : bare[i + 1]
                if MentionedNames.isCandidate(target), index > 0, utterances[index - 1].speaker != utterance.speaker {
                    vote(utterances[index - 1].speaker, target, 1)
                }
            }
            if let addressed, MentionedNames.isCandidate(addressed) {
                if let reply = utterances[(index + 1)...].prefix(2).first(where: { $0.speaker != utterance.speaker }) {
                    vote(reply.speaker, addressed, 1)
                }
            }
        }
        // Each label its best name; a name two labels claim goes to neither.
        var best: [String: (name: String, score: Int)] = [:]
        for (label, tally) in votes {
            guard let top = tally.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), top.value >= 2 else { continue }
            let runnerUp = tally.filter { $0.key != top.key }.map(\.value).max() ?? 0
            if top.value > runnerUp { best[label] = (top.key, top.value) }
        }
        var result: [String: String] = [:]
        for (label, choice) in best where !best.contains(where: { $0.key != label && $0.value.name == choice.name }) {
            result[label] = choice.name
        }
        return result
    }
}
