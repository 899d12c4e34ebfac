import Testing
@testable import BackpropCore

/// ``GradientCheck``: the comparison rule, a hand-derived case, kinks, full batches, the
/// pass counts, and agreement on random networks of every activation and loss.
struct FiniteDifferenceCheckTests {
    @Test func relativeDifferenceIsAgainstTheLargerMagnitudeOrTheFloor() {
        let floor = 1e-3
        #expect(GradientCheck.relativeDifference(backpropagation: 0.5, finiteDifference: 0.5, floor: floor) == 0)
        #expect(GradientCheck.relativeDifference(backpropagation: 0, finiteDifference: 0, floor: floor) == 0)
        // |2 − 1| / 2.
        #expect(GradientCheck.relativeDifference(backpropagation: 1, finiteDifference: 2, floor: floor) == 0.5)
        #expect(GradientCheck.relativeDifference(backpropagation: -4, finiteDifference: 4, floor: floor) == 2)
        // Below the floor the difference is measured against the floor: 10⁻⁹ / 10⁻³.
        let tiny = GradientCheck.relativeDifference(backpropagation: 1e-9, finiteDifference: 0, floor: floor)
        #expect(abs(tiny - 1e-6) < 1e-20)
        #expect(GradientCheck.relativeDifference(backpropagation: .nan, finiteDifference: 1, floor: floor) == .infinity)
        #expect(GradientCheck.relativeDifference(backpropagation: 1, finiteDifference: .infinity, floor: floor) == .infinity)
    }

    @Test func aWrongGradientFailsAndAKinkExcusesOnlyADisagreement() {
        // The right gradient of l = ½(t − σ(z))² with respect to w is x·σ'(z)·(σ(z) − t);
        // forgetting σ' is the classic mistake. z = 0.3, x = 2, t = 1: σ = 0.574442516811659...
        let sigma = 1 / (1 + (-0.3).exponential)
        let right = 2 * sigma * (1 - sigma) * (sigma - 1)
        let wrong = 2 * (sigma - 1)
        let relative = GradientCheck.relativeDifference(backpropagation: wrong, finiteDifference: right, floor: 1e-3)
        #expect(relative > 0.7)
        #expect(GradientCheck.verdict(relativeDifference: relative, crossesKink: false) == .fail)
        #expect(GradientCheck.verdict(relativeDifference: relative, crossesKink: true) == .kink)
        #expect(GradientCheck.verdict(relativeDifference: 1e-6, crossesKink: false) == .ok)
        #expect(GradientCheck.verdict(relativeDifference: 2e-6, crossesKink: false) == .fail)
        #expect(GradientCheck.verdict(relativeDifference: 1e-9, crossesKink: true) == .ok)
        #expect(GradientCheck.verdict(relativeDifference: .nan, crossesKink: false) == .fail)
    }

    @Test func aSingleLinearNeuronMatchesTheHandDerivedGradient() {
        // z = w·x + b, l = ½(t − z)², x = 3, t = 1, w = 0.5, b = 0.25: z = 1.75, l = 0.28125,
        // ∂l/∂w = x·(z − t) = 2.25 and ∂l/∂b = z − t = 0.75. l is quadratic in w and b, so
        // the central difference has no truncation error, only rounding.
        let network = Network(inputNames: ["x"], layers: [LayerShape(name: "o", size: 1, activation: .linear)],
                              weights: [[[0.5]]], biases: [[0.25]])
        let trainer = Trainer(network: network, options: TrainingOptions(loss: .halfSquaredError, learningRate: 0.1),
                              samples: [Sample(inputs: [3], targets: [1])])
        let check = GradientCheck(trainer: trainer)
        #expect(check.loss == 0.28125)
        #expect(check.iteration == 1 && check.sampleIndices == [0])
        #expect(check.parameters.map(\.parameter.id) == ["w1", "b1"])
        #expect(check.parameters.map(\.backpropagation) == [2.25, 0.75])
        #expect(abs(check.parameters[0].finiteDifference - 2.25) < 1e-9)
        #expect(abs(check.parameters[1].finiteDifference - 0.75) < 1e-9)
        #expect(check.parameters.allSatisfy { $0.verdict == .ok && !$0.crossesKink })
        #expect(abs(check.parameters[0].epsilon - 6e-6) < 1e-15 && check.floor == 1e-3)
        #expect(check.passed)
        // 2 parameters, 1 sample: 2·2·1 forward passes against 1 forward and 1 backward.
        #expect(check.finiteDifferenceForwardPasses == 4)
        #expect(check.backpropagationForwardPasses == 1 && check.backpropagationBackwardPasses == 1)
    }

    @Test func aReLUSittingOnItsKinkIsReportedAsAKink() {
        // h = relu(w1·1 − 0.5) with w1 = 0.5 sits exactly at z = 0, where the core takes
        // relu'(0) = 0, so ∂l/∂w1 = 0. Moving w1 up by ε makes h = ε, y = ε and l = ½(1 − ε)²;
        // moving it down leaves h = 0 and l = ½: the finite difference is about −½.
        let network = Network(inputNames: ["x"],
                              layers: [LayerShape(name: "h", size: 1, activation: .relu),
                                       LayerShape(name: "o", size: 1, activation: .linear)],
                              weights: [[[0.5]], [[1]]], biases: [[-0.5], [0]])
        let trainer = Trainer(network: network, options: TrainingOptions(loss: .halfSquaredError, learningRate: 0.1),
                              samples: [Sample(inputs: [1], targets: [1])])
        let check = GradientCheck(trainer: trainer)
        let w1 = check.parameters[0]
        #expect(w1.backpropagation == 0)
        #expect(abs(w1.finiteDifference + 0.5) < 1e-5)
        #expect(w1.crossesKink && w1.verdict == .kink)
        // w2 multiplies h = 0 and moves no z across 0: an ordinary pass.
        let w2 = check.parameters[1]
        #expect(!w2.crossesKink && w2.verdict == .ok)
        #expect(check.passed, "a kink is not a failure")
    }

    @Test func aFullBatchChecksTheMeanOrSumOverAllSamples() {
        for reduction in Reduction.allCases {
            let (network, samples) = GradientCheckTests.problem(
                GradientCheckTests.Setup(hidden: .tanh, output: .sigmoid, loss: .binaryCrossEntropy, batch: .full,
                                         reduction: reduction), seed: 5)
            var trainer = Trainer(network: network, options: TrainingOptions(
                loss: .binaryCrossEntropy, learningRate: 0.1, batch: .full, reduction: reduction), samples: samples)
            let check = GradientCheck(trainer: trainer)
            let trace = trainer.tracedStep()
            #expect(check.loss == trace.loss, "the probe computes L exactly as the update does")
            #expect(check.sampleIndices == [0, 1, 2])
            #expect(check.finiteDifferenceForwardPasses == 2 * network.parameters.count * 3)
            #expect(check.backpropagationForwardPasses == 3)
            #expect(check.parameters.map(\.backpropagation) == trace.gradientVector)
            #expect(check.passed)
        }
    }

    @Test func perSampleChecksFollowTheSampleOfTheNextUpdate() {
        let (network, samples) = GradientCheckTests.problem(
            GradientCheckTests.Setup(hidden: .sigmoid, output: .linear, loss: .mse, batch: .sample, reduction: .mean), seed: 2)
        var trainer = Trainer(network: network, options: TrainingOptions(loss: .mse, learningRate: 0.05), samples: samples)
        trainer.step()
        trainer.step()
        let check = GradientCheck(trainer: trainer)
        #expect(check.iteration == 3 && check.sampleIndices == [2])
        var copy = trainer
        let trace = copy.tracedStep()
        #expect(check.loss == trace.loss)
        #expect(check.passed)
        let subset = GradientCheck(trainer: trainer, parameterIndices: [4, 1])
        #expect(subset.parameters.map(\.parameter.index) == [4, 1])
        #expect(subset.parameters == [check.parameters[4], check.parameters[1]])
    }

    @Test(arguments: GradientCheckTests.setups)
    func agreesOnRandomNetworksOfEveryKind(_ setup: GradientCheckTests.Setup) {
        for seed in UInt64(1)...6 {
            let (network, samples) = GradientCheckTests.problem(setup, seed: seed)
            let options = TrainingOptions(loss: setup.loss, learningRate: 0.1, batch: setup.batch, reduction: setup.reduction)
            let check = GradientCheck(trainer: Trainer(network: network, options: options, samples: samples))
            for parameter in check.parameters where parameter.verdict != .ok {
                let p = parameter
                #expect(p.verdict == .kink, """
                    \(p.parameter.id): backprop \(p.backpropagation), finite difference \(p.finiteDifference), \
                    relative \(p.relativeDifference)
                    """)
            }
            #expect(check.passed)
        }
    }
}
