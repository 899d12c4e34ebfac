import BackpropCore

extension DiagramPlanner {
    /// The layout that shows every neuron with all four values, the same at every step, in
    /// the first of the preferred fittings that fits `bounds`; nil when none does.
    ///
    /// A fitting with labels counts only when every weight's edge found room for its label;
    /// when none does, the one that labels the most edges wins.
    func planWhole(in bounds: Rect) -> DiagramLayout? {
        var best: (layout: DiagramLayout, labels: Int)?
        for fitting in fittings {
            guard var layout = place(fitting, in: bounds) else { continue }
            // Padding is worth it only while every edge still slants as a diagonal.
            if fitting.padded && layout.edges.contains(where: { $0.cells.contains { $0.piece == .vertical } && $0.label != nil }) {
                continue
            }
            let labels = layout.edges.filter { $0.label != nil }.count
            if fitting.labelValueWidth != nil && !layout.labelsAllWeights {
                if labels > (best?.labels ?? -1) { best = (layout, labels) }
                continue
            }
            if fitting.labelValueWidth == nil, let kept = best, kept.labels > 0 { layout = kept.layout }
            layout.givenUp = Array(Set(layout.givenUp)).sorted()
            finishLines(of: &layout)
            return layout
        }
        guard var layout = best?.layout else { return nil }
        layout.givenUp = Array(Set(layout.givenUp)).sorted()
        finishLines(of: &layout)
        return layout
    }

    /// The fittings ``planWhole(in:)`` tries, best first: where numbers have fewer digits
    /// than nine columns hold (presenter mode's four), first those with nine-column values and
    /// labelled weights, so a box keeps four digits of −0.004491, then the usual ones.
    var fittings: [DiagramFitting] {
        let usual = DiagramFitting.preferred(boxValueWidth: metrics.boxValueWidth)
        guard metrics.boxValueWidth < Self.smallGradientWidth else { return usual }
        return DiagramFitting.preferred(boxValueWidth: Self.smallGradientWidth)
            .filter { $0.valueWidth == Self.smallGradientWidth && $0.labelValueWidth != nil } + usual
    }

    /// The columns four significant digits of a gradient between −0.01 and −0.001 take
    /// (−0.004491).
    static let smallGradientWidth = 9

    /// Whether a diagram `rows` by `columns` shows every neuron with its four values and
    /// every weight's label.
    func showsEverything(rows: Int, columns: Int) -> Bool {
        let bounds = Rect(row: 0, column: 0, rows: rows, columns: columns)
        let layout = prefersChain(columns: columns) ? planChain(in: bounds) : planWhole(in: bounds)
        return layout.map { $0.labelsAllWeights && $0.neurons.count == architecture.neuronCount } ?? false
    }

    /// How each layer's boxes are drawn within `rows` rows, or nil when a layer cannot show
    /// all four values of each neuron.
    func stackings(rows: Int) -> [(detail: DiagramLayout.BoxDetail, stacking: BoxStacking)]? {
        var result: [(detail: DiagramLayout.BoxDetail, stacking: BoxStacking)] = []
        for layer in architecture.layers {
            guard let best = BoxStacking.best(count: layer.size, rows: rows) else { return nil }
            result.append(best)
        }
        return result
    }

    /// The width of a box of `detail` stacked as `stacking` in `fitting`: border, padding, a
    /// label and value per column of values (``DiagramMetrics/compactInside(valueWidth:)``
    /// for two rows), and the name column of bands.
    func boxWidth(_ detail: DiagramLayout.BoxDetail, _ stacking: BoxStacking, _ fitting: DiagramFitting) -> Int {
        let inside = detail == .full ? metrics.valueLabelWidth + 1 + fitting.valueWidth
            : metrics.compactInside(valueWidth: fitting.valueWidth)
        return 2 + (fitting.padded ? 2 : 0) + inside + (stacking == .bands ? bandNameWidth(fitting) : 0)
    }

    /// The name column of a band in `fitting`: the bias's value gets what the box's values
    /// do beyond seven columns (at least one, and only one when the fitting says so), so a
    /// tight layout stays as narrow as it can.
    func bandNameWidth(_ fitting: DiagramFitting) -> Int {
        metrics.bandNameWidth(biasValueWidth: fitting.narrowBias ? 1 : min(5, max(1, fitting.valueWidth - 7)))
    }

    /// The width of a weight's label in `fitting`: `w₅ 0.4`, name, space and value (a
    /// shorter label gets a space before it).
    func labelWidth(_ fitting: DiagramFitting) -> Int? {
        fitting.labelValueWidth.map { metrics.weightNameWidth + $0 + 1 }
    }

    /// The whole layout in `fitting`, or nil when it does not fit `bounds`.
    private func place(_ fitting: DiagramFitting, in bounds: Rect) -> DiagramLayout? {
        let rows = bounds.rows
        guard architecture.inputCount <= rows, let shapes = stackings(rows: rows) else { return nil }
        // Packing tighter wins back the columns a band's name column takes, and only that.
        if fitting.narrowBias && !shapes.contains(where: { $0.stacking == .bands }) { return nil }
        let output = architecture.outputLayer
        let outputShape = shapes[output]
        let lossRows = lossHeight(showingTargets: true)
        let lossWidth = max(metrics.targetLabelWidth, 1) + 1 + min(fitting.valueWidth, DiagramFitting.lossValueWidth)
            + (fitting.padded ? 4 : 2)
        if fitting.lossBelow {
            guard architecture.outputCount == 1,
                  outputShape.stacking.height(count: 1, detail: outputShape.detail) + 1 + lossRows <= rows else { return nil }
        } else if lossRows > rows {
            return nil
        }
        var kinds: [ColumnKind] = [.inputs] + architecture.layers.indices.map { .layer($0) }
        if !fitting.lossBelow { kinds.append(.loss) }
        let widths = kinds.map { kind -> Int in
            switch kind {
            case .inputs:
                fitting.stackedInputs ? max(metrics.inputNameWidth, min(metrics.inputValueWidth, fitting.inputValueWidth))
                    : min(metrics.inputWidth, metrics.inputNameWidth + 1 + fitting.inputValueWidth)
            case .layer(let layer):
                layer == output && fitting.lossBelow
                    ? max(boxWidth(shapes[layer].detail, shapes[layer].stacking, fitting), lossWidth)
                    : boxWidth(shapes[layer].detail, shapes[layer].stacking, fitting)
            case .loss: lossWidth
            }
        }
        let label = labelWidth(fitting)
        var gaps = (0..<(kinds.count - 1)).map { gap -> Int in
            // Two or more inputs each get a trunk of their own (``trunkEdges``).
            if kinds[gap] == .inputs, architecture.inputCount >= 2 { return (label ?? 0) + 1 + architecture.inputCount }
            if case .layer = kinds[gap + 1], let label {
                // Boxes wider than their digits need (``fittings``) give the edges between
                // layers back twice the extra columns (a two-row box writes two values in a
                // row) to slant in before their labels.
                return label + 2 + (kinds[gap] == .inputs ? 0 : 2 * max(0, fitting.valueWidth - metrics.boxValueWidth))
            }
            return kinds[gap + 1] == .loss ? 3 : Self.minimumGap
        }
        var free = bounds.columns - widths.reduce(0, +) - gaps.reduce(0, +)
        guard free >= 0 else { return nil }
        // Room to spare widens the gaps evenly (edges slant more gently), up to 12 columns each.
        for index in gaps.indices where free > 0 {
            let share = min(12, (free + gaps.count - index - 1) / (gaps.count - index))
            gaps[index] += share
            free -= share
        }
        var layout = DiagramLayout(bounds: bounds)
        layout.givenUp = fitting.shortfalls(widestValue: metrics.boxValueWidth)
        var x = bounds.column + free / 2
        var columns: [Column] = []
        for (index, kind) in kinds.enumerated() {
            columns.append(Column(kind: kind, column: x, width: widths[index]))
            x += widths[index] + (index < gaps.count ? gaps[index] : 0)
        }
        for column in columns {
            switch column.kind {
            case .inputs:
                placeInputs(&layout, column: column, top: bounds.row, rows: rows, focus: DiagramFocus())
            case .layer(let layer):
                var top = bounds.row, height = rows
                if layer == output && fitting.lossBelow {
                    let boxes = outputShape.stacking.height(count: 1, detail: outputShape.detail)
                    top += max(0, (rows - boxes - 1 - lossRows) / 2)
                    height = boxes
                    let lossColumn = column.column + (column.width - lossWidth) / 2
                    placeLoss(&layout, column: Column(kind: .loss, column: lossColumn, width: lossWidth),
                              top: top + boxes + 1, rows: lossRows, padded: fitting.padded)
                }
                placeStack(layer, shape: shapes[layer], &layout, column: column, top: top, rows: height,
                           padded: fitting.padded, nameColumn: bandNameWidth(fitting))
            case .loss:
                placeLoss(&layout, column: column, top: bounds.row, rows: rows, padded: fitting.padded)
            }
        }
        settleInputs(&layout)
        if fitting.stackedInputs && !stackInputs(&layout) { return nil }
        for (source, target) in zip(columns, columns.dropFirst()) {
            let edges = routeGap(layout, from: source, to: target, labelWidth: label)
            if case .layer = target.kind, edges.contains(where: { $0.label == nil }) {
                layout.givenUp.append(.weightLabels)
            }
            let drawn = edges.count <= Self.maximumDrawnEdges
            layout.edges += edges
            layout.alwaysDrawn += Array(repeating: drawn, count: edges.count)
        }
        if fitting.lossBelow, let loss = layout.loss,
           let box = layout.neurons.first(where: { $0.layer == output }) {
            let column = loss.rect.rightColumn - 3
            let cells = (box.rect.bottomRow..<loss.rect.row).map { EdgeRoute.Cell(row: $0, column: column, piece: .vertical) }
            layout.edges.append(EdgeRoute(kind: .loss(0), cells: cells))
            layout.alwaysDrawn.append(true)
        }
        return layout
    }

    /// Moves each of two or more inputs off the rows where the first layer's edges enter
    /// their boxes, to the nearest free row (keeping the inputs in order), so an input's
    /// line runs to its trunk without touching the turn of another edge, and no input
    /// joins its trunk where a branch leaves it (a ┼ that would read as a crossing).
    func settleInputs(_ layout: inout DiagramLayout) {
        let count = layout.inputs.count
        guard count >= 2 else { return }
        let entries = Set(layout.neurons.filter { $0.layer == 0 }.flatMap { box in
            (0..<count).map { Self.port($0, of: count, over: box.valueRows) }
        })
        var above = layout.bounds.row - 1
        for index in layout.inputs.indices {
            let slot = layout.inputs[index]
            let below = index + 1 < count ? layout.inputs[index + 1].rect.row : layout.bounds.bottomRow
            let free = (0..<layout.bounds.rows).flatMap { [slot.rect.row - $0, slot.rect.row + $0] }
                .first { !entries.contains($0) && $0 > above && $0 < below }
            if let free, free != slot.rect.row {
                var rect = slot.rect
                rect.row = free
                layout.inputs[index] = .init(index: slot.index, rect: rect)
            }
            above = layout.inputs[index].rect.row
        }
    }

    /// Gives each input's value a row of its own next to its name's, on the side away from
    /// the middle of the diagram (else the other side); false when an input has no free row.
    func stackInputs(_ layout: inout DiagramLayout) -> Bool {
        var taken = Set(layout.inputs.map(\.rect.row))
        let middle = layout.bounds.row + layout.bounds.rows / 2
        for index in layout.inputs.indices {
            let row = layout.inputs[index].rect.row
            let sides = row < middle ? [row - 1, row + 1] : [row + 1, row - 1]
            guard let free = sides.first(where: { $0 >= layout.bounds.row && $0 < layout.bounds.bottomRow && !taken.contains($0) })
            else { return false }
            layout.inputs[index].valueRow = free
            taken.insert(free)
        }
        return true
    }

    /// Places layer `layer`'s boxes in `column`, stacked as `shape` says, centred in `rows` rows from `top`.
    private func placeStack(_ layer: Int, shape: (detail: DiagramLayout.BoxDetail, stacking: BoxStacking),
                            _ layout: inout DiagramLayout, column: Column, top: Int, rows: Int, padded: Bool,
                            nameColumn: Int) {
        let count = architecture.layers[layer].size
        let detail = shape.detail
        let first = architecture.neuronOffsets[layer]
        func slot(_ j: Int, row: Int, height: Int) -> DiagramLayout.NeuronSlot {
            DiagramLayout.NeuronSlot(neuron: first + j, layer: layer, detail: detail,
                                     rect: Rect(row: row, column: column.column, rows: height, columns: column.width),
                                     padded: padded)
        }
        switch shape.stacking {
        case .apart:
            for (j, row) in Self.spread(count: count, height: detail.height, top: top, rows: rows).enumerated() {
                layout.neurons.append(slot(j, row: row, height: detail.height))
            }
        case .shared:
            let start = top + max(0, (rows - shape.stacking.height(count: count, detail: detail)) / 2)
            for j in 0..<count {
                let last = j == count - 1
                var box = slot(j, row: start + j * (detail.valueRows + 1), height: detail.valueRows + 1 + (last ? 1 : 0))
                box.top = j == 0 ? .own : .shared
                box.hasBottom = last
                layout.neurons.append(box)
            }
        case .bands:
            let start = top + max(0, (rows - shape.stacking.height(count: count, detail: detail)) / 2)
            for j in 0..<count {
                let last = j == count - 1
                let row = j == 0 ? start : start + 1 + j * detail.valueRows
                var band = slot(j, row: row, height: detail.valueRows + (j == 0 ? 1 : 0) + (last ? 1 : 0))
                band.top = j == 0 ? .own : .none
                band.hasBottom = last
                band.nameColumn = nameColumn
                layout.neurons.append(band)
            }
        }
    }
}
