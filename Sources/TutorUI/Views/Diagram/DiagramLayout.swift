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
    }

    /// How much a neuron box shows.
    enum BoxDetail: Int, Sendable, Hashable, Comparable {
        /// One row, no border: name and one value.
        case chip
        /// A bordered box with one value row.
        case single
        /// A bordered box with two value rows.
        case pair
        /// A bordered box with all four value rows: z, a, ∂l/∂a, ∂l/∂z.
        case full

        /// The number of value rows.
        var valueRows: Int {
            switch self {
            case .chip, .single: 1
            case .pair: 2
            case .full: 4
            }
        }

        /// The box's height in rows.
        var height: Int { self == .chip ? 1 : valueRows + 2 }

        /// Less detail before more.
        static func < (lhs: BoxDetail, rhs: BoxDetail) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// A neuron's box.
    struct NeuronSlot: Sendable, Hashable {
        /// The neuron's flat index.
        let neuron: Int
        /// Its layer.
        let layer: Int
        /// How much it shows.
        let detail: BoxDetail
        /// Where the box goes.
        let rect: Rect
        /// Whether the content has a space of padding inside each border.
        let padded: Bool

        /// The rows that hold values (inside the border; the one row of a chip).
        var valueRows: Range<Int> {
            detail == .chip ? rect.row..<(rect.row + 1) : (rect.row + 1)..<(rect.bottomRow - 1)
        }

        /// The columns that hold text inside the border and padding.
        var contentColumns: Range<Int> {
            let inset = (detail == .chip ? 0 : 1) + (padded ? 1 : 0)
            return (rect.column + inset)..<(rect.rightColumn - inset)
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
    /// show them all (crossings merged into ╳ and ┼), and short stubs at both ends of the
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

    /// The box of a neuron, if it is visible.
    func slot(ofNeuron neuron: Int) -> NeuronSlot? { neurons.first { $0.neuron == neuron } }
}
