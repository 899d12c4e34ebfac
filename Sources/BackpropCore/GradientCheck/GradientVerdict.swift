/// What a gradient check concluded about one parameter.
public enum GradientVerdict: String, Sendable, Hashable {
    /// Backpropagation and the finite difference agree within the tolerance.
    case ok
    /// They disagree, and no kink explains it: the gradient is wrong.
    case fail = "FAIL"
    /// They disagree, but a ReLU-like neuron crossed its kink at z = 0 between θ − ε and
    /// θ + ε, where the loss has no derivative and the finite difference means nothing.
    case kink
}

/// One parameter's gradient from backpropagation beside its central finite difference.
public struct ParameterGradientCheck: Sendable, Hashable {
    /// The parameter (`w5`, `b2`).
    public let parameter: Parameter
    /// ∂L/∂θᵢ from backpropagation: the gradient the update uses.
    public let backpropagation: Double
    /// (L(θ + εeᵢ) − L(θ − εeᵢ)) / 2ε.
    public let finiteDifference: Double
    /// ε: half the step actually taken, ((θᵢ + ε) − (θᵢ − ε)) / 2 in floating point.
    public let epsilon: Double
    /// |g − fd| / max(|g|, |fd|, floor), see ``GradientCheck/relativeDifference(backpropagation:finiteDifference:floor:)``.
    public let relativeDifference: Double
    /// Whether some ReLU-like neuron was on different sides of z = 0 at θ − εeᵢ, θ and θ + εeᵢ.
    public let crossesKink: Bool
    /// ok, FAIL or kink.
    public let verdict: GradientVerdict

    /// Creates a result; ``GradientCheck`` is the usual way.
    public init(parameter: Parameter, backpropagation: Double, finiteDifference: Double, epsilon: Double,
                relativeDifference: Double, crossesKink: Bool, verdict: GradientVerdict) {
        self.parameter = parameter
        self.backpropagation = backpropagation
        self.finiteDifference = finiteDifference
        self.epsilon = epsilon
        self.relativeDifference = relativeDifference
        self.crossesKink = crossesKink
        self.verdict = verdict
    }
}
