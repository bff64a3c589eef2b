import Followup
import FollowupTestSupport
import Testing

/// A to-do two people share, labelled with both names. Text written for these tests.
@Suite("Two names on one to-do line")
struct SharedLineOwnersTests {
    @Test("'Tom/Ann:' and 'Javier/Nerea:' label a task both own, as 'Tom & Ann:' does; 'Pros/cons:' names nobody")
    func slashJoinsTwoNames() throws {
        let english = try extract("""
            Sync with Acme

            Action items:
            - Tom/Ann: send the deck to Acme by Friday
            - Bob: book the room
            Pros/cons: the cheaper plan has no SSO
            """, date: "2027-05-14")
        #expect(english.actionItems.contains { $0.owner == "Tom & Ann" && $0.task == "send the deck to Acme" && $0.due?.date == "2027-05-21" },
                "\(english.actionItems)")
        #expect(!english.actionItems.contains { $0.owner?.contains("Pros") == true }, "\(english.actionItems)")
        let spanish = try extract("""
            Reunión Cuotify

            Acuerdos:
            - Javier/Nerea: preparar la demo para el cliente antes del viernes
            - Ana: enviar el contrato el lunes
            """, date: "2027-05-14")
        #expect(spanish.actionItems.contains { $0.owner == "Javier & Nerea" && $0.task.hasPrefix("preparar la demo") }, "\(spanish.actionItems)")
    }
}
