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
            ("i    m", "next update; layer (matrix) view"),
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

    /// Draws the help box into `screen`.
    func draw(into screen: inout Screen) {
        KeyListOverlay(title: "Keys", keys: keys, legend: legend, keepsLegendWidth: true)
            .draw(into: &screen, glyphs: context.glyphs)
    }
}
