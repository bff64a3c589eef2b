import FollowupExtraction
import FollowupTestSupport
import Testing

/// A Russian task reads as a to-do, like the other languages' ("прислать КП"), whoever said it and in whichever person:
/// set 33 and 34's readers found "Игорь: подготовлю тестовый стенд" and "Ирина: уточню у юристов" under a third-person
/// owner. Text written for these tests.
@Suite struct RussianVerbFormTests {
    @Test("first and third persons, regular and with a changed stem, give the infinitive", arguments: [
        ("Игорь Белов: Я подготовлю тестовый стенд до пятницы.", "Игорь Белов: подготовить тестовый стенд"),
        ("Игорь Белов: Ирина пришлёт договор до пятницы.", "Ирина: прислать договор"),
        ("Игорь Белов: Я уточню у юристов штрафы до пятницы.", "Игорь Белов: уточнить у юристов штрафы"),
        ("Игорь Белов: Марина согласует бюджет до пятницы.", "Марина: согласовать бюджет"),
        ("Игорь Белов: Я скину ссылку до пятницы.", "Игорь Белов: скинуть ссылку"),
    ])
    func infinitive(line: String, task: String) throws {
        let record = try extract("Ирина Котова: Добрый день.\nМарина Лис: Здравствуйте.\n" + line + "\n", date: "2027-04-06")
        #expect(record.actionItems.map { "\($0.owner ?? "-"): \($0.task)" } == [task])
    }
}
