import Testing

/// A title in the notes goes with the surname in the greeting ("Mme Hélène Fabre" is greeted "Madame Fabre", not
/// "Mme Hélène"; "Sr. Ramón Iglesias" is "Sr. Iglesias"), and a French salutation writes the title in full.
@Suite struct GreetingTitleTests {
    static let sender = """
        [sender]
        name = "Camille Leroy"
        email = "camille.leroy@lumen.example"
        signature = "Cheffe de projet, Lumen"
        """

    static func greetingLine(_ text: String, opening: String) -> String {
        text.components(separatedBy: "\n").first { $0.hasPrefix(opening) } ?? ""
    }

    @Test func frenchTitlesInFullWithTheSurname() throws {
        let (text, _) = try FifthReadingFindingsTests.followUp("""
            # Séminaire 2028 — point d'avancement

            **Participants :** Mme Hélène Fabre (Biolys), M. Thomas Girard (Biolys) ; Camille Leroy (Lumen)

            - Hôtel : 120 chambres réservées, validé.
            - M. Girard envoie la liste des participants d'ici vendredi.
            """, config: Self.sender, now: "2027-11-30T17:00:00Z")
        #expect(Self.greetingLine(text, opening: "Bonjour") == "Bonjour Madame Fabre et Monsieur Girard,", "\(text)")
    }

    @Test func spanishTitleWithTheSurname() throws {
        let (text, _) = try FifthReadingFindingsTests.followUp("""
            # Proyecto ERP — reunión de seguimiento

            **Asistentes:** Sr. Ramón Iglesias (Conservas Norte), Sra. Beatriz Molina (Conservas Norte), Camille Leroy

            - Se aprueba la licencia del módulo de lotes.
            - La Sra. Molina enviará el listado de usuarios antes del viernes.
            """, config: Self.sender, now: "2027-04-21T17:00:00Z")
        #expect(Self.greetingLine(text, opening: "Hola") == "Hola, Sr. Iglesias y Sra. Molina:", "\(text)")
    }

    /// Without a title, the subject names the other side as the greeting does, not by first names in a "vous" mail.
    @Test func theSubjectNamesThemAsTheGreetingDoes() throws {
        let (text, _) = try FifthReadingFindingsTests.followUp("""
            WEBVTT

            00:00:01.000 --> 00:00:05.000
            <v Camille Leroy>Bonjour Madame Fabre, bonjour Monsieur Girard, merci d'être là.

            00:00:06.000 --> 00:00:09.000
            <v Hélène Fabre>Bonjour. Nous avons validé le budget de l'hôtel.

            00:00:10.000 --> 00:00:14.000
            <v Thomas Girard>Je vous envoie la liste des participants d'ici vendredi.
            """, source: "call.vtt", config: Self.sender, now: "2027-11-30T17:00:00Z")
        let subject = text.components(separatedBy: "\n").first ?? ""
        #expect(subject.contains("Fabre") && subject.contains("Girard") && !subject.contains("Hélène") && !subject.contains("Thomas"), "\(text)")
    }

    /// German: "mit" governs the dative ("Termin mit Herrn Schäfer"), and a subject cut to length drops a title left
    /// without its name.
    @Test func germanSubjectWithTitles() throws {
        let (text, _) = try FifthReadingFindingsTests.followUp("""
            WEBVTT

            00:00:01.000 --> 00:00:05.000
            <v Camille Leroy>Guten Tag Herr Schäfer, guten Tag Frau Dr. Koch, schön, dass es klappt.

            00:00:06.000 --> 00:00:09.000
            <v Frank Schäfer>Guten Tag. Wir haben das Budget für die Reinigung freigegeben.

            00:00:10.000 --> 00:00:14.000
            <v Jana Koch>Ich schicke Ihnen die Flächenliste bis Freitag.
            """, source: "call.vtt", config: Self.sender, now: "2027-12-07T16:00:00Z")
        let subject = text.components(separatedBy: "\n").first ?? ""
        #expect(subject.contains("mit Herrn Schäfer"), "\(subject)")
        // The subject ends with its date: a title left without its name would stand right before it.
        #expect(!subject.contains("Frau,") && !subject.contains("Dr.,"), "\(subject)")
    }
}
