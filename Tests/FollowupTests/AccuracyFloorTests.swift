import Followup
import FollowupTestSupport
import Testing

/// `followup eval` over the gold corpus must not fall below the figures measured when the rules
/// were last tuned (minus a small margin). A rule change that loses accuracy fails here.
@Suite("Accuracy floors on the gold corpus")
struct AccuracyFloorTests {
    static let report: Evaluation.Report = {
        let environment = try! RunEnvironment(now: "2026-11-25T12:00:00Z", timeZone: "UTC")
        return Evaluation(environment: environment).run(root: Corpus.directory.path)
    }()

    /// The figure's name, and its floor.
    static let floors: [(String, Double)] = [
        // Measured 2026-11-25 over 95 documents (en 50 + held-out 26, ru 14, de 5): items F1 0.960, owner 0.968,
        // due 0.963, amounts F1 0.977, period 0.990, decisions F1 0.945, next contact 0.937, full 0.897.
        // 2026-12-04, 127 documents (+ de 8, es 12, fr 12): items F1 0.943, owner 0.970, due 0.961, amounts
        // F1 0.970, period 0.970, decisions F1 0.944, next contact 0.906, full 0.876; floors unchanged.
        // The issue's own floors are 0.90, 0.95, 0.95, 0.95 and 0.90.
        ("action-item F1", 0.94),
        ("owner accuracy", 0.95),
        ("due-date accuracy", 0.95),
        ("amount F1", 0.96),
        ("period accuracy", 0.97),
        ("decision F1", 0.92),
        ("next-contact accuracy", 0.90),
        ("fully correct items", 0.87),
    ]

    static func figure(_ name: String, _ counts: Evaluation.Counts) -> Double {
        switch name {
        case "action-item F1": return counts.itemF1
        case "owner accuracy": return counts.ownerAccuracy
        case "due-date accuracy": return counts.dueAccuracy
        case "amount F1": return counts.amountF1
        case "period accuracy": return counts.periodAccuracy
        case "decision F1": return counts.decisionF1
        case "next-contact accuracy": return counts.nextContactAccuracy
        case "fully correct items": return counts.fullyCorrectRate
        default: return -1
        }
    }

    /// Each language's own floors, so a language added later cannot hide behind English's many
    /// documents. Measured 2026-12-04 (items F1, owner, due, amounts F1): de 0.923/0.933/0.967/1.000,
    /// es 0.957/1.000/0.946/1.000, fr 0.926/0.964/0.946/1.000, ru 0.991/1.000/0.982/0.966; floors a
    /// little below, and never under the language issue's target of 0.90 for each.
    static let languageFloors: [(language: String, items: Double, owner: Double, due: Double, amounts: Double)] = [
        ("de", 0.90, 0.90, 0.93, 0.95),
        ("es", 0.93, 0.95, 0.92, 0.95),
        ("fr", 0.90, 0.94, 0.92, 0.95),
        ("ru", 0.96, 0.97, 0.95, 0.94),
    ]

    @Test(arguments: languageFloors.map(\.language))
    func eachLanguageStaysAboveItsFloors(language: String) throws {
        let floor = try #require(Self.languageFloors.first { $0.language == language })
        let counts = try #require(Self.report.byLanguage[language])
        #expect(counts.documents >= 12)
        #expect(counts.itemF1 >= floor.items, "\(language) action-item F1 \(counts.itemF1)")
        #expect(counts.ownerAccuracy >= floor.owner, "\(language) owner accuracy \(counts.ownerAccuracy)")
        #expect(counts.dueAccuracy >= floor.due, "\(language) due-date accuracy \(counts.dueAccuracy)")
        #expect(counts.amountF1 >= floor.amounts, "\(language) amount F1 \(counts.amountF1)")
    }

    @Test func everyGoldFileIsScored() {
        #expect(Self.report.failures.isEmpty, "\(Self.report.failures)")
        #expect(Self.report.overall.documents >= 60)
        #expect((Self.report.byLanguage["ru"]?.documents ?? 0) >= 10)
    }

    @Test(arguments: floors.map(\.0))
    func overallFigureStaysAboveItsFloor(name: String) {
        let floor = Self.floors.first { $0.0 == name }!.1
        let value = Self.figure(name, Self.report.overall)
        #expect(value >= floor, "\(name) is \(value), below its floor \(floor)")
    }

    @Test func anUnknownFigureNameIsCaught() {
        #expect(Self.figure("no such figure", Self.report.overall) < 0)
    }
}
