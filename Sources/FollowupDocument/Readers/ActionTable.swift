import FollowupText

/// `| Owner | Action | Due |` in minutes: the columns found by their header words in any order
/// and language, each row read as the open to-do "- [ ] Owner: action, due". "TBD", "—" and empty
/// owners are no owner.
struct ActionTable {
    var owner: Int?
    var action: Int
    var due: Int?

    init?(header cells: [String]) {
        func column(_ words: Set<String>) -> Int? {
            cells.firstIndex { words.contains($0.lowercased().trimmingCharacters(in: "*_ ")) }
        }
        guard let action = column(Vocabulary.tableActionHeaders), let owner = column(Vocabulary.tableOwnerHeaders) else { return nil }
        self.action = action
        self.owner = owner
        self.due = column(Vocabulary.tableDueHeaders)
    }

    /// The row as a list item; nil for the rule under the header (`|---|:--:|`).
    func item(_ cells: [String]) -> String? {
        if cells.allSatisfy({ $0.allSatisfy { "-:= ".contains($0) } }) { return nil }
        func cell(_ index: Int?) -> String? {
            guard let index, index < cells.count else { return nil }
            let text = cells[index].trimmingCharacters(in: "*_ ")
            return Vocabulary.emptyCells.contains(text.lowercased()) ? nil : text
        }
        guard let action = cell(action) else { return nil }
        // An open checkbox: every row of an action table is an action item, owned or not.
        var item = "- [ ] "
        // "Megan (Globex)": the person; the company in brackets is not part of the name.
        if let owner = cell(owner).map({ $0.split(separator: "(").first.map { $0.trimmingWhitespace() } ?? $0 }), !owner.isEmpty {
            item += owner + ": "
        }
        item += action
        if let due = cell(due) { item += ", " + due }
        return item
    }

    /// The cells of a table row (`| a | b |`), or nil when the line is not one.
    static func cells(_ line: String) -> [String]? {
        let trimmed = line.trimmingWhitespace()
        guard trimmed.hasPrefix("|"), trimmed.dropFirst().contains("|") else { return nil }
        var inner = trimmed.dropFirst()
        if inner.hasSuffix("|") { inner = inner.dropLast() }
        return inner.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
    }
}
