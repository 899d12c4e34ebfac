import BackpropCore

/// Draws the network diagram into a screen: edges, then inputs, neuron boxes and the loss
/// box with the values known at this step, with the step's focus and reads highlighted.
///
/// Everything drawn comes from a ``DiagramLayout`` (where) and ``DiagramValues`` (what);
/// nothing is computed here but text.
struct DiagramView {
    let architecture: Architecture
    let layout: DiagramLayout
    let values: DiagramValues
    let marks: DiagramMarks
    let context: RenderContext
    let glyphs: DiagramGlyphs
    let metrics: DiagramMetrics
    let names: DiagramNames

    /// Draws the whole diagram; `linesDrawn` when `screen` has the lines of every step
    /// already (``drawLines(of:into:)``). Returns whether a number on it was written with
    /// fewer than four significant digits for want of room (said on the status line).
    @discardableResult
    func draw(into screen: inout Screen, linesDrawn: Bool = false) -> Bool {
        var cut = false
        if !linesDrawn { Self.drawLines(of: layout, into: &screen) }
        drawEdges(into: &screen)
        for input in layout.inputs { drawInput(input, into: &screen, cut: &cut) }
        // The neuron being computed last, so its heavy border is drawn over shared ones.
        let focus = marks.focusNeuron
        for slot in layout.neurons where slot.neuron != focus { NeuronBoxView(view: self, slot: slot).draw(into: &screen, cut: &cut) }
        for slot in layout.neurons where slot.neuron == focus { NeuronBoxView(view: self, slot: slot).draw(into: &screen, cut: &cut) }
        if let loss = layout.loss { drawLoss(loss, into: &screen, cut: &cut) }
        drawVerticalPorts(into: &screen)
        drawLabels(into: &screen, cut: &cut)
        for marker in layout.markers {
            screen.put(marker.text, row: marker.row, column: marker.column, style: .dim)
        }
        // The σ'(z) mark after everything else, so it can take a row left free around its box.
        for slot in layout.neurons where slot.neuron == focus { NeuronBoxView(view: self, slot: slot).drawSlope(into: &screen) }
        drawSelection(into: &screen)
        return cut
    }

    // MARK: - Styles

    /// The style of a number by its sign: positive, negative, or plain for zero.
    func numberStyle(_ value: Double) -> Style {
        value > 0 ? .positive : value < 0 ? .negative : .normal
    }

    /// The style of a highlighted line, by the step's flow.
    var flowStyle: Style {
        switch marks.flow {
        case .forward: Style(.forward, .bold)
        case .backward: Style(.backward, .bold)
        case .none: .accent
        }
    }

    /// The style of a value's row: produced by this step, read by it, selected, or plain.
    func emphasis(of ref: ValueRef) -> Style? {
        if marks.selected == ref { return .selection }
        if marks.produced == ref { return .highlight }
        if isChangedByEdit(ref) { return .accent }
        if marks.isRead(ref) { return flowStyle.adding(.underline) }
        return nil
    }

    // MARK: - Edges

    private func isHighlighted(_ edge: EdgeRoute) -> Bool { marks.edges.contains(edge.kind) }

    /// Draws the lines `layout` shows dim at every step: the same for every step, so
    /// ``StepperRenderer`` draws them once per layout into the screen each frame starts from.
    static func drawLines(of layout: DiagramLayout, into screen: inout Screen) {
        for cell in layout.lines where screen.contains(row: cell.row, column: cell.column) {
            screen[cell.row, cell.column] = Cell(cell.character, style: .dim)
        }
    }

    /// Draws the edges the step reads over the lines, heavy, with arrowheads.
    private func drawEdges(into screen: inout Screen) {
        for edge in layout.edges where isHighlighted(edge) {
            for cell in edge.cells where screen.contains(row: cell.row, column: cell.column) {
                // A crossing keeps its glyph: only its style says which edge is read.
                if layout.isCrossing(row: cell.row, column: cell.column) {
                    screen[cell.row, cell.column].style = flowStyle
                    continue
                }
                screen[cell.row, cell.column] = Cell(glyphs.character(cell.piece, heavy: true), style: flowStyle)
            }
            var head: (cell: EdgeRoute.Cell?, character: Character)?
            switch marks.flow {
            case .forward: head = (edge.targetEnd, glyphs.headForward)
            case .backward: head = (edge.sourceEnd, glyphs.headBackward)
            case .none: head = nil
            }
            if let head, let cell = head.cell, cell.piece == .horizontal, screen.contains(row: cell.row, column: cell.column) {
                screen[cell.row, cell.column] = Cell(head.character, style: flowStyle)
            }
        }
    }

    private func drawLabels(into screen: inout Screen, cut: inout Bool) {
        for edge in layout.edges {
            guard let rect = edge.label, case .weight(let p) = edge.kind else { continue }
            let name = names.weights[p]
            let weight = values.weight(p)
            let room = rect.columns - 1 - Screen.width(of: name)
            let number = values.text(weight.isUpdated ? .updated(p) : .parameter(p), weight.value, fitting: room, context: context, cut: &cut)
            let highlighted = isHighlighted(edge)
            // Next to the target, right-aligned in its slot so the edge's line runs up to it;
            // next to the source, from the slot's left. A space before it when there is room,
            // unless the space would follow a crossing or a turn and cut the label off its line.
            let width = Screen.width(of: name) + 1 + Screen.width(of: number)
            var column = edge.labelAtSource ? rect.column : rect.rightColumn - width
            if width < rect.columns {
                if edge.labelAtSource { column += 1 }
                let lines = glyphs.base.lines(.light), heavy = glyphs.base.lines(.heavy)
                let before = screen.contains(row: rect.row, column: column - 2) ? screen[rect.row, column - 2].character : nil
                if edge.labelAtSource || [lines.horizontal, heavy.horizontal].contains(before) {
                    screen.put(" ", row: rect.row, column: column - 1)
                }
            }
            let instructorStyle = instructorLabelStyle(weight: p)
            column += screen.put(name, row: rect.row, column: column, style: instructorStyle ?? (highlighted ? flowStyle : .dim))
            screen.put(" ", row: rect.row, column: column)
            let style = instructorStyle ?? (highlighted ? flowStyle : weight.isUpdated ? .accent : numberStyle(weight.value))
            screen.put(number, row: rect.row, column: column + 1, style: style)
        }
    }

    /// Tees where an edge leaves a box through its bottom border (the loss edge below an
    /// output) or enters one through its top or bottom border (a chain's bands).
    private func drawVerticalPorts(into screen: inout Screen) {
        let lines = glyphs.base.lines(.light)
        for edge in layout.edges {
            guard let first = edge.sourceEnd, let last = edge.targetEnd else { continue }
            let style = isHighlighted(edge) ? flowStyle : Style.normal
            if first.piece == .vertical, screen.contains(row: first.row - 1, column: first.column) {
                screen[first.row - 1, first.column] = Cell(lines.teeDown, style: style)
            }
            guard last.piece == .vertical else { continue }
            let down = edge.cells.count == 1 || edge.cells[edge.cells.count - 2].row < last.row
            let row = down ? last.row + 1 : last.row - 1
            if screen.contains(row: row, column: last.column) {
                screen[row, last.column] = Cell(down ? lines.teeUp : lines.teeDown, style: style)
            }
        }
    }

    // MARK: - Inputs and loss

    private func drawInput(_ slot: DiagramLayout.InputSlot, into screen: inout Screen, cut: inout Bool) {
        let rect = slot.rect
        let ref = ValueRef.input(slot.index)
        let value = values.inputs[slot.index]
        let name = names.inputs[slot.index]
        let emphasis = emphasis(of: ref)
        if let valueRow = slot.valueRow {
            // Name and value on rows of their own, each right-aligned up to the input's line.
            let number = values.text(ref, value, fitting: rect.columns, context: context, cut: &cut)
            let shown = TextShortening.shortened(name, to: rect.columns, ellipsis: glyphs.base.ellipsis)
            screen.put(shown, row: rect.row, column: rect.rightColumn - Screen.width(of: shown), style: emphasis ?? .normal)
            screen.put(number, row: valueRow, column: rect.rightColumn - Screen.width(of: number),
                       style: emphasis ?? numberStyle(value))
            return
        }
        let number = values.text(ref, value, fitting: max(3, rect.columns - min(metrics.inputNameWidth, rect.columns / 2) - 1),
                                 context: context, cut: &cut)
        let room = rect.columns - Screen.width(of: number) - 1
        screen.put(TextShortening.shortened(name, to: room, ellipsis: glyphs.base.ellipsis), row: rect.row, column: rect.column,
                   style: emphasis ?? .normal)
        screen.put(number, row: rect.row, column: rect.rightColumn - Screen.width(of: number),
                   style: emphasis ?? numberStyle(value))
    }

    private func drawLoss(_ slot: DiagramLayout.LossSlot, into screen: inout Screen, cut: inout Bool) {
        let focus = marks.produced == .loss || marks.produced == .totalLoss
        let borderStyle = focus ? flowStyle : .normal
        screen.box(slot.rect, weight: focus ? .heavy : .light, glyphs: glyphs.base, style: borderStyle)
        screen.put(" loss ", row: slot.rect.row, column: slot.rect.column + 1, style: focus ? .highlight : .title)
        let left = slot.contentColumns.lowerBound, width = slot.contentColumns.count
        let labelWidth = max(metrics.targetLabelWidth, 1)
        func row(_ label: String, _ ref: ValueRef, at row: Int) {
            let emphasis = emphasis(of: ref)
            screen.put(label, row: row, column: left, style: emphasis ?? .normal)
            guard let value = values.value(ref) else { return }
            let number = values.text(ref, value, fitting: width - labelWidth - 1, context: context, cut: &cut)
            screen.put(number, row: row, column: left + labelWidth + 1, style: emphasis ?? numberStyle(value))
        }
        for (j, r) in (slot.targetRows ?? []).enumerated() {
            row(names.targets[j], .target(j), at: r)
        }
        row(names.loss, .loss, at: slot.lossRow)
        if let total = slot.totalLossRow { row(names.totalLoss, .totalLoss, at: total) }
    }
}
