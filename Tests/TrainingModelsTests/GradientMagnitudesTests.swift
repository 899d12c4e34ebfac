import BackpropCore
import Testing
@testable import TrainingModels

/// ``GradientMagnitudes`` on the classic worked example, whose gradients are published.
struct GradientMagnitudesTests {
    /// The 2-2-2 sigmoid network of the worked example (i = (0.05, 0.10), t = (0.01, 0.99)).
    static var trainer: Trainer {
        let network = Network(
            inputNames: ["i1", "i2"],
            layers: [LayerShape(name: "h", size: 2, activation: .sigmoid), LayerShape(name: "o", size: 2, activation: .sigmoid)],
            weights: [[[0.15, 0.20], [0.25, 0.30]], [[0.40, 0.45], [0.50, 0.55]]],
            biases: [[0.35, 0.35], [0.60, 0.60]])
        return Trainer(network: network, options: TrainingOptions(loss: .halfSquaredError, learningRate: 0.5,
                                                                   updateBiases: false),
                       samples: [Sample(inputs: [0.05, 0.10], targets: [0.01, 0.99])])
    }

    @Test func oneUpdateMatchesThePublishedGradients() {
        var trainer = Self.trainer
        let trace = trainer.tracedStep()
        let layers = GradientMagnitudes.measure(trace, architecture: trainer.network.architecture)
        // Published (Mazur): ∂E/∂w1…w4 = 0.000438568, 0.000877135, 0.000497713, 0.000995425;
        // ∂E/∂w5…w8 = 0.082167041, 0.082667628, −0.022602540, −0.022740242;
        // δ_o1 = 0.138498562, δ_o2 = −0.038098236; δ_h = ∂E/∂w1 / i1, ∂E/∂w3 / i1.
        let hidden = (0.000438568 + 0.000877135 + 0.000497713 + 0.000995425) / 4
        let output = (0.082167041 + 0.082667628 + 0.022602540 + 0.022740242) / 4
        #expect(layers.map(\.name) == ["h", "o"])
        #expect(abs(layers[0].meanAbsoluteWeightGradient - hidden) < 1e-9)
        #expect(abs(layers[1].meanAbsoluteWeightGradient - output) < 1e-9)
        #expect(abs(layers[0].meanAbsoluteDelta - (0.000438568 + 0.000497713) / 0.05 / 2) < 1e-7)
        #expect(abs(layers[1].meanAbsoluteDelta - (0.138498562 + 0.038098236) / 2) < 1e-9)
    }

    @Test func theWindowAveragesTheLastUpdates() {
        var trainer = Self.trainer
        let architecture = trainer.network.architecture
        let traces = (0..<3).map { _ in trainer.tracedStep() }
        let each = traces.map { GradientMagnitudes.measure($0, architecture: architecture) }
        var magnitudes = GradientMagnitudes(architecture: architecture, window: 2)
        #expect(magnitudes.layers.allSatisfy { $0.meanAbsoluteDelta == 0 && $0.meanAbsoluteWeightGradient == 0 })
        magnitudes.add(traces[0])
        #expect(magnitudes.layers == each[0])
        magnitudes.add(traces[1])
        magnitudes.add(traces[2])
        #expect(magnitudes.updateCount == 2)
        for layer in 0..<2 {
            let expected = (each[1][layer].meanAbsoluteDelta + each[2][layer].meanAbsoluteDelta) / 2
            #expect(magnitudes.layers[layer].meanAbsoluteDelta == expected, "the first update has left the window")
        }
    }

    @Test func aFullBatchAveragesOverItsSamples() {
        let network = Network(inputNames: ["x1", "x2"], layers: [LayerShape(name: "o", size: 1, activation: .linear)],
                              weights: [[[1, 1]]], biases: [[0]])
        // l = ½(z − t)²: sample 1 z = 3, t = 0 → δ = 3, ∂l/∂w = (3, 6); sample 2 z = 1, t = 2 → δ = −1, ∂l/∂w = (−1, 0).
        var trainer = Trainer(network: network, options: TrainingOptions(loss: .halfSquaredError, learningRate: 0.1,
                                                                         batch: .full),
                              samples: [Sample(inputs: [1, 2], targets: [0]), Sample(inputs: [1, 0], targets: [2])])
        let layers = GradientMagnitudes.measure(trainer.tracedStep(), architecture: network.architecture)
        #expect(layers[0].meanAbsoluteDelta == 2)
        #expect(layers[0].meanAbsoluteWeightGradient == 2.5)
    }
}
