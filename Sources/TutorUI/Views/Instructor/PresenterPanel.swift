import BackpropCore

extension RenderContext {
    /// Presenter mode: 4 significant digits everywhere, the formula large and centred.
    public static func presenter(glyphs: GlyphSet) -> RenderContext {
        var context = RenderContext(glyphs: glyphs, significantDigits: presenterDigits)
        context.isPresenter = true
        return context
    }

    /// The significant digits of every number in presenter mode.
    public static let presenterDigits = 4
}

/// The explanation panel in presenter mode, for the back of a room: the formula as a
/// block centred across the panel, bold, with a blank line between its forms, then the
/// remark and the weights in full-strength text (never dimmed).
///
/// Space is given up in this order when rows run short: the blank line under the heading,
/// the blank lines between forms, the remark and weights (to one line each), then forms
/// of the formula as the usual panel drops them (``FormulaLayout``).
enum PresenterPanel {
    /// The panel's lines for `explanation` in `rect`.
    static func lines(explanation: StepExplanation, in rect: Rect, phaseStyle: Style, listsWeights: Bool,
                      context: RenderContext) -> [ExplanationPanelView.Line] {
        typealias Line = ExplanationPanelView.Line
        typealias Span = ExplanationPanelView.Span
        var lines = [ExplanationPanelView.heading(explanation, row: rect.row, columns: rect.column..<rect.rightColumn,
                                                  phaseStyle: phaseStyle, context: context)]
        let width = rect.columns - 2 * ExplanationPanelView.indent
        let rows = rect.rows - 1
        let ellipsis = context.glyphs.ellipsis
        let remark = explanation.remarkLines(width: width)
        let weights = explanation.weightLines(width: width, listed: listsWeights)
        let formula = explanation.formulaLines(width: width, ellipsis: ellipsis)
        // (blank under the heading, blank lines between forms, rows of remark and weights each)
        var plan: (top: Int, spaced: Bool, extra: Int)?
        for (top, spaced, extra) in [(1, true, 2), (0, true, 2), (1, false, 2), (0, false, 2), (0, false, 1), (0, false, 0)] {
            let extras = min(remark.count, extra) + min(weights.count, extra)
            let height = top + (spaced ? 2 * formula.count - 1 : formula.count) + (extras > 0 ? 1 + extras : 0)
            if height <= rows { plan = (top, spaced, extra); break }
        }
        let chosen = plan ?? (0, false, 0)
        let extras = (Array(remark.prefix(chosen.extra)), Array(weights.prefix(chosen.extra)))
        let extraRows = extras.0.count + extras.1.count
        let laidOut = plan == nil ? explanation.formulaLines(width: width, rows: rows, ellipsis: ellipsis) : formula
        let blockWidth = laidOut.map { Screen.width(of: $0.text) }.max() ?? 0
        let left = rect.column + max(ExplanationPanelView.indent, (rect.columns - blockWidth) / 2)
        var row = rect.row + 1 + chosen.top
        for line in laidOut {
            let spans = ExplanationPanelView.formulaSpans(line, explanation, phaseStyle: phaseStyle)
                .map { Span(text: $0.text, style: $0.style.adding(.bold)) }
            lines.append(Line(row: row, column: left, spans: spans))
            row += chosen.spaced ? 2 : 1
        }
        if chosen.spaced { row -= 1 }
        if extraRows > 0 { row += 1 }
        for text in extras.0 + extras.1 where row < rect.bottomRow {
            lines.append(Line(row: row, column: rect.column + ExplanationPanelView.indent,
                              spans: [Span(text: text, style: .normal)]))
            row += 1
        }
        return lines
    }
}
