import BackpropCore

/// One way of drawing the whole network: how wide numbers are, whether the weights carry
/// labels on their edges and how wide their values are, whether boxes are padded, and
/// whether the loss box sits right of the outputs or below a single output.
///
/// ``DiagramPlanner`` tries these in ``DiagramFitting/preferred(boxValueWidth:)`` order, the
/// first that fits wins, so the layout depends only on the lesson and the size.
struct DiagramFitting: Sendable, Hashable {
    /// The columns a box gives a value (10: −0.0380982 at six digits).
    var valueWidth: Int
    /// The columns a weight's label gives its value, or nil for no labels.
    var labelValueWidth: Int?
    /// Whether boxes have a space of padding inside each border.
    var padded = false
    /// Whether the loss box goes below the one output neuron (saving a column).
    var lossBelow = false
    /// Whether each input's value goes on a row of its own next to its name (saving the
    /// name's width and a space), tried only once boxes are narrower than nine columns.
    var stackedInputs = false
    /// Whether a band's bias gets a single column whatever the width of numbers (as it does
    /// at eight), tried only at nine columns with a layer in bands, before the boxes' values
    /// go down to eight.
    var narrowBias = false

    /// The columns an input gives its value: as many as a box's value, but at most six
    /// (−2.105) once boxes are narrower than nine, so the boxes keep their digits first.
    var inputValueWidth: Int { valueWidth >= 9 ? valueWidth : min(valueWidth, 6) }

    /// The columns the loss box gives its values at most: l and L are positive, 0.02984
    /// keeps four significant digits.
    static let lossValueWidth = 7

    /// The fittings to try, best first: labels on every weight with full numbers, padded;
    /// then narrower numbers (digits are given up first), then narrower label values, each
    /// with the loss box right and then below; for each width of numbers first with the
    /// inputs' values beside their names, then (from eight columns down) on rows of their own
    /// (a box keeps eight columns, four digits of −0.08486, before its labels' values go
    /// below six); then the same without labels. Where a layer is drawn as bands, nine
    /// columns packed tighter (a band's bias in one column, then also the inputs' values on
    /// rows of their own) come just before eight columns with labels no wider, so a box
    /// keeps four digits of −0.004491 where only the bands' name column stood in the way,
    /// never at the cost of a label's digit.
    static func preferred(boxValueWidth widest: Int) -> [DiagramFitting] {
        let pairs: [(Int, Int)] = [(widest, 8), (9, 8), (9, 7), (9, 6), (8, 7), (8, 6), (8, 5), (7, 6), (7, 5), (6, 5)]
            .filter { $0.0 <= widest }
        var list = [DiagramFitting(valueWidth: widest, labelValueWidth: 8, padded: true)]
        var tight: [(label: Int, fittings: [DiagramFitting])] = (widest >= 9 ? [8, 7, 6] : []).map { label in
            (label, [false, true].flatMap { stacked in
                [false, true].map { DiagramFitting(valueWidth: 9, labelValueWidth: label, lossBelow: $0,
                                                   stackedInputs: stacked, narrowBias: true) }
            })
        }
        // For each width of numbers: every label width with the inputs' values beside their
        // names, then (from eight columns down) every label width with them on rows of their own.
        var values: [Int] = []
        for (value, _) in pairs where values.last != value { values.append(value) }
        for value in values {
            for stacked in value <= 8 ? [false, true] : [false] {
                for (_, label) in pairs.filter({ $0.0 == value }) {
                    while value == 8, let next = tight.first, next.label >= label {
                        list += next.fittings
                        tight.removeFirst()
                    }
                    for below in [false, true] {
                        list.append(DiagramFitting(valueWidth: value, labelValueWidth: label, lossBelow: below,
                                                   stackedInputs: stacked))
                    }
                }
            }
        }
        list += tight.flatMap(\.fittings)
        for value in stride(from: widest, through: 6, by: -1) {
            for below in [false, true] { list.append(DiagramFitting(valueWidth: value, labelValueWidth: nil, lossBelow: below)) }
        }
        return list
    }

    /// What this fitting gives up, given the widest value it must write: digits when a box
    /// or label is too narrow for four significant digits of a small number (−0.001234 in
    /// a box, −0.1234 on an edge).
    func shortfalls(widestValue: Int) -> [DiagramShortfall] {
        var given: [DiagramShortfall] = []
        if valueWidth < min(widestValue, 8) || (labelValueWidth ?? 8) < 6 { given.append(.digits) }
        if labelValueWidth == nil { given.append(.weightLabels) }
        return given
    }
}

/// How a column of neuron boxes is stacked: apart with a row between, sharing borders, or
/// as bands of one box.
enum BoxStacking: Sendable, Hashable {
    /// Each box with its own border, spread over the column.
    case apart
    /// Boxes touching, each sharing its top border with the bottom of the one above.
    case shared
    /// One box for the layer, a band of two rows per neuron named in its first row.
    case bands

    /// The rows `count` boxes of `detail` need stacked this way.
    func height(count: Int, detail: DiagramLayout.BoxDetail) -> Int {
        switch self {
        case .apart: count * detail.height + (count - 1)
        case .shared: 1 + count * (detail.valueRows + 1)
        case .bands: 2 + count * detail.valueRows
        }
    }

    /// The most detailed way to stack `count` neurons in `rows` rows, if any shows all four values.
    static func best(count: Int, rows: Int) -> (detail: DiagramLayout.BoxDetail, stacking: BoxStacking)? {
        let options: [(DiagramLayout.BoxDetail, BoxStacking)] = [
            (.full, .apart), (.full, .shared), (.compact, .apart), (.compact, .shared), (.compact, .bands),
        ]
        return options.first { $0.1.height(count: count, detail: $0.0) <= rows }
    }
}
