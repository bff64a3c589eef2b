import FollowupExtraction
import FollowupTestSupport
import Testing

/// What a task is not: the new clause a speaker adds after a comma, a reason, a thing named by "what I can …", and
/// the apologies and parts of a day that look like names and dates (set 38's findings, in sentences written here).
@Suite struct ClauseTailTests {
    @Test("a new clause after a comma is no part of the task", arguments: [
        ("Tom will send us the list, I don't have it in my head.", "en", "send us the list"),
        ("Sam will check with the platform team, I can't promise that right now.", "en", "check with the platform team"),
        ("Je vais vérifier le contrat, c'est peut-être plafonné.", "fr", "vérifier le contrat"),
    ])
    func clauseAfterComma(line: String, language: String, task: String) throws {
        let record = try extract(line + "\n", date: "2026-11-30", language: language)
        #expect(record.actionItems.map(\.task) == [task], "\(record.actionItems)")
    }

    /// An aside closed by a second comma, or a filler, stays inside the task.
    @Test func anAsideStays() throws {
        let record = try extract("Ana will call the vendor, that's Acme, and ask for a discount.\n", date: "2026-11-30", language: "en")
        #expect(record.actionItems.first?.task.hasSuffix("ask for a discount") == true, "\(record.actionItems)")
    }

    @Test("what someone can do, named as a thing, is no promise", arguments: [
        ("What I can approve myself, today, is a full month's credit.", "en"),
        ("Was ich heute freigeben kann, ist eine Gutschrift über einen Monat.", "de"),
    ])
    func namedThingIsNoPromise(line: String, language: String) throws {
        let record = try extract(line + "\n", date: "2026-11-30", language: language)
        #expect(record.actionItems.isEmpty, "\(record.actionItems)")
    }

    @Test func aReasonOpensNoTask() throws {
        let record = try extract(
            webVTT([("Ruth Ames", "Monday works. And send it to me too, please, because the last one got stuck.")]), date: "2026-11-30",
            language: "en", file: "call.vtt")
        #expect(!record.actionItems.contains { $0.task.hasPrefix("because") }, "\(record.actionItems)")
    }

    /// "las nueve de la mañana" is nine in the morning, not tomorrow.
    @Test func theMorningAfterTwoLeadInsIsNoTomorrow() throws {
        let record = try extract("Nos vemos el viernes. Allí serán las nueve de la mañana.\n", date: "2026-11-30", language: "es")
        #expect(record.dates.map(\.date) == ["2026-12-04"], "\(record.dates)")
    }

    /// A transcript without speakers names its people when they are addressed; an apology before a comma names nobody.
    @Test func anApologyIsNoName() throws {
        let json = """
            {"text": "", "segments": [
              {"start": 0.0, "end": 2.0, "text": " Perdón, ¿nos escuchan?"},
              {"start": 2.0, "end": 4.0, "text": " Ricardo, ¿cómo lo ves?"}
            ]}
            """
        let record = try extract(json, date: "2026-11-30", language: "es", file: "call.json")
        #expect(record.meeting.participants.map(\.name) == ["Ricardo"], "\(record.meeting.participants)")
    }
}
