import Testing
import FollowupDocument
import FollowupTestSupport

@Suite("Participants of every corpus file match its hand-written gold file")
struct ParticipantsCorpusTests {
    @Test("every speaker and attendee once, in the fullest form of the name", arguments: Corpus.samplesWithGold())
    func participants(path: String) throws {
        let gold = try Corpus.gold(for: path)
        let document = try readCorpus(path)
        let names = document.participantNames
        #expect(Set(names) == Set(gold.participantNames))
        #expect(names.count == Set(names).count, "a person listed twice: \(names)")
        for (name, email) in gold.emails {
            #expect(document.participants.first { $0.name == name }?.email == email)
        }
    }
}
