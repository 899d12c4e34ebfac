/// One layer of one update as matrices, with the samples of the update as columns.
///
/// The layer view and the code exports write backpropagation a layer at a time:
/// Z⁽ˡ⁾ = W⁽ˡ⁾A⁽ˡ⁻¹⁾ + b⁽ˡ⁾1ᵀ, A⁽ˡ⁾ = σ(Z⁽ˡ⁾), Δ⁽ˡ⁾ = ∂l/∂Z⁽ˡ⁾, ∂L/∂W⁽ˡ⁾ and W⁽ˡ⁾ ← W⁽ˡ⁾ − η∂L/∂W⁽ˡ⁾.
/// Every entry is a number the core computed and recorded in an ``IterationTrace``: this
/// type only arranges them (column n is the update's n-th sample; a per-sample update has
/// one column), it computes nothing.
public struct LayerMatrices: Sendable, Hashable {
    /// The layer's index, 0 for the first layer after the inputs (the notes' l = layer + 1).
    public let layer: Int
    /// W⁽ˡ⁾ before the update (θ₀): row j holds the weights into neuron j, column k those from input k.
    public let weights: Matrix
    /// b⁽ˡ⁾ before the update, as a column.
    public let biases: Matrix
    /// A⁽ˡ⁻¹⁾: the values feeding the layer (the inputs x for the first layer), one column per sample.
    public let inputs: Matrix
    /// Z⁽ˡ⁾: the weighted sums, one column per sample.
    public let sums: Matrix
    /// A⁽ˡ⁾: the activations (the outputs y for the output layer), one column per sample.
    public let activations: Matrix
    /// σ'(Z⁽ˡ⁾) = ∂a/∂z entry by entry, from the core's ``Activation/derivative(z:a:)``; nil
    /// for a softmax layer, whose ∂y/∂z is a Jacobian, not one slope per neuron.
    public let slopes: Matrix?
    /// ∂l/∂A⁽ˡ⁾ of each sample's own loss lⁿ (∂l/∂y at the output), one column per sample.
    public let activationGradients: Matrix
    /// Δ⁽ˡ⁾ = ∂l/∂Z⁽ˡ⁾ of each sample's own loss lⁿ, one column per sample.
    public let sumGradients: Matrix
    /// ∂L/∂W⁽ˡ⁾: the gradient the update used (the mean or sum over a batch).
    public let weightGradients: Matrix
    /// ∂L/∂b⁽ˡ⁾, as a column.
    public let biasGradients: Matrix
    /// W⁽ˡ⁾ after the update (θ₁).
    public let newWeights: Matrix
    /// b⁽ˡ⁾ after the update (θ₁; unchanged when the lesson does not update biases).
    public let newBiases: Matrix

    /// The layer `layer` of the update `trace` made on `samples` (the lesson's data) with a
    /// network of this architecture.
    public init(layer: Int, trace: IterationTrace, architecture: Architecture, samples: [Sample]) {
        let size = architecture.layers[layer].size
        let fanIn = architecture.fanIn(layer)
        let passes = trace.samples
        let offset = architecture.neuronOffsets[layer]
        func perSample(_ value: (SampleTrace, Int) -> Double) -> Matrix {
            Matrix(rows: size, columns: passes.count) { value(passes[$1], offset + $0) }
        }
        func weightMatrix(_ value: (Int) -> Double) -> Matrix {
            Matrix(rows: size, columns: fanIn) { value(architecture.weightIndex(layer: layer, neuron: $0, input: $1)) }
        }
        func biasColumn(_ value: (Int) -> Double) -> Matrix {
            Matrix(rows: size, columns: 1) { i, _ in value(architecture.biasIndex(layer: layer, neuron: i)) }
        }
        self.layer = layer
        weights = weightMatrix(trace.before)
        biases = biasColumn(trace.before)
        if layer == 0 {
            inputs = Matrix(rows: fanIn, columns: passes.count) { samples[passes[$1].sample].inputs[$0] }
        } else {
            let previous = architecture.neuronOffsets[layer - 1]
            inputs = Matrix(rows: fanIn, columns: passes.count) { passes[$1].a(previous + $0) }
        }
        sums = perSample { $0.z($1) }
        activations = perSample { $0.a($1) }
        let activation = architecture.layers[layer].activation
        slopes = activation.isElementwise ? perSample { activation.derivative(z: $0.z($1), a: $0.a($1)) } : nil
        activationGradients = perSample { $0.dlda($1) }
        sumGradients = perSample { $0.dldz($1) }
        weightGradients = weightMatrix(trace.gradient)
        biasGradients = biasColumn(trace.gradient)
        newWeights = weightMatrix(trace.after)
        newBiases = biasColumn(trace.after)
    }

    /// Every layer of the update `trace`, first to last.
    public static func all(trace: IterationTrace, architecture: Architecture, samples: [Sample]) -> [LayerMatrices] {
        architecture.layers.indices.map { LayerMatrices(layer: $0, trace: trace, architecture: architecture, samples: samples) }
    }
}
