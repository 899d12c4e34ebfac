import Testing
import BackpropCore

/// `Trainer.train(iterations:)` stops at the first non-finite loss instead of running on.
struct DivergenceTests {
    /// One linear neuron y = w·x + b with w = 1, b = 0, one sample x = 1, t = 0, and η = 10¹⁰⁰.
    ///
    /// By hand, with s = w + b = y: ∂l/∂w = ∂l/∂b = y, so each update maps s to s·(1 − 2η).
    /// Losses ½s² before each update: ½ (s₀ = 1), about 2·10²⁰⁰ (s₁ ≈ −2·10¹⁰⁰), then
    /// ½·(4·10²⁰⁰)², which overflows to +∞ at the third update.
    static func divergingTrainer() -> Trainer {
        let network = Network(
            inputNames: ["x"], layers: [LayerShape(name: "y", size: 1, activation: .linear)],
            weights: [[[1]]], biases: [[0]])
        let options = TrainingOptions(loss: .halfSquaredError, learningRate: 1e100)
        return Trainer(network: network, options: options, samples: [Sample(inputs: [1], targets: [0])])
    }

    @Test func theFirstTwoLossesAreFiniteAndTheThirdIsInfinite() {
        var trainer = Self.divergingTrainer()
        #expect(trainer.step() == 0.5)
        let second = trainer.step()
        #expect(second.isFinite && second > 1e200 && second < 3e200)
        #expect(trainer.step() == .infinity)
    }

    @Test func trainStopsAtTheFirstNonFiniteLoss() {
        var trainer = Self.divergingTrainer()
        let loss = trainer.train(iterations: 1000)
        #expect(!loss.isFinite)
        #expect(trainer.completedIterations == 3)
    }

    @Test func trainRunsEveryIterationWhileTheLossStaysFinite() {
        var trainer = Self.divergingTrainer()
        let loss = trainer.train(iterations: 2)
        #expect(loss.isFinite)
        #expect(trainer.completedIterations == 2)
    }
}
