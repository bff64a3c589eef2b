import FollowupExtraction
import FollowupTestSupport
import Testing

/// Notes are written in shorthand ("w/", "ds", "pr le 18/04"); the mail that restates them is not.
@Suite struct NoteShorthandTests {
    @Test("the mail writes the notes' shorthand out", arguments: [
        ("Vendor sync 2028-04-11\n\n- Priya: send the renewal quote w/ the 3-yr option by Fri\n", "send the renewal quote with the 3-yr option"),
        ("Point partenaires 2028-04-11\n\n- Luc : ouvrir les accès ds le CRM, pr le 18/04\n", "ouvrir les accès dans le CRM, d'ici le mardi 18 avril"),
        ("Daily 2028-04-11\n\n- Marta: revisar el PR de pagos tb, para el viernes\n", "revisar el PR de pagos también"),
    ])
    func shorthandIsWrittenOut(notes: String, shown: String) throws {
        let (text, _) = try SendableTextTests.followUp(notes)
        #expect(text.contains(shown), "\(text)")
    }

    @Test func capitalsAreNamesNotShorthand() throws {
        let (text, _) = try SendableTextTests.followUp("Point tech 2028-04-11\n\n- Luc : relire la PR du module DC, pr le 18/04\n")
        #expect(text.contains("relire la PR du module DC"), "\(text)")
    }

    /// Set 36: "El informe de causa raíz te lo mando el jueves que viene, el veinticuatro" left "que viene, el 24" in the task.
    @Test func aWeekdayWithQueVieneAndItsDayIsOneDate() throws {
        let record = try extract(
            "Javier: El informe de causa raíz te lo mando el jueves que viene, el veinticuatro.\n", date: "2028-02-21", language: "es")
        #expect(record.actionItems.first?.task == "mandar el informe de causa raíz", "\(record.actionItems.map(\.task))")
        #expect(record.actionItems.first?.due?.date == "2028-02-24")
    }
}
