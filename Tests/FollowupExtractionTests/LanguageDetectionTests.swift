import FollowupExtraction
import FollowupTestSupport
import Testing

/// `record.language`: the notes' language, detected from their words when not forced.
@Suite("Language detection")
struct LanguageDetectionTests {
    @Test("English notes are English")
    func english() throws {
        let record = try extract(
            "Weekly sync\n\nAlice will send the deck by Friday. We agreed to keep the budget.\n", date: "2026-11-23")
        #expect(record.language == "en")
    }

    @Test("Russian notes are Russian")
    func russian() throws {
        let record = try extract(
            "Планёрка\n\nИван пришлёт договор до пятницы. Договорились оставить бюджет как есть.\n", date: "2026-11-23")
        #expect(record.language == "ru")
    }

    @Test("Russian notes with English product names are still Russian")
    func russianWithEnglishNames() throws {
        let record = try extract(
            "Обсудили релиз Jira и Confluence.\nМария подготовит отчёт по Slack до конца недели.\n", date: "2026-11-23")
        #expect(record.language == "ru")
    }

    @Test("English notes that quote a Russian name are still English")
    func englishWithRussianName() throws {
        let record = try extract(
            "Attendees: Alice Chen, Иван Петров\n\nAlice will send the revised proposal to Ivan by Friday.\n",
            date: "2026-11-23")
        #expect(record.language == "en")
    }

    @Test("--language overrides detection")
    func forced() throws {
        let record = try extract("Alice will send the deck by Friday.\n", date: "2026-11-23", language: "ru")
        #expect(record.language == "ru")
    }

    /// Words with an apostrophe are words ("d'ici", "c'est", "I'll"), and an elided article counts for its language
    /// ("l'hôtel", "d'incident"): short French notes were read as Spanish on "la", "en", "les".
    @Test("short notes decided by elided words", arguments: [
        ("- la connexion a sauté pendant la nuit, trois commandes en attente\n- Paul : rapport d'incident d'ici jeudi\n"
            + "- Mme Roux nous envoie l'export d'ici mardi\n", "fr"),
        ("- c'est bon pour la maquette\n- Lina : devis en PDF d'ici lundi\n", "fr"),
        ("- la demo en la sala grande\n- Ana: enviar el informe antes del lunes\n", "es"),
        ("- I'll send la carta to Ana\n- we'll check the quote\n", "en"),
    ] as [(String, String)])
    func elidedWords(notes: String, language: String) throws {
        let record = try extract(notes, date: "2026-11-23")
        #expect(record.language == language, "\(notes)")
    }
}
