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
        ("fr", "- Traiteur pour la soirée : 2 800 €, validé"),
        ("ru", "- Банкет на 40 человек: 180 000 ₽, согласовали"),
        ("es", "- Fiesta de fin de año: 4.200 €, aprobado"),
    ])
    func noPeriodAsked(language: String, line: String) throws {
        #expect(try Self.periodQuestions(line, language: language).isEmpty, "\(line)")
    }

    /// A plain sum with no such word is still asked about.
    @Test func aPlainSumIsStillAsked() throws {
        #expect(try Self.periodQuestions("- Agency retainer agreed: $8,000", language: "en").count == 1)
        #expect(try Self.periodQuestions("- Wartungsvertrag: 1.900 €", language: "de").count == 1)
        // A deadline word later in the line dates something else.
        #expect(try Self.periodQuestions("- Hosting fee agreed: $1,200, invoiced by the vendor", language: "en").count == 1)
        // "para" is "for" when no day follows it.
        #expect(try Self.periodQuestions("- Se aprobó un presupuesto de 60.000 € para medios pagados.", language: "es").count == 1)
        // A sum that opens a WebVTT cue follows the voice tag's ">", which is no arrow.
        let cue = try extract(webVTT([
            (speaker: "Tom Reyes", text: "Hi Lena."), (speaker: "Lena Park", text: "Hi Tom."),
            (speaker: "Tom Reyes", text: "$8,000 for the launch video, agreed."),
        ]), date: "2027-01-20", language: "en", file: "call.vtt")
        #expect(cue.questions.filter { $0.reason == "amount-without-period" }.count == 1, "\(cue.questions.map(\.text))")
    }

    /// A sum for one named quarter is that quarter's, not a quarterly one; "per quarter" still is.
    @Test func aNamedQuarterIsNoPeriod() throws {
        let record = try extract("Notes\n\n- Cap £140k for Q3 events, approved.\n- New tool at £2,000 per quarter, approved.\n", date: "2027-06-10")
        let periods = record.amounts.map { "\($0.value) \($0.period ?? "-")" }
        #expect(periods == ["140000.0 -", "2000.0 quarter"], "\(periods)")
    }
}
