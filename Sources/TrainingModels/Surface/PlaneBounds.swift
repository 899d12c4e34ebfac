import BackpropCore

/// A rectangle of the input plane (x₁ across, x₂ up) that a ``DecisionSurface`` covers.
public struct PlaneBounds: Sendable, Hashable {
    /// The smallest x₁ (left edge).
    public var x1Min: Double
    /// The largest x₁ (right edge).
    public var x1Max: Double
    /// The smallest x₂ (bottom edge).
    public var x2Min: Double
    /// The largest x₂ (top edge).
    public var x2Max: Double

    /// Creates bounds; each minimum must be below its maximum, all finite.
    public init(x1Min: Double, x1Max: Double, x2Min: Double, x2Max: Double) {
        precondition(x1Min < x1Max && x2Min < x2Max && [x1Min, x1Max, x2Min, x2Max].allSatisfy(\.isFinite),
                     "bounds must be finite and not empty")
        self.x1Min = x1Min
        self.x1Max = x1Max
        self.x2Min = x2Min
        self.x2Max = x2Max
    }

    /// The smallest rectangle holding every sample's first two inputs, widened on each side
    /// by `margin` times its width (or height); a side of zero extent becomes ±1 around its value.
    ///
    /// Nil when there is no sample with two finite inputs.
    public init?(enclosing samples: [Sample], margin: Double = 0.1) {
        let points = samples.filter { $0.inputs.count >= 2 && $0.inputs[0].isFinite && $0.inputs[1].isFinite }
        guard !points.isEmpty else { return nil }
        func extent(_ values: [Double]) -> (Double, Double) {
            let low = values.min()!, high = values.max()!
            guard high > low else { return (low - 1, high + 1) }
            let pad = (high - low) * margin
            return (low - pad, high + pad)
        }
        let x1 = extent(points.map { $0.inputs[0] }), x2 = extent(points.map { $0.inputs[1] })
        self.init(x1Min: x1.0, x1Max: x1.1, x2Min: x2.0, x2Max: x2.1)
    }
}
