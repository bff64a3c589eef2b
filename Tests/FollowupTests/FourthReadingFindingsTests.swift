import Foundation
import Followup
import FollowupExtraction
import FollowupTestSupport
import Testing

/// Classes a fourth reading of 20 fresh inputs found (2026-12-06), each on text written for it here: who is on
/// the writer's side in an attendee line, two people joined by "y" with their roles in brackets, "Были:" as
/// the attendee label, the writer named by an initial and surname, and an abbreviation inside a task.
@Suite struct FourthReadingFindingsTests {
    static func followUp(_ notes: String, source: String = "notes.txt") throws -> (text: String, record: ExtractionRecord) {
        try SendableTextTests.followUp(notes, source: source)
    }

    @Test func twoPeopleWithRolesAndOurSideAfterADash() throws {
        let (text, record) = try Self.followUp("""
            Reunión con Frío Norte – renovación del servicio
            Fecha: miércoles 2 de diciembre de 2026
            Asistentes: Sam Rivera (Compras), Inés Soler (Calidad) – por nuestra parte; Hugo Prat (director comercial) y Eva Ruiz (operaciones) – Frío Norte

            Acordamos mantener la tarifa de 2026 hasta marzo.

            Tareas:
            - Hugo Prat: enviar la nueva tabla de tarifas el lunes.
            - Eva Ruiz: mandar el informe de temperaturas de noviembre para el viernes.
            """)
        let names = record.meeting.participants.map(\.name)
        #expect(names.contains("Hugo Prat") && names.contains("Eva Ruiz"), "\(names)")
        let owners = record.actionItems.compactMap(\.owner)
        #expect(owners.contains("Hugo Prat") && owners.contains("Eva Ruiz"), "\(record.actionItems)")
        // Inés is ours ("– por nuestra parte"): not greeted; the two from Frío Norte are.
        let greeting = text.components(separatedBy: "\n").first { $0.hasPrefix("Hola") } ?? ""
        #expect(greeting.contains("Hugo") && greeting.contains("Eva") && !greeting.contains("Inés"), "\(greeting)")
        #expect(!text.contains("¿Quién se encarga"), "\(text)")
    }

    @Test func russianNotesWithBylyAndTheWriterByInitial() throws {
        let (text, _) = try SendableTextTests.followUp("""
            Встреча с «Северный склад» — WMS
            02.12.2026 (ср), 11:00
            Были: я (S. Rivera), Ольга Зуева — от нас; Петров К.С. (комм. директор), Ирина Лаптева (ИТ)

            - Ольга — демо-стенд с их номенклатурой к пятнице
            - я — КП и проект договора к 9 декабря
            - Петров — согласовать бюджет с ген. директором до 15.12
            """)
        // Ольга is ours: not greeted, her task has her name; "я" is the writer; "ген." does not cut the task.
        #expect(text.contains("- Ольга: демо-стенд с их номенклатурой, до 4 декабря (пт)"), "\(text)")
        #expect(text.contains("- С моей стороны: КП и проект договора, до 9 декабря (ср)"), "\(text)")
        #expect(text.contains("согласовать бюджет с ген. директором, до 15 декабря (вт)"), "\(text)")
        #expect(!text.contains("Кто возьмёт"), "\(text)")
        let greeting = text.components(separatedBy: "\n").first { $0.contains("добрый день") } ?? ""
        #expect(!greeting.contains("Ольга"), "\(greeting)")
    }

    @Test func theSenderByInitialAndSurnameOrByInitials() throws {
        let (text, _) = try Self.followUp("""
            Vendor call - Tue 1 Dec
            Attendees: S. Rivera, SR2 Ltd, Lena Park (Vendor)

            - S. Rivera: send the signed NDA by Friday
            - Lena Park: send the revised quote by Thursday
            """)
        #expect(text.contains("- I will send the signed NDA, by Fri, Dec 4"), "\(text)")
        #expect(text.contains("- Lena: send the revised quote, by Thu, Dec 3"), "\(text)")
        #expect(!text.contains("Hi S."), "\(text)")
    }

    @Test func aWhisperLineIsRestatedByItsClauseAndATodaysCostIsBackground() throws {
        let (text, record) = try Self.followUp("""
            {"segments": [
              {"start": 0.0, "end": 4.0, "speaker": "Sam Rivera", "text": " Thanks for joining, Mara. Today is Wednesday, December 2nd."},
              {"start": 4.0, "end": 9.0, "speaker": "Mara Holt", "text": " Okay. So we can do $24 per seat per month, billed annually, on a two-year term."},
              {"start": 9.0, "end": 12.0, "speaker": "Sam Rivera", "text": " That works for us."}
            ]}
            """, source: "renewal.json")
        let agreed = SenderReviewFindingsTests.section("What we agreed:", of: text)
        #expect(agreed.contains { $0.hasPrefix("- We can do $24 per seat per month, billed annually") }, "\(agreed)")
        #expect(!agreed.contains { $0.contains("Okay") }, "\(agreed)")
        let (_, german) = try Self.followUp("""
            Gesprächsnotiz Migration
            Datum: 2. Dezember 2026

            - Der alte Server kostet uns im Moment rund 900 EUR im Monat an Wartung.
            - Für die Migration bieten wir 7.500 EUR einmalig an.
            """)
        #expect(german.amounts.first { $0.value == 900 }?.role == "background", "\(german.amounts)")
        #expect(record.amounts.first { $0.value == 24 } != nil)
    }

    @Test func initialsJoinedByPlusWithUsAreOurSide() throws {
        let (text, record) = try Self.followUp("""
            Harbor Foods - discovery call Wed 2 Dec
            SR + JB (us) / Ms. Ortiz (Facilities), Omar (IT), someone from finance (Lee?)

            - SR: pilot proposal to Ms. Ortiz by next Friday
            JB - vendor registration form back to Lee by Mon
            """)
        // SR is the sender (Sam Rivera), JB our colleague: neither greeted; JB's line is JB's task.
        #expect(record.actionItems.contains { $0.owner == "JB" && $0.due?.date == "2026-12-07" }, "\(record.actionItems)")
        #expect(!text.contains("Who will"), "\(text)")
        let greeting = text.components(separatedBy: "\n").first { $0.hasPrefix("Hi") } ?? ""
        #expect(!greeting.contains("SR") && !greeting.contains("JB"), "\(greeting)")
        // Listed as "Ms. Ortiz": greeted so, not by her surname alone.
        #expect(greeting.hasPrefix("Hi Ms. Ortiz"), "\(greeting)")
    }
}
