import BackpropCore
import BackpropNotation

/// Draws the layer (matrix) view of the step on screen into a rectangle: the step's update
/// a layer at a time as a formula, then as matrices with their numbers, the entry the node
/// view's step computes highlighted in them and the entries it reads underlined.
///
/// Matrices larger than the room scroll: fewer digits first, then a window of rows and
/// columns that keeps the highlighted entry in view, with ↑ ↓ … where entries are left out.
struct LayerView {
    /// What to draw.
    let equation: LayerEquation
    /// Glyphs and notation.
    let context: RenderContext
    /// The style of the step's phase, for the formula.
    let phaseStyle: Style
    /// Whether the update has one column per sample.
    let isBatch: Bool

    /// The layer view of the step on screen of `state`.
    init(state: StepperState, context: RenderContext) {
        let builder = LayerEquationBuilder(state: state, notation: context.notation)
        equation = builder.equation
        self.context = context
        phaseStyle = StepperView.style(of: state.step.phase)
        isBatch = builder.isBatch
    }

    /// The significant digits tried, most first, until the matrices fit the width: the
    /// context's own (6, or 4 in presenter mode), then 4 and 3.
    static func digitChoices(for context: RenderContext) -> [Int] {
        let own = context.notation.numbers.significantDigits ?? 6
        return [own] + [4, 3].filter { $0 < own }
    }

    /// Draws the view into `rect` of `screen`.
    func draw(in rect: Rect, into screen: inout Screen) {
        guard rect.rows >= 4, rect.columns >= 20 else { return }
        screen.fill(rect)
        var row = rect.row
        for line in TextWrapping.lines(of: equation.formula, width: rect.columns - 2).prefix(2) {
            screen.put(line, row: row, column: rect.column + 1, style: phaseStyle)
            row += 1
        }
        row += 1
        let legendRow = rect.bottomRow - 1
        // Rows for the matrices: the label row, the entries, and one for ↓ marks.
        let noteRows = equation.entryNote == nil ? 0 : 2
        let maxRows = max(1, legendRow - row - 2 - noteRows)
        let layouts = fitted(width: rect.columns - 2, maxRows: maxRows)
        let used = drawMatrices(layouts, top: row, left: rect.column + 1, into: &screen)
        if let note = equation.entryNote, row + used + 1 < legendRow {
            screen.put(note, row: row + used + 1, column: rect.column + 1)
        }
        screen.put(legend, row: legendRow, column: rect.column + 1, style: .dim)
    }

    /// The line under the matrices: what the marks mean, and the key back.
    var legend: String {
        var text = "reversed: the step's entry" + context.separator + "underlined: what it reads"
        if isBatch { text += context.separator + "columns: samples" }
        return text + context.separator + "m: node view"
    }

    /// The layouts of the equation's matrices, with as many digits and columns as fit `width`.
    func fitted(width: Int, maxRows: Int) -> [LayerTerm.Layout] {
        let unknown = context.isUnicode ? "·" : "."
        var layouts: [LayerTerm.Layout] = []
        let focusRow = equation.terms.lazy.compactMap { term -> Int? in
            if case .block(let block) = term { return block.producedEntry?.row } else { return nil }
        }.first ?? 0
        for digits in Self.digitChoices(for: context) {
            let numbers = NumberFormat(significantDigits: digits, style: context.notation.style)
            layouts = equation.terms.map { term in
                switch term {
                case .block(let block):
                    .block(LayerBlockLayout(block: block, numbers: numbers, maxRows: maxRows, focusRow: focusRow,
                                            unknown: unknown))
                case .symbol(let text): .symbol(text)
                }
            }
            if Self.width(of: layouts) <= width { return layouts }
        }
        // Still too wide: narrow the widest matrix a column at a time.
        while Self.width(of: layouts) > width {
            let widest = layouts.indices.filter { layouts[$0].columnCount > 1 }
                .max { layouts[$0].width < layouts[$1].width }
            guard let index = widest, case .block(var layout) = layouts[index], layout.dropColumn() else { break }
            layouts[index] = .block(layout)
        }
        return layouts
    }

    /// The width of the terms laid out one space apart.
    static func width(of layouts: [LayerTerm.Layout]) -> Int {
        layouts.map(\.width).reduce(0, +) + max(0, layouts.count - 1)
    }

    /// Draws the matrices left to right from (`top`, `left`): labels on the first row, the
    /// entries below, the operators level with the middle of the first matrix.
    /// Returns the rows used: the labels, the tallest matrix, and a row of ↓ marks if any.
    @discardableResult
    func drawMatrices(_ layouts: [LayerTerm.Layout], top: Int, left: Int, into screen: inout Screen) -> Int {
        let firstRows = layouts.lazy.compactMap { layout -> Int? in
            if case .block(let block) = layout { return block.rows.count } else { return nil }
        }.first ?? 1
        let middle = top + 1 + (firstRows - 1) / 2
        var column = left
        for layout in layouts {
            switch layout {
            case .symbol(let text):
                screen.put(text, row: middle, column: column)
            case .block(let block):
                drawBlock(block, top: top, left: column, into: &screen)
            }
            column += layout.width + 1
        }
        let blocks = layouts.compactMap { layout -> LayerBlockLayout? in
            if case .block(let block) = layout { return block } else { return nil }
        }
        let tallest = blocks.map(\.rows.count).max() ?? 0
        let cut = blocks.contains { $0.rows.upperBound < $0.block.rows }
        return 1 + tallest + (cut ? 1 : 0)
    }

    /// Draws one matrix: its label centred on top, its rows in brackets, ↑ or ↓ with a count
    /// where rows are left out.
    func drawBlock(_ layout: LayerBlockLayout, top: Int, left: Int, into screen: inout Screen) {
        let width = layout.width
        let label = layout.label
        screen.put(label, row: top, column: left + (width - Screen.width(of: label)) / 2, style: .title)
        let shown = layout.rows
        let bodyLeft = left + (width - layout.bodyWidth - 4) / 2
        for (index, r) in shown.enumerated() {
            let row = top + 1 + index
            let (open, close) = brackets(index: index, count: shown.count)
            screen.put(open, row: row, column: bodyLeft)
            var column = bodyLeft + 2
            if layout.isCutLeft {
                screen.put(context.glyphs.isUnicode ? "…" : ".", row: row, column: column, style: .dim)
                column += 2
            }
            for c in layout.columns {
                let cell = layout.block[r, c]
                let text = layout.texts[r * layout.block.columns + c]
                let padded = String(repeating: " ", count: layout.columnWidths[c] - Screen.width(of: text)) + text
                screen.put(padded, row: row, column: column, style: style(of: cell))
                column += layout.columnWidths[c] + 2
            }
            if layout.isCutRight {
                screen.put(context.glyphs.isUnicode ? "…" : ".", row: row, column: column - 1, style: .dim)
            }
            screen.put(close, row: row, column: bodyLeft + layout.bodyWidth + 3)
        }
        let above = shown.lowerBound, below = layout.block.rows - shown.upperBound
        if above > 0 {
            screen.put(context.glyphs.arrowUp + String(above), row: top, column: left + width - 1 - String(above).count)
        }
        if below > 0 {
            screen.put(context.glyphs.arrowDown + String(below), row: top + 1 + shown.count,
                       column: bodyLeft + 1, style: .dim)
        }
    }

    /// The bracket pieces of row `index` of `count`: ⎡ ⎢ ⎣ in Unicode, [ on every row in ASCII.
    func brackets(index: Int, count: Int) -> (String, String) {
        guard context.isUnicode, count > 1 else { return ("[", "]") }
        if index == 0 { return ("⎡", "⎤") }
        if index == count - 1 { return ("⎣", "⎦") }
        return ("⎢", "⎥")
    }

    /// An entry's style: reversed and bold for the step's own entry, underlined for what it
    /// reads, dim for what is not computed yet.
    func style(of cell: LayerCell) -> Style {
        switch cell.mark {
        case .produced: return Style(.highlight, [.reverse])
        case .read: return phaseStyle.adding(.underline)
        case .plain: return cell.content == .notYetComputed ? .dim : .normal
        }
    }
}

extension LayerTerm {
    /// A term laid out: a matrix's layout, or an operator's text.
    enum Layout: Hashable, Sendable {
        case block(LayerBlockLayout)
        case symbol(String)

        /// The columns it takes.
        var width: Int {
            switch self {
            case .block(let layout): layout.width
            case .symbol(let text): Screen.width(of: text)
            }
        }

        /// How many columns of entries it shows (0 for an operator).
        var columnCount: Int {
            if case .block(let layout) = self { return layout.columns.count }
            return 0
        }
    }
}
