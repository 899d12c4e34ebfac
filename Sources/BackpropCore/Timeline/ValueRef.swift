/// A value the core computes and a step can produce or read, by its place in the network.
///
/// Neurons are flat indices (layer order) and parameters are indices into θ, as in
/// ``Architecture``. A `ValueRef` says which value, not for which sample; a ``Step`` adds that.
public enum ValueRef: Hashable, Sendable {
    /// Input i of the current sample.
    case input(Int)
    /// Target j of the current sample (for output neuron j).
    case target(Int)
    /// The weighted sum z of a neuron.
    case z(Int)
    /// The activation a (or output y) of a neuron.
    case a(Int)
    /// ∂l/∂a of a neuron (∂l/∂y at the output).
    case dlda(Int)
    /// ∂l/∂z of a neuron.
    case dldz(Int)
    /// The current sample's loss l.
    case loss
    /// The batch's total loss L.
    case totalLoss
    /// The value θ₀ of a parameter before the update.
    case parameter(Int)
    /// The gradient of a parameter: ∂l/∂θ for one sample, ∂L/∂θ for the update.
    case gradient(Int)
    /// The value θ₁ of a parameter after the update.
    case updated(Int)
    /// The learning rate η.
    case learningRate
}
