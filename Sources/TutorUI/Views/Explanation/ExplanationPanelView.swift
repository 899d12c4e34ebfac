/// The explanation panel laid out for a rectangle: a rule with the heading, the formula
/// line by line (symbolic, expanded, with numbers, result), then the core's remark and,
/// when the diagram cannot label its edges, the weights the formula reads.
///
/// Laying out is the costly part, so it is a value of its own: worked out once per step and
/// size (``StepperRenderer`` keeps it), then drawn as styled text.
struct ExplanationPanelView: Sendable, Hashable {
    /// A piece of text in one style.
    struct Span: Sendable, Hashable {
        let text: String
        let style: Style
    }

    /// A line of spans, starting at a row and column.
    struct Line: Sendable, Hashable {
        let row: Int
        let column: Int
        let spans: [Span]
    }

    /// The lines to draw.
    let lines: [Line]

    /// The columns of text inside the panel, left of which nothing is written.
    static let indent = 2

    /// The panel for `explanation` in `rect`; `phaseStyle` colours the phase and the
    /// left-hand side, `listsWeights` asks for the weights line, `additions` brings the
    /// lesson's notes and quiz (and may hide the result).
    ///
    /// When rows run short, the weights and the remark go first, then the blank rows before
    /// the notes, then the formula's expanded forms (a quiz keeps the blank row before it
    /// while the formula can give one up), then the notes are cut; a quiz is always shown whole.
    init(explanation: StepExplanation, in rect: Rect, phaseStyle: Style, listsWeights: Bool,
         additions: ExplanationAdditions = .none, context: RenderContext) {
        guard rect.rows >= 2, rect.columns >= 20 else {
            lines = []
            return
        }
        let explanation = additions.hidesResult ? explanation.hidingResult(arithmetic: additions.hidesArithmetic) : explanation
        // Presenter mode centres the formula alone; a step with notes or a quiz keeps the
        // ordinary layout, which has room for them.
        if context.isPresenter && additions == .none {
            lines = PresenterPanel.lines(explanation: explanation, in: rect, phaseStyle: phaseStyle, listsWeights: listsWeights,
                                         context: context)
            return
        }
        var lines = [Self.heading(explanation, row: rect.row, columns: rect.column..<rect.rightColumn,
                                  phaseStyle: phaseStyle, context: context)]
        let left = rect.column + Self.indent
        let width = rect.columns - 2 * Self.indent
        let rows = rect.rows - 1
        let ellipsis = context.glyphs.ellipsis
        let remark = explanation.remarkLines(width: width)
        let weights = explanation.weightLines(width: width, listed: listsWeights)
        let needed = explanation.formulaLines(width: width, ellipsis: ellipsis).count
        let sections = additions.sections.map { (lines: $0.lines(width: width), isEssential: $0.isEssential) }
        let shortest = min(needed, 2)
        let essentialRows = min(sections.filter(\.isEssential).reduce(0) { $0 + $1.lines.count }, max(0, rows - shortest))
        var optionalRows = min(sections.filter { !$0.isEssential }.reduce(0) { $0 + $1.lines.count },
                               max(0, rows - shortest - essentialRows))
        // A blank row before a quiz is worth more than the formula's result on a line of its own.
        let hasEssential = sections.contains { $0.isEssential }
        let reserved = hasEssential && rows - essentialRows - optionalRows > shortest ? 1 : 0
        let formulaRows = min(needed, rows - essentialRows - optionalRows - reserved)
        var spare = rows - formulaRows - essentialRows - optionalRows
        // A blank row before each section (essential ones first) comes before the remark and the weights.
        let blanks = min(sections.count, spare)
        spare -= blanks
        let blankBefore = Set((sections.indices.filter { sections[$0].isEssential }
                               + sections.indices.filter { !sections[$0].isEssential }).prefix(blanks))
        let remarkRows = min(remark.count, spare, 2)
        let weightRows = min(weights.count, spare - remarkRows, 2)
        var row = rect.row + 1
        for line in explanation.formulaLines(width: width, rows: formulaRows, ellipsis: ellipsis) {
            lines.append(Line(row: row, column: left, spans: Self.formulaSpans(line, explanation, phaseStyle: phaseStyle)))
            row += 1
        }
        func addWrapped(_ texts: [String], rows count: Int, style: Style) {
            for (index, text) in texts.prefix(count).enumerated() {
                let cut = index == count - 1 && count < texts.count
                let shown = cut ? TextShortening.shortened(text + " " + ellipsis, to: width, ellipsis: ellipsis) : text
                lines.append(Line(row: row, column: left, spans: [Span(text: shown, style: style)]))
                row += 1
            }
        }
        addWrapped(remark, rows: remarkRows, style: .normal)
        addWrapped(weights, rows: weightRows, style: .dim)
        // The sections, each after a blank row while there are rows for one; notes cut short if need be.
        for (index, section) in sections.enumerated() {
            if blankBefore.contains(index) { row += 1 }
            let count = section.isEssential ? section.lines.count : min(section.lines.count, optionalRows)
            if !section.isEssential { optionalRows -= count }
            for (index, spans) in section.lines.prefix(count).enumerated() {
                let cut = index == count - 1 && count < section.lines.count
                lines.append(Line(row: row, column: left, spans: cut ? Self.endingInEllipsis(spans, width: width,
                                                                                             ellipsis: ellipsis) : spans))
                row += 1
            }
        }
        self.lines = lines.filter { $0.row < rect.bottomRow }
    }

    /// The rows a panel would need to show `explanation` with `additions` in full at
    /// `columns` columns: the heading, the whole formula, the remark, the weights (when
    /// `listsWeights`), and each section after a blank row.
    static func wantedRows(_ explanation: StepExplanation, additions: ExplanationAdditions, columns: Int,
                           listsWeights: Bool, context: RenderContext) -> Int {
        let width = columns - 2 * indent
        guard width > 0 else { return 0 }
        let formula = explanation.formulaLines(width: width, ellipsis: context.glyphs.ellipsis).count
        let remark = min(2, explanation.remarkLines(width: width).count)
        let weights = min(2, explanation.weightLines(width: width, listed: listsWeights).count)
        let sections = additions.sections.reduce(0) { $0 + 1 + $1.lines(width: width).count }
        return 1 + formula + remark + weights + sections
    }

    /// `spans` with an ellipsis at the end, cut to `width` columns.
    private static func endingInEllipsis(_ spans: [Span], width: Int, ellipsis: String) -> [Span] {
        var result: [Span] = []
        var used = 0
        let room = width - Screen.width(of: ellipsis) - 1
        for span in spans {
            let clipped = Screen.width(of: span.text) + used > room
                ? TextShortening.shortened(span.text, to: max(0, room - used), ellipsis: "") : span.text
            result.append(Span(text: clipped, style: span.style))
            used += Screen.width(of: clipped)
            if used >= room { break }
        }
        result.append(Span(text: " " + ellipsis, style: .dim))
        return result
    }

    /// Draws the lines.
    func draw(into screen: inout Screen) {
        for line in lines {
            var column = line.column
            for span in line.spans {
                column += screen.put(span.text, row: line.row, column: column, style: span.style)
            }
        }
    }

    /// The rule across the top of the panel with the heading in it: phase · subject · what.
    static func heading(_ explanation: StepExplanation, row: Int, columns: Range<Int>, phaseStyle: Style,
                                context: RenderContext) -> Line {
        let glyphs = context.glyphs
        let rule = String(glyphs.light.horizontal)
        var spans = [Span(text: rule + " ", style: .dim)]
        var used = 2
        let end = columns.count - 1
        let separator = context.separator
        for (text, style) in [(explanation.phase, phaseStyle), (separator, Style.normal), (explanation.subject, .title),
                              (separator, .normal), (explanation.description, .normal), (" ", .normal)] where used < end {
            let clipped = TextShortening.shortened(text, to: end - used, ellipsis: glyphs.ellipsis)
            spans.append(Span(text: clipped, style: style))
            used += Screen.width(of: clipped)
        }
        spans.append(Span(text: String(repeating: rule, count: max(0, columns.count - used)), style: .dim))
        return Line(row: row, column: columns.lowerBound, spans: spans)
    }

    /// A formula line's spans: the left-hand side in the phase's style, the result in bold
    /// with its sign's colour, the rest plain.
    static func formulaSpans(_ line: FormulaLayout.Line, _ explanation: StepExplanation,
                                     phaseStyle: Style) -> [Span] {
        let lhs = explanation.parts[0]
        if line.part == 0, line.text.hasPrefix(lhs + " ") {
            return [Span(text: lhs, style: phaseStyle), Span(text: String(line.text.dropFirst(lhs.count)), style: .normal)]
        }
        let number = explanation.parts[explanation.parts.count - 1]
        if line.isResult, line.text.hasSuffix(number) {
            let style: Style = explanation.result > 0 ? Style(.positive, .bold)
                : explanation.result < 0 ? Style(.negative, .bold) : Style(.normal, .bold)
            return [Span(text: String(line.text.dropLast(number.count)), style: .normal), Span(text: number, style: style)]
        }
        return [Span(text: line.text, style: .normal)]
    }
}
