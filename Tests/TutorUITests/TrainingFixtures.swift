import BackpropCore
import Lessons
@testable import TutorUI

/// Lessons and helpers for the training view's tests.
enum TrainingFixtures {
    /// A linear neuron on one sample x = 10, t = 0, w₁ = 1, η = 1: each update multiplies w₁
    /// by 1 − η·x² = −99, so the loss overflows within a hundred updates.
    static let divergingText = """
        title = "A learning rate far too large"
        loss = "half_squared_error"
        learning_rate = 1.0
        iterations = 2
        update_biases = false

        [network]
        inputs = ["x1"]

        [[network.layers]]
        name = "o"
        size = 1
        activation = "linear"
        weights = [[1.0]]
        biases = [0.0]

        [[data]]
        x = [10.0]
        y = [0.0]
        """

    /// The diverging lesson above.
    static func diverging() throws -> Lesson { try LessonLoader.parse(divergingText, fileName: "diverging.toml") }

    /// The first update (1-based) whose loss ½(t − y)² is infinite for a one-weight linear
    /// neuron without bias on one sample, found by running w ← w − η·x·(w·x − t) in plain
    /// Doubles: the square of t − y overflows once |t − y| exceeds √(greatest Double).
    static func firstInfiniteLossUpdate(w: Double, x: Double, t: Double, eta: Double) -> Int {
        var w = w
        for update in 1...100_000 {
            let error = t - w * x
            if !(error * error).isFinite { return update }
            w -= eta * x * (w * x - t)
        }
        return -1
    }

    /// A stepper on `lesson` with the training view open.
    static func trainingView(_ lesson: Lesson, size: TerminalSize = .minimum) -> StepperState {
        var state = StepperState(lesson: lesson, size: size)
        reduce(&state, .training(.viewToggled))
        return state
    }

    /// The training run of `state` (which must have one).
    static func run(_ state: StepperState) -> TrainingRun { state.training.run! }
}
