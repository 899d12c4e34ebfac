import TrainingModels

/// The size of the gradients per layer, from the session's ``GradientMagnitudes``: mean
/// |∂l/∂w| on the left and mean |∂l/∂z| on the right, one row per layer (first layer at the
/// top), as ``HorizontalBars`` on a log scale, so a gradient that vanishes towards the first
/// layers, or explodes, shows as bars that shrink or grow by a step per factor of ten.
struct GradientBarsView {
    /// How many factors of ten below the largest value a bar can show.
    static let decades = 6

    let run: TrainingRun
    let context: RenderContext

    func draw(in rect: Rect, into screen: inout Screen) {
        let magnitudes = run.session.magnitudes
        let updates = magnitudes.updateCount
        TrainingPanelTitle.draw(["Gradient size per layer",
                                 "log scale over \(Self.decades) decades",
                                 updates == 0 ? "no update measured yet"
                                    : updates == 1 ? "the last update" : "mean over the last \(updates) updates"],
                                row: rect.row, from: rect.column, width: rect.columns, into: &screen, context: context)
        guard rect.rows > 1 else { return }
        guard magnitudes.updateCount > 0 else {
            screen.put("No update measured yet.", row: rect.row + 1, column: rect.column, style: .dim)
            return
        }
        let layers = magnitudes.layers.prefix(rect.rows - 1)
        let glyphs = TrainingText.plotGlyphs(context)
        let width = (rect.columns - 3) / 2
        let d = context.isUnicode ? "∂" : "d"
        let weights = HorizontalBars.rows(layers.map { (label: "\($0.name) \(d)l/\(d)w", value: $0.meanAbsoluteWeightGradient) },
                                          width: width, scale: .logarithmic(decades: Self.decades), glyphs: glyphs)
        let deltas = HorizontalBars.rows(layers.map { (label: "\($0.name) \(d)l/\(d)z", value: $0.meanAbsoluteDelta) },
                                         width: width, scale: .logarithmic(decades: Self.decades), glyphs: glyphs)
        for (index, (left, right)) in zip(weights, deltas).enumerated() {
            let row = rect.row + 1 + index
            screen.put(left, row: row, column: rect.column, style: .backward)
            screen.put(right, row: row, column: rect.column + width + 3, style: .backward)
        }
    }
}
