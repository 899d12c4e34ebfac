/// A grid of styled cells, `columns` wide and `rows` high: what one frame of the tutor shows.
///
/// Views draw into a `Screen`; the terminal layer copies it to ncurses, and `plainText()` and
/// `ansiText(theme:)` turn it into text for replay and golden tests. Every cell holds one
/// single-column grapheme (see `CharacterWidth` for wide characters and combining marks).
/// Drawing clips at the edges; reading or writing one cell out of range is a programming
/// error and traps.
public struct Screen: Hashable, Sendable {
    /// The width in columns.
    public let columns: Int
    /// The height in rows.
    public let rows: Int
    /// The cells, row by row (drawing's fast paths write them directly).
    var cells: [Cell]

    /// Creates a screen of `columns` × `rows` cells (negative sizes count as 0), all `cell`.
    public init(columns: Int, rows: Int, filledWith cell: Cell = .blank) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        self.cells = Array(repeating: cell, count: self.columns * self.rows)
    }

    /// Creates a blank screen of `size`.
    public init(size: TerminalSize) {
        self.init(columns: size.columns, rows: size.rows)
    }

    /// The size in columns and rows.
    public var size: TerminalSize {
        TerminalSize(columns: columns, rows: rows)
    }

    /// The whole screen as a rectangle.
    public var bounds: Rect {
        Rect(row: 0, column: 0, rows: rows, columns: columns)
    }

    /// Whether (`row`, `column`) is on the screen.
    public func contains(row: Int, column: Int) -> Bool {
        row >= 0 && row < rows && column >= 0 && column < columns
    }

    /// The cell at (`row`, `column`), which must be on the screen.
    public subscript(row: Int, column: Int) -> Cell {
        get {
            precondition(contains(row: row, column: column), "cell (\(row), \(column)) is outside a \(size) screen")
            return cells[row * columns + column]
        }
        set {
            precondition(contains(row: row, column: column), "cell (\(row), \(column)) is outside a \(size) screen")
            cells[row * columns + column] = newValue
        }
    }

    /// The cells of `row`, left to right.
    public func cells(inRow row: Int) -> ArraySlice<Cell> {
        precondition(row >= 0 && row < rows, "row \(row) is outside a \(size) screen")
        return cells[(row * columns)..<((row + 1) * columns)]
    }
}
