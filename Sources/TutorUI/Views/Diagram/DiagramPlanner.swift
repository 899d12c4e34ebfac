import BackpropCore

/// What must stay in view when not everything fits: the neurons and inputs a step is about.
struct DiagramFocus: Sendable, Hashable {
    /// Flat indices of neurons that must be visible.
    var neurons: [Int] = []
    /// Indices of inputs that must be visible.
    var inputs: [Int] = []
}

/// Plans a ``DiagramLayout``, once per lesson and size.
///
/// First as a whole (``planWhole(in:)``): every neuron with its four values and every
/// weight labelled next to its own edge, trying ``DiagramFitting``s in order (narrower
/// numbers first, then narrower label values, then no labels); a chain too long for one row
/// is drawn in two bands (``planChain(in:)``). Only a network larger than the shipped ones
/// in a small window falls back to cutting down around the step's focus: box height (fewer
/// value rows, down to one-row chips), then whole neurons (a window of the column, with
/// "⋮ n more" above or below) and whole layers (a window of the layers, with a note at the
/// top). What a layout gives up is in ``DiagramLayout/givenUp``, said on the status line.
struct DiagramPlanner {
    /// The network's shape.
    let architecture: Architecture
    /// The widths of its texts.
    let metrics: DiagramMetrics
    /// The pieces lines are drawn with.
    let glyphs: DiagramGlyphs

    /// The narrowest gap between columns that still shows edges.
    static let minimumGap = 4
    /// The narrowest value a box writes (0.593).
    static let minimumBoxValueWidth = 5
    /// The most edges a gap draws at all times; denser gaps draw only highlighted edges.
    static let maximumDrawnEdges = 24

    /// A column across the diagram.
    enum ColumnKind: Hashable {
        /// The inputs.
        case inputs
        /// A layer's boxes.
        case layer(Int)
        /// The loss box.
        case loss
    }

    /// Where a column goes across.
    struct Column: Hashable {
        /// What the column holds.
        let kind: ColumnKind
        /// Its left column on the screen.
        let column: Int
        /// Its width.
        let width: Int
        /// The screen column just right of it.
        var rightColumn: Int { column + width }
    }

    /// The widest a box gets: border and padding, the value label, a space, the value.
    var widestBox: Int { 4 + metrics.valueLabelWidth + 1 + metrics.boxValueWidth }
    /// The narrowest a box gets: border, label, space, a short value.
    var narrowestBox: Int { 2 + metrics.valueLabelWidth + 1 + Self.minimumBoxValueWidth }

    /// The rows the diagram would like: every box full with a row between boxes, the inputs
    /// a row apart, the loss box, and a row of margin.
    func preferredRows(columns: Int) -> Int {
        prefersChain(columns: columns) ? Self.chainRows : preferredRows()
    }

    /// The rows the diagram would like in one row of columns.
    func preferredRows() -> Int {
        let tallestLayer = architecture.layers.map { $0.size * 6 + ($0.size - 1) }.max() ?? 0
        let inputs = 2 * architecture.inputCount - 1
        return max(tallestLayer, inputs, lossHeight(showingTargets: true)) + 1
    }

    /// The layout within `bounds`: every neuron with its four values, the same for every
    /// step, when that fits (``planWhole(in:)``); otherwise, for a network larger than the
    /// shipped ones in a small window, cut down around `focus`.
    func plan(in bounds: Rect, focus: DiagramFocus) -> DiagramLayout {
        guard bounds.rows >= 3, bounds.columns >= 20 else { return DiagramLayout(bounds: bounds) }
        if prefersChain(columns: bounds.columns), let chain = planChain(in: bounds) { return chain }
        if let whole = planWhole(in: bounds) ?? planChain(in: bounds) { return whole }
        let all = 0..<architecture.layers.count
        // Rows do not depend on columns: place everything once far apart to learn how far
        // each gap's edges must rise or fall, then choose box widths and give the gaps
        // their widths by that need.
        let probe = place(across(all, box: narrowestBox, padded: false, labelled: false), in: bounds,
                          gaps: Array(repeating: 1000, count: kinds(for: all).count - 1), focus: focus)
        let across = planColumns(width: bounds.columns, focus: focus, rises: probe.rises)
        var rises = probe.rises
        if across.layers != all {
            rises = place(across, in: bounds, gaps: Array(repeating: 1000, count: across.kinds.count - 1), focus: focus).rises
        }
        let gaps = gapWidths(across, width: bounds.columns, rises: rises)
        var layout = place(across, in: bounds, gaps: gaps, focus: focus).layout
        var given: Set<DiagramShortfall> = [.digits]
        if !layout.labelsAllWeights { given.insert(.weightLabels) }
        if layout.neurons.contains(where: { !$0.detail.showsAllValues }) { given.insert(.values) }
        if layout.neurons.count < architecture.neuronCount { given.insert(.neurons) }
        layout.givenUp = given.sorted()
        finishLines(of: &layout)
        return layout
    }

    /// Works out the lines drawn at every step and where they cross.
    func finishLines(of layout: inout DiagramLayout) {
        let (lines, crossings) = lines(of: layout)
        layout.lines = lines
        layout.crossings = crossings
    }

    /// The lines drawn at every step: the edges of sparse gaps, merged where they cross,
    /// and stubs for the edges of dense gaps; and the cells where lines cross.
    func lines(of layout: DiagramLayout) -> (lines: [DiagramLayout.LineCell], crossings: Set<Int>) {
        var pieces: [Int: (index: Int, piece: EdgePiece, sides: EdgePiece.Sides, diagonal: Bool)] = [:]
        var cells: [DiagramLayout.LineCell] = []
        var crossings: Set<Int> = []
        let width = layout.crossingStride
        func add(_ cell: EdgeRoute.Cell, merging: Bool) {
            let key = cell.row * width + cell.column
            if var existing = pieces[key] {
                guard merging else { return }
                if existing.piece != cell.piece { crossings.insert(key) }
                existing.sides.formUnion(cell.piece.sides)
                existing.diagonal = existing.diagonal || cell.piece.isDiagonal
                pieces[key] = existing
                cells[existing.index] = .init(row: cell.row, column: cell.column,
                                              character: glyphs.merged(existing.sides, diagonal: existing.diagonal))
            } else {
                pieces[key] = (cells.count, cell.piece, cell.piece.sides, cell.piece.isDiagonal)
                cells.append(.init(row: cell.row, column: cell.column, character: glyphs.character(cell.piece, heavy: false)))
            }
        }
        for (edge, always) in zip(layout.edges, layout.alwaysDrawn) where always {
            for cell in edge.cells { add(cell, merging: true) }
        }
        for (edge, always) in zip(layout.edges, layout.alwaysDrawn) where !always {
            for end in [edge.sourceEnd, edge.targetEnd].compactMap({ $0 }) {
                add(EdgeRoute.Cell(row: end.row, column: end.column, piece: .horizontal), merging: false)
            }
        }
        return (cells, crossings)
    }

    /// The layout with the given gap widths, and the largest rise or fall of an edge in each gap.
    private func place(_ across: Across, in bounds: Rect, gaps: [Int], focus: DiagramFocus) -> (layout: DiagramLayout, rises: [Int]) {
        var layout = DiagramLayout(bounds: bounds)
        let windowed = across.layers.count < architecture.layers.count
        let top = bounds.row + (windowed ? 1 : 0)
        let rows = bounds.rows - (windowed ? 1 : 0)
        let used = across.widths.reduce(0, +) + gaps.reduce(0, +)
        var x = bounds.column + max(0, (bounds.columns - used) / 2)
        var columns: [Column] = []
        for (index, kind) in across.kinds.enumerated() {
            columns.append(Column(kind: kind, column: x, width: across.widths[index]))
            if index < gaps.count { x += across.widths[index] + gaps[index] }
        }
        if windowed {
            addLayerMarkers(&layout, visible: across.layers)
            layout.dependsOnFocus = true
        }
        for column in columns {
            switch column.kind {
            case .inputs: placeInputs(&layout, column: column, top: top, rows: rows, focus: focus)
            case .layer(let layer): placeLayer(layer, &layout, column: column, top: top, rows: rows, padded: across.padded, focus: focus)
            case .loss: placeLoss(&layout, column: column, top: top, rows: rows, padded: across.padded)
            }
        }
        var rises: [Int] = []
        for (source, target) in zip(columns, columns.dropFirst()) {
            let edges = routeGap(layout, from: source, to: target, labelWidth: across.labelled ? metrics.weightLabelWidth : nil)
            let rise = edges.map { abs(($0.targetEnd?.row ?? 0) - ($0.sourceEnd?.row ?? 0)) }.max() ?? 0
            rises.append(rise)
            // Every edge is drawn only when there are few enough and each can slant as a
            // clean diagonal; otherwise stubs say the columns are connected, and only the
            // step's own edges are drawn in full.
            let drawn = edges.count <= Self.maximumDrawnEdges && target.column - source.rightColumn >= rise + 2
            layout.edges += edges
            layout.alwaysDrawn += Array(repeating: drawn, count: edges.count)
        }
        return (layout, rises)
    }

    /// The width of each gap: each first gets what its steepest edge needs to slant with
    /// diagonals (as far as the room allows), then what is left is shared out evenly.
    func gapWidths(_ across: Across, width: Int, rises: [Int]) -> [Int] {
        let count = across.kinds.count - 1
        guard count > 0 else { return [] }
        var gaps = needs(across, rises: nil)
        var free = width - across.widths.reduce(0, +) - gaps.reduce(0, +)
        guard free > 0 else { return gaps }
        let wanted = needs(across, rises: rises)
        let extras = zip(wanted, gaps).map { max(0, $0 - $1) }
        let total = extras.reduce(0, +)
        for index in gaps.indices {
            gaps[index] += total <= free ? extras[index] : extras[index] * free / max(1, total)
        }
        free = width - across.widths.reduce(0, +) - gaps.reduce(0, +)
        for index in gaps.indices where free > 0 {
            let share = free / (count - index)
            gaps[index] += share
            free -= share
        }
        return gaps
    }

    // MARK: - Across

    /// The plan across: the kinds of column in view and their widths, the layers in view,
    /// the box padding and whether edges carry labels.
    struct Across {
        var kinds: [ColumnKind]
        var widths: [Int]
        var layers: Range<Int>
        var padded: Bool
        var labelled: Bool
    }

    /// Chooses box width, padding, labels and the layers in view for `width` columns, given
    /// how far the edges in each gap rise or fall with every layer in view.
    ///
    /// In order of preference: every layer with labelled edges and padded boxes; every layer
    /// with edges that slant as diagonals, boxes as wide as that allows; every layer with
    /// gaps of the minimum width; the widest window of layers around the focus that fits.
    func planColumns(width: Int, focus: DiagramFocus, rises: [Int]) -> Across {
        let all = 0..<architecture.layers.count
        var options = [across(all, box: widestBox, padded: true, labelled: true),
                       across(all, box: widestBox, padded: true, labelled: false)]
        for box in stride(from: widestBox - 2, through: narrowestBox, by: -1) {
            options.append(across(all, box: box, padded: false, labelled: false))
        }
        for option in options where fits(option, width: width, gaps: needs(option, rises: rises)) {
            return option
        }
        for option in options.dropFirst() where fits(option, width: width, gaps: needs(option, rises: nil)) {
            return option
        }
        let focusLayers = focus.neurons.map { position(of: $0).layer }
        let centre = focusLayers.isEmpty ? 0 : (focusLayers.min()! + focusLayers.max()!) / 2
        var count = all.count - 1
        while count > 1 {
            let start = min(max(0, centre - (count - 1) / 2), all.count - count)
            let window = start..<(start + count)
            for box in stride(from: widestBox - 2, through: narrowestBox, by: -1) {
                let option = across(window, box: box, padded: false, labelled: false)
                if fits(option, width: width, gaps: needs(option, rises: nil)) { return option }
            }
            count -= 1
        }
        let only = min(max(0, centre), all.count - 1)
        return across(only..<(only + 1), box: narrowestBox, padded: false, labelled: false)
    }

    /// The narrowest each gap of `option` may be: room for its steepest edge to slant as a
    /// diagonal (and for a label), or the minimum when `rises` is nil.
    private func needs(_ option: Across, rises: [Int]?) -> [Int] {
        (0..<(option.kinds.count - 1)).map { gap in
            let label = labelWidth(ofGap: gap, in: option)
            let base = label > 0 ? label + 4 : Self.minimumGap
            guard let rises, rises.count == option.kinds.count - 1 else { return base }
            return max(base, rises[gap] + 2 + label)
        }
    }

    /// The width of the weight labels in gap `gap` (before column `gap + 1`), or 0 when it has none.
    private func labelWidth(ofGap gap: Int, in option: Across) -> Int {
        guard option.labelled, case .layer = option.kinds[gap + 1] else { return 0 }
        return metrics.weightLabelWidth
    }

    /// Whether `option`'s columns and gaps fit in `width`.
    private func fits(_ option: Across, width: Int, gaps: [Int]) -> Bool {
        option.widths.reduce(0, +) + gaps.reduce(0, +) <= width
    }

    /// The kinds of column in view for `layers`: the inputs with the first layer, the loss
    /// with the last.
    private func kinds(for layers: Range<Int>) -> [ColumnKind] {
        (layers.lowerBound == 0 ? [.inputs] : []) + layers.map { .layer($0) }
            + (layers.upperBound == architecture.layers.count ? [.loss] : [])
    }

    private func width(of kind: ColumnKind, box: Int, padded: Bool) -> Int {
        switch kind {
        case .inputs: metrics.inputWidth
        case .layer: box
        case .loss: metrics.lossContentWidth + (padded ? 4 : 2)
        }
    }

    private func across(_ layers: Range<Int>, box: Int, padded: Bool, labelled: Bool) -> Across {
        let kinds = kinds(for: layers)
        return Across(kinds: kinds, widths: kinds.map { width(of: $0, box: box, padded: padded) }, layers: layers,
                      padded: padded, labelled: labelled)
    }

    private func addLayerMarkers(_ layout: inout DiagramLayout, visible: Range<Int>) {
        let bounds = layout.bounds
        let before = visible.lowerBound, after = architecture.layers.count - visible.upperBound
        func words(_ count: Int) -> String { count == 1 ? "1 more layer" : "\(count) more layers" }
        if before > 0 {
            layout.markers.append(.init(row: bounds.row, column: bounds.column, text: glyphs.base.arrowLeft + " " + words(before)))
        }
        if after > 0 {
            let text = words(after) + " " + glyphs.base.arrowRight
            layout.markers.append(.init(row: bounds.row, column: bounds.rightColumn - Screen.width(of: text), text: text))
        }
    }

    // MARK: - Down

    /// The tops of `count` items `height` rows high spread evenly over `rows` rows from `top`.
    static func spread(count: Int, height: Int, top: Int, rows: Int) -> [Int] {
        (0..<count).map { top + max(0, ((2 * $0 + 1) * rows - count * height) / (2 * count)) }
    }

    /// The part of `count` items that fits `capacity` slots, keeping `keep` in view, and
    /// how many are left out before and after.
    static func window(count: Int, capacity: Int, keep: [Int]) -> Range<Int> {
        guard count > capacity else { return 0..<count }
        let capacity = max(1, capacity)
        let centre = keep.isEmpty ? 0 : (keep.min()! + keep.max()!) / 2
        let start = min(max(0, centre - (capacity - 1) / 2), count - capacity)
        return start..<(start + capacity)
    }

    /// Adds "⋮ n more" above and below a column whose `window` leaves items out.
    private func addElisionMarkers(_ layout: inout DiagramLayout, window: Range<Int>, count: Int,
                                   column: Column, top: Int, rows: Int) {
        func text(_ n: Int) -> String {
            let full = "\(glyphs.verticalEllipsis) \(n) more"
            return Screen.width(of: full) <= column.width ? full : String(glyphs.verticalEllipsis)
        }
        if window.lowerBound > 0 {
            layout.markers.append(.init(row: top, column: column.column, text: text(window.lowerBound)))
        }
        if window.upperBound < count {
            layout.markers.append(.init(row: top + rows - 1, column: column.column, text: text(count - window.upperBound)))
        }
    }

    func placeInputs(_ layout: inout DiagramLayout, column: Column, top: Int, rows: Int, focus: DiagramFocus) {
        let count = architecture.inputCount
        var window = 0..<count, top = top, rows = rows
        if count > rows {
            window = Self.window(count: count, capacity: rows - 2, keep: focus.inputs)
            layout.dependsOnFocus = true
            addElisionMarkers(&layout, window: window, count: count, column: column, top: top, rows: rows)
            top += 1
            rows -= 2
        }
        let tops = Self.spread(count: window.count, height: 1, top: top, rows: rows)
        for (input, row) in zip(window, tops) {
            layout.inputs.append(.init(index: input, rect: Rect(row: row, column: column.column, rows: 1, columns: column.width)))
        }
    }

    /// The most a box can show in a column of `count` neurons within `rows` rows.
    static func detail(count: Int, rows: Int) -> DiagramLayout.BoxDetail? {
        for detail in [DiagramLayout.BoxDetail.full, .pair, .single, .chip] where count * detail.height <= rows {
            return detail
        }
        return nil
    }

    private func placeLayer(_ layer: Int, _ layout: inout DiagramLayout, column: Column, top: Int, rows: Int,
                            padded: Bool, focus: DiagramFocus) {
        let count = architecture.layers[layer].size
        var window = 0..<count, top = top, rows = rows
        let detail: DiagramLayout.BoxDetail
        if let fits = Self.detail(count: count, rows: rows) {
            detail = fits
        } else {
            detail = .chip
            let first = architecture.neuronOffsets[layer]
            let keep = focus.neurons.filter { (first..<(first + count)).contains($0) }.map { $0 - first }
            window = Self.window(count: count, capacity: rows - 2, keep: keep)
            layout.dependsOnFocus = true
            addElisionMarkers(&layout, window: window, count: count, column: column, top: top, rows: rows)
            top += 1
            rows -= 2
        }
        let tops = Self.spread(count: window.count, height: detail.height, top: top, rows: rows)
        for (j, row) in zip(window, tops) {
            layout.neurons.append(.init(
                neuron: architecture.neuronIndex(layer: layer, neuron: j), layer: layer, detail: detail,
                rect: Rect(row: row, column: column.column, rows: detail.height, columns: column.width),
                padded: padded && detail != .chip))
        }
    }

    /// The loss box's height: border, a row per target when shown, l, and L for a batch.
    func lossHeight(showingTargets: Bool) -> Int {
        2 + (showingTargets ? architecture.outputCount : 0) + 1 + (metrics.showsTotalLoss ? 1 : 0)
    }

    func placeLoss(_ layout: inout DiagramLayout, column: Column, top: Int, rows: Int, padded: Bool) {
        let showsTargets = lossHeight(showingTargets: true) <= rows
        let height = min(rows, lossHeight(showingTargets: showsTargets))
        let boxTop = top + max(0, (rows - height) / 2)
        let rect = Rect(row: boxTop, column: column.column, rows: height, columns: column.width)
        var row = boxTop + 1
        var targetRows: [Int]?
        if showsTargets {
            targetRows = (0..<architecture.outputCount).map { row + $0 }
            row += architecture.outputCount
        }
        let lossRow = min(row, rect.bottomRow - 2)
        let totalRow = metrics.showsTotalLoss ? min(row + 1, rect.bottomRow - 2) : nil
        layout.loss = .init(rect: rect, targetRows: targetRows, lossRow: lossRow,
                            totalLossRow: totalRow == lossRow ? nil : totalRow, padded: padded)
    }

    // MARK: - Edges

    /// The position of a neuron by flat index.
    func position(of neuron: Int) -> NeuronPosition {
        var layer = architecture.layers.count - 1
        while architecture.neuronOffsets[layer] > neuron { layer -= 1 }
        return NeuronPosition(layer: layer, neuron: neuron - architecture.neuronOffsets[layer])
    }

    /// Row `j` of `count` ports spread over `rows`: top and bottom first, then between.
    static func port(_ j: Int, of count: Int, over rows: Range<Int>) -> Int {
        let k = rows.count
        guard count > 1, k > 1 else { return rows.lowerBound + (k - 1) / 2 }
        if count <= k { return rows.lowerBound + (j * (k - 1) + (count - 1) / 2) / (count - 1) }
        return rows.lowerBound + j * k / count
    }

    /// Every edge from the `source` column to the `target` column, weights labelled with
    /// labels `labelWidth` wide where each edge has a straight run of its own for one.
    func routeGap(_ layout: DiagramLayout, from source: Column, to target: Column, labelWidth: Int?) -> [EdgeRoute] {
        let gapStart = source.rightColumn, gapEnd = target.column
        guard gapEnd - gapStart >= 2 else { return [] }
        var edges: [EdgeRoute] = []
        switch (source.kind, target.kind) {
        case (.inputs, .layer(0)):
            let sources = layout.inputs.map { (row: $0.rect.row..<($0.rect.row + 1), index: $0.index) }
            edges = weightEdges(into: 0, sources: sources, layout: layout, gapStart: gapStart, gapEnd: gapEnd, labelWidth: labelWidth)
        case let (.layer(from), .layer(to)) where to == from + 1:
            let sources = layout.neurons.filter { $0.layer == from }
                .map { (row: $0.valueRows, index: $0.neuron - architecture.neuronOffsets[from]) }
            edges = weightEdges(into: to, sources: sources, layout: layout, gapStart: gapStart, gapEnd: gapEnd, labelWidth: labelWidth)
        case (.layer, .loss):
            guard let loss = layout.loss else { return [] }
            let outputs = layout.neurons.filter { $0.layer == architecture.outputLayer }
            let interior = (loss.rect.row + 1)..<(loss.rect.bottomRow - 1)
            for (j, box) in outputs.enumerated() {
                let output = box.neuron - architecture.outputOffset
                let entry = loss.targetRows?[output] ?? Self.port(j, of: outputs.count, over: interior)
                let exit = Self.port(0, of: 1, over: box.valueRows)
                edges.append(EdgeRoute(kind: .loss(output), sourceRow: exit, targetRow: entry, firstColumn: gapStart,
                                       lastColumn: gapEnd - 1, slant: (gapStart + 1)..<(gapEnd - 1)))
            }
        default:
            return []
        }
        return edges
    }

    /// The weight edges into layer `layer` from `sources` (their port rows and in-layer index).
    ///
    /// With labels, first the edges slant in one part of the gap and each label goes on a
    /// straight run of its own edge in the other part: next to the target when each source
    /// enters it on its own row, else next to the source when each target leaves it on its
    /// own row. When that does not label every edge, the edges slant in the middle and each
    /// label goes where it finds room next to its edge (``placeLabels(_:gapStart:gapEnd:width:)``).
    private func weightEdges(into layer: Int, sources: [(row: Range<Int>, index: Int)], layout: DiagramLayout,
                             gapStart: Int, gapEnd: Int, labelWidth: Int?) -> [EdgeRoute] {
        let targets = layout.neurons.filter { $0.layer == layer }
        let distinctEntries = targets.allSatisfy { sources.count <= $0.valueRows.count }
        if layer == 0, distinctEntries,
           let edges = trunkEdges(into: targets, sources: sources, gapStart: gapStart, gapEnd: gapEnd, labelWidth: labelWidth) {
            return edges
        }
        let distinctExits = sources.allSatisfy { targets.count <= $0.row.count }
        let fewEnough = sources.count * targets.count <= Self.maximumDrawnEdges
        func route(slant: Range<Int>) -> [EdgeRoute] {
            var edges: [EdgeRoute] = []
            for (s, source) in sources.enumerated() {
                for (t, target) in targets.enumerated() {
                    let j = target.neuron - architecture.neuronOffsets[layer]
                    let p = architecture.weightIndex(layer: layer, neuron: j, input: source.index)
                    edges.append(EdgeRoute(kind: .weight(p), sourceRow: Self.port(t, of: targets.count, over: source.row),
                                           targetRow: Self.port(s, of: sources.count, over: target.valueRows),
                                           firstColumn: gapStart, lastColumn: gapEnd - 1, slant: slant,
                                           joinsAtEnd: !distinctEntries))
                }
            }
            return edges
        }
        let middle = (gapStart + 1)..<(gapEnd - 1)
        guard let width = labelWidth, fewEnough, gapEnd - gapStart >= width + 1 else { return route(slant: middle) }
        if gapEnd - gapStart >= width + 3 && (distinctEntries || distinctExits) {
            let atTarget = distinctEntries
            var edges = route(slant: atTarget ? (gapStart + 1)..<(gapEnd - 1 - width) : (gapStart + 1 + width)..<(gapEnd - 1))
            for index in edges.indices {
                let row = atTarget ? edges[index].targetEnd!.row : edges[index].sourceEnd!.row
                edges[index].label = Rect(row: row, column: atTarget ? gapEnd - 1 - width : gapStart + 1, rows: 1, columns: width)
                edges[index].labelAtSource = !atTarget
            }
            return edges
        }
        var edges = route(slant: middle)
        placeLabels(&edges, gapStart: gapStart, gapEnd: gapEnd, width: width)
        return edges
    }

    /// The edges from two or more inputs into the first layer with each input's own trunk:
    /// every edge runs from its input to a column of the gap kept for that input, along it
    /// to its target's row and straight on into the target, labelled next to the target.
    /// So each edge visibly leaves its own input, and edges of different inputs only cross
    /// (┼), never meet. Of the trunks in input order and in reverse, the order with fewer
    /// crossings wins. Nil when the gap has no room for a trunk per input, the labels and
    /// the column before the targets.
    private func trunkEdges(into targets: [DiagramLayout.NeuronSlot], sources: [(row: Range<Int>, index: Int)],
                            gapStart: Int, gapEnd: Int, labelWidth: Int?) -> [EdgeRoute]? {
        let count = sources.count
        guard count >= 2, gapEnd - gapStart >= count + 1 + (labelWidth ?? 0) else { return nil }
        // A line from each input to the first trunk when there is room, else the trunks
        // start right at the inputs.
        let lead = gapEnd - gapStart >= count + 2 + (labelWidth ?? 0) ? 1 : 0
        func route(trunkOrder: [Int]) -> (edges: [EdgeRoute], sources: [Int]) {
            var edges: [EdgeRoute] = [], owners: [Int] = []
            for (s, source) in sources.enumerated() {
                let turn = gapStart + lead + trunkOrder.firstIndex(of: s)!
                for target in targets {
                    let j = target.neuron - architecture.neuronOffsets[0]
                    let p = architecture.weightIndex(layer: 0, neuron: j, input: source.index)
                    let row = Self.port(s, of: count, over: target.valueRows)
                    var edge = EdgeRoute(kind: .weight(p), sourceRow: source.row.lowerBound, targetRow: row,
                                         firstColumn: gapStart, lastColumn: gapEnd - 1, turn: turn)
                    if let width = labelWidth {
                        edge.label = Rect(row: row, column: gapEnd - 1 - width, rows: 1, columns: width)
                    }
                    edges.append(edge)
                    owners.append(s)
                }
            }
            return (edges, owners)
        }
        let orders = [Array(0..<count), Array((0..<count).reversed())]
        let routes = orders.map { route(trunkOrder: $0) }
        return routes.min { Self.crossingCost($0.edges, sources: $0.sources) < Self.crossingCost($1.edges, sources: $1.sources) }!.edges
    }

    /// How badly edges of different sources (`sources[i]` is edge i's) meet: one for each
    /// cell where they cross, and far more where their lines join into a tee or corner,
    /// which would read as one edge branching from another's source.
    static func crossingCost(_ edges: [EdgeRoute], sources: [Int]) -> Int {
        var cells: [Int: (sources: Set<Int>, sides: EdgePiece.Sides)] = [:]
        for (edge, source) in zip(edges, sources) {
            for cell in edge.cells {
                let key = cell.row * 100_000 + cell.column
                var entry = cells[key] ?? ([], [])
                entry.sources.insert(source)
                entry.sides.formUnion(cell.piece.sides)
                cells[key] = entry
            }
        }
        return cells.values.filter { $0.sources.count > 1 }
            .reduce(0) { $0 + ($1.sides == [.up, .down, .left, .right] ? 1 : 100) }
    }

    /// Gives each edge a label slot `width` wide next to it where the gap has room: on a
    /// straight run of its own at either end, or on a free row just above or below one. An
    /// edge with no room keeps no label. Slots never cover a line or another slot.
    func placeLabels(_ edges: inout [EdgeRoute], gapStart: Int, gapEnd: Int, width: Int) {
        var owners: [Int: Int] = [:]  // row * stride + column → the edge's index, or -1 when shared
        let stride = gapEnd + 1
        for (index, edge) in edges.enumerated() {
            for cell in edge.cells {
                let key = cell.row * stride + cell.column
                owners[key] = owners[key].map { $0 == index ? index : -1 } ?? index
            }
        }
        var taken: Set<Int> = []
        let targetSide = (gapEnd - 1 - width)..<(gapEnd - 1), sourceSide = (gapStart + 1)..<(gapStart + 1 + width)
        func fits(row: Int, columns: Range<Int>, ownedBy index: Int?) -> Bool {
            columns.allSatisfy { column in
                let key = row * stride + column
                return !taken.contains(key) && owners[key] == index
            }
        }
        for index in edges.indices {
            guard let entry = edges[index].targetEnd?.row, let exit = edges[index].sourceEnd?.row else { continue }
            let candidates: [(row: Int, columns: Range<Int>, owner: Int?, atSource: Bool)] = [
                (entry, targetSide, index, false), (exit, sourceSide, index, true),
                (entry - 1, targetSide, nil, false), (entry + 1, targetSide, nil, false),
                (exit - 1, sourceSide, nil, true), (exit + 1, sourceSide, nil, true),
            ]
            for candidate in candidates where fits(row: candidate.row, columns: candidate.columns, ownedBy: candidate.owner) {
                edges[index].label = Rect(row: candidate.row, column: candidate.columns.lowerBound, rows: 1, columns: width)
                edges[index].labelAtSource = candidate.atSource
                for column in candidate.columns { taken.insert(candidate.row * stride + column) }
                break
            }
        }
    }
}

extension DiagramLayout {
    /// Whether every weight edge in view carries its label.
    var labelsAllWeights: Bool {
        edges.allSatisfy { edge in
            if case .weight = edge.kind { return edge.label != nil }
            return true
        }
    }
}
