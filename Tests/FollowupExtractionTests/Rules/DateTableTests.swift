@testable import FollowupExtraction
import FollowupTestSupport
import FollowupText
import Testing

/// `Corpora/dates/grammar.tsv`: one hand-resolved case per grammar row, in every language.
@Suite("The date table in Corpora/dates")
struct DateTableTests {
    struct Row: Sendable, CustomStringConvertible {
        let language: String
        let reference: String
        let text: String
        let date: String
        let time: String?
        var description: String { "\(language): \(text)" }
    }

    static let rows: [Row] = {
        guard let table = try? Corpus.text("dates/grammar.tsv") else { return [] }
        return table.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == 5 else { return Row(language: "?", reference: "", text: String(line), date: "", time: nil) }
            return Row(language: cells[0], reference: cells[1], text: cells[2], date: cells[3], time: cells[4] == "-" ? nil : cells[4])
        }
    }()

    @Test("the table is there and every row has five cells")
    func tableIsWellFormed() {
        #expect(Self.rows.count >= 50)
        #expect(Self.rows.allSatisfy { $0.language != "?" })
        #expect(Set(Self.rows.map(\.language)) == ["en", "ru", "de", "es", "fr"])
    }

    @Test("each row resolves to its hand-worked day and time", arguments: rows)
    func resolves(row: Row) throws {
        let lexicon = try #require(Lexicons.lexicon(for: row.language))
        let clock = row.reference.split(separator: "T").dropFirst().first.flatMap { part -> TimeOfDay? in
            let pieces = part.split(separator: ":").compactMap { Int($0) }
            return pieces.count == 2 ? TimeOfDay(hour: pieces[0], minute: pieces[1]) : nil
        }
        let bench = try RuleBench(lexicon, date: String(row.reference.prefix(10)), time: clock)
        let first = try #require(try bench.dates(in: row.text).dates.first, "no date in \(row.text)")
        #expect(first.date.iso == row.date)
        #expect(first.time?.description == row.time)
    }
}
