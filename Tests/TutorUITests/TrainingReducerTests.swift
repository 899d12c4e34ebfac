import BackpropCore
import BackpropNotation
import Lessons
import Testing
import TrainingModels
@testable import TutorUI

/// How the training view's keys change the state: opening and leaving it, play and pause,
/// 1 / 10 / 100 / 1,000 updates, the frame ticks, speeds, the log scale, `s` into a stepper
/// on the training's weights and `t` back, divergence and `r`, and the gradient check.
struct TrainingReducerTests {
    typealias F = TrainingFixtures

    /// θ after `count` plain updates of `lesson` from its start: the reference the view's
    /// training must match bit for bit.
    func plainParameters(_ lesson: Lesson, after count: Int) -> [Double] {
        var trainer = lesson.trainer
        trainer.train(iterations: count)
        return trainer.network.parameters
    }

    @Test func tOpensTheViewFromTheLessonsStartAndTClosesIt() throws {
        let lesson = try Fixtures.xor()
        var state = StepperState(lesson: lesson, size: .minimum)
        try Fixtures.press("l l p", on: &state)
        #expect(state.playback.isPlaying && state.position == 2)
        try Fixtures.press("t", on: &state)
        #expect(state.training.isVisible)
        #expect(!state.playback.isPlaying, "the stepper's playback keeps running behind the training view")
        let run = F.run(state)
        #expect(run.session.completedIterations == 0 && !run.isPlaying)
        #expect(run.session.trainer.network.parameters == lesson.network.parameters)
        try Fixtures.press("t", on: &state)
        #expect(!state.training.isVisible && state.position == 2, "the stepper moved while the view was open")
        try Fixtures.press("t", on: &state)
        #expect(state.training.isVisible)
        // q and Esc go back too.
        try Fixtures.press("q", on: &state)
        #expect(!state.training.isVisible && !state.hasQuit)
        try Fixtures.press("t esc", on: &state)
        #expect(!state.training.isVisible && !state.hasQuit)
    }

    @Test func digitKeysMakeOneTenAHundredAndAThousandUpdates() throws {
        let lesson = try Fixtures.xor()
        var state = F.trainingView(lesson)
        var total = 0
        for (key, count) in [("1", 1), ("2", 10), ("3", 100), ("4", 1_000)] {
            try Fixtures.press(key, on: &state)
            total += count
            #expect(F.run(state).session.completedIterations == total, "after \(key)")
        }
        #expect(F.run(state).session.trainer.network.parameters == plainParameters(lesson, after: total))
        #expect(F.run(state).session.history.count == total)
        // The loss shown is L(θ) over all four samples now.
        var reference = lesson.trainer
        reference.train(iterations: total)
        #expect(F.run(state).totalLoss == reference.totalLoss())
    }

    @Test func spacePlaysAndEachTickMakesTheSpeedsUpdates() throws {
        let lesson = try Fixtures.xor()
        var state = F.trainingView(lesson)
        try Fixtures.press("tick", on: &state)
        #expect(F.run(state).session.completedIterations == 0, "a tick while paused made updates")
        try Fixtures.press("space", on: &state)
        #expect(F.run(state).isPlaying)
        #expect(F.run(state).speed == .perFrame(100))
        try Fixtures.press("tick tick", on: &state)
        #expect(F.run(state).session.completedIterations == 200)
        try Fixtures.press("+ tick", on: &state)
        #expect(F.run(state).speed == .perFrame(1_000))
        #expect(F.run(state).session.completedIterations == 1_200)
        try Fixtures.press("- - - - - - tick", on: &state)
        #expect(F.run(state).speed == .perFrame(1), "slower stops at 1 update a frame")
        #expect(F.run(state).session.completedIterations == 1_201)
        try Fixtures.press("+ + + + + + + tick", on: &state)
        #expect(F.run(state).speed == .fullSpeed, "faster stops at full speed")
        // Nothing measured: full speed makes the fixed replay count.
        #expect(F.run(state).session.completedIterations == 1_201 + TrainingRun.unmeasuredFullSpeedUpdates)
        try Fixtures.press("p", on: &state)
        #expect(!F.run(state).isPlaying)
        #expect(F.run(state).session.trainer.network.parameters
                == plainParameters(lesson, after: 1_201 + TrainingRun.unmeasuredFullSpeedUpdates))
        // A digit pauses: one update at a time.
        try Fixtures.press("p 1", on: &state)
        #expect(!F.run(state).isPlaying)
    }

    @Test func theProgramAsksForFrameTicksOnlyWhilePlaying() throws {
        var program = StepperProgram(lesson: try Fixtures.xor(), size: .minimum, context: .unicode)
        #expect(program.tickInterval == nil)
        program.handle(.character("t"))
        #expect(program.tickInterval == nil)
        program.handle(.character("p"))
        #expect(program.tickInterval == .seconds(1) / 30)
        program.handle(.character("t"))
        #expect(program.tickInterval == nil, "leaving the view pauses the training")
        #expect(program.state.training.run?.isPlaying == false)
    }

    @Test func capitalLTogglesTheLogScale() throws {
        var state = F.trainingView(try Fixtures.xor())
        #expect(F.run(state).scale == .linear)
        try Fixtures.press("L", on: &state)
        #expect(F.run(state).scale == .logarithmic)
        try Fixtures.press("L", on: &state)
        #expect(F.run(state).scale == .linear)
    }

    @Test func sOpensAStepperOnTheCurrentWeightsAndTheNextSampleAndTReturns() throws {
        let lesson = try Fixtures.xor()
        var state = F.trainingView(lesson)
        try Fixtures.press("4 3 2 2 2 2 1 1 1 1 1 1", on: &state)
        let made = 1_000 + 100 + 40 + 6
        #expect(F.run(state).session.completedIterations == made)
        try Fixtures.press("s", on: &state)
        #expect(!state.training.isVisible)
        // Update 1,147 of per-sample training on 4 samples uses sample (1,147 − 1) mod 4 = 2 (0-based).
        #expect(state.iteration == made + 1 && state.timeline.firstIteration == made + 1)
        #expect(state.step.sample == made % 4)
        #expect(state.lesson.network.parameters == plainParameters(lesson, after: made))
        #expect(state.lesson.notes.isEmpty && state.lesson.quizzes.isEmpty)
        #expect(state.timeline.iterations == 4, "one pass over the 4 samples")
        #expect(state.message?.text == "Update 1,147 on the training's weights: t returns to training, q to the lesson")
        // The stepper's update is the one training would make next: the same trace.
        var next = lesson.trainer
        next.train(iterations: made)
        #expect(state.current.trace == next.tracedStep())
        try Fixtures.press("l l ] i", on: &state)
        #expect(state.iteration == made + 2)
        try Fixtures.press("t", on: &state)
        #expect(state.training.isVisible)
        #expect(F.run(state).session.completedIterations == made, "the training moved while in the stepper")
        try Fixtures.press("1 s", on: &state)
        #expect(state.iteration == made + 2 && state.training.stepperGeneration == 2)
    }

    @Test func qInTheTrainingsStepperGoesBackToTheLessonWhereTheStudentLeftIt() throws {
        var state = StepperState(lesson: try Fixtures.quizLesson(), size: .minimum)
        state.session = LessonSession(asksQuizzes: true)
        try Fixtures.press("s l l", on: &state)  // quiz 1 skipped; now at step 3
        let lessonPosition = state.position
        #expect(lessonPosition == 2 && state.session?.outcomes[1] == .skipped)
        // Straight from the lesson's first weights (no update made) and again after some.
        for keys in ["t s", "t 1 s"] {
            try Fixtures.press(keys, on: &state)
            #expect(state.training.lessonStepper != nil && state.session == nil, "a stepper of the training's own")
            #expect(state.lessonPlace.position == lessonPosition && state.lessonPlace.session?.outcomes[1] == .skipped)
            try Fixtures.press("l l", on: &state)
            #expect(state.lessonPlace.position == lessonPosition, "moving there is no move in the lesson")
            try Fixtures.press("q", on: &state)
            #expect(!state.hasQuit && state.training.lessonStepper == nil)
            #expect(state.position == lessonPosition && state.session?.outcomes[1] == .skipped)
            #expect(state.message?.text == "Back in the lesson at step 3: t shows the training again")
        }
        try Fixtures.press("t", on: &state)
        #expect(state.training.isVisible)
        #expect(F.run(state).session.completedIterations == 1, "the training is kept")
        try Fixtures.press("t q", on: &state)
        #expect(state.hasQuit, "in the lesson's own stepper q quits")
    }

    @Test func divergencePausesTrainingSaysWhereAndRLowersTheLearningRate() throws {
        let lesson = try F.diverging()
        let expected = F.firstInfiniteLossUpdate(w: 1, x: 10, t: 0, eta: 1)
        #expect(expected > 10 && expected < 100)
        var state = F.trainingView(lesson)
        try Fixtures.press("p", on: &state)
        try Fixtures.press("tick", on: &state)
        let run = F.run(state)
        let divergence = try #require(run.session.divergence)
        #expect(divergence.iteration == expected)
        #expect(divergence.firstNonFinite == .sampleLoss(sample: 0, value: .infinity))
        #expect(!run.isPlaying, "a divergence did not pause playback")
        #expect(run.session.completedIterations == expected - 1, "not paused just before the diverging update")
        // Play and digits say why nothing happens.
        try Fixtures.press("p", on: &state)
        #expect(!F.run(state).isPlaying)
        #expect(F.run(state).notice == .diverged(iteration: expected))
        try Fixtures.press("4", on: &state)
        #expect(F.run(state).session.completedIterations == expected - 1)
        // r: η ÷ 10, restart from the last finite update's θ₀.
        try Fixtures.press("r", on: &state)
        let restarted = F.run(state)
        #expect(restarted.session.divergence == nil)
        #expect(restarted.session.learningRate == 0.1)
        #expect(restarted.session.completedIterations == divergence.restartIteration)
        #expect(restarted.notice == .learningRateLowered(from: 1, to: 0.1, restartAfter: divergence.restartIteration))
        #expect(restarted.totalLoss.isFinite)
    }

    @Test func lesson1bDivergesWhereTheClosedFormSays() throws {
        // w ← w − 2.5·(w − 1) from w = −1 with x = t = 1.
        let expected = F.firstInfiniteLossUpdate(w: -1, x: 1, t: 1, eta: 2.5)
        var state = F.trainingView(try Fixtures.lesson(endingWith: "learning-rate-too-large.toml"))
        try Fixtures.press("4", on: &state)
        #expect(F.run(state).session.divergence?.iteration == expected)
        try Fixtures.press("s", on: &state)
        #expect(state.iteration == expected, "s opens the stepper on the diverging update")
        #expect(state.message?.text == "Update \(NumberFormat.grouped(expected)), where training diverged, "
                + "on the training's weights: t returns to training, q to the lesson")
    }

    @Test func theClockNeitherClosesTheHelpNorClearsANotice() throws {
        var state = F.trainingView(try Fixtures.xor())
        try Fixtures.press("x", on: &state)
        #expect(F.run(state).notice == .unknownKey("x"))
        try Fixtures.press("p tick", on: &state)
        #expect(F.run(state).notice == nil, "a key clears the notice")
        try Fixtures.press("x tick tick", on: &state)
        #expect(F.run(state).notice == .unknownKey("x"), "a tick cleared the notice")
        try Fixtures.press("?", on: &state)
        #expect(state.isHelpVisible)
        try Fixtures.press("tick", on: &state)
        #expect(state.isHelpVisible && F.run(state).session.completedIterations == 400)
        try Fixtures.press("4", on: &state)
        #expect(!state.isHelpVisible && F.run(state).session.completedIterations == 400, "the key behind the help acted")
    }

    @Test func measuredTicksGiveTheRateAndSizeFullSpeedFrames() throws {
        var state = F.trainingView(try Fixtures.xor())
        try Fixtures.press("p tick", on: &state)
        // The first tick after starting has no previous one: no rate yet.
        reduce(&state, .training(.tickMeasured(TickTiming(sincePreviousTick: nil, handling: .milliseconds(1),
                                                           drawing: .milliseconds(1)))))
        #expect(F.run(state).updatesPerSecond == nil)
        try Fixtures.press("tick", on: &state)
        // The previous tick's 100 updates over the 1/20 s between the ticks' starts: 2,000 a second.
        reduce(&state, .training(.tickMeasured(TickTiming(sincePreviousTick: .milliseconds(50), handling: .milliseconds(1),
                                                           drawing: .milliseconds(1)))))
        #expect(F.run(state).updatesPerSecond == 2_000)
        reduce(&state, .training(.tickMeasured(TickTiming(sincePreviousTick: .milliseconds(25), handling: .milliseconds(1),
                                                           drawing: .milliseconds(1)))))
        // Smoothed: 0.7 · 2,000 + 0.3 · 4,000.
        #expect(abs(F.run(state).updatesPerSecond! - 2_600) < 1e-9)
        #expect(F.run(state).fullSpeedUpdatesPerTick == TrainingRun.unmeasuredFullSpeedUpdates, "not at full speed")
    }

    @Test func fullSpeedFillsAboutHalfAFrameWithUpdates() {
        // 10,000 updates in 2 ms: 0.2 µs each; half of 1/30 s is 16.7 ms, 83,333 updates, but
        // at most 4 times the last count.
        #expect(TrainingRun.nextFullSpeedUpdates(last: 10_000, handling: .milliseconds(2), drawing: .milliseconds(1))
                == 40_000)
        // 10,000 in 10 ms: 1 µs each, 16,666 of them fill half a frame.
        #expect(TrainingRun.nextFullSpeedUpdates(last: 10_000, handling: .milliseconds(10), drawing: .milliseconds(1))
                == 16_666)
        // Slow drawing (25 ms) leaves 0.85/30 s − 25 ms = 3.3 ms, under a quarter frame (8.3 ms): a quarter frame.
        #expect(TrainingRun.nextFullSpeedUpdates(last: 10_000, handling: .milliseconds(10), drawing: .milliseconds(25))
                == 8_333)
        // Never below a quarter of the last count, nor below 100.
        #expect(TrainingRun.nextFullSpeedUpdates(last: 10_000, handling: .seconds(1), drawing: .zero) == 2_500)
        #expect(TrainingRun.nextFullSpeedUpdates(last: 200, handling: .seconds(1), drawing: .zero) == 100)
    }

    @Test func theGradientBarsAverageConsecutiveSamples() throws {
        // 100 updates on 4 samples always end on sample 4; the bars must not measure only it.
        var state = F.trainingView(try Fixtures.xor())
        try Fixtures.press("3", on: &state)
        let magnitudes = F.run(state).session.magnitudes
        #expect(magnitudes.updateCount == magnitudes.window)
        // Reference: the mean over updates 93 … 100 of each one's measured magnitudes.
        var trainer = try Fixtures.xor().trainer
        trainer.train(iterations: 100 - magnitudes.window)
        var sum = 0.0
        for _ in 0..<magnitudes.window {
            let trace = trainer.tracedStep()
            sum += GradientMagnitudes.measure(trace, architecture: trainer.network.architecture)[0].meanAbsoluteDelta
        }
        #expect(abs(magnitudes.layers[0].meanAbsoluteDelta - sum / Double(magnitudes.window)) < 1e-15)
    }

    @Test func theGradientCheckNamesTheLossAsTheStepsFormulaDoes() throws {
        // One sample in a full batch: the step writes ∂L/∂w (the batch's loss), and so must the check.
        let text = Fixtures.quizLessonText.replacingOccurrences(of: "learning_rate = 0.5", with: "learning_rate = 0.5\nbatch = \"full\"")
        let lesson = try LessonLoader.parse(text, fileName: "full.toml")
        var state = StepperState(lesson: lesson, size: .minimum)
        try Fixtures.press(": 1 1 enter c", on: &state)  // step 11: ∂L/∂w₁
        #expect(state.step.phase == .gradients)
        let view = try #require(GradientCheckView(state: state, context: .unicode))
        #expect(view.lossSymbol == "L")
        #expect(RenderContext.unicode.notation.render(state.step.lhs).hasPrefix("∂L/∂"))
    }

    @Test func cShowsTheGradientCheckOnGradientStepsUntilTheStepChanges() throws {
        var state = StepperState(lesson: try Fixtures.workedExample(), size: .minimum)
        try Fixtures.press("c", on: &state)
        #expect(state.training.gradientCheck == nil)
        #expect(state.message?.isError == true)
        #expect(state.message?.text.contains("gradient") == true)
        // Step 22: ∂l/∂w₅.
        try Fixtures.press(": 2 2 enter c", on: &state)
        let panel = try #require(state.training.gradientCheck)
        #expect(panel.result.parameter.id == "w5")
        // Mazur's worked example: ∂E/∂w5 = 0.082167041.
        #expect(abs(panel.result.backpropagation - 0.082167041) < 1e-9)
        #expect(panel.result.backpropagation == state.step.result)
        #expect(abs(panel.result.finiteDifference - panel.result.backpropagation) <= 1e-6 * abs(panel.result.backpropagation))
        #expect(panel.result.verdict == .ok)
        #expect(panel.check.finiteDifferenceForwardPasses == 2 * panel.check.parameterCount)
        #expect(panel.check.backpropagationForwardPasses == 1 && panel.check.backpropagationBackwardPasses == 1)
        // ? and back keeps it; a step away drops it, and coming back does not bring it back.
        try Fixtures.press("? ?", on: &state)
        #expect(state.training.gradientCheck != nil)
        try Fixtures.press("l h", on: &state)
        #expect(state.training.gradientCheck == nil)
        // On an update step it checks the gradient the update used; c again hides it.
        try Fixtures.press(": 3 0 enter c", on: &state)
        #expect(state.training.gradientCheck?.result.parameter.id == "w5")
        try Fixtures.press("c", on: &state)
        #expect(state.training.gradientCheck == nil)
    }
}
