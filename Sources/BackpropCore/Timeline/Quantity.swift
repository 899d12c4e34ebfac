/// A named quantity in the notes' notation: x, w, b, z, a, y, t, l, L, η, and partial derivatives.
///
/// Quantities are symbols, not values: `.z("h1")` is the symbol z_h1 whatever its value.
/// ``Expression`` builds formulas from them; `Notation` (the `BackpropNotation` target)
/// writes them as Unicode, ASCII or LaTeX.
public indirect enum Quantity: Hashable, Sendable {
    /// An input of the network, by name (`i1`, `x2`).
    case input(String)
    /// A parameter, by id (`w5`, `b1`).
    case parameter(String)
    /// The weighted sum z of a neuron, by name.
    case z(String)
    /// The activation a of a hidden neuron, by name.
    case a(String)
    /// The output y of an output neuron, by name (its activation).
    case y(String)
    /// The target t for an output neuron, by name.
    case t(String)
    /// The per-sample loss l.
    case loss
    /// The total loss L of a batch.
    case totalLoss
    /// The learning rate η.
    case learningRate
    /// The number of samples N in a batch.
    case sampleCount
    /// The number of outputs n.
    case outputCount
    /// A partial derivative ∂numerator/∂denominator (∂l/∂z_h1, ∂z_o1/∂w5, ∂L/∂w5).
    case partial(Quantity, Quantity)
    /// A quantity for sample n (1-based), written as a superscript in parentheses: ∂l⁽²⁾/∂w₅, x₁⁽²⁾;
    /// nil stands for any sample, written ⁿ.
    case ofSample(Quantity, Int?)
}
