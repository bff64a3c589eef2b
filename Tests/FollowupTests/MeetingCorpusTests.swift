import Followup
import FollowupTestSupport
import Foundation
import Testing

/// Real many-party meetings (the AMI Meeting Corpus in `../shared/corpora/meetings`, human action items and
/// decisions linked to transcript lines): line-level F1 on the `dev` split, scored the way
/// `../shared/tools/score-meetings` scores it, must not fall below the figure reached.
@Suite(.enabled(if: MeetingCorpus.isPresent, "../shared/corpora/meetings is absent: the AMI floor is not checked"))
struct MeetingCorpusTests {
    /// Measured 2026-12-06 on the dev split (18 meetings): action line F1 0.372 (P 0.429, R 0.329), item recall 0.512;
    /// decision line F1 0.037 (P 0.114, R 0.022). Floors a little under them. On 2026-12-07 rows developed on the train
    /// split (train F1 0.540 → 0.564) cost dev two lines and an item (score-meetings: F1 0.378 → 0.355, item recall
    /// 0.512 → 0.488): the floors stand, not lowered.
    static let actionF1Floor = 0.35
    static let itemRecallFloor = 0.48
    static let decisionF1Floor = 0.03

    @Test("action items and decisions on AMI's dev meetings stay at or above the figures reached")
    func devSplitFloors() throws {
        let scores = try MeetingCorpus.score(split: "dev")
        #expect(scores.meetings == 18)
        #expect(scores.actions.f1 >= Self.actionF1Floor, "action line \(scores.actions)")
        #expect(scores.itemRecall >= Self.itemRecallFloor, "item recall \(scores.itemRecall)")
        #expect(scores.decisions.f1 >= Self.decisionF1Floor, "decision line \(scores.decisions)")
    }
}

/// Reads the AMI meetings beside the package and scores extraction against their gold lines.
enum MeetingCorpus {
    static let directory = Corpus.directory.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/corpora/meetings")

    static var isPresent: Bool { FileManager.default.fileExists(atPath: directory.path) }

    struct LineScore: CustomStringConvertible {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var description: String { String(format: "P %.3f R %.3f F1 %.3f", precision, recall, f1) }

        mutating func add(predicted: Set<Int>, gold: Set<Int>) {
            truePositives += predicted.intersection(gold).count
            falsePositives += predicted.subtracting(gold).count
            falseNegatives += gold.subtracting(predicted).count
        }
    }

    struct Scores {
        var meetings = 0
        var actions = LineScore()
        var decisions = LineScore()
        var items = 0, itemsFound = 0
        var itemRecall: Double { ratio(itemsFound, items) }
    }

    private struct Gold: Decodable {
        struct Linked: Decodable { var evidenceLines: [Int]? }
        var actionItems: [Linked]
        var decisions: [Linked]?
        var actionsStatus: String?
        var split: String?
        var meetingDate: String
    }

    static func score(split: String) throws -> Scores {
        var scores = Scores()
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".gold.json") }.sorted()
        for file in files {
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: directory.appendingPathComponent(file)))
            guard gold.actionsStatus == "annotated", gold.split == split else { continue }
            let name = String(file.dropLast(".gold.json".count))
            let text = try String(contentsOf: directory.appendingPathComponent(name + ".txt"), encoding: .utf8)
            let record = try extract(text, date: gold.meetingDate, file: name + ".txt")
            let actionLines = Set(record.actionItems.compactMap { $0.source?.line })
            scores.meetings += 1
            scores.actions.add(predicted: actionLines, gold: Set(gold.actionItems.flatMap { $0.evidenceLines ?? [] }))
            scores.decisions.add(predicted: Set(record.decisions.compactMap { $0.source?.line }),
                                 gold: Set((gold.decisions ?? []).flatMap { $0.evidenceLines ?? [] }))
            for item in gold.actionItems {
                scores.items += 1
                if (item.evidenceLines ?? []).contains(where: actionLines.contains) { scores.itemsFound += 1 }
            }
        }
        return scores
    }
}

private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
