/// Draws the `?` help: a box over the middle of the screen listing every key, and, when
/// there is room, what the diagram's marks mean.
struct HelpOverlayView {
    let context: RenderContext

    /// Every key of the stepper and what it does.
    var keys: [(keys: String, action: String)] {
        let g = context.glyphs
        // Pairs of keys share a line, so that every key fits on an 80x24 screen.
        return [
            ("\(g.arrowRight)  l  space  Enter", "next step"),
            ("\(g.arrowLeft)  h  Backspace", "previous step"),
            ("]  n    [  N", "next phase; back to a phase's start"),
            ("g  Home    G  End", "first step; last step"),
            ("i", "next update (iteration)"),
            (":  then a number, Enter", "jump to that step of this update"),
            ("p    +  -", "play or pause; faster or slower"),
        ] + TrainingKeyHints.stepperHelp + InstructorHelp.keys(context) + [
            ("Ctrl-L", "redraw the screen"),
            ("?    q  Esc", "this help; quit (or close the help)"),
            ("Ctrl-C", "quit at once"),
        ] + LessonHints.helpKeys(context: context)
    }

    /// What the diagram's marks mean.
    var legend: [String] {
        [
            "Heavy box: the neuron computed now; highlighted row: the value it produces.",
            "Underlined values and heavy edges: what its formula reads.",
            "Values appear in the boxes once they have been computed.",
        ]
    }

    func draw(into screen: inout Screen) {
        let keyWidth = keys.map { Screen.width(of: $0.keys) }.max() ?? 0
        let actionWidth = keys.map { Screen.width(of: $0.action) }.max() ?? 0
        let legendWidth = legend.map(Screen.width(of:)).max() ?? 0
        let inner = min(screen.columns - 6, max(keyWidth + 3 + actionWidth, legendWidth))
        var lines = keys.count + 2
        let showsLegend = screen.rows >= lines + 4 + legend.count + 1 && inner >= legendWidth
        if showsLegend { lines += legend.count + 1 }
        let height = min(screen.rows, lines + 2)
        let width = inner + 4
        let rect = Rect(row: max(0, (screen.rows - height) / 2), column: max(0, (screen.columns - width) / 2),
                        rows: height, columns: width)
        screen.fill(rect, style: .normal)
        screen.box(rect, weight: .heavy, glyphs: context.glyphs, style: .title)
        screen.put(" Keys ", row: rect.row, column: rect.column + 2, style: .title)
        var row = rect.row + 2
        for key in keys where row < rect.bottomRow - 1 {
            screen.put(key.keys, row: row, column: rect.column + 2, style: Style(.hint, .bold))
            // Clipped at the box's inner edge on a narrow screen.
            let room = rect.rightColumn - 2 - (rect.column + 2 + keyWidth + 3)
            screen.put(TextWrapping.lines(of: key.action, width: max(1, room)).first ?? "", row: row,
                       column: rect.column + 2 + keyWidth + 3, style: .normal)
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
