import BackpropNotation
import TrainingModels

/// A box over the right-hand panel once training diverged: which update, the first value in
/// it that was NaN or infinite (the session's ``Divergence``), that training is paused, and
/// what `r` and `s` do from here.
struct DivergenceBoxView {
    let divergence: Divergence
    let run: TrainingRun
    let context: RenderContext

    /// The box's paragraphs, before wrapping.
    var paragraphs: [String] {
        let update = NumberFormat.grouped(divergence.iteration)
        return [
            "Training diverged in update \(update): the first value that was not finite is "
                + TrainingText.nonFinite(divergence.firstNonFinite, context: context) + ".",
            "Its loss: \(TrainingText.number(divergence.loss, context: context)), at \(TrainingText.eta(context)) = "
                + "\(TrainingText.number(divergence.learningRate, digits: 6, context: context)).",
            "Training is paused just before update \(update).",
        ]
    }

    /// What the keys do from here: (key, what it does).
    var actions: [(key: String, action: String)] {
        let restart = divergence.restartIteration == 0 ? "from the lesson's first weights"
            : "after update \(NumberFormat.grouped(divergence.restartIteration))"
        let lowered = TrainingText.number(run.session.loweredLearningRate, digits: 6, context: context)
        return [
            ("r", "lowers \(TrainingText.eta(context)) to \(lowered) and restarts \(restart)"),
            ("s", "steps through update \(NumberFormat.grouped(divergence.iteration)) in the stepper"),
        ] + (run.scale == .linear ? [("L", "shows the loss on a log scale, where steady growth is a line")] : [])
    }

    func draw(in rect: Rect, into screen: inout Screen) {
        let inner = rect.columns - 4
        guard inner >= 10 else { return }
        // (key, text, style) per line; a key's text wraps under itself.
        var lines: [(String, String, Style)] = []
        for (index, paragraph) in paragraphs.enumerated() {
            let style: Style = index == 0 ? Style(.error, .bold) : .normal
            lines += TextWrapping.lines(of: paragraph, width: inner).map { ("", $0, style) }
        }
        lines.append(("", "", .normal))
        let keyed = lines.count
        for (key, action) in actions {
            for (index, line) in TextWrapping.lines(of: action, width: inner - 3).enumerated() {
                lines.append((index == 0 ? key : "", line, .normal))
            }
        }
        let height = min(rect.rows, lines.count + 2)
        let box = Rect(row: rect.row + max(0, (rect.rows - height) / 2), column: rect.column, rows: height,
                       columns: rect.columns)
        screen.fill(box, style: .normal)
        screen.box(box, weight: .heavy, glyphs: context.glyphs, style: .error)
        screen.put(" Training diverged ", row: box.row, column: box.column + 2, style: Style(.error, .bold))
        for (index, line) in lines.prefix(height - 2).enumerated() {
            let row = box.row + 1 + index
            if index >= keyed {
                screen.put(line.0, row: row, column: box.column + 2, style: Style(.hint, .bold))
                screen.put(line.1, row: row, column: box.column + 5, style: line.2)
            } else {
                screen.put(line.1, row: row, column: box.column + 2, style: line.2)
            }
        }
    }
}
