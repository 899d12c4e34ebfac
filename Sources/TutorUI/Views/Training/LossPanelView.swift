import BackpropCore
import BackpropNotation
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

    /// The title's parts: what is plotted, the last update's value, how many updates a dot
    /// stands for when it is more than one (their mean, or for a full batch their range),
    /// and the scale. The status line names its L "over all samples", so the two never read
    /// as one number shown twice.
    func titleParts(width: Int) -> [String] {
        let history = run.session.history
        let symbol = context.symbol(isBatch ? .totalLoss : .loss)
        let perDot = LossPlot.updatesPerDot(count: history.count, width: width, glyphs: TrainingText.plotGlyphs(context))
        var parts = ["Loss \(symbol)" + (perDot > 1 ? "" : " per update")]
        parts.append(history.latest.map { "last " + TrainingText.number($0, context: context) } ?? "no updates yet")
        if perDot > 1 { parts.append((isBatch ? "range " : "avg ") + NumberFormat.grouped(perDot) + "/dot") }
        return parts + [run.scale == .logarithmic ? "log scale" : "linear"]
    }

    /// Whether every update uses the whole batch (so its loss is L).
    var isBatch: Bool { run.session.trainer.options.batch == .full || run.lesson.samples.count == 1 }

    func draw(in rect: Rect, into screen: inout Screen) {
        TrainingPanelTitle.draw(titleParts(width: rect.columns), row: rect.row, from: rect.column, width: rect.columns, into: &screen,
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
