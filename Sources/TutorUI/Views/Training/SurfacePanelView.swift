import BackpropCore
import BackpropNotation
import Lessons
import TrainingModels

/// The decision boundary (or regression surface) of a lesson with two inputs: the first
/// output over the input plane as a ``HeatMap`` of a ``DecisionSurface`` computed at the
/// run's current θ, with the data points marked by class glyph, the plane's extent on the
/// axes, and a legend.
///
/// Rows: the title (a rule above the map); the map, framed, with the x₂ extent in a gutter
/// on its left; the frame's bottom with the x₁ extent in it; the legend.
struct SurfacePanelView {
    /// The columns left of the map for the x₂ labels and the axis.
    static let gutter = 7

    let run: TrainingRun
    let rect: Rect
    let context: RenderContext
    /// The network's output at every cell, with the points placed.
    let surface: DecisionSurface

    /// The panel for `run` in `rect`; nil when the lesson's samples do not have two inputs
    /// or the rectangle is too small for a map.
    init?(run: TrainingRun, rect: Rect, context: RenderContext) {
        // Twice as many columns as rows: the plane looks square in cells twice as tall as wide.
        let columns = rect.columns - Self.gutter - 1, rows = min(rect.rows - 3, (columns + 1) / 2)
        guard columns >= 4, rows >= 2,
              var surface = DecisionSurface(columns: columns, rows: rows, samples: run.lesson.samples) else { return nil }
        var trainer = run.session.trainer
        surface.update(from: &trainer)
        self.run = run
        self.rect = rect
        self.context = context
        self.surface = surface
    }

    func draw(into screen: inout Screen) {
        let architecture = run.session.trainer.network.architecture
        let output = architecture.neuronName(layer: architecture.outputLayer, neuron: 0)
        let names = architecture.inputNames.map { context.notation.render(Quantity.input($0)) }
        let title = surface.isClassification ? "Decision boundary" : "Regression surface"
        TrainingPanelTitle.draw([title, "output of \(output) over (\(names[0]), \(names[1]))"], row: rect.row,
                                from: rect.column, width: rect.columns, into: &screen, context: context)
        let glyphs = TrainingText.plotGlyphs(context)
        let range = surface.valueRange ?? 0...1
        let rows = HeatMap.rows(surface: surface, glyphs: glyphs, range: range)
        let left = rect.column + Self.gutter, top = rect.row + 1
        for (index, row) in rows.enumerated() {
            screen.put(row, row: top + index, column: left, style: .normal)
        }
        drawPoints(into: &screen, left: left, top: top)
        drawAxes(names: names, left: left, top: top, into: &screen)
        drawLegend(range: range, glyphs: glyphs, row: top + surface.rows + 1, into: &screen)
    }

    /// The points again in bold, class 1 in the positive colour and class 0 in the negative
    /// one (the glyphs already tell them apart without colour).
    private func drawPoints(into screen: inout Screen, left: Int, top: Int) {
        for point in surface.points {
            let row = top + point.row, column = left + point.column
            let style: Style = switch point.label {
            case 1: Style(.positive, .bold)
            case 0: Style(.negative, .bold)
            default: Style(.accent, .bold)
            }
            screen.put(String(screen[row, column].character), row: row, column: column, style: style)
        }
    }

    /// The frame: the y axis on the left with x₂'s extent at the map's top and bottom rows,
    /// a line on the right, and the bottom with x₁'s extent below the map's ends.
    private func drawAxes(names: [String], left: Int, top: Int, into screen: inout Screen) {
        let format = NumberFormat(significantDigits: 3, style: context.notation.style)
        let bounds = surface.bounds
        let tick = context.isUnicode ? "┤" : "+", line = context.isUnicode ? "│" : "|"
        let labelWidth = Self.gutter - 1
        func right(_ text: String) -> String {
            let clipped = TextShortening.shortened(text, to: labelWidth, ellipsis: context.glyphs.ellipsis)
            return String(repeating: " ", count: max(0, labelWidth - Screen.width(of: clipped))) + clipped
        }
        for index in 0..<surface.rows {
            let label = index == 0 ? format.string(bounds.x2Max)
                : index == surface.rows - 1 ? format.string(bounds.x2Min)
                : index == surface.rows / 2 ? names[1] : ""
            let isTick = index == 0 || index == surface.rows - 1
            screen.put(right(label), row: top + index, column: rect.column, style: .dim)
            screen.put(isTick ? tick : line, row: top + index, column: left - 1, style: .dim)
            screen.put(line, row: top + index, column: left + surface.columns, style: .dim)
        }
        let row = top + surface.rows
        let unicode = context.isUnicode
        screen.put((unicode ? "└" : "+") + String(repeating: unicode ? "─" : "-", count: surface.columns)
                   + (unicode ? "┘" : "+"), row: row, column: left - 1, style: .dim)
        let low = " \(format.string(bounds.x1Min)) ", high = " \(format.string(bounds.x1Max)) "
        screen.put(low, row: row, column: left, style: .dim)
        screen.putCentered(" \(names[0]) ", row: row, within: left..<(left + surface.columns), style: .dim)
        screen.put(high, row: row, column: left + surface.columns - Screen.width(of: high), style: .dim)
    }

    /// What the marks and shades mean.
    private func drawLegend(range: ClosedRange<Double>, glyphs: PlotGlyphs, row: Int, into screen: inout Screen) {
        let marks = HeatMap.marks(glyphs).map(String.init)
        let shades = HeatMap.shades(glyphs).dropFirst().map(String.init).joined()
        let format = NumberFormat(significantDigits: 3, style: context.notation.style)
        let scale = "output \(format.string(range.lowerBound)) \(shades) \(format.string(range.upperBound))"
        let entries: [(String, Style)] = surface.isClassification
            ? [(marks[0], Style(.positive, .bold)), (" target 1  ", .dim), (marks[1], Style(.negative, .bold)),
               (" target 0  ", .dim), (scale, .dim)]
            : [(marks[3], Style(.accent, .bold)), (" data  ", .dim), (scale, .dim)]
        let compact: [(String, Style)] = surface.isClassification
            ? [(marks[0], Style(.positive, .bold)), (" 1 ", .dim), (marks[1], Style(.negative, .bold)),
               (" 0 targets  ", .dim), (scale, .dim)]
            : entries
        let fits = entries.reduce(0) { $0 + Screen.width(of: $1.0) } <= rect.columns
        var column = rect.column
        for (text, style) in fits ? entries : compact {
            column += screen.put(text, row: row, column: column, style: style)
        }
    }
}
