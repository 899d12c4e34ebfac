/// The size of a terminal or a screen, in columns and rows.
public struct TerminalSize: Hashable, Sendable, CustomStringConvertible {
    /// The width in columns.
    public var columns: Int
    /// The height in rows.
    public var rows: Int

    /// Creates a size.
    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    /// Parses `COLSxROWS`, such as `80x24`; nil unless both are whole numbers of at least 1.
    public init?(parsing text: String) {
        let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let columns = Int(parts[0]), let rows = Int(parts[1]),
              columns >= 1, rows >= 1 else { return nil }
        self.init(columns: columns, rows: rows)
    }

    /// Whether this size is at least `minimum` in both directions.
    public func fits(_ minimum: TerminalSize) -> Bool {
        columns >= minimum.columns && rows >= minimum.rows
    }

    /// `COLSxROWS`, such as `80x24`.
    public var description: String { "\(columns)x\(rows)" }

    /// The smallest terminal the stepper lays out in: 80 columns by 24 rows.
    public static let minimum = TerminalSize(columns: 80, rows: 24)
}
