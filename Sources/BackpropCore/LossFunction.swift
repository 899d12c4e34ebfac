/// A per-sample loss l(y, t) comparing the network's outputs y with the targets t: its value,
/// its derivative ∂l/∂y and their formulas, in one place.
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

// MARK: - Formulas

extension LossFunction {
    /// The loss in words, as narration says it: "half squared error", "binary cross-entropy".
    public var spokenName: String {
        switch self {
        case .halfSquaredError: return "half squared error"
        case .mse: return "mean squared error"
        case .crossEntropy: return "cross-entropy"
        case .binaryCrossEntropy: return "binary cross-entropy"
        }
    }

    /// l written out over the outputs `outputs`, with each y and t given as an expression:
    /// ½((t₁ − y₁)² + …), (1/n)(…), −(t₁·ln(y₁) + …), −(t₁·ln(y₁) + (1 − t₁)·ln(1 − y₁) + …).
    public func written(outputs: Range<Int>, y: (Int) -> Expression, t: (Int) -> Expression) -> Expression {
        func sum(_ terms: [Expression]) -> Expression { terms.count == 1 ? terms[0] : .sum(terms) }
        switch self {
        case .halfSquaredError:
            return .fraction(1, 2) * sum(outputs.map { .square(t($0) - y($0)) })
        case .mse:
            return .fraction(1, outputs.count) * sum(outputs.map { .square(t($0) - y($0)) })
        case .crossEntropy:
            return .negative(sum(outputs.map { t($0) * .call(.ln, y($0)) }))
        case .binaryCrossEntropy:
            return .negative(sum(outputs.map {
                t($0) * .call(.ln, y($0)) + (.integer(1) - t($0)) * .call(.ln, .integer(1) - y($0))
            }))
        }
    }

    /// The common slips in computing l, with the answers they give for the right `loss`:
    /// the ½ left out of the half squared error, the minus left out of a cross-entropy
    /// (`written` is the formula the step shows).
    public func slips(loss: Double, written: Expression) -> [Mistake] {
        switch self {
        case .halfSquaredError: return [Mistake(kind: .forgotHalf, value: 2 * loss)]
        case .crossEntropy, .binaryCrossEntropy: return [Mistake(kind: .flippedSign(right: written), value: -loss)]
        case .mse: return []
        }
    }

    /// The common slips in computing ∂l/∂y, with the answers they give for the right
    /// `derivative`: its sign flipped (t − y), and for the half squared error the 2 of the
    /// square kept though the ½ cancels it.
    public func derivativeSlips(derivative: Double, written: Expression) -> [Mistake] {
        let flipped = Mistake(kind: .flippedSign(right: written), value: -derivative)
        return self == .halfSquaredError ? [flipped, Mistake(kind: .keptTwo, value: 2 * derivative)] : [flipped]
    }

    /// ∂l/∂y of one output written with y and t (and n outputs): y − t, (2/n)·(y − t),
    /// −t/y, (y − t)/(y·(1 − y)); the formula ``derivative(output:target:outputCount:)`` computes.
    public func derivativeWritten(y: Expression, t: Expression, outputCount: Int) -> Expression {
        switch self {
        case .halfSquaredError: return y - t
        case .mse: return .fraction(2, outputCount) * (y - t)
        case .crossEntropy: return .negative(.quotient(t, y))
        case .binaryCrossEntropy: return .quotient(y - t, y * (.integer(1) - y))
        }
    }
}
