import BackpropCore
import Testing
@testable import TrainingModels

/// ``TrainingSession``: the same θ as a plain trainer, the history and magnitudes it keeps,
/// and divergence: where it is found, the pause, and restarting with a lower η.
struct TrainingSessionTests {
    static let xor = Trainer(
        network: Network(
            inputNames: ["x1", "x2"],
            layers: [LayerShape(name: "h", size: 4, activation: .sigmoid), LayerShape(name: "o", size: 1, activation: .sigmoid)],
            weights: [[[0.5, -0.4], [-0.3, 0.8], [0.9, 0.7], [-0.6, -0.2]], [[0.7, -0.5, 0.6, -0.8]]],
            biases: [[0.1, -0.2, -0.5, 0.3], [0.05]]),
        options: TrainingOptions(loss: .halfSquaredError, learningRate: 0.5),
        samples: [Sample(inputs: [0, 0], targets: [0]), Sample(inputs: [0, 1], targets: [1]),
                  Sample(inputs: [1, 0], targets: [1]), Sample(inputs: [1, 1], targets: [0])])

    /// A linear neuron z = w·2 + b with t = 0 and η = 1: ∂l/∂z = z, w ← w − 2z, b ← b − z, so
    /// z ← −4z and |z| = 2·4ᵏ after k updates. The loss ½z² before update k + 1 first
    /// overflows when 4k + 2 ≥ 1024, k = 256: update 257's loss is +∞ while its z and a are
    /// still finite (2⁵¹³), so the first non-finite value is that loss.
    static func diverging(learningRate: Double = 1) -> Trainer {
        Trainer(network: Network(inputNames: ["x"], layers: [LayerShape(name: "o", size: 1, activation: .linear)],
                                 weights: [[[1]]], biases: [[0]]),
                options: TrainingOptions(loss: .halfSquaredError, learningRate: learningRate),
                samples: [Sample(inputs: [2], targets: [0])])
    }

    @Test func runGivesTheSameParametersAsPlainSteps() {
        var session = TrainingSession(trainer: Self.xor)
        var plain = Self.xor
        var losses: [Double] = []
        for _ in 0..<1000 { losses.append(plain.step()) }
        #expect(session.run(updates: 600) == 600)
        #expect(session.run(updates: 400) == 400)
        #expect(session.trainer.network.parameters == plain.network.parameters)
        #expect(session.completedIterations == 1000)
        #expect(session.history.count == 1000)
        let columns = session.history.columns(1000)
        #expect(columns.map { $0!.last } == losses)
        #expect(session.magnitudes.updateCount == 2, "one traced update per call")
        #expect(!session.isPaused)
        #expect(session.lastFiniteIteration == 999)
    }

    @Test func theMagnitudesComeFromTheLastUpdateOfEachCall() {
        var session = TrainingSession(trainer: Self.xor, magnitudeWindow: 1)
        session.run(updates: 7)
        var plain = Self.xor
        plain.train(iterations: 6)
        let trace = plain.tracedStep()
        #expect(session.magnitudes.layers == GradientMagnitudes.measure(trace, architecture: plain.network.architecture))
    }

    @Test func divergencePausesJustBeforeTheFirstNonFiniteUpdate() throws {
        var session = TrainingSession(trainer: Self.diverging())
        #expect(session.run(updates: 100) == 100)
        #expect(session.run(updates: 1000) == 157, "updates 101 … 257, the last with an infinite loss")
        let divergence = try #require(session.divergence)
        #expect(divergence.iteration == 257)
        #expect(divergence.loss == .infinity)
        #expect(divergence.firstNonFinite == .sampleLoss(sample: 0, value: .infinity))
        #expect(divergence.learningRate == 1)
        var plain = Self.diverging()
        plain.train(iterations: 255)
        let restart = plain.network.parameters
        plain.step()
        #expect(divergence.parametersBefore == plain.network.parameters)
        #expect(divergence.restartParameters == restart && divergence.restartIteration == 255)
        #expect(session.trainer.network.parameters == plain.network.parameters, "paused before update 257")
        #expect(session.completedIterations == 256)
        #expect(session.isPaused)
        #expect(session.run(updates: 10) == 0, "nothing runs while paused")
        #expect(session.history.count == 257)
        #expect(session.history.divergenceMarkers == [257])
        #expect(divergence.firstNonFinite.description == "l = ∞ (sample 1)")
    }

    @Test func lowerLearningRateRestartsOneUpdateEarlierAndConverges() throws {
        var session = TrainingSession(trainer: Self.diverging())
        session.run(updates: 1000)
        let restart = try #require(session.divergence).restartParameters
        session.lowerLearningRate()
        #expect(!session.isPaused)
        #expect(session.learningRate == 0.1)
        #expect(session.completedIterations == 255)
        #expect(session.trainer.network.parameters == restart)
        // With η = 0.1, z ← z − 0.1·(2·2z + z) = z/2, so each loss is a quarter of the one before.
        #expect(session.run(updates: 50) == 50)
        let losses = session.history.columns(session.history.count).suffix(50).map { $0!.last }
        #expect(losses.allSatisfy { $0.isFinite })
        for (before, after) in zip(losses, losses.dropFirst()) {
            #expect(abs(after / before - 0.25) < 1e-12)
        }
    }

    @Test func anOverflowingUpdateIsFoundEvenWhenItsLossIsFinite() throws {
        // l = ½z² with z = 10¹⁰·1: ∂l/∂w = 10¹⁰, finite, but η·∂l/∂w = 10³¹⁰ overflows, so
        // the first non-finite value is the new w1 = 10¹⁰ − ∞ = −∞, in update 1.
        let trainer = Trainer(network: Network(inputNames: ["x"], layers: [LayerShape(name: "o", size: 1, activation: .linear)],
                                               weights: [[[1e10]]], biases: [[0]]),
                              options: TrainingOptions(loss: .halfSquaredError, learningRate: 1e300),
                              samples: [Sample(inputs: [1], targets: [0])])
        var session = TrainingSession(trainer: trainer)
        #expect(session.run(updates: 5) == 2, "update 2's loss is the first non-finite loss")
        let divergence = try #require(session.divergence)
        #expect(divergence.iteration == 1)
        #expect(divergence.loss == 5e19)
        #expect(divergence.firstNonFinite == .updatedParameter(parameter: "w1", value: -.infinity))
        #expect(session.completedIterations == 0)
        #expect(divergence.restartIteration == 0 && divergence.restartParameters == [1e10, 0])
        session.resume()
        #expect(session.run(updates: 1) == 1)
        #expect(session.divergence?.iteration == 1, "the same update diverges again")
    }

    @Test func lowerLearningRateWithoutADivergenceKeepsTheParameters() {
        var session = TrainingSession(trainer: Self.xor)
        session.run(updates: 10)
        let theta = session.trainer.network.parameters
        session.lowerLearningRate()
        #expect(session.learningRate == 0.05)
        #expect(session.trainer.network.parameters == theta && session.completedIterations == 10)
    }

    @Test func refreshComputesTheSurfaceWithTheSessionsParameters() throws {
        var session = TrainingSession(trainer: Self.xor)
        session.run(updates: 500)
        var surface = try #require(DecisionSurface(columns: 6, rows: 5, samples: Self.xor.samples))
        session.refresh(&surface)
        var trainer = session.trainer
        let (x1, x2) = surface.center(column: 4, row: 1)
        let expected = trainer.outputs(for: [x1, x2])[0]
        #expect(surface.value(column: 4, row: 1) == expected)
    }
}
