import FollowupExtraction
import FollowupTestSupport
import Testing

/// Sums nobody pays by the month: a total worked out from a unit price, a sum for a span of time, a deposit, a debt.
/// Asking "one-time or per month?" about them was the readers' most common needless question. Notes written for these
/// tests; each line is checked on its own.
@Suite struct OnceOffSumTests {
    static func periodQuestions(_ line: String, language: String) throws -> [String] {
        let record = try extract("Notes\n\n" + line + "\n", date: "2027-01-20", language: language)
        return record.questions.filter { $0.reason == "amount-without-period" }.map(\.text)
    }

    @Test("no period asked", arguments: [
        ("es", "- Menú B: 49 €/pax = 8.820 €"),
        ("fr", "- Formule déjeuner 32 €/pers. -> 3 840 €"),
        ("en", "- Catering estimate → ~$12,400 without drinks"),
        ("ru", "- Аренда зала: 480 тыс. руб. за 2 дня"),
        ("en", "- Grant offer: £45,000 over three years"),
        ("de", "- Messestand: 2.400 € für drei Tage"),
        ("es", "- Señal: 3.000 € al firmar el contrato"),
        ("fr", "- Acompte de 2 500 € à la commande"),
        ("en", "- Outstanding debt: $27,600 from the autumn invoices"),
        ("ru", "- Аванс 980 000 ₽ до конца недели"),
        ("fr", "- présentoirs comptoir : on les fournit, 180 € pièce"),
        ("en", "- Landed on: cap £140k for Q3 events, Jess decides the mix. Approved."),
        ("de", "- Messebudget Q4: 38.000 €, freigegeben"),
        ("en", "- Quote for a bouncy castle: £240 for the day incl. delivery. Agreed."),
        ("en", "- Target of £5,000 by the end of the year confirmed."),
        ("de", "- Sommerfest: 3.500 € für die Feier, freigegeben"),
        // A limit, a cover or a credit line is no payment (the fourteenth reading: "Is the $2,000,000 one-time…?").
        ("en", "- Agreed: liability cap for data breach at $3,000,000"),
        ("de", "- Haftungsgrenze: 1,5 Mio. € vereinbart"),
        ("fr", "- Ligne de crédit de 800 000 € proposée par la banque"),
        ("ru", "- Покрытие по страховке: 5 млн руб."),
        ("fr", "- Traiteur pour la soirée : 2 800 €, validé"),
        ("ru", "- Банкет на 40 человек: 180 000 ₽, согласовали"),
        ("es", "- Fiesta de fin de año: 4.200 €, aprobado"),
        // A count said right before the sum, or days and hours a few words before: the sum is their total.
        ("en", "- Dana approved 3 days max ($3,300) for the data clean-up"),
        ("en", "- first batch of 15,000 mugs: $9,000"),
        ("es", "- Se aprueban hasta 25 h (2.250 €) de soporte adicional"),
        ("ru", "- Мониторы: 7 200 ₽/шт., за 30 шт. 216 000 ₽, согласовали"),
        ("fr", "- Vingt-quatre participants, ça fait 2 160 €, validé"),
        ("de", "- Zwölf Lizenzen, das macht 3.600 €, freigegeben"),
        // Less than one unit of money is no payment.
        ("en", "- late fee rounding: $0.02 off on some invoices. Must be fixed before go-live"),
    ])
    func noPeriodAsked(language: String, line: String) throws {
        #expect(try Self.periodQuestions(line, language: language).isEmpty, "\(line)")
    }

    /// A plain sum with no such word is still asked about.
    @Test func aPlainSumIsStillAsked() throws {
        #expect(try Self.periodQuestions("- Agency retainer agreed: $8,000", language: "en").count == 1)
        #expect(try Self.periodQuestions("- Wartungsvertrag: 1.900 €", language: "de").count == 1)
        // A count that is not right before the sum, and no span of time: still asked.
        #expect(try Self.periodQuestions("- Growth tier, 40 seats, at $2,650 agreed", language: "en").count == 1)
        // A sum before the price is no count: "$27,500" is still asked about.
        #expect(try Self.periodQuestions("- The cleaning service quoted $21,000 plain, $26,500 with weekends", language: "en").contains { $0.contains("26,500") })
        // A deadline word later in the line dates something else.
        #expect(try Self.periodQuestions("- Hosting fee agreed: $1,200, invoiced by the vendor", language: "en").count == 1)
        // "para" is "for" when no day follows it.
        #expect(try Self.periodQuestions("- Se aprobó un presupuesto de 60.000 € para medios pagados.", language: "es").count == 1)
        // A sum that opens a WebVTT cue follows the voice tag's ">", which is no arrow.
        let cue = try extract(webVTT([
            (speaker: "Tom Reyes", text: "Hi Lena."), (speaker: "Lena Park", text: "Hi Tom."),
            (speaker: "Tom Reyes", text: "$8,000 for the video retainer, agreed."),
        ]), date: "2027-01-20", language: "en", file: "call.vtt")
        #expect(cue.questions.filter { $0.reason == "amount-without-period" }.count == 1, "\(cue.questions.map(\.text))")
    }

    /// A sum for one named quarter is that quarter's, not a quarterly one; "per quarter" still is.
    @Test func aNamedQuarterIsNoPeriod() throws {
        let record = try extract("Notes\n\n- Cap £140k for Q3 events, approved.\n- New tool at £2,000 per quarter, approved.\n", date: "2027-06-10")
        let periods = record.amounts.map { "\($0.value) \($0.period ?? "-")" }
        #expect(periods == ["140000.0 -", "2000.0 quarter"], "\(periods)")
    }

    /// Asking someone in the meeting to tell what happened is answered there, no task ("Артём, расскажи, пожалуйста,
    /// что произошло", "Can you tell us what happened on Saturday?").
    @Test("a request to tell the meeting now is no task", arguments: [
        ("ru", "Артём, расскажи, пожалуйста, что произошло с отгрузкой."),
        ("en", "Raj, can you tell us what happened on Saturday?"),
        ("de", "Herr Wolff, erzählen Sie doch kurz, was in der Halle passiert ist."),
        ("es", "Javier, cuéntanos qué pasó con la migración."),
    ])
    func toldNow(language: String, line: String) throws {
        let record = try extract(webVTT([
            (speaker: "Lena Park", text: "Hello everyone."), (speaker: "Raj Wolff", text: "Hello."), (speaker: "Lena Park", text: line),
        ]), date: "2027-01-20", language: language, file: "call.vtt")
        #expect(record.actionItems.isEmpty, "\(record.actionItems.map(\.task))")
    }

    /// Only a sum said with a payment that recurs may have a period the notes left out: a purchase, a rebuild or a
    /// review is paid once and asks nothing (the eighteenth reading judged all eleven such questions invented); rent,
    /// hosting or a maintenance fee without its period is asked about, German compounds included.
    @Test("a sum said with nothing that recurs asks no period; one said with a recurring payment does", arguments: [
        ("en", "- New forklift: $38,000, approved", false),
        ("en", "- Legal review of the merger: £12k, agreed", false),
        ("de", "- Umbau des Lagers: 85.000 €, freigegeben", false),
        ("es", "- Reforma de la oficina: 42.000 €, aprobada", false),
        ("fr", "- Refonte du site : 18 000 € HT, validé", false),
        ("ru", "- Ремонт склада: 2,4 млн руб., согласовали", false),
        ("en", "- Cloud hosting: $2,300, agreed", true),
        ("de", "- Büromiete: 2.400 €, vereinbart", true),
        ("es", "- Cuota de mantenimiento: 900 €, aprobada", true),
        ("fr", "- Loyer du local : 3 100 €, validé", true),
        ("ru", "- Аренда склада: 450 тыс. руб., согласовали", true),
    ])
    func onlyARecurringPaymentIsAskedItsPeriod(language: String, line: String, asked: Bool) throws {
        #expect(try Self.periodQuestions(line, language: language).isEmpty != asked, "\(line)")
    }
}
