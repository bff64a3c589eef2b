import FollowupExtraction
import FollowupTestSupport
import Testing

/// Quick German notes that list each side as its own group ("… | Firma: M. Ehlers (ME), …") and write people by an
/// initial and a surname (set 38's laptop purchase, in notes written here).
@Suite struct InitialledAttendeesTests {
    static let notes = """
        Besprechung Notebooks
        dabei: TB (ich, IT), SV (S. Vogel, Einkauf) | Brandt: M. Ehlers (ME, Vertrieb), J. Hartmann (JH, Innendienst)

        - Lieferzeit: ME sagt 3-4 Wochen, JH prüft Lager bis Freitag
        - ME: finales Angebot bis Mittwoch
        """

    /// The company that opens a group is no part of its first person's name.
    @Test func aGroupsCompanyIsNoName() throws {
        let record = try extract(Self.notes, date: "2028-10-12", language: "de")
        let names = record.meeting.participants.map(\.name)
        #expect(names.contains("M. Ehlers") && !names.contains { $0.contains(":") }, "\(names)")
    }

    /// "ME sagt …, JH prüft Lager": the verb after the second person is that person's.
    @Test func theVerbAfterAPersonIsTheirs() throws {
        let record = try extract(Self.notes, date: "2028-10-12", language: "de")
        let stock = record.actionItems.first { $0.task.contains("Lager") }
        #expect(stock?.owner == "J. Hartmann", "\(record.actionItems)")
    }

    /// An initial is no first name: the steps say "M. Ehlers", the greeting names nobody by an initial.
    @Test func anInitialIsNoFirstName() throws {
        let (text, _) = try SendableTextTests.followUp(Self.notes)
        #expect(text.contains("- M. Ehlers: finales Angebot"), "\(text)")
        #expect(!text.contains("M.:") && !text.contains("Guten Tag S.") && !text.contains("Hallo S."), "\(text)")
    }
}
