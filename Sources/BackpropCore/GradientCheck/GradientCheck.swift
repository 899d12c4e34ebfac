/// Checks every gradient backpropagation computes against a central finite difference.
///
/// For the next update a ``Trainer`` would make, and each parameter θᵢ, it sets the
/// gradient the update uses (∂L/∂θᵢ from ``Trainer/tracedStep()``: one sample's l, or the
/// batch's L) beside
///
///     fd = (L(θ + εeᵢ) − L(θ − εeᵢ)) / 2ε
///
/// and their relative difference. This is the seed's argument for backpropagation made
/// concrete: the finite differences need two evaluations of L per parameter — 2·P·N
/// forward passes for P parameters and N samples in the update — while backpropagation
/// gets all P gradients from N forward and N backward passes.
///
/// **The step ε.** ε = 6·10⁻⁶ · max(1, |θᵢ|), about ∛(2⁻⁵²) relative to θᵢ. The central
/// difference is off by about ε²·|L‴|/6 (truncation) plus u·|L|/ε (L is rounded to about
/// u = 2⁻⁵³ relative, and the difference divides that by 2ε); the sum is smallest near
/// ε ≈ ∛u, where both are about 10⁻¹¹ for the losses of the lessons. Dividing by the step
/// actually taken, (θᵢ + ε) − (θᵢ − ε), removes the rounding of θᵢ ± ε.
///
/// **The comparison.** relative difference = |g − fd| / max(|g|, |fd|, floor), with
/// floor = 10⁻³ · max(1, |L|). A gradient well above the floor is compared relatively; the
/// floor keeps a gradient that is zero or tiny from being compared with the finite
/// difference's rounding noise (about 10⁻¹¹·max(1, |L|)), which no ε can remove. A
/// parameter passes at a relative difference ≤ 10⁻⁶.
///
/// **Kinks.** ReLU and leaky ReLU have no derivative at z = 0. If some such neuron is on
/// different sides of 0 at θ − εeᵢ, θ and θ + εeᵢ for some sample, the loss has a corner in
/// the interval and the finite difference averages two slopes; a disagreement is then
/// reported as ``GradientVerdict/kink``, not as a failure.
public struct GradientCheck: Sendable {
    /// The largest relative difference that passes.
    public static let tolerance = 1e-6
    /// ε relative to max(1, |θᵢ|).
    public static let relativeStep = 6e-6
    /// The floor of the denominator relative to max(1, |L|).
    public static let relativeFloor = 1e-3

    /// The 1-based number of the update whose gradient is checked.
    public let iteration: Int
    /// The 0-based indices of the samples the update uses.
    public let sampleIndices: [Int]
    /// L(θ): the loss the gradient belongs to, at the parameters before the update.
    public let loss: Double
    /// The denominator's floor for this check, 10⁻³ · max(1, |L|).
    public let floor: Double
    /// One result per parameter, in θ order (w1, w2, ..., b1, ...).
    public let parameters: [ParameterGradientCheck]

    /// Checks every parameter for the next update `trainer` would make; `trainer` is not changed.
    public init(trainer: Trainer) {
        self.init(trainer: trainer, parameterIndices: Array(0..<trainer.network.parameters.count))
    }

    /// Checks the parameters at `parameterIndices` (indices into θ) for the next update.
    public init(trainer: Trainer, parameterIndices: [Int]) {
        var traced = trainer
        let trace = traced.tracedStep()
        var probe = LossProbe(nextUpdateOf: trainer)
        let theta = trainer.network.parameters
        let base = probe.evaluate(theta)
        let floor = Self.relativeFloor * max(1, abs(base.loss))
        let architecture = trainer.network.architecture
        iteration = trace.iteration
        sampleIndices = probe.sampleIndices
        loss = base.loss
        self.floor = floor
        parameters = parameterIndices.map { i in
            var plus = theta, minus = theta
            let step = Self.relativeStep * max(1, abs(theta[i]))
            plus[i] = theta[i] + step
            minus[i] = theta[i] - step
            let width = plus[i] - minus[i]
            let up = probe.evaluate(plus), down = probe.evaluate(minus)
            let finiteDifference = (up.loss - down.loss) / width
            let g = trace.gradient(i)
            let relative = Self.relativeDifference(backpropagation: g, finiteDifference: finiteDifference, floor: floor)
            let kink = up.branches != base.branches || down.branches != base.branches
            return ParameterGradientCheck(
                parameter: architecture.parameter(at: i), backpropagation: g, finiteDifference: finiteDifference,
                epsilon: width / 2, relativeDifference: relative, crossesKink: kink,
                verdict: Self.verdict(relativeDifference: relative, crossesKink: kink))
        }
    }

    /// |g − fd| / max(|g|, |fd|, floor); 0 when both are 0, and ∞ when either is not finite
    /// (unless both are the same infinity).
    public static func relativeDifference(backpropagation g: Double, finiteDifference fd: Double, floor: Double) -> Double {
        if g == fd { return 0 }
        guard g.isFinite && fd.isFinite else { return .infinity }
        return abs(g - fd) / max(abs(g), abs(fd), floor)
    }

    /// ok when the relative difference is at most `tolerance`; otherwise kink when a kink
    /// was crossed, FAIL when not. A NaN difference fails.
    public static func verdict(relativeDifference: Double, crossesKink: Bool,
                               tolerance: Double = GradientCheck.tolerance) -> GradientVerdict {
        if relativeDifference <= tolerance { return .ok }
        return crossesKink ? .kink : .fail
    }

    /// Whether no parameter failed (kinks do not count as failures).
    public var passed: Bool { !parameters.contains { $0.verdict == .fail } }

    /// The number of parameters checked.
    public var parameterCount: Int { parameters.count }

    /// Forward passes the finite differences took: 2 evaluations of L per parameter, each
    /// one forward pass per sample of the update.
    public var finiteDifferenceForwardPasses: Int { 2 * parameters.count * sampleIndices.count }

    /// Forward passes backpropagation took for all the gradients: one per sample.
    public var backpropagationForwardPasses: Int { sampleIndices.count }

    /// Backward passes backpropagation took for all the gradients: one per sample.
    public var backpropagationBackwardPasses: Int { sampleIndices.count }
}
