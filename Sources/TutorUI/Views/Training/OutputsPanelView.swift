import BackpropCore
import BackpropNotation
import Lessons
import TrainingModels

/// For a lesson without two inputs (no input plane to draw): why there is no heat map, and
/// each sample's outputs at the run's current θ (the core's forward pass) beside its targets.
struct OutputsPanelView {
    let run: TrainingRun
    let context: RenderContext

    /// Why the heat map is not shown.
    var reason: String {
        let inputs = run.lesson.network.architecture.inputCount
        return "No heat map: a map over the input plane needs 2 inputs, this network has \(inputs)."
    }

    /// The table's rows as columns of text: a header, then one row per sample.
    func table() -> [[String]] {
        var trainer = run.session.trainer
        let format = NumberFormat(significantDigits: 4, style: context.notation.style)
        func list(_ values: [Double]) -> String { values.map(format.string).joined(separator: " ") }
        let y = context.symbol(.y)
        // The notes' symbols as headings (x, t, y): short enough for 80 columns.
        var rows = [["#", "x", "t", y, "|\(y) \(context.isUnicode ? "−" : "-") t|"]]
        for (index, sample) in run.lesson.samples.enumerated() {
            let outputs = trainer.outputs(for: sample.inputs)
            let error = zip(outputs, sample.targets).map { abs($0 - $1) }
            rows.append([String(index + 1), list(sample.inputs), list(sample.targets), list(outputs), list(error)])
        }
        return rows
    }

    func draw(in rect: Rect, into screen: inout Screen) {
        TrainingPanelTitle.draw(["Outputs against targets", "now"], row: rect.row,
                                from: rect.column, width: rect.columns, into: &screen, context: context)
        var row = rect.row + 1
        for line in TextWrapping.lines(of: reason, width: rect.columns).prefix(2) where row < rect.bottomRow {
            screen.put(line, row: row, column: rect.column, style: .dim)
            row += 1
        }
        row += 1
        let table = table()
        let widths = (0..<table[0].count).map { column in table.map { Screen.width(of: $0[column]) }.max() ?? 0 }
        // Two spaces between columns when the table fits so, else one.
        let gap = widths.reduce(0, +) + 2 * (widths.count - 1) <= rect.columns ? 2 : 1
        let room = rect.bottomRow - row
        let shown = table.count <= room ? table.count : max(1, room - 1)
        for (index, cells) in table.prefix(shown).enumerated() {
            var column = rect.column
            for (cell, width) in zip(cells, widths) where column < rect.rightColumn {
                let text = TextShortening.shortened(cell, to: rect.rightColumn - column, ellipsis: context.glyphs.ellipsis)
                screen.put(text, row: row, column: column, style: index == 0 ? .title : .normal)
                column += width + gap
            }
            row += 1
        }
        if shown < table.count && row < rect.bottomRow {
            screen.put("\(context.glyphs.ellipsis) and \(table.count - shown) more samples", row: row, column: rect.column,
                       style: .dim)
        }
    }
}
