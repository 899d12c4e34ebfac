/// The cells one edge of the diagram passes through, from just right of its source to just
/// left of its target, with the piece of line in each.
///
/// An edge leaves its source straight, changes rows within its slant columns, and reaches
/// its target straight. A gentle change (no more rows than slant columns) is a diagonal
/// run; a steep one is a staircase of vertical runs joined by rounded corners.
struct EdgeRoute: Sendable, Hashable {
    /// What the edge stands for.
    enum Kind: Sendable, Hashable {
        /// The weight at this index of θ.
        case weight(Int)
        /// The edge from output neuron `j` (0-based among the outputs) to the loss.
        case loss(Int)
    }

    /// One cell of the route.
    struct Cell: Sendable, Hashable {
        /// The row.
        var row: Int
        /// The column.
        var column: Int
        /// The piece of line drawn there.
        var piece: EdgePiece
    }

    /// What the edge stands for.
    let kind: Kind
    /// The cells, from the source end to the target end.
    let cells: [Cell]
    /// Where the weight's label goes (on a straight run of the edge's own), if labels are shown.
    var label: Rect?
    /// Whether the label sits next to the source (written from its left) rather than next
    /// to the target (written up to its right, so the line runs on into the box).
    var labelAtSource = false

    /// An edge through the given cells (the loss edge below an output).
    init(kind: Kind, cells: [Cell]) {
        self.kind = kind
        self.cells = cells
    }

    /// Routes an edge from (`sourceRow`, `firstColumn`) to (`targetRow`, `lastColumn`),
    /// changing rows only within `slant` (columns; clamped to leave the first and last
    /// column straight). A diagonal sits in the middle of `slant`, or at its end when
    /// `joinsAtEnd` (edges that share a target row then meet in one point, not across
    /// each other's lines).
    init(kind: Kind, sourceRow: Int, targetRow: Int, firstColumn: Int, lastColumn: Int, slant: Range<Int>,
         joinsAtEnd: Bool = false) {
        self.kind = kind
        var cells: [Cell] = []
        let rise = targetRow - sourceRow, distance = abs(rise), direction = rise < 0 ? -1 : 1
        let lower = min(max(slant.lowerBound, firstColumn + 1), lastColumn)
        let upper = max(min(slant.upperBound, lastColumn), lower)
        let width = upper - lower
        var row = sourceRow
        var column = firstColumn
        func straight(until end: Int) {
            while column < end {
                cells.append(Cell(row: row, column: column, piece: .horizontal))
                column += 1
            }
        }
        if distance == 0 || width == 0 {
            // No room to slant (or no need): a straight run, with a vertical jump if the rows differ.
            straight(until: lastColumn + 1)
            if distance > 0, let last = cells.popLast() {
                Self.appendStaircase(to: &cells, from: row, rows: distance, direction: direction, columns: last.column..<(last.column + 1))
            }
        } else if distance <= width {
            // The diagonal runs on the rows strictly between the two straight runs, so edges
            // leaving one row, or joining one, part and meet at a corner, not across a line.
            // A rise of one row still needs one diagonal cell, on the target's row.
            let cellsNeeded = max(1, distance - 1)
            let start = joinsAtEnd ? upper - cellsNeeded : lower + (width - cellsNeeded) / 2
            straight(until: start)
            for _ in 0..<cellsNeeded {
                row += direction
                cells.append(Cell(row: row, column: column, piece: direction > 0 ? .diagonalDown : .diagonalUp))
                column += 1
            }
            row = targetRow
            straight(until: lastColumn + 1)
        } else {
            straight(until: lower)
            Self.appendStaircase(to: &cells, from: row, rows: distance, direction: direction, columns: lower..<upper)
            row = targetRow
            column = upper
            straight(until: lastColumn + 1)
        }
        self.cells = cells
    }

    /// Routes an edge from (`sourceRow`, `firstColumn`) to (`targetRow`, `lastColumn`) that
    /// turns only in column `turn`: straight to it, up or down it, straight on. Edges from
    /// one source that turn in the same column share that column as a trunk they branch from.
    init(kind: Kind, sourceRow: Int, targetRow: Int, firstColumn: Int, lastColumn: Int, turn: Int) {
        self.kind = kind
        var cells: [Cell] = []
        var column = firstColumn
        let rise = targetRow - sourceRow
        if rise != 0 {
            while column < turn {
                cells.append(Cell(row: sourceRow, column: column, piece: .horizontal))
                column += 1
            }
            Self.appendStaircase(to: &cells, from: sourceRow, rows: abs(rise), direction: rise < 0 ? -1 : 1,
                                 columns: turn..<(turn + 1))
            column = turn + 1
        }
        while column <= lastColumn {
            cells.append(Cell(row: targetRow, column: column, piece: .horizontal))
            column += 1
        }
        self.cells = cells
    }

    /// A staircase over `columns` that moves `rows` rows (at least one per column) in `direction`.
    private static func appendStaircase(to cells: inout [Cell], from startRow: Int, rows: Int, direction: Int,
                                        columns: Range<Int>) {
        let count = columns.count
        var row = startRow
        for (k, column) in columns.enumerated() {
            let moves = (k + 1) * rows / count - k * rows / count
            cells.append(Cell(row: row, column: column, piece: direction > 0 ? .cornerLeftDown : .cornerLeftUp))
            for _ in 1..<max(1, moves) {
                row += direction
                cells.append(Cell(row: row, column: column, piece: .vertical))
            }
            if moves > 0 {
                row += direction
                cells.append(Cell(row: row, column: column, piece: direction > 0 ? .cornerUpRight : .cornerDownRight))
            }
        }
    }

    /// The cell next to the source.
    var sourceEnd: Cell? { cells.first }
    /// The cell next to the target.
    var targetEnd: Cell? { cells.last }
}
