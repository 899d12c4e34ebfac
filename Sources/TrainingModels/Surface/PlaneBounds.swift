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
    /// by `margin` times its width (or height); a side of zero extent becomes ±1 around its
    /// value (± one unit in the last place where 1 is lost to rounding, as at 10¹⁷).
    ///
    /// Nil when there is no sample with two finite inputs. Any finite inputs give valid
    /// bounds: the edges stay finite (clamped to the largest Double) and apart.
    public init?(enclosing samples: [Sample], margin: Double = 0.1) {
        let points = samples.filter { $0.inputs.count >= 2 && $0.inputs[0].isFinite && $0.inputs[1].isFinite }
        guard !points.isEmpty else { return nil }
        func extent(_ values: [Double]) -> (Double, Double) {
            var low = values[0], high = values[0]
            for value in values {
                low = min(low, value)
                high = max(high, value)
            }
            // Halved first where the width overflows, so that the pad stays finite.
            let width = high - low
            let pad = high == low ? max(1, low.ulp)
                : (width.isFinite ? width * margin : (high / 2 - low / 2) * (2 * margin))
            let largest = Double.greatestFiniteMagnitude
            return (max(-largest, low - pad), min(largest, high + pad))
        }
        let x1 = extent(points.map { $0.inputs[0] }), x2 = extent(points.map { $0.inputs[1] })
        self.init(x1Min: x1.0, x1Max: x1.1, x2Min: x2.0, x2Max: x2.1)
    }
}
