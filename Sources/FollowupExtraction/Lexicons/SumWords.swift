/// How a language says what a sum of money is: a price per unit, a total paid once, a threshold, or a payment
/// that recurs. Only a sum said with a payment that recurs is asked "one-time or per month?": readers found the question
/// nonsense for anything else (a credit, a sign-on bonus, an overspend, a contribution, a change request).
public struct SumWords: Sendable {
    /// Words after a price that make it a price per unit ("per label", "each", "pro Kasse", "за штуку"): no period to
    /// ask about.
    public var unitRateWords: Set<String> = []
    /// Words just before a price that make it a price per unit ("PVP 8,90 €", "retail price $29", "UVP 49 €").
    public var unitPriceLeadIns: Set<String> = []
    /// Words that make a sum no recurring payment ("discount", "bridge", "setup", "скидка"): nobody is asked its period.
    public var lumpSumWords: Set<String> = []
    /// Words right before a sum that make it a threshold, not a payment ("any deal over $50,000", "ab 50.000 €").
    public var thresholdWords: Set<String> = []
    /// What is paid again and again ("subscription", "retainer", "Miete", "аренда", "cuota"): a sum said with one may
    /// have a period the notes left out.
    public var recurringWords: Set<String> = []
    /// Parts of compound words that name such a payment ("miete" of "Büromiete", "wartung" of "Wartungsvertrag").
    public var recurringStems: Set<String> = []
}

extension SumWords {
    static let english = SumWords(
        unitRateWords: ["per", "each", "apiece", "a"],
        unitPriceLeadIns: ["retail price", "rrp", "msrp", "shelf price", "unit price", "price per unit", "retails at", "retailing at"],
        lumpSumWords: ["that makes", "comes to", "advance", "down payment", "debt", "outstanding", "owed", "discount", "discounts", "credit", "credits", "refund", "deposit", "penalty", "bonus", "relocation", "bridge", "valuation", "investment", "loan", "waiver", "waive", "waived", "setup", "set-up", "implementation", "installation", "migration", "invoice", "event", "conference", "offsite", "total", "pre-money", "post-money", "allocation", "sign-on", "free", "fixed", "flat", "fete", "fête", "festival", "gala", "ceremony", "celebration", "wedding", "for the day", "for the evening", "for the weekend", "for the night", "cap", "super-cap", "cover", "coverage", "liability", "indemnity", "facility", "credit line", "line of credit", "reserve", "reserves", "treasury", "grant", "contingency", "drawdown", "held", "arrears", "overdue", "fee back", "money back", "overrun", "overspend", "compensation", "contribution", "contributes"],
        thresholdWords: ["over", "above", "more than", "less than", "under", "below", "exceeding", "beyond", "capped at", "cap of", "a cap of", "up to", "maximum of", "max"],
        recurringWords: ["subscription", "subscriptions", "licence", "licences", "license", "licenses", "licensing", "rent", "rental", "lease", "retainer", "salary", "salaries", "wage", "wages", "payroll", "maintenance", "support", "hosting", "service", "services", "fee", "fees", "membership", "plan", "tier", "tariff", "budget", "budgets", "run-rate", "opex", "saas", "seat", "seats", "storage", "pilot", "contract", "renewal", "usage", "spend", "allowance", "stipend", "instalment", "installment", "premium"],
        recurringStems: [])
    static let german = SumWords(
        unitRateWords: ["pro", "je", "das"],
        unitPriceLeadIns: ["uvp", "verkaufspreis", "stückpreis", "einzelpreis", "ladenpreis"],
        lumpSumWords: ["macht", "ergibt", "anzahlung", "vorauszahlung", "schulden", "saldo", "ergebnis", "rabatt", "nachlass", "gutschrift", "skonto", "rückerstattung", "kaution", "vertragsstrafe", "prämie", "bonus", "finanzierungsrunde", "investition", "darlehen", "umzugskosten", "einrichtung", "einrichtungsgebühr", "implementierung", "installation", "migration", "mehraufwand", "rechnung", "veranstaltung", "konferenz", "tagung", "insgesamt", "gesamt", "kostenlos", "pauschal", "festpreis", "obergrenze", "feier", "gala", "für den tag", "für den abend", "fürs wochenende", "haftung", "haftungsgrenze", "haftungshöchstbetrag", "deckung", "deckungssumme", "versicherungssumme", "kreditlinie", "rücklage", "rücklagen", "fördermittel", "ausstehend", "einbehalten", "gutschreiben", "erstatten", "entschädigung", "mehrkosten", "überschreitung"],
        thresholdWords: ["ab", "alles über", "bestellungen über", "aufträge über", "beträge über", "ausgaben über", "mehr als", "weniger als", "unter", "oberhalb von", "unterhalb von", "bis zu", "höchstens", "maximal", "max."],
        recurringWords: ["abo", "abos", "abonnement", "lizenz", "lizenzen", "miete", "pacht", "leasing", "gehalt", "lohn", "wartung", "support", "hosting", "service", "gebühr", "gebühren", "mitgliedschaft", "tarif", "budget", "retainer", "pilot", "pilotprojekt", "rate", "raten", "honorar", "beitrag"],
        recurringStems: ["miete", "lizenz", "abonnement", "gehalt", "wartung", "gebühr", "budget", "support", "hosting", "leasing", "honorar", "service"])
    static let french = SumWords(
        unitRateWords: ["par", "chacun", "chacune", "l'unité", "la", "le", "pièce"],
        unitPriceLeadIns: ["prix de vente", "prix public", "prix unitaire", "ppc", "prix en rayon"],
        lumpSumWords: ["ça fait", "au total", "acompte", "avance", "dette", "solde", "résultat", "impayé", "impayés", "remise", "rabais", "ristourne", "remboursement", "dépôt", "caution", "pénalité", "pénalités", "prime", "investissement", "prêt", "installation", "migration", "facture", "événement", "évènement", "convention", "séminaire", "congrès", "conférence", "total", "soit", "gratuit", "gratuite", "forfaitaires", "forfait", "forfaitaire", "fixe", "fête", "gala", "soirée", "pour la journée", "pour la soirée", "pour le week-end", "plafond", "couverture", "responsabilité", "ligne de crédit", "réserve", "réserves", "subvention", "imprévus", "bloqué", "bloqués", "en souffrance", "dépassement", "indemnisation", "dédommagement", "compensation", "contribution"],
        thresholdWords: ["plus de", "moins de", "au-delà de", "au-dessus de", "en dessous de", "supérieur à", "supérieure à", "supérieurs à", "inférieur à", "jusqu'à", "plafonné à", "plafond de", "au maximum", "maximum"],
        recurringWords: ["abonnement", "abonnements", "licence", "licences", "loyer", "loyers", "location", "bail", "leasing", "salaire", "rémunération", "maintenance", "support", "hébergement", "service", "services", "redevance", "cotisation", "tarif", "budget", "enveloppe", "retainer", "pilote", "contrat", "honoraires", "infogérance", "mensualité", "prime d'assurance"],
        recurringStems: [])
    static let spanish = SumWords(
        unitRateWords: ["por", "cada", "la", "el", "x"],
        unitPriceLeadIns: ["pvp", "p.v.p", "precio de venta", "precio unitario", "precio por unidad", "precio de lineal"],
        lumpSumWords: ["serían", "en total", "señal", "anticipo", "adelanto", "deuda", "saldo", "resultado", "descuento", "descuentos", "bonificación", "crédito", "reembolso", "depósito", "penalización", "multa", "bono", "inversión", "préstamo", "implantación", "implementación", "instalación", "migración", "factura", "evento", "congreso", "convención", "total", "gratis", "fijo", "cerrado", "fiesta", "gala", "para todo el día", "para la noche", "para el fin de semana", "tope", "cobertura", "responsabilidad", "línea de crédito", "reserva", "reservas", "subvención", "contingencia", "pendiente de pago", "adeudado", "retenido", "bonus", "compensación", "indemnización", "sobrecoste", "aporta", "aportación", "aportamos"],
        thresholdWords: ["más de", "menos de", "por encima de", "por debajo de", "superior a", "superiores a", "inferior a", "inferiores a", "hasta", "un máximo de", "máximo", "como máximo", "tope de"],
        recurringWords: ["suscripción", "suscripciones", "licencia", "licencias", "alquiler", "arrendamiento", "renting", "leasing", "salario", "sueldo", "nómina", "mantenimiento", "soporte", "hosting", "alojamiento", "servicio", "servicios", "cuota", "cuotas", "tarifa", "plan", "presupuesto", "iguala", "retainer", "piloto", "membresía", "abono", "contrato", "honorarios", "mensualidad"],
        recurringStems: [])
    static let russian = SumWords(
        unitRateWords: ["за", "на"],
        unitPriceLeadIns: ["розничная цена", "ррц", "цена за штуку", "цена за единицу", "цена на полке"],
        lumpSumWords: ["получается", "выходит", "аванс", "предоплата", "предоплату", "долг", "задолженность", "остаток", "скидка", "скидку", "скидки", "скидкой", "штраф", "штрафа", "неустойка", "неустойку", "возврат", "залог", "депозит", "бонус", "премия", "премию", "инвестиции", "займ", "заём", "внедрение", "внедрения", "установка", "установку", "миграция", "миграцию", "мероприятие", "мероприятия", "конференция", "конференцию", "итого", "всего", "бесплатно", "бесплатный", "фикс", "смета", "смету", "сметы", "праздник", "праздника", "корпоратив", "корпоратива", "банкет", "банкета", "на весь день", "на выходные", "покрытие", "страховая сумма", "лимит ответственности", "кредитная линия", "резерв", "грант", "субсидия", "заморожено", "заморожены", "просрочено", "компенсация", "компенсацию", "перерасход", "вкладывает", "вкладываем", "вклад"],
        thresholdWords: ["свыше", "более", "менее", "больше", "меньше", "выше", "ниже", "до", "не более", "не больше", "максимум"],
        recurringWords: ["подписка", "подписку", "подписки", "лицензия", "лицензии", "лицензию", "лицензий", "аренда", "аренду", "аренды", "зарплата", "зарплату", "зарплаты", "оклад", "оклада", "абонплата", "абонентская", "абонентский", "обслуживание", "обслуживания", "поддержка", "поддержку", "поддержки", "хостинг", "сопровождение", "сопровождения", "тариф", "тарифа", "бюджет", "бюджета", "ретейнер", "сервис", "сервисный", "сервисного", "услуги", "услуг", "пилот", "пилота", "контракт", "контракта", "вознаграждение", "взнос", "взносы"],
        recurringStems: [])
}
