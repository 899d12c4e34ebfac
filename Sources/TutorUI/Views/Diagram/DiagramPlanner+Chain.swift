import BackpropCore

extension DiagramPlanner {
    /// The layout of a chain (one input, one neuron per layer) too long for one row of
    /// boxes: the boxes alternate between a top and a bottom band, each a little right of
    /// the one before, so every layer and the loss stay in view with all four values.
    ///
    /// ```
    /// x₁ ── w₁ 1─┤h1 ├─╮           ┌ k1 ┐
    ///            └────┘│  ┌ j1 ─┐  │    │
    ///            w₂ 0.5│  │     │  └────┘
    ///                  ╰─►┤     ├─╯ ...
    /// ```
    /// An edge leaves a box on its right, turns, and enters the next box through its top or
    /// bottom border; its label sits on the free rows between the bands, left of its line.
    /// Fittings are tried in the same order as for the whole layout; nil when none fits.
    func planChain(in bounds: Rect) -> DiagramLayout? {
        guard isChain, bounds.rows >= Self.chainRows else { return nil }
        // Short weight labels (w₂ 1) before none: a chain's edges are few and far apart.
        // Ten columns at least, also at presenter mode's four digits: −0.0008426.
        let widest = max(metrics.boxValueWidth, Self.chainValueWidth)
        var fittings = DiagramFitting.preferred(boxValueWidth: widest).filter { !$0.lossBelow }
        // Full-width boxes with shorter labels before narrower boxes: a chain's deep layers
        // have tiny gradients (−0.0008426 needs ten columns for four digits) while its
        // weights stay near 1 (four columns write 1 or 0.99).
        let full = (fittings.lastIndex { $0.valueWidth == widest && $0.labelValueWidth != nil } ?? -1) + 1
        fittings.insert(contentsOf: [7, 6, 5, 4].map { DiagramFitting(valueWidth: widest, labelValueWidth: $0) }, at: full)
        let unlabelled = fittings.firstIndex { $0.labelValueWidth == nil } ?? fittings.count
        fittings.insert(contentsOf: [8, 7, 6].map { DiagramFitting(valueWidth: $0, labelValueWidth: 4) }, at: unlabelled)
        for fitting in fittings {
            guard var layout = placeChain(fitting, in: bounds) else { continue }
            layout.givenUp = fitting.shortfalls(widestValue: metrics.boxValueWidth)
            finishLines(of: &layout)
            return layout
        }
        return nil
    }

    /// The columns a chain's box gives a value at least: four significant digits of its deep
    /// layers' tiny gradients (−0.0008426).
    static let chainValueWidth = 10

    /// The rows a chain's two bands and the row between them take.
    static let chainRows = 13

    /// Whether the network is a chain: one input, one neuron in each of two or more layers.
    var isChain: Bool {
        architecture.inputCount == 1 && architecture.layers.count >= 2 && architecture.layers.allSatisfy { $0.size == 1 }
    }

    /// Whether a chain is drawn in two bands at `columns` columns: when one row of boxes
    /// with labelled edges (four-digit numbers) would be wider.
    func prefersChain(columns: Int) -> Bool {
        guard isChain else { return false }
        let fitting = DiagramFitting(valueWidth: 8, labelValueWidth: 6)
        let count = architecture.layers.count
        let lossWidth = max(metrics.targetLabelWidth, 1) + 1 + DiagramFitting.lossValueWidth + 2
        let straight = metrics.inputWidth + count * (boxWidth(.full, .apart, fitting) + labelWidth(fitting)! + 2)
            + 3 + lossWidth
        return straight > columns
    }

    private func placeChain(_ fitting: DiagramFitting, in bounds: Rect) -> DiagramLayout? {
        let label = labelWidth(fitting) ?? 0
        let box = boxWidth(.full, .apart, fitting)
        let lossWidth = max(metrics.targetLabelWidth, 1) + 1 + min(fitting.valueWidth, DiagramFitting.lossValueWidth)
            + (fitting.padded ? 4 : 2)
        let inputWidth = min(metrics.inputWidth, metrics.inputNameWidth + 1 + fitting.valueWidth)
        // Each box starts `step` columns after the one before: room for the label left of
        // the next edge's line, and for the box two along in the same band.
        let step = max(label + 2, (box + 3) / 2)
        guard step < box, lossWidth > box + 2 - step else { return nil }
        var firstGap = label > 0 ? label + 2 : Self.minimumGap
        let count = architecture.layers.count
        var width = inputWidth + firstGap + count * step + lossWidth
        // Too wide with the first weight's label on its edge: the label goes on the row
        // below the edge, under the input, and the edge shrinks to an arrow.
        let labelBelow = label > 0 && width > bounds.columns
        if labelBelow {
            firstGap = 3
            width = inputWidth + firstGap + count * step + lossWidth
        }
        guard width <= bounds.columns else { return nil }
        var layout = DiagramLayout(bounds: bounds)
        let top = bounds.row + (bounds.rows - Self.chainRows) / 2
        let bands = [top, top + 7]
        let x0 = bounds.column + (bounds.columns - width) / 2 + inputWidth + firstGap
        for layer in 0..<count {
            let rect = Rect(row: bands[layer % 2], column: x0 + layer * step, rows: 6, columns: box)
            layout.neurons.append(.init(neuron: layer, layer: layer, detail: .full, rect: rect, padded: fitting.padded))
        }
        let inputRow = Self.port(0, of: 1, over: layout.neurons[0].valueRows)
        layout.inputs.append(.init(index: 0, rect: Rect(row: inputRow, column: x0 - firstGap - inputWidth, rows: 1,
                                                         columns: inputWidth)))
        placeLoss(&layout, column: Column(kind: .loss, column: x0 + count * step, width: lossWidth),
                  top: bands[count % 2], rows: 6, padded: fitting.padded)
        // The input's edge runs straight into the first box, its label next to the box.
        var first = EdgeRoute(kind: .weight(0), sourceRow: inputRow, targetRow: inputRow, firstColumn: x0 - firstGap,
                              lastColumn: x0 - 1, slant: x0..<x0)
        if labelBelow {
            let left = x0 - firstGap - inputWidth
            first.label = Rect(row: inputRow + 1, column: left, rows: 1, columns: x0 - 1 - left)
        } else if label > 0 {
            first.label = Rect(row: inputRow, column: x0 - 1 - label, rows: 1, columns: label)
        }
        layout.edges.append(first)
        for layer in 0..<count {
            let source = layout.neurons[layer]
            let down = layer % 2 == 0
            let exit = down ? source.valueRows.upperBound - 1 : source.valueRows.lowerBound
            let turn = source.rect.rightColumn + 1
            let targetRow: Int
            if layer + 1 < count {
                let target = layout.neurons[layer + 1].rect
                targetRow = down ? target.row - 1 : target.bottomRow
            } else {
                guard let loss = layout.loss else { return nil }
                targetRow = down ? loss.rect.row - 1 : loss.rect.bottomRow
            }
            var cells = [EdgeRoute.Cell(row: exit, column: turn - 1, piece: .horizontal),
                         EdgeRoute.Cell(row: exit, column: turn, piece: down ? .cornerLeftDown : .cornerLeftUp)]
            for row in stride(from: exit + (down ? 1 : -1), through: targetRow, by: down ? 1 : -1) {
                cells.append(EdgeRoute.Cell(row: row, column: turn, piece: .vertical))
            }
            let kind: EdgeRoute.Kind = layer + 1 < count
                ? .weight(architecture.weightIndex(layer: layer + 1, neuron: 0, input: 0)) : .loss(0)
            var edge = EdgeRoute(kind: kind, cells: cells)
            if label > 0, layer + 1 < count {
                edge.label = Rect(row: top + 6, column: turn - 1 - label, rows: 1, columns: label)
            }
            layout.edges.append(edge)
        }
        layout.alwaysDrawn = Array(repeating: true, count: layout.edges.count)
        return layout
    }
}
