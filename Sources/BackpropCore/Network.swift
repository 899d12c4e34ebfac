/// A fully connected feed-forward network: an architecture and its parameters θ.
public struct Network: Sendable, Hashable {
    /// The network's shape and the layout of its values.
    public let architecture: Architecture
    /// The parameter vector θ = (w1, w2, ..., b1, b2, ...), in the order ``Architecture`` documents.
    public var parameters: [Double]

    /// Creates a network with the given parameters, which must have one value per parameter.
    public init(architecture: Architecture, parameters: [Double]) {
        precondition(parameters.count == architecture.parameterCount, "θ has the wrong length")
        self.architecture = architecture
        self.parameters = parameters
    }

    /// Creates a network from per-layer weight matrices (row j = weights into neuron j) and biases.
    public init(inputNames: [String], layers: [LayerShape], weights: [[[Double]]], biases: [[Double]]) {
        let architecture = Architecture(inputNames: inputNames, layers: layers)
        var theta = weights.flatMap { $0.flatMap { $0 } }
        theta += biases.flatMap { $0 }
        self.init(architecture: architecture, parameters: theta)
    }

    /// The weight from input `input` into neuron `neuron` of `layer`.
    public func weight(layer: Int, neuron: Int, input: Int) -> Double {
        parameters[architecture.weightIndex(layer: layer, neuron: neuron, input: input)]
    }

    /// The bias of neuron `neuron` of `layer`.
    public func bias(layer: Int, neuron: Int) -> Double {
        parameters[architecture.biasIndex(layer: layer, neuron: neuron)]
    }

    /// The value of the parameter with this id (`w5`), if there is one.
    public func value(of id: String) -> Double? {
        architecture.parameter(id: id).map { parameters[$0.index] }
    }
}
