/// One layer's offsets, precomputed so the inner loops of a pass read only integers.
@usableFromInline
struct LayerPlan: Sendable {
    /// Neurons in the layer.
    let size: Int
    /// Values feeding each neuron.
    let fanIn: Int
    /// Index of the layer's first weight in θ.
    let weights: Int
    /// Index of the layer's first bias in θ.
    let biases: Int
    /// Index of the layer's first neuron in the flat neuron order.
    let neurons: Int
    /// Flat index of the previous layer's first neuron, or nil when the layer reads the inputs.
    let source: Int?
    /// The layer's activation.
    let activation: Activation

    /// The plans for every layer of an architecture, in order.
    static func plans(for architecture: Architecture) -> [LayerPlan] {
        architecture.layers.indices.map { layer in
            LayerPlan(
                size: architecture.layers[layer].size,
                fanIn: architecture.fanIn(layer),
                weights: architecture.weightOffsets[layer],
                biases: architecture.biasOffsets[layer],
                neurons: architecture.neuronOffsets[layer],
                source: layer == 0 ? nil : architecture.neuronOffsets[layer - 1],
                activation: architecture.layers[layer].activation
            )
        }
    }
}
