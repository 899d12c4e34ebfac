/// A plain-text table: a header row, left-aligned text columns first, then right-aligned numbers.
public struct TextTable: Sendable {
    /// The column headings.
    public let headers: [String]
    /// How many leading columns hold text (left-aligned); the rest hold numbers (right-aligned).
    public let textColumns: Int
    /// The rows added so far.
    public private(set) var rows: [[String]] = []

    /// Creates an empty table with these headings, the first `textColumns` of them text.
    public init(headers: [String], textColumns: Int = 1) {
        self.headers = headers
        self.textColumns = textColumns
    }

    /// Adds a row, one cell per heading.
    public mutating func add(_ row: [String]) {
        precondition(row.count == headers.count, "a row needs one cell per column")
        rows.append(row)
    }

    /// The table as lines of text, each indented by `indent` spaces.
    public func render(indent: Int = 0) -> String {
        let all = [headers] + rows
        let widths = headers.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        let margin = String(repeating: " ", count: indent)
        return all.map { row in
            margin + row.indices.map { column in
                let pad = String(repeating: " ", count: widths[column] - row[column].count)
                return column < textColumns ? row[column] + pad : pad + row[column]
            }.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }.joined()
    }
}

extension String {
    /// The string without trailing spaces.
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
