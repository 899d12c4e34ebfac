import BackpropCore
import Testing
@testable import Lessons

/// Practice exercises: the same problem for a seed, numbers worked easily by hand, no
/// degenerate step, and a quiz on every value of the update, in order.
struct PracticeTests {
    static let specs: [PracticeSpec] = [
        try! PracticeSpec(shape: [2, 2, 1], activation: .sigmoid, loss: .halfSquaredError, seed: 7),
        try! PracticeSpec(shape: [2, 3, 2], activation: .tanh, loss: .crossEntropy, seed: 3),
        try! PracticeSpec(shape: [1, 2, 1], activation: .relu, loss: .halfSquaredError, seed: 5),
        try! PracticeSpec(shape: [2, 2, 2, 1], activation: .sigmoid, loss: .binaryCrossEntropy, seed: 11),
        try! PracticeSpec(shape: [3, 1], activation: .sigmoid, loss: .mse, seed: 2),
    ]

    @Test func aSeedIsOneProblemEverywhere() throws {
        // Seed 7's draws from SplitMix64, pinned: the same numbers on every platform.
        let lesson = try PracticeGenerator.exercise(Self.specs[0]).lesson
        #expect(lesson.network.parameters == [-0.5, -0.25, -0.5, -0.75, -0.75, -0.75, 0.25, 0, 0.25])
        #expect(lesson.samples == [Sample(inputs: [1, -1], targets: [0])])
        #expect(lesson.options.learningRate == 0.5)
        #expect(lesson.title == "Practice 2-2-1, sigmoid, seed 7")
        #expect(try PracticeGenerator.exercise(Self.specs[0]).text == PracticeGenerator.exercise(Self.specs[0]).text)
        var other = Self.specs[0]
        other.seed = 8
        #expect(try PracticeGenerator.exercise(other).lesson.network.parameters != lesson.network.parameters)
    }

    @Test(arguments: specs)
    func everyValueIsAQuizInOrder(_ spec: PracticeSpec) throws {
        let exercise = try PracticeGenerator.exercise(spec)
        let lesson = exercise.lesson
        let steps = lesson.timeline(iterations: 1).steps(iteration: 1).steps
        #expect(lesson.quizzes.count == steps.count)
        #expect(lesson.quizzes.map(\.stepIndex) == Array(steps.indices), "one quiz per step, in the steps' order")
        #expect(lesson.quizzes.filter(\.asksForValue).count == lesson.quizzes.count)
        // The printed lesson reads back as the same lesson.
        let again = try LessonLoader.parse(exercise.text, fileName: "again.toml")
        #expect(again.network.parameters == lesson.network.parameters && again.samples == lesson.samples)
    }

    @Test(arguments: specs)
    func theNumbersAreWorkableByHand(_ spec: PracticeSpec) throws {
        let lesson = try PracticeGenerator.exercise(spec).lesson
        let twoDecimals = { (x: Double) in (x * 100).rounded() == x * 100 }
        #expect(lesson.network.parameters.allSatisfy(twoDecimals))
        #expect(lesson.samples.allSatisfy { $0.inputs.allSatisfy(twoDecimals) && $0.targets.allSatisfy(twoDecimals) })
        #expect([0.1, 0.25, 0.5, 1].contains(lesson.options.learningRate))
        let architecture = lesson.network.architecture
        for step in lesson.timeline(iterations: 1).steps(iteration: 1).steps {
            if step.kind == .weightedSum, let n = step.neuron {
                let activation = architecture.layers[architecture.neurons[n].layer].activation
                if activation == .sigmoid || activation == .tanh { #expect(abs(step.result) <= 3, "saturated z") }
                if activation == .relu { #expect(step.result > 0, "dead ReLU") }
            }
            if step.kind == .parameterGradient || step.kind == .sumGradient {
                #expect(abs(step.result) >= 1e-4, "a gradient that reads 0 to 4 decimals")
            }
        }
    }

    @Test func aBadSpecSaysWhatIsWrong() {
        #expect(throws: PracticeError("each layer of a practice network has 1 to 4 neurons")) {
            try PracticeSpec(shape: [2, 9], activation: .sigmoid, loss: .halfSquaredError, seed: 1)
        }
        #expect(throws: PracticeError("cross_entropy needs a softmax output of 2 or more neurons: 2-2-2")) {
            try PracticeSpec(shape: [2, 2, 1], activation: .sigmoid, loss: .crossEntropy, seed: 1)
        }
        #expect(PracticeSpec.shape("2-2-1") == [2, 2, 1] && PracticeSpec.shape("2-x") == nil)
    }
}
