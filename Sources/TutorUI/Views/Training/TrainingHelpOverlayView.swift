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

    /// Draws the help box into `screen`.
    func draw(into screen: inout Screen) {
        KeyListOverlay(title: "Training view keys", keys: keys, legend: legend, keepsLegendWidth: false)
            .draw(into: &screen, glyphs: context.glyphs)
    }
}
