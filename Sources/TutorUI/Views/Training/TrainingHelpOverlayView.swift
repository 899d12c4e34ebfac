/// The `?` help of the training view: a box listing its keys and what its panels show.
struct TrainingHelpOverlayView {
    let context: RenderContext

    /// Every key of the training view and what it does.
    var keys: [(keys: String, action: String)] {
        let eta = TrainingText.eta(context)
        return [
            ("space  p", "play or pause the training"),
            ("1  2  3  4", "make 1, 10, 100 or 1,000 updates now"),
            ("+  -", "more or fewer updates per frame while playing"),
            ("L", "the loss curve's y axis: linear or log scale"),
            ("s", "the stepper on the current weights and the next sample"),
            ("r", "lower \(eta) tenfold (after a divergence: restart)"),
            ("t  q  Esc", "back to the stepper (training pauses)"),
            ("Ctrl-L", "redraw the screen"),
            ("?", "show or hide this help"),
            ("Ctrl-C", "quit at once"),
        ]
    }

    /// What the panels show.
    var legend: [String] {
        [
            "Loss curve: every update's loss, squeezed to fit the width (with one sample per",
            "update, a dot is the mean of its updates); ! marks a loss that was NaN or infinite.",
            "Heat map: the network's output over the input plane; the marks are the data points.",
            "Bars: the mean size of the gradients per layer, on a log scale; bars that shrink",
            "towards the first layers are gradients that vanish on their way back.",
        ]
    }

    func draw(into screen: inout Screen) {
        let keyWidth = keys.map { Screen.width(of: $0.keys) }.max() ?? 0
        let actionWidth = keys.map { Screen.width(of: $0.action) }.max() ?? 0
        let legendWidth = legend.map(Screen.width(of:)).max() ?? 0
        var lines = keys.count + 2
        let showsLegend = screen.rows >= lines + legend.count + 5 && screen.columns - 6 >= legendWidth
        let inner = min(screen.columns - 6, max(keyWidth + 3 + actionWidth, showsLegend ? legendWidth : 0))
        if showsLegend { lines += legend.count + 1 }
        let height = min(screen.rows, lines + 2)
        let width = inner + 4
        let rect = Rect(row: max(0, (screen.rows - height) / 2), column: max(0, (screen.columns - width) / 2),
                        rows: height, columns: width)
        screen.fill(rect, style: .normal)
        screen.box(rect, weight: .heavy, glyphs: context.glyphs, style: .title)
        screen.put(" Training view keys ", row: rect.row, column: rect.column + 2, style: .title)
        var row = rect.row + 2
        for key in keys where row < rect.bottomRow - 1 {
            screen.put(key.keys, row: row, column: rect.column + 2, style: Style(.hint, .bold))
            screen.put(key.action, row: row, column: rect.column + 2 + keyWidth + 3, style: .normal)
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
