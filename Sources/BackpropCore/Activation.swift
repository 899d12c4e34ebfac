/// An activation function f that turns a neuron's weighted sum z into its output a = f(z):
/// its value, its derivative and its formulas, in one place.
///
/// Every case but ``softmax`` acts on one neuron at a time; ``softmax`` normalises a whole
/// layer and is only allowed on the output layer. Each is written as itself: σ(z) only for
/// the sigmoid, tanh(z), relu(z), leaky_relu(z), softmax(z)ᵢ, and z for a linear neuron.
public enum Activation: String, CaseIterable, Sendable, Hashable {
    case sigmoid
    case tanh
    case relu
    case leakyReLU = "leaky_relu"
    case linear
    case softmax

    /// The slope of ``leakyReLU`` for negative z.
    public static let leakySlope = 0.01

    /// The name used in lesson files and in the notes (`sigmoid`, `leaky_relu`, ...).
    public var name: String { rawValue }

    /// Whether the activation acts on each neuron alone (everything but softmax).
    public var isElementwise: Bool { self != .softmax }

    /// Returns σ(z) for an elementwise activation.
    ///
    /// The sigmoid is evaluated as 1/(1+e⁻ᶻ) for z ≥ 0 and eᶻ/(1+eᶻ) for z < 0, so it never
    /// overflows, even for |z| > 700. For ``softmax`` use ``softmax(_:into:)``.
    @inlinable
    public func value(_ z: Double) -> Double {
        switch self {
        case .sigmoid:
            if z >= 0 {
                return 1 / (1 + (-z).exponential)
            }
            let e = z.exponential
            return e / (1 + e)
        case .tanh:
            return z.hyperbolicTangent
        case .relu:
            return z > 0 ? z : 0
        case .leakyReLU:
            return z > 0 ? z : Activation.leakySlope * z
        case .linear, .softmax:
            return z
        }
    }

    /// Returns σ'(z) = ∂a/∂z for an elementwise activation, given z and a = σ(z).
    ///
    /// Uses the closed forms σ' = a(1 − a) for the sigmoid and 1 − a² for tanh. ReLU's
    /// derivative at exactly z = 0 is taken as 0 (leaky ReLU's as the slope 0.01).
    @inlinable
    public func derivative(z: Double, a: Double) -> Double {
        switch self {
        case .sigmoid:
            return a * (1 - a)
        case .tanh:
            return 1 - a * a
        case .relu:
            return z > 0 ? 1 : 0
        case .leakyReLU:
            return z > 0 ? 1 : Activation.leakySlope
        case .linear, .softmax:
            return 1
        }
    }

    /// Writes softmax(z)ᵢ = e^(zᵢ − max z) / Σⱼ e^(zⱼ − max z) for every i into `a`.
    ///
    /// Subtracting the largest z first (the log-sum-exp trick) keeps every exponential ≤ 1,
    /// so no input overflows.
    @inlinable
    public static func softmax(_ z: UnsafeBufferPointer<Double>, into a: UnsafeMutableBufferPointer<Double>) {
        var largest = -Double.infinity
        for value in z where value > largest { largest = value }
        var total = 0.0
        for i in z.indices {
            let e = (z[i] - largest).exponential
            a[i] = e
            total += e
        }
        for i in z.indices { a[i] /= total }
    }

    /// Returns log Σᵢ e^(zᵢ), computed without overflow.
    @inlinable
    public static func logSumExp<C: Collection>(_ z: C) -> Double where C.Element == Double {
        var largest = -Double.infinity
        for value in z where value > largest { largest = value }
        guard largest.isFinite else { return largest }
        var total = 0.0
        for value in z { total += (value - largest).exponential }
        return largest + total.naturalLog
    }
}

// MARK: - Formulas

extension Activation {
    /// The activation applied to `z`, as the notes write it: σ(z), tanh(z), relu(z),
    /// leaky_relu(z), softmax(z)ᵢ (for `z` the symbol zᵢ), or z itself for a linear neuron.
    public func written(_ z: Expression) -> Expression { .call(.activation(self), z) }

    /// The activation's definition written out with `z`, when that says more than its name:
    /// 1/(1 + e^(−z)) for the sigmoid, max(0, z), max(0.01·z, z), and e^(zᵢ)/(e^(z₁) + …)
    /// for softmax over `layer` (the sums of the whole layer). Nil for tanh and linear.
    public func definition(_ z: Expression, layer: [Expression]) -> Expression? {
        switch self {
        case .sigmoid: return .quotient(.integer(1), .integer(1) + .call(.exp, .negative(z)))
        case .relu: return .call(.relu, z)
        case .leakyReLU: return .call(.leakyReLU, z)
        case .softmax: return .quotient(.call(.exp, z), .sum(layer.map { .call(.exp, $0) }))
        case .tanh, .linear: return nil
        }
    }

    /// The slope ∂a/∂z in symbols, from its name to the form with a: σ'(z) then a·(1 − a);
    /// tanh'(z) then 1 − a²; relu'(z) (1 or 0 by the sign of z); leaky_relu'(z) (1 or
    /// 0.01); 1 for a linear neuron.
    public func slopeForms(z: Expression, a: Expression) -> [Expression] {
        switch self {
        case .sigmoid: return [.call(.activationDerivative(self), z), a * (.integer(1) - a)]
        case .tanh: return [.call(.activationDerivative(self), z), .integer(1) - .square(a)]
        case .relu, .leakyReLU: return [.call(.activationDerivative(self), z)]
        // Softmax gets here only in a hidden layer, which lessons refuse; the engine then
        // takes its slope as 1, like a linear neuron's.
        case .linear, .softmax: return [.integer(1)]
        }
    }

    /// The slope ∂a/∂z with the numbers of one pass: a·(1 − a), 1 − a², the slope on z's
    /// side for (leaky) ReLU as ``derivative(z:a:)`` takes it, or 1.
    public func slopeSubstituted(z: Double, a: Double) -> Expression {
        switch self {
        case .sigmoid: return .number(a) * (.integer(1) - .number(a))
        case .tanh: return .integer(1) - .square(.number(a))
        case .relu, .leakyReLU:
            let side = derivative(z: z, a: a)
            return side == 1 ? .integer(1) : side == 0 ? .integer(0) : .number(side)
        case .linear, .softmax: return .integer(1)
        }
    }

    /// The common slips in computing a = f(z) from `z`, with the answers they give: z itself
    /// (the function not applied; `written` is the formula the step shows), σ(−z) for the
    /// sigmoid, e^(z) not divided by the layer's sum for softmax.
    public func slips(z: Double, written: Expression) -> [Mistake] {
        switch self {
        case .linear: return []
        case .softmax: return [Mistake(kind: .unnormalized, value: z.exponential)]
        case .sigmoid:
            return [Mistake(kind: .skippedActivation(function: written), value: z),
                    Mistake(kind: .flippedExponent, value: value(-z))]
        case .tanh, .relu, .leakyReLU: return [Mistake(kind: .skippedActivation(function: written), value: z)]
        }
    }

    /// The name a formula writes the activation with (nil for a linear neuron, written as z):
    /// σ, tanh, relu, leaky_relu or softmax.
    public var functionName: String? {
        switch self {
        case .sigmoid: return "σ"
        case .tanh: return "tanh"
        case .relu: return "relu"
        case .leakyReLU: return "leaky_relu"
        case .softmax: return "softmax"
        case .linear: return nil
        }
    }
}
