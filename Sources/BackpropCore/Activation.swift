/// An activation function σ that turns a neuron's weighted sum z into its output a = σ(z).
///
/// Every case but ``softmax`` acts on one neuron at a time; ``softmax`` normalises a whole
/// layer and is only allowed on the output layer.
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
