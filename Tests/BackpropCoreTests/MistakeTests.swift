import Testing
@testable import BackpropCore

/// The answers common mistakes give, checked against hand-derived values.
struct MistakeTests {
    /// Lesson 4's chain: x₁ = 1 → h1 (sigmoid, w₁ = 1, b₁ = −1) → o1 (linear, w₂ = 2), t = 0.
    /// z_h1 = 0, a_h1 = 0.5, y = 1, ∂l/∂z_o1 = 1, ∂l/∂a_h1 = w₂·1 = 2, ∂l/∂z_h1 = 0.25·2 = 0.5.
    let chain = Timeline(
        network: Network(inputNames: ["x1"], layers: [LayerShape(name: "h", size: 1, activation: .sigmoid),
                                                      LayerShape(name: "o", size: 1, activation: .linear)],
                         weights: [[[1]], [[2]]], biases: [[-1], [0]]),
        options: TrainingOptions(loss: .halfSquaredError, learningRate: 0.5),
        samples: [Sample(inputs: [1], targets: [0])], iterations: 1)

    func mistakes(_ kind: StepKind, neuron: Int? = nil, parameter: Int? = nil, in timeline: Timeline) throws -> [Mistake] {
        let steps = timeline.steps(iteration: 1).steps
        let index = try #require(steps.firstIndex {
            $0.kind == kind && (neuron == nil || $0.neuron == neuron) && (parameter == nil || $0.parameter == parameter)
        })
        return timeline.mistakes(atStep: index)
    }

    @Test func theSlopeLeftOutOrReplacedByAOrZ() throws {
        let found = try mistakes(.sumGradient, neuron: 0, in: chain)
        // ∂l/∂a_h1 = 2 alone; a·∂l/∂a = 0.5·2 = 1; z·∂l/∂a = 0·2 = 0.
        #expect(found == [
            Mistake(kind: .forgotSlope(gradient: .q(.partial(.loss, .a("h1"))), slope: .call(.activationDerivative(.sigmoid), .q(.z("h1")))), value: 2),
            Mistake(kind: .activationForSlope(activation: .call(.activation(.sigmoid), .q(.z("h1"))),
                                              slope: .call(.activationDerivative(.sigmoid), .q(.z("h1")))), value: 1),
            Mistake(kind: .sumForSlope(sum: .q(.z("h1")), slope: .call(.activationDerivative(.sigmoid), .q(.z("h1")))), value: 0),
        ])
    }

    @Test func theWeightIntoTheNeuronAndTheSignAndTheUpdate() throws {
        // ∂l/∂a_h1 with w₁ = 1 (into h1) instead of w₂ = 2: 1·1 = 1; with w₂ after the update
        // (2 − 0.5·∂l/∂w₂ = 2 − 0.5·a_h1·1 = 1.75): 1.75.
        let backward = try mistakes(.activationGradient, neuron: 0, in: chain)
        #expect(backward.map(\.value) == [1, 1.75])
        #expect(backward.map(\.kind) == [.weightsIntoNeuron(neuron: "h1"), .updatedWeights])
        // ∂l/∂y = y − t = 1: t − y = −1, and 2(y − t) = 2 with the ½'s 2 kept.
        #expect(try mistakes(.outputGradient, in: chain).map(\.value) == [-1, 2])
        // l = ½(0 − 1)² = 0.5 without the ½: 1.
        #expect(try mistakes(.loss, in: chain).map(\.value) == [1])
        // w₂ ← 2 − 0.5·0.5 = 1.75: added, 2.25; without η, 1.5.
        let update = try mistakes(.update, parameter: 1, in: chain)
        #expect(update.map(\.value) == [2.25, 1.5])
    }

    @Test func anotherEdgesInputAndABatchSummed() throws {
        // One linear neuron z = x₁w₁ + x₂w₂, x = (2, 3), w = (1, 1), t = 0: ∂l/∂z = 5, ∂l/∂w₁ = 2·5 = 10.
        let network = Network(inputNames: ["x1", "x2"], layers: [LayerShape(name: "o", size: 1, activation: .linear)],
                              weights: [[[1, 1]]], biases: [[0]])
        let single = Timeline(network: network, options: TrainingOptions(loss: .halfSquaredError, learningRate: 0.1),
                              samples: [Sample(inputs: [2, 3], targets: [0])], iterations: 1)
        // ∂l/∂z alone 5; x₂ instead of x₁ 15; the weight w₁ = 1 instead of x₁: 5 again, so not listed twice.
        let edge = try mistakes(.parameterGradient, parameter: 0, in: single)
        #expect(edge.map(\.value) == [5, 15])
        #expect(edge[1].kind == .wrongEdgeInput(used: .q(.input("x2")), right: .q(.input("x1"))))
        // A full batch of two samples, the mean: x = (2, 3) and (1, 1), t = 0: ∂l⁽¹⁾/∂w₁ = 2·5 = 10,
        // ∂l⁽²⁾/∂w₁ = 1·2 = 2, ∂L/∂w₁ = 6; summed 12.
        let batch = Timeline(network: network,
                             options: TrainingOptions(loss: .halfSquaredError, learningRate: 0.1, batch: .full),
                             samples: [Sample(inputs: [2, 3], targets: [0]), Sample(inputs: [1, 1], targets: [0])],
                             iterations: 1)
        #expect(try mistakes(.parameterGradient, parameter: 0, in: batch) == [Mistake(kind: .summedBatch(samples: 2), value: 12)])
    }
}

/// The values a substituted formula puts in place of its symbols.
struct SubstitutionTests {
    @Test func anUpdateNamesTheWeightTheRateAndTheGradient() throws {
        // Lesson 4's chain: w₂ ← 2 − 0.5·∂l/∂w₂ with ∂l/∂w₂ = a_h1·∂l/∂z_o1 = 0.5·1 = 0.5.
        let steps = MistakeTests().chain.steps(iteration: 1).steps
        let update = try #require(steps.first { $0.kind == .update && $0.parameter == 1 })
        #expect(update.substitutions.map(\.symbol) == [.parameter("w2"), .learningRate, .partial(.loss, .parameter("w2"))])
        #expect(update.substitutions.map(\.value) == [2, 0.5, 0.5])
        // ∂l/∂z_h1 = a(1 − a)·∂l/∂a: a once, then ∂l/∂a.
        let slope = try #require(steps.first { $0.kind == .sumGradient && $0.neuron == 0 })
        #expect(slope.substitutions.map(\.symbol) == [.a("h1"), .partial(.loss, .a("h1"))])
        #expect(slope.substitutions.map(\.value) == [0.5, 2])
    }
}
