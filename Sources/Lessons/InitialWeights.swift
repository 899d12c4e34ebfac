import BackpropCore

/// Draws the weights a lesson leaves out, the same way on every platform.
///
/// One ``SplitMix64`` generator, seeded with the lesson's `seed` (0 when left out), serves
/// the whole lesson: the layers are visited in order and only a layer without `weights`
/// draws, row by row (neuron by neuron), input by input, each weight uniform in [−r, r]
/// with r from the layer's ``WeightInitialization`` scheme.
enum InitialWeights {
    /// The scheme a layer uses when it gives no `init`: He for ReLU-like layers, Xavier otherwise.
    static func defaultScheme(for activation: Activation) -> WeightInitialization {
        switch activation {
        case .relu, .leakyReLU: return .he
        case .sigmoid, .tanh, .linear, .softmax: return .xavier
        }
    }

    /// Every layer's weight matrix: the one the file gives, or one drawn from the seeded generator.
    static func weights(for layers: [LayerDraft], shapes: [LayerShape], inputCount: Int, seed: UInt64) -> [[[Double]]] {
        var generator = SplitMix64(seed: seed)
        var fanIn = inputCount
        var matrices: [[[Double]]] = []
        for (layer, shape) in zip(layers, shapes) {
            if let given = layer.weights {
                matrices.append(given)
            } else {
                let scheme = layer.initialization ?? defaultScheme(for: shape.activation)
                matrices.append(scheme.weights(rows: shape.size, fanIn: fanIn, generator: &generator))
            }
            fanIn = shape.size
        }
        return matrices
    }
}
