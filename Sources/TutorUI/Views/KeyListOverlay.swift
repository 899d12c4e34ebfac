/// Draws a `?` help box over the middle of the screen: a list of keys and what they do, and
/// below it a legend when the screen has the rows and columns for it.
struct KeyListOverlay {
    /// The title drawn into the box's top border.
    let title: String
    /// The keys and what they do, one line each (an empty pair leaves a blank line).
    let keys: [(keys: String, action: String)]
    /// The lines under the keys, shown only when they fit whole.
    let legend: [String]
    /// Whether the box is as wide as the legend even when the legend does not fit in height,
    /// so that the box keeps one width at every screen height.
    let keepsLegendWidth: Bool

    /// Draws the box into `screen` with `glyphs` for its border.
    func draw(into screen: inout Screen, glyphs: GlyphSet) {
        let keyWidth = keys.map { Screen.width(of: $0.keys) }.max() ?? 0
        let actionWidth = keys.map { Screen.width(of: $0.action) }.max() ?? 0
        let legendWidth = legend.map(Screen.width(of:)).max() ?? 0
        var lines = keys.count + 2
        let showsLegend = screen.rows >= lines + legend.count + 5 && screen.columns - 6 >= legendWidth
        let widthLegend = showsLegend || keepsLegendWidth ? legendWidth : 0
        let inner = min(screen.columns - 6, max(keyWidth + 3 + actionWidth, widthLegend))
        if showsLegend { lines += legend.count + 1 }
        let height = min(screen.rows, lines + 2)
        let width = inner + 4
        let rect = Rect(row: max(0, (screen.rows - height) / 2), column: max(0, (screen.columns - width) / 2),
                        rows: height, columns: width)
        screen.fill(rect, style: .normal)
        screen.box(rect, weight: .heavy, glyphs: glyphs, style: .title)
        screen.put(" \(title) ", row: rect.row, column: rect.column + 2, style: .title)
        var row = rect.row + 2
        let actionColumn = rect.column + 2 + keyWidth + 3
        // Clipped at the box's inner edge on a narrow screen.
        let room = max(1, rect.rightColumn - 2 - actionColumn)
        for key in keys where row < rect.bottomRow - 1 {
            screen.put(key.keys, row: row, column: rect.column + 2, style: Style(.hint, .bold))
            screen.put(TextWrapping.lines(of: key.action, width: room).first ?? "", row: row,
                       column: actionColumn, style: .normal)
            row += 1
        }
        if showsLegend {
            row += 1
            for line in legend where row < rect.bottomRow - 1 {
                screen.put(line, row: row, column: rect.column + 2, style: .dim)
                row += 1
            }
        }
        let close = " ? or q closes "
        screen.put(close, row: rect.bottomRow - 1, column: rect.rightColumn - 2 - Screen.width(of: close), style: .title)
    }
}
