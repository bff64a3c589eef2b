import Foundation
import FollowupTestSupport
import Testing

/// Five languages as data (issue 14): Spanish and French notes get a follow-up in their language,
/// and notes in a language without rules get one clear warning instead of a silent English reply.
@Suite struct LanguagesCLITests {
    static let spanish = """
        Reunión con Distribuciones Levante
        Fecha: 2 de diciembre de 2026
        Asistentes: Lucía Gómez, Pablo Ortiz

        Acuerdos:
        - Acordamos arrancar con un piloto de 2.500 USD al mes.

        Tareas:
        - Lucía enviará la propuesta revisada antes del viernes.
        - Pablo: revisar el contrato para el 15/12.
        """

    static let french = """
        Compte rendu – réunion fournisseur
        Date : 2 décembre 2026
        Participants : Julie Lefèvre, Marc Girard

        Décisions :
        - Il a été décidé de passer à 1 800 € HT par mois.

        Actions :
        - Julie enverra le devis signé d'ici vendredi.
        - Marc doit relancer le transporteur avant le 15 décembre.
        """

    static let italian = """
        Riunione con il fornitore
        Abbiamo deciso di anticipare la consegna. Marco manda il preventivo entro venerdì, grazie.
        Non è ancora chiaro se il trasporto è incluso nel prezzo della prossima settimana; ci sono
        anche altre domande per la riunione di lunedì, perché il contratto non è firmato.
        """

    static func summary(_ text: String) throws -> ProcessResult {
        let directory = try TempDirectory()
        try Data(text.utf8).write(to: directory.url.appendingPathComponent("notes.txt"))
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = directory.url.appendingPathComponent("config").path
        environment["HOME"] = directory.url.path
        return try ProcessRunner.run(
            try ProcessRunner.builtBinary(), ["summary", "notes.txt", "--now", "2026-12-02T17:00:00Z"], currentDirectory: directory.url,
            environment: environment)
    }

    /// Each language's notes, and lines of the follow-up worked out by hand from its templates.
    @Test(arguments: [
        (Self.spanish, [
            "Lo que acordamos:", "Lucía: enviar la propuesta revisada (para el viernes 4 de diciembre)",
            "Pablo: revisar el contrato (para el martes 15 de diciembre)",
        ]),
        (Self.french, [
            "Ce que nous avons convenu\u{00A0}:", "Julie\u{00A0}: envoyer le devis signé, d'ici le vendredi 4 décembre",
            "Marc\u{00A0}: relancer le transporteur, d'ici le mardi 15 décembre",
        ]),
    ])
    func notesGetAFollowUpInTheirLanguage(notes: String, lines: [String]) throws {
        let result = try Self.summary(notes)
        #expect(result.status == 0)
        for line in lines { #expect(result.stdout.contains(line), "\(line)") }
        #expect(!result.stderr.contains("no rules for"))
    }

    @Test func spanishAmountsAndFrenchClocksAreWrittenTheLocalWay() throws {
        let spanish = try Self.summary(Self.spanish)
        #expect(spanish.stdout.contains("2500 USD al mes") || spanish.stdout.contains("2.500 USD al mes"))
        // French clocks: "8 h", not "08:00".
        #expect(!(try Self.summary(Self.french)).stdout.contains("08:00"))
    }

    @Test func notesInALanguageWithoutRulesAreNamedOnce() throws {
        let result = try Self.summary(Self.italian)
        #expect(result.status == 0)
        let warnings = result.stderr.components(separatedBy: "Italian, which followup has no rules for").count - 1
        #expect(warnings == 1, "\(result.stderr)")
        #expect(result.stderr.contains("--language"))
    }

    @Test func theReviewListSpeaksTheNotesLanguageAndAMissingDateIsSaid() throws {
        let result = try Self.summary("Notas de la llamada\n\nTareas:\n- Hay que reservar la sala para la formación.\n- Lucía enviará la propuesta mañana.\n")
        #expect(result.status == 0)
        #expect(result.stderr.contains("Revisar antes de enviar (no va en el mensaje):"), "\(result.stderr)")
        #expect(!result.stderr.contains("Check before sending"))
        #expect(result.stderr.contains("no meeting date in the notes"), "\(result.stderr)")
    }
}
