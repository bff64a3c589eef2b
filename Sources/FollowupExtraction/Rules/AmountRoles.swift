import FollowupText

/// What the meeting did with an amount, from the role words of its sentence (`Lexicon.amountRoles`):
/// the nearest one within the amount's clause wins ("current price $42, they push for $38":
/// background, then requested), unless an arrow after it says what became of it ("$80 → no"), or what
/// became of it outranks who asked for it. Clauses end at ";" and contrastive words ("but"); a label before a
/// colon ("competitor quote: $55") still speaks for what follows it.
enum AmountRoles {
    /// Tokens a role word may be from its amount.
    static let reach = 8

    static func role(of range: Range<Int>, in sentence: SentenceView, context: RuleContext) -> AmountRole? {
        let tokens = sentence.tokens
        let table = context.compiled.amountRoles
        // The nearest word of a telling role; "offered" words ("price", "fee") only when there is none.
        var strong: (distance: Int, role: AmountRole)?
        var weak: (distance: Int, role: AmountRole)?
        // "le pedí $80 → no": what an arrow after the amount says became of it outranks who asked.
        var outcome: AmountRole?
        func consider(_ index: Int, distance: Int) {
            guard let found = table.match(tokens, at: index), let role = AmountRole(rawValue: found.value) else { return }
            if tokens[index].key == "→", index >= range.upperBound {
                if outcome == nil { outcome = role }
            } else if role == .offered {
                if weak == nil || distance < weak!.distance { weak = (distance, role) }
            } else if let current = strong {
                if outranks(role, current.role) || !outranks(current.role, role) && distance < current.distance { strong = (distance, role) }
            } else {
                strong = (distance, role)
            }
        }
        var index = range.lowerBound - 1
        while index >= 0, range.lowerBound - index <= reach, !isClauseEnd(index, sentence, context.lexicon) {
            consider(index, distance: range.lowerBound - index)
            index -= 1
        }
        // From inside the amount: "$186k ARR" carries its role in its own period word.
        index = range.lowerBound + 1
        while index < tokens.count, index - range.upperBound < reach, !isClauseEnd(index, sentence, context.lexicon) {
            consider(index, distance: max(1, index - range.upperBound + 1))
            index += 1
        }
        // "Después propusieron 50 € con contrato a 18 meses; lo rechazamos": the clause right after turns it down.
        if outcome == nil, index < tokens.count, tokens[index].key == ";", Self.opensWithRejection(tokens, from: index + 1, context.compiled) {
            outcome = .rejected
        }
        // Under "Background" or "Context", money without a telling word was already so.
        if let outcome { return outcome }
        if strong == nil, sentence.utterance.section == .background { return .background }
        // Under "Agreed" or "Decisions", a price without a telling word is what was agreed.
        if strong == nil, sentence.utterance.section == .decisions { return .agreed }
        return (strong ?? weak)?.role
    }

    /// "en lugar de los 4.000.000 ARS que pedía Agro Pampa": what became of an amount (turned down, agreed)
    /// outranks who asked for it or the budget it was ("Se aprobó un presupuesto máximo de 60.000 €"), whichever
    /// word is nearer; not a word saying the amount is context ("la competencia cotizó $72, cerramos en $75").
    private static func outranks(_ role: AmountRole, _ other: AmountRole) -> Bool {
        (role == .rejected || role == .agreed) && (other == .requested || other == .budget)
    }

    /// A rejection in the first words from `start` ("lo rechazamos", "we turned it down", "abgelehnt").
    static func opensWithRejection(_ tokens: [Token], from start: Int, _ compiled: CompiledLexicon) -> Bool {
        (start..<min(tokens.count, start + 3)).contains { compiled.amountRoles.match(tokens, at: $0)?.value == AmountRole.rejected.rawValue }
    }

    private static func isClauseEnd(_ index: Int, _ sentence: SentenceView, _ lexicon: Lexicon) -> Bool {
        let key = sentence.tokens[index].key
        return key == ";" || lexicon.contrastWords.contains(key)
    }
}

typealias AmountRole = ExtractionRecord.AmountRole
