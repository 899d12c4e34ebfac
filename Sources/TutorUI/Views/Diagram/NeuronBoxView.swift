import BackpropCore
import BackpropNotation

/// Draws one neuron's box: its name in the top border and the values known so far, one per
/// row (z, a, ∂l/∂a, ∂l/∂z), or the ones the phase is about when the box is smaller.
///
/// The neuron being computed gets a heavy border in the phase's colour; the value the step
/// produces is highlighted, the values it reads underlined. A value not computed yet shows
/// its label dimmed and no number.
struct NeuronBoxView {
    let view: DiagramView
    let slot: DiagramLayout.NeuronSlot

    /// The four values of a neuron, in the order a full box shows them.
    var allRows: [ValueRef] { [.z(slot.neuron), .a(slot.neuron), .dlda(slot.neuron), .dldz(slot.neuron)] }

    /// The values this box shows, as many as it has rows.
    var shownRows: [ValueRef] {
        let n = slot.neuron
        switch slot.detail {
        case .full, .compact:
            return allRows
        case .pair:
            switch view.marks.phase {
            case .forward, .loss: return [.z(n), .a(n)]
            case .backward: return [.dlda(n), .dldz(n)]
            case .gradients, .update: return [.a(n), .dldz(n)]
            }
        case .single, .chip:
            if allRows.contains(view.marks.produced) { return [view.marks.produced] }
            if let read = allRows.first(where: view.marks.isRead) { return [read] }
            switch view.marks.phase {
            case .forward, .loss: return [.a(n)]
            case .backward, .gradients, .update: return [.dldz(n)]
            }
        }
    }

    /// Whether this is the neuron being computed.
    var isFocus: Bool { view.marks.focusNeuron == slot.neuron }

    /// The label of a value row: z, a (y at the output), ∂l/∂a (∂l/∂y), ∂l/∂z.
    func label(_ ref: ValueRef) -> String {
        let isOutput = slot.layer == view.architecture.outputLayer
        let names = view.names
        switch ref {
        case .z: return names.z
        case .a: return isOutput ? names.y : names.a
        case .dlda: return isOutput ? names.dldy : names.dlda
        default: return names.dldz
        }
    }

    /// Whether a value belongs to the forward pass (z, a) rather than the backward pass.
    func isForward(_ ref: ValueRef) -> Bool {
        switch ref {
        case .z, .a: true
        default: false
        }
    }

    /// The weight of the box's lines: heavy for the neuron being computed.
    var lineWeight: LineWeight { isFocus ? .heavy : .light }

    /// The style of the box's lines.
    var lineStyle: Style { isFocus ? view.flowStyle : .normal }

    /// Draws the box and its values; `cut` becomes true if a value lost digits for want of room.
    func draw(into screen: inout Screen, cut: inout Bool) {
        let rect = slot.rect
        let name = view.names.neurons[slot.neuron]
        let nameStyle: Style = isFocus ? .highlight : .title
        if slot.detail == .chip {
            let used = screen.put(TextShortening.shortened(name, to: rect.columns - 2, ellipsis: view.glyphs.base.ellipsis),
                                  row: rect.row, column: rect.column, style: nameStyle)
            if let ref = shownRows.first {
                drawValue(ref, row: rect.row, columns: (rect.column + used + 1)..<rect.rightColumn, into: &screen, cut: &cut)
            }
            return
        }
        drawBorder(into: &screen)
        drawPorts(into: &screen)
        if slot.nameColumn > 0 {
            // A band of a layer's box: the name in its first row, the bias in its second.
            let column = rect.column + 1 + (slot.padded ? 1 : 0)
            screen.put(TextShortening.shortened(name, to: slot.nameColumn - 1, ellipsis: view.glyphs.base.ellipsis),
                       row: slot.valueRows.lowerBound, column: column, style: nameStyle)
            drawBias(row: slot.valueRows.lowerBound + 1, columns: column..<(column + slot.nameColumn), into: &screen)
        } else if slot.top != .none {
            // An edge entering through the top border splits it: the name left of it, the bias right.
            let port = port(onRow: rect.row - 1)
            let title = " " + TextShortening.shortened(name, to: (port ?? rect.rightColumn) - rect.column - 4,
                                                       ellipsis: view.glyphs.base.ellipsis) + " "
            let used = screen.put(title, row: rect.row, column: rect.column + 1, style: nameStyle)
            let biasStart = port.map { rect.rightColumn - $0 >= 8 ? $0 + 2 : $0 + 1 } ?? rect.column + 1 + used
            drawBias(row: rect.row, columns: biasStart..<(rect.rightColumn - 1), into: &screen)
        }
        if slot.detail == .compact {
            // Two rows: the forward values (z over a) on the left, the backward ones (∂l/∂a
            // over ∂l/∂z) on the right, each number as wide as the other column's.
            let rows = Array(slot.valueRows)
            let columns = slot.contentColumns
            let metrics = view.metrics
            let value = (columns.count - metrics.compactInside(valueWidth: 0)) / 2
            let left = columns.lowerBound..<(columns.lowerBound + metrics.forwardLabelWidth + 1 + value)
            let right = (columns.upperBound - metrics.valueLabelWidth - 1 - value)..<columns.upperBound
            let n = slot.neuron
            for (row, pair) in zip(rows, [[ValueRef.z(n), .dlda(n)], [.a(n), .dldz(n)]]) {
                drawValue(pair[0], row: row, columns: left, labelWidth: metrics.forwardLabelWidth, into: &screen, cut: &cut)
                drawValue(pair[1], row: row, columns: right, labelWidth: metrics.valueLabelWidth, into: &screen, cut: &cut)
            }
        } else {
            for (ref, row) in zip(shownRows, slot.valueRows) {
                drawValue(ref, row: row, columns: slot.contentColumns, into: &screen, cut: &cut)
            }
        }
    }

    /// The border: the top row its own (┌ ┐), shared with the box above (├ ┤) or none; the
    /// sides; the bottom row unless the box below shares it.
    private func drawBorder(into screen: inout Screen) {
        let rect = slot.rect
        let lines = view.glyphs.base.lines(lineWeight)
        let left = rect.column, right = rect.rightColumn - 1
        let style = lineStyle
        func horizontal(_ row: Int, _ leftEnd: Character, _ rightEnd: Character) {
            screen.fill(Rect(row: row, column: left + 1, rows: 1, columns: rect.columns - 2), with: lines.horizontal, style: style)
            screen.put(String(leftEnd), row: row, column: left, style: style)
            screen.put(String(rightEnd), row: row, column: right, style: style)
        }
        switch slot.top {
        case .own: horizontal(rect.row, lines.topLeft, lines.topRight)
        case .shared: horizontal(rect.row, lines.teeRight, lines.teeLeft)
        case .none: break
        }
        for row in slot.valueRows {
            screen.put(String(lines.vertical), row: row, column: left, style: style)
            screen.put(String(lines.vertical), row: row, column: right, style: style)
        }
        if slot.hasBottom { horizontal(rect.bottomRow - 1, lines.bottomLeft, lines.bottomRight) }
    }

    /// The neuron's bias in the top border after its name, `b₁ 0.35`: selected, produced
    /// (its gradient or update) or read like a value row.
    private func drawBias(row: Int, columns: Range<Int>, into screen: inout Screen) {
        let architecture = view.architecture
        let p = architecture.biasIndex(layer: slot.layer, neuron: slot.neuron - architecture.neuronOffsets[slot.layer])
        let name = view.names.parameters[p]
        let bias = view.values.weight(p)
        let room = columns.count - Screen.width(of: name) - 2
        guard room >= 1 else { return }
        let ref: ValueRef = bias.isUpdated ? .updated(p) : .parameter(p)
        // Not even one digit fits (a tight band): the name alone, never a cut number.
        let number = view.values.wholeText(ref, bias.value, fitting: room, context: view.context) ?? ""
        let style: Style? = view.marks.selected == .parameter(p) ? .selection
            : view.marks.parameter == p ? .highlight
            : view.marks.isRead(.parameter(p)) ? view.flowStyle.adding(.underline) : nil
        var column = columns.lowerBound
        column += screen.put(name, row: row, column: column, style: style ?? .dim)
        screen.put(" ", row: row, column: column, style: style ?? lineStyle)
        screen.put(number, row: row, column: column + 1, style: style ?? view.numberStyle(bias.value))
        screen.put(" ", row: row, column: column + 1 + Screen.width(of: number), style: style ?? lineStyle)
    }

    /// One value row: the label (`labelWidth` wide, by default the widest value label), a
    /// space, the number (or nothing while it is unknown).
    private func drawValue(_ ref: ValueRef, row: Int, columns: Range<Int>, labelWidth: Int? = nil, into screen: inout Screen,
                           cut: inout Bool) {
        let value = view.values.value(ref)
        let emphasis = view.emphasis(of: ref)
        let labelStyle: Style = value == nil ? .dim : (emphasis ?? (isForward(ref) ? .forward : .backward))
        if let emphasis, value != nil { screen.fill(Rect(row: row, column: columns.lowerBound, rows: 1, columns: columns.count), style: emphasis) }
        // Labels line up in a column in a box; a chip has no room to spare.
        let labelWidth = labelWidth ?? (slot.detail == .chip ? Screen.width(of: label(ref)) : view.metrics.valueLabelWidth)
        screen.put(label(ref), row: row, column: columns.lowerBound, style: labelStyle)
        guard let value else { return }
        let start = columns.lowerBound + labelWidth + 1
        let number = view.values.text(ref, value, fitting: max(1, columns.upperBound - start), context: view.context,
                                          cut: &cut)
        screen.put(number, row: row, column: start, style: emphasis ?? view.numberStyle(value))
    }

    /// The column where an edge ends on `row` (just above or below the box) within the box's
    /// columns: it enters through the top or bottom border there.
    func port(onRow row: Int) -> Int? {
        let columns = (slot.rect.column + 1)..<(slot.rect.rightColumn - 1)
        for edge in view.layout.edges {
            if let end = edge.targetEnd, end.piece == .vertical, end.row == row, columns.contains(end.column) { return end.column }
        }
        return nil
    }

    /// Tees on the border where drawn edges meet the box.
    private func drawPorts(into screen: inout Screen) {
        let rect = slot.rect
        let lines = view.glyphs.base.lines(lineWeight)
        let style = lineStyle
        for (edge, always) in zip(view.layout.edges, view.layout.alwaysDrawn) where always || view.marks.edges.contains(edge.kind) {
            if let end = edge.sourceEnd, end.column == rect.rightColumn, slot.valueRows.contains(end.row) {
                screen.put(String(lines.teeRight), row: end.row, column: rect.rightColumn - 1, style: style)
            }
            if let end = edge.targetEnd, end.column == rect.column - 1, slot.valueRows.contains(end.row),
               edge.cells.count > 0, isTarget(of: edge) {
                screen.put(String(lines.teeLeft), row: end.row, column: rect.column, style: style)
            }
        }
    }

    /// Whether `edge` ends at this neuron.
    private func isTarget(of edge: EdgeRoute) -> Bool {
        guard case .weight(let p) = edge.kind else { return false }
        let parameter = view.architecture.parameter(at: p)
        return view.architecture.neuronIndex(layer: parameter.layer, neuron: parameter.neuron) == slot.neuron
    }
}
