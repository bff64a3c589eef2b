import Foundation
import FollowupDocument

/// Who is who: renames diarized speakers ("Speaker 1", "SPEAKER_00") and matches nicknames, from
/// `--people FILE` or the configuration's `[people]` table.
public struct PeopleMap: Sendable {
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var email: String?
        public var aliases: [String]
        public init(name: String, email: String? = nil, aliases: [String] = []) {
            self.name = name
            self.email = email
            self.aliases = aliases
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry] = []) { self.entries = entries }

    /// The entry a speaker label or name refers to.
    public func entry(for label: String) -> Entry? {
        let key = label.lowercased().trimmingWhitespace()
        return entries.first { entry in
            entry.name.lowercased() == key || entry.aliases.contains { $0.lowercased() == key }
        }
    }

    /// Renames speakers and participants, adds e-mails and aliases.
    public func apply(to document: inout Document) {
        guard !entries.isEmpty else { return }
        for index in document.utterances.indices {
            guard let speaker = document.utterances[index].speaker else { continue }
            // The map may name a speaker by its diarization label, kept as the participant's alias.
            let aliases = document.participants.first { $0.name == speaker }?.aliases ?? []
            if let entry = entry(for: speaker) ?? aliases.lazy.compactMap(entry(for:)).first {
                document.utterances[index].speaker = entry.name
            }
        }
        var merged: [Participant] = []
        for var participant in document.participants {
            if let entry = entry(for: participant.name) ?? participant.aliases.lazy.compactMap(entry(for:)).first {
                if participant.name != entry.name { participant.aliases.append(participant.name) }
                participant.name = entry.name
                participant.email = participant.email ?? entry.email
                participant.aliases += entry.aliases
            }
            if let existing = merged.firstIndex(where: { $0.name == participant.name }) {
                merged[existing].aliases += participant.aliases
                merged[existing].email = merged[existing].email ?? participant.email
            } else {
                merged.append(participant)
            }
        }
        // People the map knows who are named in the text only by an alias still resolve as owners.
        for entry in entries where !merged.contains(where: { $0.name == entry.name }) {
            let mentioned = document.utterances.contains { utterance in
                ([entry.name] + entry.aliases).contains { utterance.text.localizedCaseInsensitiveContains($0) }
            }
            if mentioned { merged.append(Participant(name: entry.name, email: entry.email, aliases: entry.aliases)) }
        }
        document.participants = merged
    }
}
