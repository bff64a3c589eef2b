import FollowupExtraction
import FollowupTestSupport
import Testing

/// A speaker summing up a call share by share, without verbs ("Павел — методика и документы по ЦОДу", "Ольга, с вас —
/// список машин к среде"): each share is a task of the one it names. Calls written for these tests, on Wed 10 Feb 2027.
@Suite struct RoundShareTests {
    static func call(_ language: String, _ cues: [(speaker: String, text: String)]) throws -> ExtractionRecord {
        try extract(webVTT(cues), date: "2027-02-10", language: language, file: "call.vtt")
    }

    @Test("each share of a summing-up round is the task of the one it names", arguments: [
        ("ru", [("Игорь Лапин", "Добрый день, Марина."), ("Марина Орлова", "Добрый день."), ("Денис Ким", "Добрый день, я тоже здесь."),
                ("Игорь Лапин", "Подытожу. С моей стороны — договор с новыми ценами до пятницы. Марина, с вас — реквизиты к среде. Денис — тестовый стенд.")],
         [("Игорь Лапин", "договор с новыми ценами", "2027-02-12"), ("Марина Орлова", "реквизиты", "2027-02-17"), ("Денис Ким", "тестовый стенд", nil)]),
        ("en", [("Ben Hart", "Hi Clara."), ("Clara Moss", "Hi Ben."),
                ("Ben Hart", "To sum up. From my side: the revised order form by Friday. Clara, from your side: the PO number by Monday.")],
         [("Ben Hart", "the revised order form", "2027-02-12"), ("Clara Moss", "the PO number", "2027-02-15")]),
        ("de", [("Jonas Weber", "Hallo Frau Brandt."), ("Ute Brandt", "Hallo."),
                ("Jonas Weber", "Also, von meiner Seite — das überarbeitete Angebot bis Freitag. Frau Brandt, von Ihrer Seite — die Stückzahlen bis Montag.")],
         [("Jonas Weber", "das überarbeitete Angebot", "2027-02-12"), ("Ute Brandt", "die Stückzahlen", "2027-02-15")]),
        ("es", [("Pilar Gómez", "Hola, Andrés."), ("Andrés Molina", "Hola."),
                ("Pilar Gómez", "Resumiendo: por mi parte — el borrador del contrato para el viernes. Andrés, por tu parte — los volúmenes por hotel.")],
         [("Pilar Gómez", "el borrador del contrato", "2027-02-12"), ("Andrés Molina", "los volúmenes por hotel", nil)]),
        ("fr", [("Claire Dubois", "Bonjour Nicolas."), ("Nicolas Lefèvre", "Bonjour."),
                ("Claire Dubois", "Je résume. De mon côté — le devis détaillé d'ici vendredi. Nicolas, de votre côté — la liste des sites.")],
         [("Claire Dubois", "le devis détaillé", "2027-02-12"), ("Nicolas Lefèvre", "la liste des sites", nil)]),
    ] as [(String, [(speaker: String, text: String)], [(String, String, String?)])])
    func sharesAreTasks(language: String, cues: [(speaker: String, text: String)], shares: [(String, String, String?)]) throws {
        let record = try Self.call(language, cues)
        for (owner, task, due) in shares {
            #expect(record.actionItems.contains { $0.owner == owner && $0.task.hasPrefix(task) && $0.due?.date == due },
                    "\(owner): \(task) — \(record.actionItems.map { ($0.owner ?? "-", $0.task, $0.due?.date ?? "-") })")
        }
    }

    /// Before the dash only a person or a share: "Цена — 1 050 рублей", "Сергей — да, конечно" are no tasks.
    @Test func aDashAfterAnythingElseOrBeforeAnAnswerIsNoShare() throws {
        let record = try Self.call("ru", [
            ("Игорь Лапин", "Добрый день, Сергей."), ("Сергей Ким", "Добрый день."),
            ("Игорь Лапин", "Итак, цена — тысяча пятьдесят рублей за машину."), ("Игорь Лапин", "Сергей, вы с нами?"),
            ("Сергей Ким", "Игорь — да, конечно, слушаю."),
        ])
        #expect(record.actionItems.isEmpty, "\(record.actionItems.map(\.task))")
    }
}
