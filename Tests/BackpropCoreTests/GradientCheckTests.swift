import Testing
@testable import BackpropCore

/// Every gradient backpropagation computes, checked against central finite differences
/// (L(θ + ε) − L(θ − ε)) / 2ε on seeded random networks, for every activation and loss.
struct GradientCheckTests {
    /// A loss with the output activations it is checked with.
    struct Setup: CustomTestStringConvertible, Sendable {
        let hidden: Activation
        let output: Activation
        let loss: LossFunction
        let batch: BatchMode
        let reduction: Reduction
        var testDescription: String { "\(hidden.name) hidden, \(output.name) output, \(loss.name), \(batch.rawValue)/\(reduction.rawValue)" }
    }

    static let setups: [Setup] = {
        var setups: [Setup] = []
        let hidden: [Activation] = [.sigmoid, .tanh, .relu, .leakyReLU, .linear]
        let pairs: [(Activation, LossFunction)] = [
            (.sigmoid, .halfSquaredError), (.tanh, .halfSquaredError), (.linear, .mse), (.relu, .mse),
            (.leakyReLU, .halfSquaredError), (.softmax, .halfSquaredError), (.softmax, .crossEntropy),
            (.sigmoid, .binaryCrossEntropy),
        ]
        for h in hidden {
            for (output, loss) in pairs {
                setups.append(Setup(hidden: h, output: output, loss: loss, batch: .sample, reduction: .mean))
            }
        }
        setups.append(Setup(hidden: .sigmoid, output: .softmax, loss: .crossEntropy, batch: .full, reduction: .mean))
        setups.append(Setup(hidden: .tanh, output: .sigmoid, loss: .binaryCrossEntropy, batch: .full, reduction: .sum))
        setups.append(Setup(hidden: .leakyReLU, output: .linear, loss: .mse, batch: .full, reduction: .sum))
        return setups
    }()

    /// A 3-4-3-3 network drawn from `seed`, with three samples whose targets suit the loss.
    static func problem(_ setup: Setup, seed: UInt64) -> (Network, [Sample]) {
        var random = SplitMix64(seed: seed)
        let layers = [LayerShape(name: "h", size: 4, activation: setup.hidden),
                      LayerShape(name: "g", size: 3, activation: setup.hidden),
                      LayerShape(name: "o", size: 3, activation: setup.output)]
        let architecture = Architecture(inputNames: ["x1", "x2", "x3"], layers: layers)
        let theta = (0..<architecture.parameterCount).map { _ in random.nextUniform(-1, 1) }
        let samples = (0..<3).map { _ -> Sample in
            let x = (0..<3).map { _ in random.nextUniform(-2, 2) }
            var t = (0..<3).map { _ in random.nextUnit() }
            if setup.loss == .crossEntropy {
                let total = t.reduce(0, +)
                t = t.map { $0 / total }
            }
            return Sample(inputs: x, targets: t)
        }
        return (Network(architecture: architecture, parameters: theta), samples)
    }

    /// Whether any neuron of a kinked activation sits too near its kink for a finite difference.
    static func nearKink(_ trainer: Trainer, _ trace: IterationTrace) -> Bool {
        let architecture = trainer.network.architecture
        for sample in trace.samples {
            for n in 0..<architecture.neuronCount {
                let layer = architecture.neurons[n].layer
                let activation = architecture.layers[layer].activation
                if (activation == .relu || activation == .leakyReLU) && abs(sample.z(n)) < 1e-3 { return true }
            }
        }
        return false
    }

    @Test(arguments: setups)
    func backpropagationMatchesCentralDifferences(_ setup: Setup) {
        var checked = 0
        for seed in UInt64(1)...6 {
            let (network, samples) = Self.problem(setup, seed: seed)
            let options = TrainingOptions(loss: setup.loss, learningRate: 0.1, batch: setup.batch, reduction: setup.reduction)
            var trainer = Trainer(network: network, options: options, samples: samples)
            let reference = trainer
            let trace = trainer.tracedStep()
            if Self.nearKink(reference, trace) { continue }
            checked += 1
            // The loss whose gradient the update used: one sample's l, or the batch's L.
            func loss(_ theta: [Double]) -> Double {
                var probe = reference
                probe.setParameters(theta)
                if setup.batch == .full { return probe.totalLoss() }
                return probe.evaluate(sample: trace.samples[0].sample)
            }
            #expect(abs(loss(network.parameters) - trace.loss) <= 1e-12 * max(1, abs(trace.loss)))
            let epsilon = 1e-6
            for p in 0..<network.parameters.count {
                var plus = network.parameters, minus = network.parameters
                plus[p] += epsilon
                minus[p] -= epsilon
                let numeric = (loss(plus) - loss(minus)) / (2 * epsilon)
                let analytic = trace.gradient(p)
                #expect(abs(numeric - analytic) <= 1e-7 + 1e-6 * max(abs(numeric), abs(analytic)),
                        "\(network.architecture.parameter(at: p).id): backprop \(analytic), finite difference \(numeric)")
            }
        }
        #expect(checked >= 3, "too few seeds away from a ReLU kink")
    }

    @Test func hiddenDeltasAreTheWeightedSumOfTheNextLayersDeltas() {
        let setup = Setup(hidden: .tanh, output: .sigmoid, loss: .halfSquaredError, batch: .sample, reduction: .mean)
        let (network, samples) = Self.problem(setup, seed: 3)
        var trainer = Trainer(network: network, options: TrainingOptions(loss: .halfSquaredError, learningRate: 0.1), samples: samples)
        let trace = trainer.tracedStep(), sample = trace.samples[0]
        let architecture = network.architecture
        // ∂l/∂a of g1 (layer 1, neuron 0) = Σₖ w(g1→oₖ)·∂l/∂zₖ, with the weights from before the update.
        var expected = 0.0
        for k in 0..<3 {
            expected += network.weight(layer: 2, neuron: k, input: 0) * sample.dldz(architecture.neuronIndex(layer: 2, neuron: k))
        }
        let g1 = architecture.neuronIndex(layer: 1, neuron: 0)
        #expect(sample.dlda(g1) == expected)
        let a = sample.a(g1)
        #expect(sample.dldz(g1) == (1 - a * a) * expected)
    }
}
