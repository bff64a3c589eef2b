import Foundation
import FollowupDocument
import FollowupExtraction
import FollowupText

/// `followup eval`: runs the pipeline over every gold file in a corpus and scores it.
///
/// Predicted items are matched to gold items one-to-one, greedily by task-word overlap: the Dice
/// coefficient of their content words (lower-cased, stop words dropped, first five letters as a
/// crude stem) must reach 0.4; the best-scoring pairs are taken first. Amounts match on value and
/// currency; decisions on word overlap like tasks. Owner, due-date and period accuracy are
/// measured over matched pairs; "fully correct" counts gold items whose match has the right
/// owner and due date and time.
public struct Evaluation {
    public struct Counts: Sendable {
        public var documents = 0
        public var itemsGold = 0, itemsPredicted = 0, itemsMatched = 0
        public var ownerCorrect = 0, dueCorrect = 0, fullyCorrect = 0
        public var amountsGold = 0, amountsPredicted = 0, amountsMatched = 0, periodCorrect = 0
        /// Matched amounts whose gold has a role; of those, the role right; and whether the
        /// follow-up restates them (not background, not rejected) against gold.
        public var rolesScored = 0, roleCorrect = 0, restatedPredicted = 0, restatedGold = 0, restatedBoth = 0
        public var decisionsGold = 0, decisionsPredicted = 0, decisionsMatched = 0
        public var contactsScored = 0, contactsCorrect = 0

        mutating func add(_ other: Counts) {
            documents += other.documents
            itemsGold += other.itemsGold; itemsPredicted += other.itemsPredicted; itemsMatched += other.itemsMatched
            ownerCorrect += other.ownerCorrect; dueCorrect += other.dueCorrect; fullyCorrect += other.fullyCorrect
            amountsGold += other.amountsGold; amountsPredicted += other.amountsPredicted; amountsMatched += other.amountsMatched
            periodCorrect += other.periodCorrect
            rolesScored += other.rolesScored; roleCorrect += other.roleCorrect
            restatedPredicted += other.restatedPredicted; restatedGold += other.restatedGold; restatedBoth += other.restatedBoth
            decisionsGold += other.decisionsGold; decisionsPredicted += other.decisionsPredicted; decisionsMatched += other.decisionsMatched
            contactsScored += other.contactsScored; contactsCorrect += other.contactsCorrect
        }

        static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }
        static func f1(_ matched: Int, _ gold: Int, _ predicted: Int) -> Double {
            let p = ratio(matched, predicted), r = ratio(matched, gold)
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }

        public var itemPrecision: Double { Self.ratio(itemsMatched, itemsPredicted) }
        public var itemRecall: Double { Self.ratio(itemsMatched, itemsGold) }
        public var itemF1: Double { Self.f1(itemsMatched, itemsGold, itemsPredicted) }
        public var ownerAccuracy: Double { Self.ratio(ownerCorrect, itemsMatched) }
        public var dueAccuracy: Double { Self.ratio(dueCorrect, itemsMatched) }
        public var fullyCorrectRate: Double { Self.ratio(fullyCorrect, itemsGold) }
        public var amountPrecision: Double { Self.ratio(amountsMatched, amountsPredicted) }
        public var amountRecall: Double { Self.ratio(amountsMatched, amountsGold) }
        public var amountF1: Double { Self.f1(amountsMatched, amountsGold, amountsPredicted) }
        public var periodAccuracy: Double { Self.ratio(periodCorrect, amountsMatched) }
        public var roleAccuracy: Double { Self.ratio(roleCorrect, rolesScored) }
        /// Of the amounts the follow-up restates, how many the meeting proposed or agreed (gold).
        public var restatedPrecision: Double { Self.ratio(restatedBoth, restatedPredicted) }
        public var restatedRecall: Double { Self.ratio(restatedBoth, restatedGold) }
        public var decisionPrecision: Double { Self.ratio(decisionsMatched, decisionsPredicted) }
        public var decisionRecall: Double { Self.ratio(decisionsMatched, decisionsGold) }
        public var decisionF1: Double { Self.f1(decisionsMatched, decisionsGold, decisionsPredicted) }
        public var nextContactAccuracy: Double { Self.ratio(contactsCorrect, contactsScored) }
    }

    public struct Report: Sendable {
        public var overall = Counts()
        public var byLanguage: [String: Counts] = [:]
        public var byFormat: [String: Counts] = [:]
        /// Per-document differences, for `--verbose`.
        public var details: [String] = []
        public var failures: [String] = []
    }

    public let environment: RunEnvironment

    public init(environment: RunEnvironment) {
        self.environment = environment
    }

    /// Gold files under `root` and the input beside each.
    public static func goldPairs(under root: String) -> [(input: String, gold: String)] {
        let manager = FileManager.default
        guard let walker = manager.enumerator(atPath: root) else { return [] }
        var pairs: [(String, String)] = []
        var all = Set<String>()
        var golds: [String] = []
        while let relative = walker.nextObject() as? String {
            let path = root + "/" + relative
            all.insert(path)
            if relative.hasSuffix(".expected.json") { golds.append(path) }
        }
        for gold in golds.sorted() {
            let stem = String(gold.dropLast(".expected.json".count))
            let input = all.filter { $0.hasPrefix(stem + ".") && $0 != gold && !$0.hasSuffix(".expected.json") }
                .filter { !$0.dropFirst(stem.count + 1).contains("/") }.sorted().first
            if let input { pairs.append((input, gold)) }
        }
        return pairs
    }

    public func run(root: String) -> Report {
        var report = Report()
        // One pipeline for the corpus: its ICU iterators are opened once, not per document.
        let pipeline = Pipeline(options: environment.pipelineOptions)
        for (input, goldPath) in Self.goldPairs(under: root) {
            guard let data = FileManager.default.contents(atPath: goldPath),
                let gold = try? JSONDecoder().decode(ExtractionRecord.self, from: data)
            else {
                report.failures.append("\(goldPath): not a valid gold file")
                continue
            }
            do {
                let output = try pipeline.process(fileAt: input, date: CivilDate(iso: gold.meeting.date))
                var notes: [String] = []
                let counts = Self.score(predicted: output.record, gold: gold, notes: &notes)
                report.overall.add(counts)
                report.byLanguage[gold.language, default: Counts()].add(counts)
                report.byFormat[output.document.format.rawValue, default: Counts()].add(counts)
                if !notes.isEmpty { report.details.append("== \(input)\n" + notes.joined(separator: "\n")) }
            } catch {
                report.failures.append("\(input): \(error)")
            }
        }
        return report
    }

    // MARK: Scoring

    static func score(predicted: ExtractionRecord, gold: ExtractionRecord, notes: inout [String]) -> Counts {
        var counts = Counts()
        counts.documents = 1
        counts.itemsGold = gold.actionItems.count
        counts.itemsPredicted = predicted.actionItems.count
        let pairs = match(gold.actionItems.map(\.task), predicted.actionItems.map(\.task))
        var matchedPredicted = Set<Int>()
        for (g, p) in pairs {
            matchedPredicted.insert(p)
            let goldItem = gold.actionItems[g], item = predicted.actionItems[p]
            counts.itemsMatched += 1
            let ownerOK = sameName(goldItem.owner, item.owner)
            let dueOK = goldItem.due?.date == item.due?.date && goldItem.due?.time == item.due?.time
            if ownerOK { counts.ownerCorrect += 1 } else { notes.append("  owner: \(goldItem.task) — gold \(goldItem.owner ?? "nil"), got \(item.owner ?? "nil")") }
            if dueOK { counts.dueCorrect += 1 } else {
                notes.append("  due: \(goldItem.task) — gold \(goldItem.due?.date ?? "nil") \(goldItem.due?.time ?? "") (\(goldItem.due?.text ?? "")), got \(item.due?.date ?? "nil") \(item.due?.time ?? "") (\(item.due?.text ?? ""))")
            }
            if ownerOK && dueOK { counts.fullyCorrect += 1 }
        }
        let matchedGold = Set(pairs.map(\.0))
        for (i, item) in gold.actionItems.enumerated() where !matchedGold.contains(i) {
            notes.append("  missed item: \(item.owner ?? "nil"): \(item.task)")
        }
        for (i, item) in predicted.actionItems.enumerated() where !matchedPredicted.contains(i) {
            notes.append("  extra item: \(item.owner ?? "nil"): \(item.task)  [line \(item.source?.line ?? 0)]")
        }

        counts.amountsGold = gold.amounts.count
        counts.amountsPredicted = predicted.amounts.count
        var used = Set<Int>()
        for goldAmount in gold.amounts {
            if let p = predicted.amounts.indices.first(where: { !used.contains($0) && abs(predicted.amounts[$0].value - goldAmount.value) < 0.005
                && predicted.amounts[$0].currency == goldAmount.currency })
            {
                used.insert(p)
                counts.amountsMatched += 1
                if predicted.amounts[p].period == goldAmount.period { counts.periodCorrect += 1 } else {
                    notes.append("  period: \(goldAmount.text ?? "") — gold \(goldAmount.period ?? "nil"), got \(predicted.amounts[p].period ?? "nil")")
                }
                if let role = goldAmount.role {
                    counts.rolesScored += 1
                    if predicted.amounts[p].role == role { counts.roleCorrect += 1 } else {
                        notes.append("  role: \(goldAmount.text ?? "") — gold \(role), got \(predicted.amounts[p].role ?? "nil")")
                    }
                    let restated = predicted.amounts[p].isRestated
                    if restated { counts.restatedPredicted += 1 }
                    if goldAmount.isRestated { counts.restatedGold += 1 }
                    if restated && goldAmount.isRestated { counts.restatedBoth += 1 }
                }
            } else {
                notes.append("  missed amount: \(goldAmount.value) \(goldAmount.currency ?? "nil") (\(goldAmount.text ?? ""))")
            }
        }
        for (i, amount) in predicted.amounts.enumerated() where !used.contains(i) {
            notes.append("  extra amount: \(amount.value) \(amount.currency ?? "nil") (\(amount.text ?? ""))")
        }

        counts.decisionsGold = gold.decisions.count
        counts.decisionsPredicted = predicted.decisions.count
        let decisionPairs = match(gold.decisions.map(\.text), predicted.decisions.map(\.text))
        counts.decisionsMatched = decisionPairs.count
        let matchedDecisions = Set(decisionPairs.map(\.0))
        for (i, d) in gold.decisions.enumerated() where !matchedDecisions.contains(i) { notes.append("  missed decision: \(d.text)") }
        let predictedDecisions = Set(decisionPairs.map(\.1))
        for (i, d) in predicted.decisions.enumerated() where !predictedDecisions.contains(i) { notes.append("  extra decision: \(d.text)") }

        counts.contactsScored = 1
        if gold.nextContact?.date == predicted.nextContact?.date && gold.nextContact?.time == predicted.nextContact?.time {
            counts.contactsCorrect = 1
        } else {
            notes.append("  next contact: gold \(gold.nextContact?.date ?? "nil") \(gold.nextContact?.time ?? "") (\(gold.nextContact?.text ?? "")), got \(predicted.nextContact?.date ?? "nil") \(predicted.nextContact?.time ?? "") (\(predicted.nextContact?.text ?? ""))")
        }
        return counts
    }

    static func sameName(_ a: String?, _ b: String?) -> Bool {
        (a?.lowercased().trimmingWhitespace() ?? "") == (b?.lowercased().trimmingWhitespace() ?? "")
    }

    /// One-to-one pairs (gold index, predicted index) by word overlap, best first.
    static func match(_ gold: [String], _ predicted: [String]) -> [(Int, Int)] {
        let goldWords = gold.map(words)
        let predictedWords = predicted.map(words)
        var scored: [(Double, Int, Int)] = []
        for (g, gw) in goldWords.enumerated() {
            for (p, pw) in predictedWords.enumerated() {
                let common = gw.intersection(pw).count
                guard common > 0 else { continue }
                let dice = 2 * Double(common) / Double(gw.count + pw.count)
                if dice >= 0.4 { scored.append((dice, g, p)) }
            }
        }
        scored.sort { $0.0 > $1.0 || ($0.0 == $1.0 && ($0.1, $0.2) < ($1.1, $1.2)) }
        var usedGold = Set<Int>(), usedPredicted = Set<Int>()
        var pairs: [(Int, Int)] = []
        for (_, g, p) in scored where !usedGold.contains(g) && !usedPredicted.contains(p) {
            usedGold.insert(g)
            usedPredicted.insert(p)
            pairs.append((g, p))
        }
        return pairs.sorted { $0.0 < $1.0 }
    }

    static let stopWords: Set<String> = [
        "the", "a", "an", "to", "of", "for", "and", "on", "in", "with", "by", "it", "this", "that", "our", "their", "your", "my",
        "is", "be", "will", "we", "i", "you", "и", "в", "на", "по", "с", "к", "до", "о", "об", "что", "это",
    ]

    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            .filter { !stopWords.contains($0) }.map { String($0.prefix(5)) })
    }
}

extension Evaluation.Report {
    /// The table `followup eval` prints.
    public var table: String {
        func pct(_ x: Double) -> String { String(format: "%5.3f", x) }
        var lines: [String] = []
        let header = "group            docs  items P/R/F1         owner  due    full   amounts P/R/F1       period role   restate P/R  decisions F1  next"
        lines.append(header)
        func row(_ name: String, _ c: Evaluation.Counts) -> String {
            let padded = name.padding(toLength: 16, withPad: " ", startingAt: 0)
            return "\(padded) \(String(format: "%4d", c.documents))  \(pct(c.itemPrecision))/\(pct(c.itemRecall))/\(pct(c.itemF1))  \(pct(c.ownerAccuracy))  \(pct(c.dueAccuracy))  \(pct(c.fullyCorrectRate))  \(pct(c.amountPrecision))/\(pct(c.amountRecall))/\(pct(c.amountF1))  \(pct(c.periodAccuracy))  \(pct(c.roleAccuracy))  \(pct(c.restatedPrecision))/\(pct(c.restatedRecall))  \(pct(c.decisionF1))        \(pct(c.nextContactAccuracy))"
        }
        lines.append(row("overall", overall))
        for (language, counts) in byLanguage.sorted(by: { $0.key < $1.key }) { lines.append(row("lang " + language, counts)) }
        for (format, counts) in byFormat.sorted(by: { $0.key < $1.key }) { lines.append(row("format " + format, counts)) }
        lines.append("items: \(overall.itemsGold) gold, \(overall.itemsPredicted) predicted, \(overall.itemsMatched) matched; amounts: \(overall.amountsGold) gold, \(overall.amountsPredicted) predicted; decisions: \(overall.decisionsGold) gold")
        return lines.joined(separator: "\n") + "\n"
    }

    public var json: JSONValue {
        func counts(_ c: Evaluation.Counts) -> JSONValue {
            .object([
                ("documents", .number(Double(c.documents))),
                ("actionItems", .object([("precision", .number(c.itemPrecision)), ("recall", .number(c.itemRecall)), ("f1", .number(c.itemF1)),
                                         ("gold", .number(Double(c.itemsGold))), ("predicted", .number(Double(c.itemsPredicted)))])),
                ("ownerAccuracy", .number(c.ownerAccuracy)),
                ("dueAccuracy", .number(c.dueAccuracy)),
                ("fullyCorrect", .number(c.fullyCorrectRate)),
                ("amounts", .object([("precision", .number(c.amountPrecision)), ("recall", .number(c.amountRecall)), ("f1", .number(c.amountF1))])),
                ("periodAccuracy", .number(c.periodAccuracy)),
                ("roleAccuracy", .number(c.roleAccuracy)),
                ("restatedAmounts", .object([("precision", .number(c.restatedPrecision)), ("recall", .number(c.restatedRecall))])),
                ("decisions", .object([("precision", .number(c.decisionPrecision)), ("recall", .number(c.decisionRecall)), ("f1", .number(c.decisionF1))])),
                ("nextContactAccuracy", .number(c.nextContactAccuracy)),
            ])
        }
        return .object([
            ("overall", counts(overall)),
            ("byLanguage", .object(byLanguage.sorted { $0.key < $1.key }.map { ($0.key, counts($0.value)) })),
            ("byFormat", .object(byFormat.sorted { $0.key < $1.key }.map { ($0.key, counts($0.value)) })),
            ("failures", .array(failures.map(JSONValue.string))),
        ])
    }
}
