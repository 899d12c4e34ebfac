import BackpropCore
import Lessons
import TrainingModels

/// The loss curve: a title with the last loss and the scale, then ``LossPlot``'s rows (the
/// whole ``LossHistory`` downsampled to the plot's width, with axes and tick labels).
///
/// With one sample per update, neighbouring updates are different samples, so a dot column
/// shows the mean of its updates' losses (a line); with a full batch, their minimum to
/// maximum (a band where the loss oscillates).
struct LossPanelView {
    let run: TrainingRun
    let context: RenderContext

    /// The title's parts: what is plotted, the last value, the scale.
    var titleParts: [String] {
        let history = run.session.history
        let what = isBatch ? "Loss \(context.symbol(.totalLoss)) per update"
            : "Loss \(context.symbol(.loss)) per update"
        let last = history.latest.map { "last " + TrainingText.number($0, context: context) } ?? "no updates yet"
        return [what, last, run.scale == .logarithmic ? "log scale" : "linear"]
    }

    /// Whether every update uses the whole batch (so its loss is L).
    var isBatch: Bool { run.session.trainer.options.batch == .full || run.lesson.samples.count == 1 }

    func draw(in rect: Rect, into screen: inout Screen) {
        TrainingPanelTitle.draw(titleParts, row: rect.row, from: rect.column, width: rect.columns, into: &screen,
                                context: context)
        guard rect.rows > 1 else { return }
        let history = run.session.history
        if history.count == 0 {
            screen.putCenteredBlock("space plays, 1 2 3 4 make 1, 10, 100 or 1,000 updates",
                                    in: Rect(row: rect.row + 1, column: rect.column, rows: rect.rows - 1,
                                             columns: rect.columns), style: .dim)
            return
        }
        let rows = LossPlot.render(history: history, width: rect.columns, height: rect.rows - 1,
                                   scale: run.scale, glyphs: TrainingText.plotGlyphs(context),
                                   span: isBatch ? .extremes : .mean, middleTicks: true)
        for (index, row) in rows.enumerated() {
            screen.put(row, row: rect.row + 1 + index, column: rect.column, style: index < rows.count - 2 ? .forward : .dim)
        }
    }
}
