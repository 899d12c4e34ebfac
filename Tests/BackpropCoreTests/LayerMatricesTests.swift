import Testing
@testable import BackpropCore

/// The layer view's matrices are the trace's numbers in place: row j is neuron j, column k
/// input k (for W) or sample k (for Z, A, Δ). Checked against the worked example's published
/// figures and, for a batch, against ∂L/∂W = (1/N)ΔAᵀ worked by hand.
struct LayerMatricesTests {
    @Test func theWorkedExampleAsMatrices() {
        var trainer = Trainer(network: WorkedExampleTests.network, options: WorkedExampleTests.options,
                              samples: WorkedExampleTests.samples)
        let trace = trainer.tracedStep()
        let layers = LayerMatrices.all(trace: trace, architecture: WorkedExampleTests.network.architecture,
                                       samples: WorkedExampleTests.samples)
        #expect(layers.count == 2)
        // W⁽²⁾ = [w5 w6; w7 w8] = [0.40 0.45; 0.50 0.55], and A⁽¹⁾ feeds it.
        #expect(layers[1].weights == Matrix(rows: 2, columns: 2, entries: [0.40, 0.45, 0.50, 0.55]))
        #expect(layers[0].inputs == Matrix(column: [0.05, 0.10]))
        #expect(layers[1].inputs == layers[0].activations)
        #expect(abs(layers[0].sums[0, 0] - 0.3775) < 1e-12)
        #expect(abs(layers[1].activations[1, 0] - 0.772928465) < 5e-10)
        // Published ∂E/∂w5 = 0.082167041 (row 0, column 0 of ∂L/∂W⁽²⁾) and new w5 = 0.35891648.
        #expect(abs(layers[1].weightGradients[0, 0] - 0.082167041) < 5e-10)
        #expect(abs(layers[1].newWeights[0, 0] - 0.35891648) < 5e-9)
        // Biases are not updated in this lesson.
        #expect(layers[1].newBiases == layers[1].biases)
        // Wᵀ swaps rows and columns: entry (1, 0) of (W⁽¹⁾)ᵀ is w2 = 0.20.
        #expect(layers[0].weights.transposed[1, 0] == 0.20)
    }

    @Test func aFullBatchHasOneColumnPerSample() {
        // y = w·x, l = ½(y − t)², samples (1, 1) and (2, 0), w = 0.5: Δ = [−0.5, 1], A⁽⁰⁾ = [1, 2],
        // ∂L/∂W = (1/2)ΔAᵀ = (1/2)(−0.5 + 2) = 0.75.
        let network = Network(inputNames: ["x1"], layers: [LayerShape(name: "o", size: 1, activation: .linear)],
                              weights: [[[0.5]]], biases: [[0]])
        let samples = [Sample(inputs: [1], targets: [1]), Sample(inputs: [2], targets: [0])]
        var trainer = Trainer(network: network, options: TrainingOptions(loss: .halfSquaredError, learningRate: 0.5,
                                                                         batch: .full, updateBiases: false),
                              samples: samples)
        let layer = LayerMatrices(layer: 0, trace: trainer.tracedStep(), architecture: network.architecture, samples: samples)
        #expect(layer.inputs == Matrix(rows: 1, columns: 2, entries: [1, 2]))
        #expect(layer.sums == Matrix(rows: 1, columns: 2, entries: [0.5, 1]))
        #expect(layer.sumGradients == Matrix(rows: 1, columns: 2, entries: [-0.5, 1]))
        #expect(layer.weightGradients == Matrix(rows: 1, columns: 1, entries: [0.75]))
        #expect(layer.newWeights == Matrix(rows: 1, columns: 1, entries: [0.125]))
    }
}
