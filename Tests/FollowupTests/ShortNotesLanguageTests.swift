import Followup
import FollowupTestSupport
import Testing

/// A few lines of names, nouns and abbreviations give the stop words little to count: where they tie, the letters
/// only one language writes decide. Text written for these tests.
@Suite("Language of short notes")
struct ShortNotesLanguageTests {
    @Test("short German, Spanish and French notes whose stop words tie with English's", arguments: [
        ("Call Kunde Brandt 3.6.\n- Jonas: Angebot an Müller, Fr\n- Anna: Testzugang prüfen\n- Preis 450 € mtl.\n", "de"),
        ("Llamada con Nerea 3/6\n- Javier: presupuesto a Núñez, vie\n- Nerea: revisar acceso\n- 450 € mes\n", "es"),
        ("Appel Brandt 3/6\n- Léa : devis à Müller, ven.\n- Hugo : vérifier accès\n- 450 € mois\n", "fr"),
    ])
    func lettersBreakTheTie(notes: String, language: String) throws {
        #expect(try extract(notes, date: "2027-06-03").language == language)
    }

    @Test("English notes naming Müller and Zürich stay English: their stop words do not tie")
    func englishWithForeignNames() throws {
        let notes = "Call with Müller (Zürich office)\n- Anna: send the offer to Jürgen by Fri\n- Tom: check the access for Zoë\n"
        #expect(try extract(notes, date: "2027-06-03").language == "en")
    }
}
