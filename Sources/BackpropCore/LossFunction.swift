/// A per-sample loss l(y, t) comparing the network's outputs y with the targets t.
public enum LossFunction: String, CaseIterable, Sendable, Hashable {
    /// l = ½ Σᵢ (tᵢ − yᵢ)², the notes' and the classic worked example's convention.
    case halfSquaredError = "half_squared_error"
    /// l = (1/n) Σᵢ (tᵢ − yᵢ)², the mean over the n outputs.
    case mse
    /// l = −Σᵢ tᵢ ln yᵢ, for a softmax output layer; targets one-hot or probabilities.
    case crossEntropy = "cross_entropy"
    /// l = −Σᵢ [tᵢ ln yᵢ + (1 − tᵢ) ln(1 − yᵢ)], for sigmoid outputs.
    case binaryCrossEntropy = "binary_cross_entropy"

    /// The name used in lesson files.
    public var name: String { rawValue }

    /// The output activation this loss requires, if any.
    ///
    /// Cross-entropy needs a softmax output and binary cross-entropy sigmoid outputs; the
    /// squared errors work with any output activation.
    public var requiredOutputActivation: Activation? {
        switch self {
        case .crossEntropy: return .softmax
        case .binaryCrossEntropy: return .sigmoid
        case .halfSquaredError, .mse: return nil
        }
    }

    /// Whether ∂l/∂z at the output is the combined y − t rather than ∂y/∂z · ∂l/∂y.
    ///
    /// For softmax with cross-entropy and for sigmoid with binary cross-entropy the
    /// product ∂y/∂z · ∂l/∂y simplifies exactly to yᵢ − tᵢ; the core computes it in that
    /// form, which stays finite when an output saturates at 0 or 1.
    public func combinesWithOutput(_ activation: Activation) -> Bool {
        requiredOutputActivation == activation
    }

    /// Returns l for outputs y = σ(z) and targets t.
    ///
    /// The cross-entropies are computed from z (log-softmax via log-sum-exp, and
    /// ln σ(z) = −softplus(−z)), so they never take log(0).
    @inlinable
    public func value(
        outputs y: UnsafeBufferPointer<Double>,
        sums z: UnsafeBufferPointer<Double>,
        targets t: UnsafeBufferPointer<Double>
    ) -> Double {
        var total = 0.0
        switch self {
        case .halfSquaredError, .mse:
            for i in y.indices {
                let error = t[i] - y[i]
                total += error * error
            }
            return self == .mse ? total / Double(y.count) : 0.5 * total
        case .crossEntropy:
            let logTotal = Activation.logSumExp(z)
            for i in y.indices where t[i] != 0 {
                total -= t[i] * (z[i] - logTotal)
            }
            return total
        case .binaryCrossEntropy:
            for i in y.indices {
                // −ln σ(z) = softplus(−z) and −ln(1 − σ(z)) = softplus(z).
                total += t[i] * (-z[i]).softplus + (1 - t[i]) * z[i].softplus
            }
            return total
        }
    }

    /// Returns ∂l/∂yᵢ, the derivative of the loss with respect to output i.
    ///
    /// Where the formula divides by yᵢ or by yᵢ(1 − yᵢ) the divisor is kept at least the
    /// smallest normal double, so a saturated output gives a large finite number, not ∞.
    @inlinable
    public func derivative(output y: Double, target t: Double, outputCount: Int) -> Double {
        switch self {
        case .halfSquaredError:
            return y - t
        case .mse:
            return 2 * (y - t) / Double(outputCount)
        case .crossEntropy:
            return -t / Swift.max(y, .leastNormalMagnitude)
        case .binaryCrossEntropy:
            return (y - t) / Swift.max(y * (1 - y), .leastNormalMagnitude)
        }
    }
}
