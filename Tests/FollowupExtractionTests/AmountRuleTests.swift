import FollowupExtraction
import FollowupTestSupport
import Testing

/// Money amounts (`amounts[]`): value in the currency's major unit, ISO 4217 currency (null for a
/// bare number said about money), and a period from the contract's closed set (or null).
@Suite("Amounts")
struct AmountRuleTests {
    static let reference = "2026-11-23"

    typealias Case = AmountCase

    static func only(_ sentence: String, locale: String? = nil) throws -> ExtractionRecord {
        try extract(sentence + "\n", date: reference, locale: locale)
    }

    // MARK: Currencies and magnitudes

    @Test("symbols, codes, magnitudes and separators", arguments: [
        Case("The license is $12,500 per year.", 12_500, "USD", "year"),
        Case("We quoted 12,500 USD per month.", 12_500, "USD", "month"),
        Case("The budget is €1.2M annually.", 1_200_000, "EUR", "year"),
        Case("They offered £300k a year.", 300_000, "GBP", "year"),
        Case("The retainer is $12.5k per month.", 12_500, "USD", "month"),
        Case("Бюджет ₽100 000 в месяц.", 100_000, "RUB", "month"),
        Case("Бюджет 100 тыс. руб. в месяц.", 100_000, "RUB", "month"),
        Case("Договорились на 1,5 млн рублей ежеквартально.", 1_500_000, "RUB", "quarter"),
        Case("The pilot costs twenty thousand dollars one-time.", 20_000, "USD", "one-time"),
    ])
    func currencies(_ c: Case) throws {
        try Self.expectOne(c)
    }

    /// Dollars of other countries, by prefix ("C$", "HK$") or by name ("Swiss francs", "US dollars"), and a decimal
    /// times a magnitude that binary fractions would leave one cent short of (16.4 × 10⁶).
    @Test("currencies named by country and exact values of decimal magnitudes", arguments: [
        Case("The Toronto office quoted C$16.4 million per year.", 16_400_000, "CAD", "year"),
        Case("Revenue target is HK$10.05 billion per year.", 10_050_000_000, "HKD", "year"),
        Case("The fine was 10,000 Swiss francs one-time.", 10_000, "CHF", "one-time"),
        Case("The grant is a quarter million US dollars per year.", 250_000, "USD", "year"),
        Case("They pay 500 Australian dollars per month.", 500, "AUD", "month"),
        Case("We add a $500 fee per month.", 500, "USD", "month"),
        Case("Messages cost $0.0035 per month each.", 0.0035, "USD", "month"),
    ])
    func currenciesByCountry(_ c: Case) throws {
        try Self.expectOne(c)
    }

    /// "for the year" in each language is a yearly period, as "per year" is: no "one-time or per year?" about it.
    @Test("a sum for the year is yearly", arguments: [
        ("La demande était de quatre cent vingt mille euros pour l'année.", "fr"),
        ("Le budget marketing reste à 360 000 € sur l'année.", "fr"),
        ("Para el año proponemos 45.000 euros para ferias.", "es"),
        ("Für das Jahr sind 60.000 Euro für Messen eingeplant.", "de"),
    ])
    func forTheYear(_ sentence: String, _ language: String) throws {
        let record = try extract(sentence + "\n", date: Self.reference, language: language)
        #expect(record.amounts.map(\.period) == ["year"], "\(record.amounts.map { ($0.text ?? "", $0.period ?? "-") })")
    }

    static func expectOne(_ c: Case) throws {
        let record = try only(c.sentence)
        try #require(record.amounts.count == 1, "\(record.amounts.map { ($0.text ?? "", $0.value) })")
        let amount = record.amounts[0]
        #expect(amount.value == c.value)
        #expect(amount.currency == c.currency)
        #expect(amount.period == c.period)
    }

    /// Spelled amounts ICU reads only in parts: several magnitudes, a fraction of one, and cents after the major unit.
    @Test("spelled magnitudes, fractions of a magnitude and spelled cents", arguments: [
        ("Стоимость проекта — два миллиона триста тысяч рублей без НДС.", "ru", 2_300_000.0, "RUB"),
        ("Бюджет на внедрение — полтора миллиона рублей.", "ru", 1_500_000, "RUB"),
        ("Das Angebot liegt bei zwei Millionen dreihunderttausend Euro für beide Jahre.", "de", 2_300_000, "EUR"),
        ("Der Rahmen beträgt anderthalb Millionen Euro für das gesamte Programm.", "de", 1_500_000, "EUR"),
        ("La propuesta final es de dos millones trescientos mil euros para el proyecto.", "es", 2_300_000, "EUR"),
        ("Le budget est de deux millions trois cent mille euros pour le programme.", "fr", 2_300_000, "EUR"),
        ("The board approved a quarter million dollars for the pilot.", "en", 250_000, "USD"),
        ("The parking fee was seven dollars and twenty-five cents.", "en", 7.25, "USD"),
        ("Firmaron un contrato de dos millones de dólares con el distribuidor.", "es", 2_000_000, "USD"),
        ("Le ministère a reçu cinq millions de yens de subventions.", "fr", 5_000_000, "JPY"),
        ("Der Kaffee kostet nur dreizehn Euro und fünfundvierzig Cent.", "de", 13.45, "EUR"),
        // A price per kilo said aloud: the cents before "le kilo", "hors taxe", "el kilo"; "un" is a number before them.
        ("Deux euros dix le kilo à partir du premier mars.", "fr", 2.10, "EUR"),
        ("Un euro quatre-vingt-dix-huit hors taxe le kilo, contrat de deux ans.", "fr", 1.98, "EUR"),
        ("Son dos euros con diez el kilo desde marzo.", "es", 2.10, "EUR"),
        ("Nos quedamos en un euro con noventa el kilo.", "es", 1.90, "EUR"),
        // "quatre-vingts" takes its plural -s when nothing follows it: 80, not "mille euros" alone (set 32).
        ("Ensuite, la demande de quatre-vingts mille euros pour l'automatisation.", "fr", 80_000, "EUR"),
        ("Le panneau coûte quatre-vingts euros.", "fr", 80, "EUR"),
    ] as [(String, String, Double, String)])
    func spelledParts(sentence: String, language: String, value: Double, currency: String) throws {
        let record = try extract(sentence + "\n", date: Self.reference, language: language)
        let amount = try #require(record.amounts.first, "\(sentence)")
        #expect(amount.value == value, "\(record.amounts.map { ($0.text ?? "", $0.value) })")
        #expect(amount.currency == currency)
    }

    /// Cents are a number right after the currency with nothing after it that it could count.
    @Test("a number after a currency that counts something is no cents")
    func countAfterCurrency() throws {
        let record = try extract("Il faut deux euros dix personnes pour le service.\n", date: Self.reference, language: "fr")
        #expect(record.amounts.map(\.value) == [2], "\(record.amounts.map { ($0.text ?? "", $0.value) })")
    }

    /// "Pounds", "Pfund", "libras", "фунтов" weigh where the notes price something per that unit; elsewhere they are sterling.
    @Test("pounds of coffee are a weight where the notes price per pound", arguments: [
        ("Sixteen twenty-five a pound is a big jump. We go through twenty pounds a week.", "en"),
        ("Der Kaffee kostet 9 Euro pro Pfund, wir brauchen zwanzig Pfund im Monat.", "de"),
        ("El café está a 8 dólares por libra y compramos veinte libras al mes.", "es"),
    ])
    func poundsOfCoffee(text: String, language: String) throws {
        let record = try extract(text + "\n", date: Self.reference, language: language)
        #expect(!record.amounts.contains { $0.currency == "GBP" }, "\(record.amounts.map { ($0.text ?? "", $0.currency ?? "") })")
    }

    @Test("pounds are sterling where nothing is priced per pound")
    func poundsAsMoney() throws {
        let record = try extract("The license is twenty pounds a month.\n", date: Self.reference, language: "en")
        #expect(record.amounts.map(\.currency) == ["GBP"])
        #expect(record.amounts.map(\.value) == [20])
    }

    /// Two sums side by side are no range: the period after the first is not the second's.
    @Test("a sum right after another sum's period keeps none of it")
    func sideBySide() throws {
        let record = try extract("Das sind bei 6.000 Euro im Monat 900 Euro weniger als geplant.\n", date: Self.reference, language: "de")
        #expect(record.amounts.map(\.value) == [6000, 900], "\(record.amounts)")
        #expect(record.amounts.map(\.period) == ["month", nil], "\(record.amounts)")
        let range = try Self.only("Contractors cost $10-12k per month.")
        #expect(range.amounts.map(\.period) == ["month", "month"], "\(range.amounts)")
    }

    @Test("a decimal comma and dot grouping in German-style text: 1.234,56 €")
    func germanSeparators() throws {
        let record = try Self.only("Die Lizenz kostet 1.234,56 € pro Monat.", locale: "de-DE")
        try #require(record.amounts.count == 1)
        #expect(record.amounts[0].value == 1234.56)
        #expect(record.amounts[0].currency == "EUR")
    }

    @Test("a range is two amounts with the same currency and period: $10-12k")
    func range() throws {
        let record = try Self.only("The budget is $10-12k per month.")
        #expect(record.amounts.map(\.value) == [10_000, 12_000])
        #expect(record.amounts.map(\.currency) == ["USD", "USD"])
        #expect(record.amounts.map(\.period) == ["month", "month"])
    }

    @Test("a bare number said about money keeps a null currency: budget is 40k")
    func bareNumber() throws {
        let record = try Self.only("The budget is 40k.")
        try #require(record.amounts.count == 1)
        #expect(record.amounts[0].value == 40_000)
        #expect(record.amounts[0].currency == nil)
        #expect(record.amounts[0].period == nil)
    }

    // MARK: Periods

    @Test("periods after the amount", arguments: [
        ("The subscription is $500 per month.", "month"),
        ("The subscription is $500/mo.", "month"),
        ("The subscription is $500 monthly.", "month"),
        ("The license is $6,000 a year.", "year"),
        ("The license is $6,000 annually.", "year"),
        ("Support is $1,500 per quarter.", "quarter"),
        ("Support is $1,500 for the quarter.", "quarter"),
        ("Onboarding is $2,000 one-time.", "one-time"),
        ("We pay $2,000 upfront.", "one-time"),
        ("There is a $2,000 setup fee.", "one-time"),
        ("Оплата 50 000 рублей в месяц.", "month"),
        ("Оплата 150 000 рублей ежеквартально.", "quarter"),
    ])
    func periods(sentence: String, period: String) throws {
        let record = try Self.only(sentence)
        try #require(record.amounts.count == 1)
        #expect(record.amounts[0].period == period)
        #expect(!record.questionReasons.contains("amount-without-period"))
    }

    @Test("an amount without a period asks whether it is one-time or recurring", arguments: [
        "The pilot costs €20,000.", "We agreed the budget is 40k.", "Стоимость пилота 300 000 рублей.",
    ])
    func withoutPeriodAsks(sentence: String) throws {
        let record = try Self.only(sentence)
        try #require(record.amounts.count == 1)
        #expect(record.amounts[0].period == nil)
        let asked = record.questions.filter { $0.reason == "amount-without-period" }
        #expect(asked.count == 1)
        #expect(asked.first?.source?.line == 1)
    }

    @Test("a budget said in passing is not asked about: an envelope is no payment", arguments: [
        ("The budget is 40k.", "en"), ("Budget : 42 000 € HT consommés sur 60 000 € HT prévus.", "fr"),
    ])
    func budgetInPassing(sentence: String, language: String) throws {
        let record = try extract(sentence + "\n", date: Self.reference, language: language)
        #expect(!record.amounts.isEmpty)
        #expect(!record.questionReasons.contains("amount-without-period"), "\(record.amounts.map { ($0.value, $0.role ?? "") })")
    }

    @Test("every amount without a period gets its own question")
    func everyAmountAsks() throws {
        let record = try extract(
            "Pricing\n\nThe pilot costs €20,000.\nThe license is $6,000 a year.\nHosting is $3,000.\n",
            date: Self.reference)
        #expect(record.amounts.count == 3)
        #expect(record.questions.filter { $0.reason == "amount-without-period" }.compactMap(\.source?.line) == [3, 5])
    }

    // MARK: Not money

    @Test("percentages, years, counts and times are not amounts", arguments: [
        "The discount is 20%.", "We plan the budget review in 2026.", "We need 40 seats for the pilot.",
        "The pricing call is at 3pm.",
    ])
    func notMoney(sentence: String) throws {
        let record = try Self.only(sentence)
        #expect(record.amounts.isEmpty, "\(record.amounts.map { $0.text ?? "" })")
    }

    @Test("every amount is listed, with its line and source text")
    func sourceLines() throws {
        let record = try extract("Renewal\n\nAlice will send the quote by Friday.\nThe license is $6,000 a year.\n",
                                 date: Self.reference)
        try #require(record.amounts.count == 1)
        #expect(record.amounts[0].source?.line == 4)
        #expect(record.amounts[0].source?.text.contains("$6,000") == true)
        #expect(record.amounts[0].text?.contains("$6,000") == true)
    }
}
