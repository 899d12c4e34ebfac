import BackpropCore
import BackpropNotation

/// The σ'(z) mark: at the step that computes a neuron's ∂l/∂z from its ∂l/∂a (∂l/∂y), the
/// factor its activation applies, `×σ'(z) 0.2413`, from the core's ``Activation/derivative(z:a:)``.
///
/// It is written with at least four significant digits (the bar the box values meet), so
/// a student can take it from the diagram; where one spot is too narrow for that it goes to
/// the next: the box's own bottom border, its top border after the name (over the bias,
/// which the step does not read), then a free row just below or above the box, named there
/// (`o1 ×σ'(z) 0.1868`) so it never reads as a neighbour's. A band of a layer's box writes it,
/// named, on the nearer border of the layer's box first. Drawn after the rest of the
/// diagram, so it sees which cells are free.
extension NeuronBoxView {
    /// A run of cells on one row the mark may take.
    struct SlopeSpot: Equatable {
        /// The row.
        let row: Int
        /// The columns it may use.
        let columns: Range<Int>
        /// Whether it lies over the bias in the top border (cleared first).
        var coversBias = false
        /// Whether the mark names its neuron there.
        var named = false
        /// Spaces around the mark: before it, and after it when there is room (`.before`);
        /// on both sides beside a box, set against it (`.around(rightAligned)`); none, in
        /// place of the box's name and bias in its top border (`.none`).
        var padding = Padding.before
        /// Where the mark starts if it fits from there, else as far right as it fits (the
        /// box's first column, for a free row next to it); nil: at the first column.
        var anchor: Int?

        /// How a mark is spaced from what is around it.
        enum Padding: Equatable {
            case before
            case around(rightAligned: Bool)
            case none
        }

        /// The columns the padding takes besides the one between label and number.
        var paddingWidth: Int {
            switch padding {
            case .before: 1
            case .around: 2
            case .none: 0
            }
        }
    }

    /// Draws the mark, if this step has one, in the first spot that holds it.
    func drawSlope(into screen: inout Screen) {
        guard isFocus, view.marks.produced == .dldz(slot.neuron),
              view.architecture.layers[slot.layer].activation != .linear,
              let slope = view.values.slope(of: slot.neuron, in: view.architecture) else { return }
        let factor = (view.glyphs.base.isUnicode ? "×" : "x") + view.names.slope(slot.layer)
        for spot in slopeSpots(in: screen) {
            let name = spot.named ? view.names.neurons[slot.neuron] + " " : ""
            let label = name + factor
            let room = spot.columns.count - Screen.width(of: label) - 1 - spot.paddingWidth
            guard let number = Self.slopeText(slope, room: room, context: view.context) else { continue }
            if spot.coversBias {
                screen.fill(Rect(row: spot.row, column: spot.columns.lowerBound, rows: 1, columns: spot.columns.count),
                            with: view.glyphs.base.lines(lineWeight).horizontal, style: lineStyle)
            }
            var text = label + " " + number
            var column = spot.columns.lowerBound
            switch spot.padding {
            case .before:
                text = " " + text + (room > Screen.width(of: number) ? " " : "")
                if let anchor = spot.anchor {
                    column = max(column, min(anchor, spot.columns.upperBound - Screen.width(of: text)))
                }
            case .around(let rightAligned):
                text = " " + text + " "
                if rightAligned { column = spot.columns.upperBound - Screen.width(of: text) }
            case .none: break
            }
            if view.values.hidden == .dldz(slot.neuron) {
                // A quiz asks for this ∂l/∂z: the factor is part of its arithmetic, so it
                // shows as `?`, in the place the number takes once revealed.
                let lead = spot.padding == .none ? "" : " "
                text = lead + label + " ?"
            }
            screen.put(text, row: spot.row, column: column, style: Style(.backward, .bold))
            if spot.padding == .none {
                // In the name's own place: the name keeps the name's style.
                screen.put(view.names.neurons[slot.neuron], row: spot.row, column: column, style: .highlight)
            }
            return
        }
    }

    /// `slope` in at most `room` columns with at least four significant digits (or all it
    /// has, when fewer say it exactly), as many as fit up to the notation's; nil when even
    /// four do not fit.
    static func slopeText(_ slope: Double, room: Int, context: RenderContext) -> String? {
        guard room >= 1 else { return nil }
        let fewest = DiagramValues.fewestDigits(slope, context: context)
        guard Screen.width(of: fewest) <= room else { return nil }
        let text = context.number(slope, fitting: room)
        return Screen.width(of: text) <= room ? text : fewest
    }

    /// Where the mark may go, in order of preference.
    func slopeSpots(in screen: Screen) -> [SlopeSpot] {
        let rect = slot.rect
        var spots: [SlopeSpot] = []
        if slot.nameColumn > 0 {
            // A band: the border of its layer's box nearer the band, with the neuron's name.
            let bands = view.layout.neurons.filter { $0.layer == slot.layer }
            if let first = bands.first, let last = bands.last,
               let index = bands.firstIndex(where: { $0.neuron == slot.neuron }) {
                let onBottom = 2 * index >= bands.count
                let box = onBottom ? last.rect : first.rect
                spots.append(SlopeSpot(row: onBottom ? box.bottomRow - 1 : box.row,
                                       columns: (box.column + 1)..<(box.rightColumn - 1), named: true))
            }
        } else {
            if slot.hasBottom {
                // The bottom border's stretches of plain line, between the edges that meet it.
                let line = view.glyphs.base.lines(lineWeight).horizontal
                spots += Self.runs(row: rect.bottomRow - 1, columns: (rect.column + 1)..<(rect.rightColumn - 1)) {
                    screen.contains(row: $0, column: $1) && screen[$0, $1].character == line
                }.map { SlopeSpot(row: rect.bottomRow - 1, columns: $0) }
            }
            if slot.top != .none {
                // After the name: up to an edge entering from above, and past it.
                let start = rect.column + 3 + Screen.width(of: view.names.neurons[slot.neuron])
                let end = rect.rightColumn - 1
                if let port = port(onRow: rect.row - 1), port > start {
                    spots.append(SlopeSpot(row: rect.row, columns: start..<port, coversBias: true))
                    spots.append(SlopeSpot(row: rect.row, columns: (port + 1)..<end, coversBias: true))
                } else if start < end {
                    spots.append(SlopeSpot(row: rect.row, columns: start..<end, coversBias: true))
                }
            }
        }
        // A free row just below or above the box, starting under (over) it where it fits.
        let bounds = view.layout.bounds
        let near = max(bounds.column, rect.column - 10)..<min(bounds.column + bounds.columns, rect.rightColumn + 2)
        for row in [rect.bottomRow, rect.row - 1] where row >= bounds.row && row < bounds.row + bounds.rows {
            spots += Self.runs(row: row, columns: near) {
                screen.contains(row: $0, column: $1) && screen[$0, $1].character == " "
            }.filter { $0.upperBound > rect.column && $0.lowerBound < rect.rightColumn }
                .map { SlopeSpot(row: row, columns: $0, named: true, anchor: rect.column) }
        }
        // Beside the box on its top or bottom border's row, set against its corner (unnamed there).
        for row in [rect.row, rect.bottomRow - 1] where row >= bounds.row && row < bounds.row + bounds.rows {
            let free = Self.runs(row: row, columns: bounds.column..<(bounds.column + bounds.columns)) {
                screen.contains(row: $0, column: $1) && screen[$0, $1].character == " "
            }
            if let right = free.first(where: { $0.lowerBound == rect.rightColumn }) {
                spots.append(SlopeSpot(row: row, columns: right, padding: .around(rightAligned: false)))
            }
            if let left = free.first(where: { $0.upperBound == rect.column }) {
                spots.append(SlopeSpot(row: row, columns: left, padding: .around(rightAligned: true)))
            }
        }
        if slot.nameColumn == 0, slot.top != .none, port(onRow: rect.row - 1) == nil {
            // Last: the whole top border, the name then the mark, unspaced from the corners.
            spots.append(SlopeSpot(row: rect.row, columns: (rect.column + 1)..<(rect.rightColumn - 1),
                                   coversBias: true, named: true, padding: .none))
        }
        return spots
    }

    /// The runs of consecutive columns of `row` within `columns` where `isFree` holds.
    static func runs(row: Int, columns: Range<Int>, isFree: (Int, Int) -> Bool) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start: Int?
        for column in columns {
            if isFree(row, column) {
                if start == nil { start = column }
            } else if let first = start {
                runs.append(first..<column)
                start = nil
            }
        }
        if let first = start { runs.append(first..<columns.upperBound) }
        return runs
    }
}
