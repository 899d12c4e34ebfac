/// Which parameter of θ = {w₁, w₂, ..., b₁, b₂, ...} an index of the parameter vector names.
public enum ParameterKind: String, Sendable, Hashable {
    case weight
    case bias
}

/// One parameter of the network: a weight on an edge or a neuron's bias.
///
/// Weights are numbered layer by layer, neuron by neuron, input by input (w1 = i1→h1,
/// w2 = i2→h1, w3 = i1→h2, ...); biases by layer and neuron (b1 = h1's bias, ...).
public struct Parameter: Sendable, Hashable {
    /// Weight or bias.
    public var kind: ParameterKind
    /// The 1-based number in its kind: 5 for w5.
    public var number: Int
    /// Index into the parameter vector θ (weights first, then biases).
    public var index: Int
    /// The layer the parameter feeds (0 = the first layer after the inputs).
    public var layer: Int
    /// The neuron within `layer` that the parameter feeds.
    public var neuron: Int
    /// For a weight, which input of the neuron (an index into the previous layer or the inputs).
    public var input: Int?

    /// The parameter's id in the notes' style: `w5`, `b2`.
    public var id: String { (kind == .weight ? "w" : "b") + String(number) }
}
