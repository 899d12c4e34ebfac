import Testing
@testable import BackpropCore
@testable import Lessons

/// A timeline that starts after updates made elsewhere (the training view's stepper on its
/// current weights): its updates carry the trainer's numbers and samples.
struct TimelineOffsetTests {
    static let samples = StepSelectorTests.xorSamples
    static let network = StepSelectorTests.xorNetwork
    static let options = TrainingOptions(loss: .halfSquaredError, learningRate: 0.5)

    /// A lesson-long timeline of 12 updates, and one built from θ after 6 of them.
    static let whole = Timeline(network: network, options: options, samples: samples, iterations: 12)
    static let later: Timeline = {
        var trainer = Trainer(network: network, options: options, samples: samples)
        trainer.train(iterations: 6)
        return Timeline(network: trainer.network, options: options, samples: samples, iterations: 4,
                        completedIterations: 6)
    }()

    @Test func updatesAreNumberedOnFromTheUpdatesMade() {
        let later = Self.later
        #expect(later.firstIteration == 7 && later.lastIteration == 10)
        #expect(later.position(of: 0).iteration == 7)
        #expect(later.position(of: later.stepCount - 1) == (10, later.stepsPerIteration - 1))
        #expect(later.index(iteration: 9, step: 2) == 2 * later.stepsPerIteration + 2)
        #expect(later.steps(iteration: 7).iteration == 7)
        // Update 7 of per-sample training on 4 samples uses the third sample (index 2).
        #expect(later.steps(iteration: 7).steps[0].sample == 2)
        #expect(later.trainer(beforeIteration: 9).completedIterations == 8)
    }

    @Test func laterUpdatesAreTheSameAsTheWholeTimelines() {
        for iteration in 7...10 {
            #expect(Self.later.trace(iteration: iteration) == Self.whole.trace(iteration: iteration),
                    "update \(iteration) differs")
        }
    }

    @Test func aTimelineFromTheStartIsNumberedFromOne() {
        #expect(Self.whole.firstIteration == 1 && Self.whole.lastIteration == 12)
    }
}
