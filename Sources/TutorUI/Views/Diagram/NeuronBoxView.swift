import BackpropCore

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
        case .full:
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

    func draw(into screen: inout Screen) {
        let rect = slot.rect
        let name = view.names.neurons[slot.neuron]
        let nameStyle: Style = isFocus ? .highlight : .title
        if slot.detail == .chip {
            let used = screen.put(DiagramView.clipped(name, to: rect.columns - 2, ellipsis: view.glyphs.base.ellipsis),
                                  row: rect.row, column: rect.column, style: nameStyle)
            if let ref = shownRows.first {
                drawValue(ref, row: rect.row, columns: (rect.column + used + 1)..<rect.rightColumn, into: &screen)
            }
            return
        }
        screen.box(rect, weight: isFocus ? .heavy : .light, glyphs: view.glyphs.base,
                   style: isFocus ? view.flowStyle : .normal)
        drawPorts(into: &screen)
        let title = " " + DiagramView.clipped(name, to: rect.columns - 4, ellipsis: view.glyphs.base.ellipsis) + " "
        screen.put(title, row: rect.row, column: rect.column + 1, style: nameStyle)
        for (ref, row) in zip(shownRows, slot.valueRows) {
            drawValue(ref, row: row, columns: slot.contentColumns, into: &screen)
        }
    }

    /// One value row: the label, a space, the number (or nothing while it is unknown).
    private func drawValue(_ ref: ValueRef, row: Int, columns: Range<Int>, into screen: inout Screen) {
        let value = view.values.value(ref)
        let emphasis = view.emphasis(of: ref)
        let labelStyle: Style = value == nil ? .dim : (emphasis ?? (isForward(ref) ? .forward : .backward))
        if let emphasis, value != nil { screen.fill(Rect(row: row, column: columns.lowerBound, rows: 1, columns: columns.count), style: emphasis) }
        // Labels line up in a column in a box; a chip has no room to spare.
        let labelWidth = slot.detail == .chip ? Screen.width(of: label(ref)) : view.metrics.valueLabelWidth
        screen.put(label(ref), row: row, column: columns.lowerBound, style: labelStyle)
        guard let value else { return }
        let start = columns.lowerBound + labelWidth + 1
        let number = view.values.text(ref, value, fitting: max(1, columns.upperBound - start), context: view.context)
        screen.put(number, row: row, column: start, style: emphasis ?? view.numberStyle(value))
    }

    /// Tees on the border where drawn edges meet the box.
    private func drawPorts(into screen: inout Screen) {
        let rect = slot.rect
        let lines = view.glyphs.base.lines(isFocus ? .heavy : .light)
        let style: Style = isFocus ? view.flowStyle : .normal
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
