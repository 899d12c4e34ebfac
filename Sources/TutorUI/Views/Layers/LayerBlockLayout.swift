import BackpropNotation

/// How one matrix of the layer view is written at a size: its entries as text, the column
/// widths, and the window of rows and columns that shows when the matrix is larger than the
/// room (always holding the highlighted entry, or else the entries the step reads).
struct LayerBlockLayout: Hashable, Sendable {
    /// The matrix.
    let block: LayerBlock
    /// Each entry's text, row by row.
    let texts: [String]
    /// The width of each column's texts.
    let columnWidths: [Int]
    /// The rows shown.
    var rows: Range<Int>
    /// The columns shown.
    var columns: Range<Int>

    /// The layout of `block` with every number written by `numbers`, showing at most `maxRows` rows.
    init(block: LayerBlock, numbers: NumberFormat, maxRows: Int, focusRow: Int, unknown: String) {
        self.block = block
        let texts = block.cells.map { cell in
            switch cell.content {
            case .number(let value): numbers.string(value)
            case .notYetComputed: unknown
            case .hidden: "?"
            }
        }
        self.texts = texts
        columnWidths = (0..<block.columns).map { c in
            (0..<block.rows).map { Screen.width(of: texts[$0 * block.columns + c]) }.max() ?? 1
        }
        let focus = block.producedEntry ?? block.firstReadEntry
        rows = Self.window(count: block.rows, size: max(1, maxRows), around: focus?.row ?? min(focusRow, block.rows - 1))
        columns = 0..<block.columns
    }

    /// A window of `size` indices of `0..<count` with `index` in it, as central as it can be.
    static func window(count: Int, size: Int, around index: Int) -> Range<Int> {
        guard size < count else { return 0..<count }
        let start = min(max(0, index - size / 2), count - size)
        return start..<(start + size)
    }

    /// Whether columns are left out on the left.
    var isCutLeft: Bool { columns.lowerBound > 0 }
    /// Whether columns are left out on the right.
    var isCutRight: Bool { columns.upperBound < block.columns }

    /// The width of a row of entries: the shown columns two spaces apart, with `… ` where cut.
    var bodyWidth: Int {
        columns.map { columnWidths[$0] }.reduce(0, +) + 2 * (columns.count - 1)
            + (isCutLeft ? 2 : 0) + (isCutRight ? 2 : 0)
    }

    /// The width of the whole matrix: brackets and a space inside each, or the label if wider.
    var width: Int { max(bodyWidth + 4, Screen.width(of: label)) }

    /// The label drawn above the matrix.
    var label: String { block.label }

    /// Drops one column from the window, keeping the highlighted (or read) entry's column;
    /// false when only one column is left.
    mutating func dropColumn() -> Bool {
        guard columns.count > 1 else { return false }
        let focus = (block.producedEntry ?? block.firstReadEntry)?.column ?? 0
        columns = Self.window(count: block.columns, size: columns.count - 1, around: focus)
        return true
    }
}
