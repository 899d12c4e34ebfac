/// Everything one update computed: each sample's pass, the loss L, ∇L(θ₀), θ₀ and θ₁.
public struct IterationTrace: Sendable, Hashable {
    /// The 1-based number of the update.
    public let iteration: Int
    /// L(θ₀): the loss before the update (one sample's l, or the batch's mean or sum).
    public let loss: Double
    /// The passes of the samples this update used, in order.
    public let samples: [SampleTrace]
    /// θ₀ | ∇L(θ₀) | θ₁, each of length ``parameterCount``.
    public let parameterValues: [Double]
    /// The number of parameters in θ.
    public let parameterCount: Int

    /// Creates a trace.
    public init(iteration: Int, loss: Double, samples: [SampleTrace], parameterValues: [Double], parameterCount: Int) {
        precondition(parameterValues.count == 3 * parameterCount, "θ₀, ∇L and θ₁ must each have one value per parameter")
        self.iteration = iteration
        self.loss = loss
        self.samples = samples
        self.parameterValues = parameterValues
        self.parameterCount = parameterCount
    }

    /// θ₀ of the parameter at index `i`: its value before the update.
    public func before(_ i: Int) -> Double { parameterValues[i] }
    /// ∂L/∂θ of the parameter at index `i`: the gradient the update used.
    public func gradient(_ i: Int) -> Double { parameterValues[parameterCount + i] }
    /// θ₁ of the parameter at index `i`: θ₀ − η·∂L/∂θ, or θ₀ for a bias that is not updated.
    public func after(_ i: Int) -> Double { parameterValues[2 * parameterCount + i] }

    /// θ₀, the whole parameter vector before the update.
    public var parametersBefore: [Double] { Array(parameterValues[0..<parameterCount]) }
    /// ∇L(θ₀), the whole gradient.
    public var gradientVector: [Double] { Array(parameterValues[parameterCount..<(2 * parameterCount)]) }
    /// θ₁, the whole parameter vector after the update.
    public var parametersAfter: [Double] { Array(parameterValues[(2 * parameterCount)...]) }
}
