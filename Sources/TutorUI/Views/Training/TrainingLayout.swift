/// Where the training view's parts go at one size: a heading row; the loss curve on the
/// left and the decision surface (or the outputs table) on the right; the gradient bars
/// below both; the status line and the key hints at the bottom.
struct TrainingLayout: Hashable {
    /// The heading's row (the first).
    let headingRow: Int
    /// The loss curve, its title row included.
    let loss: Rect
    /// The decision surface or the outputs table, its title row included.
    let side: Rect
    /// The gradient bars, their title row included.
    let bars: Rect
    /// The status line's row.
    let statusRow: Int
    /// The key hints' row (the last).
    let hintsRow: Int

    /// The layout for a screen of `size` (at least 80x24), a network of `layerCount` layers,
    /// and a right-hand panel that is a heat map (`hasSurface`) or a table.
    ///
    /// The bars get a title row and a row per layer (at most a third of the body); the heat
    /// map is twice as many columns as rows, so the input plane looks square in a terminal
    /// whose cells are about twice as tall as wide, and takes at most half the width.
    init(size: TerminalSize, layerCount: Int, hasSurface: Bool) {
        headingRow = 0
        statusRow = size.rows - 2
        hintsRow = size.rows - 1
        let body = size.rows - 3
        let barRows = min(1 + layerCount, max(2, body / 3))
        let topRows = body - barRows - 1
        let widest = size.columns / 2
        var sideColumns = widest
        if hasSurface {
            // Title, map rows, the x₁ labels, the legend; a gutter of up to 7 for the x₂ labels.
            let mapRows = topRows - 3
            sideColumns = min(widest, 2 * mapRows + SurfacePanelView.gutter)
        }
        let lossColumns = size.columns - sideColumns - 3
        loss = Rect(row: 1, column: 1, rows: topRows, columns: lossColumns)
        side = Rect(row: 1, column: loss.rightColumn + 2, rows: topRows, columns: sideColumns)
        bars = Rect(row: 1 + topRows + 1, column: 1, rows: barRows, columns: size.columns - 2)
    }
}
