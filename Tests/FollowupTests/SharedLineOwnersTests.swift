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

    /// Set 32: "Álvaro + Lucía: prueba de integración TPV" became "¿Quién se encarga de: Álvaro + Lucía: …?". Two
    /// people the attendee list names, joined by "+" or "&", own the line together.
    @Test func twoKnownPeopleJoinedByAPlusOwnTheLine() throws {
        let record = try extract("""
            Alianza de pagos
            Fecha: 10/02/2027
            Asistentes: Sofía Navarro, Miguel Herrera, Álvaro Ruiz, Lucía Gil

            Próximos pasos
            - Álvaro + Lucía: prueba de integración en una tienda antes del viernes 19
            - Dana + Raj: nada que ver
            """, date: "2027-02-10")
        #expect(record.actionItems.contains { $0.owner == "Álvaro + Lucía" && $0.task.hasPrefix("prueba de integración") }, "\(record.actionItems)")
        #expect(!record.questions.contains { $0.text.contains("Álvaro") }, "\(record.questions.map(\.text))")
        #expect(!record.actionItems.contains { $0.owner?.contains("Dana") == true }, "\(record.actionItems)")
    }
}
