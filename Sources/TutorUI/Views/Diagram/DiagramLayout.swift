import BackpropCore

/// Where each part of the network diagram goes within its rectangle of the screen: the
/// inputs, a box per visible neuron, the loss box, the edges between them and the marks
/// for what does not fit.
///
/// A layout depends only on the network's shape, the text widths, the rectangle and which
/// neurons must be visible; the values and highlights are drawn into it by ``DiagramView``.
/// It never places two things on the same cell: boxes, inputs and markers are disjoint,
/// and edges run only in the gaps between columns.
struct DiagramLayout: Sendable, Hashable {
    /// An input's text: name and value on one row.
    struct InputSlot: Sendable, Hashable {
        /// The input's index.
        let index: Int
        /// Where the text goes (one row).
        let rect: Rect
        /// The row the value goes on when it has one of its own (the name is then alone in
        /// `rect`); nil when the value follows the name.
        var valueRow: Int?
    }

    /// How much a neuron box shows.
    enum BoxDetail: Int, Sendable, Hashable, Comparable {
        /// One row, no border: name and one value (networks larger than the shipped ones).
        case chip
        /// A bordered box with one value row: a (networks larger than the shipped ones).
        case single
        /// A bordered box with two value rows: a and ∂l/∂z (networks larger than the shipped ones).
        case pair
        /// All four values in two rows: z and a (or y) on the forward row, ∂l/∂a (or ∂l/∂y)
        /// and ∂l/∂z on the backward row.
        case compact
        /// A bordered box with all four value rows: z, a, ∂l/∂a, ∂l/∂z.
        case full

        /// The number of value rows.
        var valueRows: Int {
            switch self {
            case .chip, .single: 1
            case .pair, .compact: 2
            case .full: 4
            }
        }

        /// The box's height in rows, with its own top and bottom border.
        var height: Int { self == .chip ? 1 : valueRows + 2 }

        /// Whether the box shows all four values of its neuron.
        var showsAllValues: Bool { self == .full || self == .compact }

        /// Less detail before more.
        static func < (lhs: BoxDetail, rhs: BoxDetail) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The top row of a box in a column of boxes.
    enum TopBorder: Sendable, Hashable {
        /// Its own border with corners: ┌ h1 ─┐.
        case own
        /// The border it shares with the box above: ├ h2 ─┤.
        case shared
        /// None: a band of a layer's box, named in its first row.
        case none
    }

    /// A neuron's box.
    struct NeuronSlot: Sendable, Hashable {
        /// The neuron's flat index.
        let neuron: Int
        /// Its layer.
        let layer: Int
        /// How much it shows.
        let detail: BoxDetail
        /// Where the box goes: its top border (unless `top` is `.none`), its value rows, and
        /// its bottom border when `hasBottom`.
        let rect: Rect
        /// Whether the content has a space of padding inside each border.
        let padded: Bool
        /// The kind of its top row.
        var top: TopBorder = .own
        /// Whether it draws its own bottom border (not when the box below shares it).
        var hasBottom = true
        /// The width of the name column left of the values, for bands named in their first row (0: none).
        var nameColumn = 0

        /// The rows that hold values (inside the border; the one row of a chip).
        var valueRows: Range<Int> {
            if detail == .chip { return rect.row..<(rect.row + 1) }
            return (rect.row + (top == .none ? 0 : 1))..<(rect.bottomRow - (hasBottom ? 1 : 0))
        }

        /// The columns that hold text inside the border and padding (after the name column).
        var contentColumns: Range<Int> {
            let inset = (detail == .chip ? 0 : 1) + (padded ? 1 : 0)
            return (rect.column + inset + nameColumn)..<(rect.rightColumn - inset)
        }
    }

    /// The loss box at the right: a row per target (when they fit), then l (and L).
    struct LossSlot: Sendable, Hashable {
        /// Where the box goes.
        let rect: Rect
        /// The row of each output's target, when the targets are shown.
        let targetRows: [Int]?
        /// The row of the sample's loss l.
        let lossRow: Int
        /// The row of the batch loss L, for a full batch.
        let totalLossRow: Int?
        /// Whether the content has a space of padding inside each border.
        let padded: Bool

        /// The columns that hold text inside the border and padding.
        var contentColumns: Range<Int> {
            let inset = padded ? 2 : 1
            return (rect.column + inset)..<(rect.rightColumn - inset)
        }
    }

    /// A note drawn in the diagram: neurons or layers left out.
    struct Marker: Sendable, Hashable {
        /// Where the text starts.
        let row: Int
        /// The column it starts at.
        let column: Int
        /// The text (at most `width` columns).
        let text: String
    }

    /// The rectangle the diagram fills.
    let bounds: Rect
    /// The visible inputs (none when the first layers are scrolled out of view).
    var inputs: [InputSlot] = []
    /// The visible neurons' boxes.
    var neurons: [NeuronSlot] = []
    /// The loss box, when the output layer is in view.
    var loss: LossSlot?
    /// One cell of the lines drawn at every step.
    struct LineCell: Sendable, Hashable {
        /// The row.
        let row: Int
        /// The column.
        let column: Int
        /// The line piece (or crossing) drawn there.
        let character: Character
    }

    /// Every edge between visible things.
    var edges: [EdgeRoute] = []
    /// The lines drawn at every step, worked out once: every edge of a gap sparse enough to
    /// show them all (branches merged into tees, crossings into ┼ and ╳), and short stubs at both ends of the
    /// edges of denser gaps. Highlighted edges are drawn over them.
    var lines: [LineCell] = []
    /// Whether each edge is drawn at all times (true) or only when highlighted (a gap too
    /// dense to draw every edge), by index into `edges`.
    var alwaysDrawn: [Bool] = []
    /// What is left out, said in words.
    var markers: [Marker] = []
    /// Whether something was left out to keep the focus in view, so another focus may need
    /// another layout; when false the layout serves every step.
    var dependsOnFocus = false
    /// The crossings of the lines drawn at every step, by `row * crossingStride + column`: a
    /// highlighted edge keeps their glyph and changes only their style.
    var crossings: Set<Int> = []
    /// The stride of `crossings`' keys.
    var crossingStride: Int { bounds.rightColumn + 1 }
    /// What the layout gave up to fit, in the documented order (fewer digits, then the
    /// labels of edges), said on the status line; empty when nothing was.
    var givenUp: [DiagramShortfall] = []

    /// Whether the cell at (`row`, `column`) is a crossing of lines drawn at every step.
    func isCrossing(row: Int, column: Int) -> Bool { crossings.contains(row * crossingStride + column) }

    /// The box of a neuron, if it is visible.
    func slot(ofNeuron neuron: Int) -> NeuronSlot? { neurons.first { $0.neuron == neuron } }
}

/// Something the diagram gives up when the screen is too small for all of it, in the order
/// it is given up: digits first, then the weights' labels, then whole values and neurons.
enum DiagramShortfall: Int, Sendable, Hashable, Comparable {
    /// Numbers written with fewer than four significant digits where they are long.
    case digits
    /// The weights' labels on the edges (the panel lists the step's weights instead).
    case weightLabels
    /// Boxes showing fewer than their four values.
    case values
    /// Neurons or layers left out of view (a window around the step's neuron).
    case neurons

    /// The words the status line says it with.
    var words: String {
        switch self {
        case .digits: "digits cut"
        case .weightLabels: "weights below"
        case .values: "values cut"
        case .neurons: "neurons cut"
        }
    }

    static func < (lhs: DiagramShortfall, rhs: DiagramShortfall) -> Bool { lhs.rawValue < rhs.rawValue }
}
