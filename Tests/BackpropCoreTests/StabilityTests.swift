import Testing
@testable import BackpropCore

/// Extreme inputs give finite, correct values: no overflow in σ or softmax, no log(0).
struct StabilityTests {
    @Test func sigmoidStaysFiniteFarFromZero() {
        #expect(Activation.sigmoid.value(800) == 1)
        #expect(Activation.sigmoid.value(-800) >= 0)
        #expect(Activation.sigmoid.value(-800).isFinite)
        // σ(−30) = 1/(1 + e³⁰) = 9.357622968839299…e-14 (to 16 digits, from mpmath).
        #expect(abs(Activation.sigmoid.value(-30) - 9.357622968839299e-14) <= 2e-29)
        #expect(Activation.sigmoid.value(-745) == Double.leastNonzeroMagnitude, "e^(−745) rounds to the smallest subnormal")
    }

    @Test func softmaxOfHugeSumsIsFinite() {
        let z = [1000.0, 0, -1000]
        var a = [0.0, 0, 0]
        z.withUnsafeBufferPointer { z in a.withUnsafeMutableBufferPointer { Activation.softmax(z, into: $0) } }
        #expect(a == [1, 0, 0])
        #expect(Activation.logSumExp([1000.0, 1000]) == 1000 + 0.6931471805599453)
    }

    /// A one-layer network whose output saturates, with the target on the other side.
    func saturatedLoss(_ loss: LossFunction, activation: Activation, targets: [Double]) -> IterationTrace {
        let network = Network(inputNames: ["x1"],
                              layers: [LayerShape(name: "o", size: targets.count, activation: activation)],
                              weights: [targets.indices.map { [$0 == 0 ? 2000.0 : -2000.0] }],
                              biases: [Array(repeating: 0, count: targets.count)])
        var trainer = Trainer(network: network, options: TrainingOptions(loss: loss, learningRate: 0.1),
                              samples: [Sample(inputs: [1], targets: targets)])
        return trainer.tracedStep()
    }

    @Test func crossEntropyOfAVanishingProbabilityIsFiniteNotInfinite() {
        // y = softmax(2000, −2000) = (1, 0) in doubles, target (0, 1): l = −ln y₂ = 4000 exactly.
        let trace = saturatedLoss(.crossEntropy, activation: .softmax, targets: [0, 1])
        #expect(trace.loss == 4000)
        #expect(trace.samples[0].dldz(0) == 1)
        #expect(trace.samples[0].dldz(1) == -1)
        #expect(trace.parametersAfter.allSatisfy { $0.isFinite })
    }

    @Test func binaryCrossEntropyOfASaturatedSigmoidIsFinite() {
        // σ(2000) = 1 in doubles; target 0: l = −ln(1 − σ(2000)) = softplus(2000) = 2000.
        let trace = saturatedLoss(.binaryCrossEntropy, activation: .sigmoid, targets: [0])
        #expect(trace.loss == 2000)
        #expect(trace.samples[0].dldz(0) == 1)
        #expect(trace.samples[0].dlda(0).isFinite)
    }
}
