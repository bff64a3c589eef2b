import Followup
import FollowupTestSupport
import Testing

/// A Whisper transcript without speakers cannot say who takes a task, but the follow-up still lists what was
/// agreed to be done. Text written for these tests.
@Suite("Steps of a transcript that names no speakers")
struct SpeakerlessStepsTests {
    static let whisper = """
        {"text": "", "segments": [
        {"start": 0.0, "end": 2.0, "text": " Okay, so to recap."},
        {"start": 2.0, "end": 2.5, "text": " I'll look at the wording of the contract again."},
        {"start": 2.0, "end": 5.0, "text": " I'll send you the revised proposal by Monday."},
        {"start": 5.0, "end": 8.0, "text": " Can you check the budget with finance before Wednesday?"},
        {"start": 8.0, "end": 9.0, "text": " Sure, I can do that."},
        {"start": 9.0, "end": 13.0, "text": " Let's talk again next Tuesday at 10."}]}
        """

    /// A diarizer labels voices, not people: "SPEAKER_01" is no owner to write to a client, and a "Sí," opening a
    /// turn names nobody (set 33: "- SPEAKER_01: revisar con jurídico", "- Sí: mandar la invitación").
    @Test func aDiarizersLabelIsNoOwner() throws {
        let (text, _) = try SendableTextTests.followUp("""
            {"text": "", "segments": [
            {"start": 0.0, "end": 3.0, "text": " Buenas tardes, Héctor, ¿me escucha?", "speaker": "SPEAKER_00"},
            {"start": 3.0, "end": 6.0, "text": " Sí, la escucho perfecto.", "speaker": "SPEAKER_01"},
            {"start": 6.0, "end": 10.0, "text": " Les mando todos los días el reporte de incidencias.", "speaker": "SPEAKER_01"},
            {"start": 10.0, "end": 14.0, "text": " Yo le paso la lista de guías el viernes.", "speaker": "SPEAKER_01"},
            {"start": 14.0, "end": 18.0, "text": " Sí, y yo le mando la invitación para el martes.", "speaker": "SPEAKER_00"}]}
            """, source: "llamada.json")
        #expect(!text.contains("SPEAKER") && !text.contains("Sí:"), "\(text)")
        #expect(text.contains("- Mandar todos los días el reporte de incidencias\n"), "\(text)")
        #expect(text.contains("- Pasar la lista de guías"), "\(text)")
    }

    @Test("each dated task is a step without an owner, without the unknown speaker's 'you'; an undated one is left out; no 'who will…?'")
    func stepsWithoutOwners() throws {
        let (text, record) = try SendableTextTests.followUp(Self.whisper, source: "call.json")
        #expect(record.actionItems.count == 3 && record.actionItems.allSatisfy { $0.owner == nil }, "\(record.actionItems)")
        #expect(text.contains("- Send the revised proposal, by Mon, Dec 7"), "\(text)")
        #expect(text.contains("- Check the budget with finance, by "), "\(text)")
        #expect(!text.contains("Who will"), "\(text)")
        // Neither owner nor day: left to the check before sending.
        // Untitled, with nobody named and nothing decided: the subject says "our call", not a task (set 38: "Ping Greg").
        #expect(text.hasPrefix("Subject: Follow-up: our meeting, "), "\(text)")
        let steps = text.split(separator: "\n").filter { $0.hasPrefix("- ") }
        #expect(steps.count == 2 && !steps.contains { $0.contains("wording") }, "\(text)")
    }
}
