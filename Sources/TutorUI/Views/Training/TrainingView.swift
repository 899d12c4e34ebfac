import BackpropCore
import Lessons
import TrainingModels

/// Draws the training view for a state whose training view is open: the loss curve, the
/// decision surface (or, for lessons without two inputs, outputs against targets), the
/// gradient sizes per layer, a box when training diverged, the status line and the key
/// hints; below 80x24 the size notice.
///
/// A pure function of the state: every number comes from the run's ``TrainingSession``
/// and the core (the heat map's outputs by the core's forward pass at the run's θ), and
/// nothing reads a clock: the updates per second are a value the terminal loop measured.
public struct TrainingView: Sendable {
    /// Glyphs and notation.
    public let context: RenderContext

    /// Creates the view.
    public init(context: RenderContext) {
        self.context = context
    }

    /// The screen for `state`, whose ``StepperState/training`` has a run.
    public func render(_ state: StepperState) -> Screen {
        guard state.fitsScreen else { return .terminalTooSmall(size: state.size) }
        guard let run = state.training.run else { return Screen(size: state.size) }
        var screen = Screen(size: state.size)
        let architecture = run.session.trainer.network.architecture
        let hasSurface = architecture.inputCount == 2
        let layout = TrainingLayout(size: state.size, layerCount: architecture.layers.count, hasSurface: hasSurface)
        drawHeading(run, row: layout.headingRow, into: &screen)
        LossPanelView(run: run, context: context).draw(in: layout.loss, into: &screen)
        if hasSurface, let panel = SurfacePanelView(run: run, rect: layout.side, context: context) {
            panel.draw(into: &screen)
        } else {
            OutputsPanelView(run: run, context: context).draw(in: layout.side, into: &screen)
        }
        GradientBarsView(run: run, context: context).draw(in: layout.bars, into: &screen)
        if let divergence = run.session.divergence {
            DivergenceBoxView(divergence: divergence, run: run, context: context).draw(in: layout.side, into: &screen)
        }
        TrainingStatusLineView(state: state, run: run, context: context).draw(row: layout.statusRow, into: &screen)
        TrainingKeyHintsView(state: state, run: run, context: context).draw(row: layout.hintsRow, into: &screen)
        if state.isHelpVisible { TrainingHelpOverlayView(context: context).draw(into: &screen) }
        return screen
    }

    /// The top rule: "─ Training · <lesson> · <how it trains> ───".
    private func drawHeading(_ run: TrainingRun, row: Int, into screen: inout Screen) {
        let options = run.session.trainer.options
        let samples = run.lesson.samples.count
        let how = samples == 1 ? "1 sample" : options.batch == .full ? "\(samples) samples, all in every update"
            : "\(samples) samples, one per update in turn"
        TrainingPanelTitle.draw(["Training", run.lesson.title, how], row: row, from: 0, width: screen.columns,
                                into: &screen, context: context)
    }
}

/// A panel's title: a light rule across the panel with the title's parts in it.
enum TrainingPanelTitle {
    /// Draws `parts` (the first in the title style, the rest plain, joined by the context's
    /// separator) in a rule `width` columns wide from (`row`, `column`), cutting parts that
    /// do not fit.
    static func draw(_ parts: [String], row: Int, from column: Int, width: Int, into screen: inout Screen,
                     context: RenderContext) {
        let rule = String(context.glyphs.light.horizontal)
        screen.put(String(repeating: rule, count: max(0, width)), row: row, column: column, style: .dim)
        var used = screen.put(rule + " ", row: row, column: column, style: .dim)
        let end = width - 2
        for (index, part) in parts.enumerated() {
            let room = end - used - (index > 0 ? Screen.width(of: context.separator) : 0)
            // A later part gets written only if a readable piece of it fits.
            guard index == 0 || room >= min(8, Screen.width(of: part)) else { break }
            if index > 0 { used += screen.put(context.separator, row: row, column: column + used, style: .normal) }
            let clipped = TextShortening.shortened(part, to: max(0, end - used), ellipsis: context.glyphs.ellipsis)
            used += screen.put(clipped, row: row, column: column + used, style: index == 0 ? .title : .normal)
        }
        if used < width { screen.put(" ", row: row, column: column + used, style: .normal) }
    }
}
