/// A rectangle of cells: top-left corner, then size. Row 0 is the top, column 0 the left.
public struct Rect: Hashable, Sendable {
    /// The top row.
    public var row: Int
    /// The left column.
    public var column: Int
    /// The number of rows.
    public var rows: Int
    /// The number of columns.
    public var columns: Int

    /// Creates a rectangle from its top-left corner and size.
    public init(row: Int, column: Int, rows: Int, columns: Int) {
        self.row = row
        self.column = column
        self.rows = rows
        self.columns = columns
    }

    /// The row just below the rectangle.
    public var bottomRow: Int { row + rows }
    /// The column just right of the rectangle.
    public var rightColumn: Int { column + columns }

    /// Whether the rectangle covers no cell.
    public var isEmpty: Bool { rows <= 0 || columns <= 0 }

    /// The cells inside this rectangle and `other`.
    public func intersection(_ other: Rect) -> Rect {
        let top = max(row, other.row), left = max(column, other.column)
        let bottom = min(bottomRow, other.bottomRow), right = min(rightColumn, other.rightColumn)
        return Rect(row: top, column: left, rows: max(0, bottom - top), columns: max(0, right - left))
    }

    /// The rectangle shrunk by `amount` cells on every side (empty when nothing is left).
    public func inset(by amount: Int) -> Rect {
        Rect(row: row + amount, column: column + amount,
             rows: max(0, rows - 2 * amount), columns: max(0, columns - 2 * amount))
    }
}
