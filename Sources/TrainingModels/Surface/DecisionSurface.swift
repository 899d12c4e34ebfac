import BackpropCore

/// The network's output over a grid of the input plane, with the data points placed on it:
/// what a heat map of the decision boundary (or regression surface) draws.
///
/// The grid has ``columns`` × ``rows`` cells; cell (c, r) is sampled at its center, column 0
/// on the left (smallest x₁) and row 0 at the top (largest x₂), as a screen shows it.
/// ``update(from:)`` recomputes every value with the trainer's fast forward pass
/// (``Trainer/outputs(forEach:output:into:)``), allocating nothing.
public struct DecisionSurface: Sendable {
    /// Cells across.
    public let columns: Int
    /// Cells down.
    public let rows: Int
    /// The part of the plane covered.
    public let bounds: PlaneBounds
    /// Which output neuron is shown.
    public let output: Int
    /// The data points, each in its cell.
    public let points: [SurfacePoint]
    /// Whether every target is 0 or 1, so the points have classes and the outputs lie in [0, 1].
    public let isClassification: Bool
    /// The output at every cell, row by row from the top; NaN until the first update.
    public private(set) var values: [Double]
    /// Every cell center's inputs (x₁, x₂), in the order of ``values``.
    private let gridInputs: [Double]

    /// Creates a surface over `bounds` (or the samples' bounds with a 10% margin) for a
    /// network with two inputs; nil when the samples do not have two inputs, the grid is
    /// empty, or there are no finite bounds.
    public init?(columns: Int, rows: Int, samples: [Sample], bounds: PlaneBounds? = nil, output: Int = 0) {
        guard columns > 0, rows > 0, output >= 0, !samples.isEmpty,
              samples.allSatisfy({ $0.inputs.count == 2 && $0.targets.count > output }),
              let bounds = bounds ?? PlaneBounds(enclosing: samples)
        else { return nil }
        self.columns = columns
        self.rows = rows
        self.bounds = bounds
        self.output = output
        isClassification = samples.allSatisfy { $0.targets[output] == 0 || $0.targets[output] == 1 }
        values = Array(repeating: .nan, count: columns * rows)
        var grid: [Double] = []
        grid.reserveCapacity(2 * columns * rows)
        for r in 0..<rows {
            for c in 0..<columns {
                let center = Self.center(column: c, row: r, columns: columns, rows: rows, bounds: bounds)
                grid += [center.x1, center.x2]
            }
        }
        gridInputs = grid
        let classification = isClassification
        points = samples.compactMap { sample in
            Self.cell(of: sample.inputs[0], sample.inputs[1], columns: columns, rows: rows, bounds: bounds).map {
                SurfacePoint(column: $0.column, row: $0.row, target: sample.targets[output],
                             label: classification ? Int(sample.targets[output]) : nil)
            }
        }
    }

    /// Recomputes every cell's output with the trainer's current parameters.
    ///
    /// The trainer must have two inputs and an output numbered ``output``.
    public mutating func update(from trainer: inout Trainer) {
        trainer.outputs(forEach: gridInputs, output: output, into: &values)
    }

    /// The output at cell (`column`, `row`).
    public func value(column: Int, row: Int) -> Double { values[row * columns + column] }

    /// The inputs (x₁, x₂) at the center of cell (`column`, `row`).
    public func center(column: Int, row: Int) -> (x1: Double, x2: Double) {
        Self.center(column: column, row: row, columns: columns, rows: rows, bounds: bounds)
    }

    /// The range a heat map should span: [0, 1] for classes, else the smallest and largest
    /// of the finite outputs and targets (nil when there is nothing finite).
    public var valueRange: ClosedRange<Double>? {
        if isClassification { return 0...1 }
        var low = Double.infinity, high = -Double.infinity
        for value in values where value.isFinite {
            low = min(low, value)
            high = max(high, value)
        }
        for point in points where point.target.isFinite {
            low = min(low, point.target)
            high = max(high, point.target)
        }
        return low <= high ? low...high : nil
    }

    /// The center of a cell: x₁ from the left edge, x₂ from the top edge.
    static func center(column: Int, row: Int, columns: Int, rows: Int, bounds: PlaneBounds) -> (x1: Double, x2: Double) {
        // Weighted means of the edges, which stay finite however far apart the edges are.
        let across = (Double(column) + 0.5) / Double(columns), down = (Double(row) + 0.5) / Double(rows)
        return (bounds.x1Min * (1 - across) + bounds.x1Max * across, bounds.x2Max * (1 - down) + bounds.x2Min * down)
    }

    /// The cell holding the point (x₁, x₂), or nil when it lies outside the bounds.
    public static func cell(of x1: Double, _ x2: Double, columns: Int, rows: Int,
                            bounds: PlaneBounds) -> (column: Int, row: Int)? {
        let across = spanFraction(of: x1, from: bounds.x1Min, to: bounds.x1Max)
        let down = spanFraction(of: x2, from: bounds.x2Max, to: bounds.x2Min)
        guard (0...1).contains(across), (0...1).contains(down) else { return nil }
        return (Int(clamping: across * Double(columns), to: 0...(columns - 1)),
                Int(clamping: down * Double(rows), to: 0...(rows - 1)))
    }
}

/// A data point placed on a ``DecisionSurface``: its cell, its target and, for two classes, its class.
public struct SurfacePoint: Sendable, Hashable {
    /// The cell's column (0 on the left).
    public var column: Int
    /// The cell's row (0 at the top).
    public var row: Int
    /// The sample's target for the surface's output.
    public var target: Double
    /// The class, 0 or 1, when every target is 0 or 1; nil for regression.
    public var label: Int?

    /// Creates a point.
    public init(column: Int, row: Int, target: Double, label: Int?) {
        self.column = column
        self.row = row
        self.target = target
        self.label = label
    }
}
