import BackpropCore
import BackpropNotation
import Lessons
import TrainingModels

/// Issue 6's actions: the training view and the stepper's gradient check. Called by
/// ``reduce(_:_:)`` for ``StepperAction/training(_:)``; pure like it (no IO, no clock).
public func reduceTraining(_ state: inout StepperState, _ action: TrainingAction) {
    if let quiz = state.waitingQuiz, quiz.asksForValue, let key = revealingKey(action, in: state) {
        // The check and the training view would show the value the quiz hides (a
        // multiple-choice quiz hides no value).
        state.message = StepperMessage("First the quiz (\(key) would show its answer): "
                                       + StepperState.howToAnswer(quiz), isError: true)
        return
    }
    switch action {
    case .viewToggled:
        if state.training.isVisible { leaveTrainingView(&state) } else { openTrainingView(&state) }
    case .leavePressed:
        leaveTrainingView(&state)
    case .gradientCheckRequested:
        toggleGradientCheck(&state)
    case .stepperRequested:
        openStepperOnTrainingWeights(&state)
    default:
        guard state.training.isVisible, state.training.run != nil else { return }
        if !action.isClock { state.training.run!.notice = nil }
        reduceRun(&state.training.run!, action)
    }
}

/// The key of `action` when it would show values a waiting quiz hides (the gradient check,
/// or the training view opened from the stepper), else nil.
private func revealingKey(_ action: TrainingAction, in state: StepperState) -> String? {
    switch action {
    case .gradientCheckRequested where state.training.gradientCheck == nil: "c"
    case .viewToggled where !state.training.isVisible: "t"
    default: nil
    }
}

/// Forgets the gradient check once the step it was asked on is no longer on screen: called
/// after every action, so the check disappears when the step changes.
func forgetGradientCheckIfMoved(_ state: inout StepperState) {
    guard let panel = state.training.gradientCheck else { return }
    if panel.position != state.position || panel.generation != state.training.stepperGeneration {
        state.training.gradientCheck = nil
    }
}

/// `t` in the stepper: the training view, its run made from the lesson's θ₀ the first time.
private func openTrainingView(_ state: inout StepperState) {
    if state.training.run == nil { state.training.run = TrainingRun(lesson: state.lesson) }
    state.training.isVisible = true
    state.training.gradientCheck = nil
    state.playback.isPlaying = false
}

/// `t` `q` Esc in the training view: back to the stepper, the training paused.
private func leaveTrainingView(_ state: inout StepperState) {
    state.training.isVisible = false
    state.training.run?.isPlaying = false
    state.training.run?.notice = nil
}

/// `s` in the training view: a new stepper on the training's current weights at the next
/// update (numbered on from the updates made), keeping the training for `t` to return to.
private func openStepperOnTrainingWeights(_ state: inout StepperState) {
    guard state.training.isVisible, let run = state.training.run else { return }
    var training = state.training
    training.run!.isPlaying = false
    training.run!.notice = nil
    training.isVisible = false
    training.gradientCheck = nil
    training.stepperGeneration += 1
    // The lesson's own stepper is kept (without the training, which moves on with us).
    var lessonStepper = state.training.lessonStepper?.state ?? state
    lessonStepper.training = TrainingViewState()
    lessonStepper.message = nil
    training.lessonStepper = .kept(lessonStepper)
    let update = run.session.completedIterations + 1
    var stepper = StepperState(lesson: run.stepperLesson(), size: state.size,
                               completedIterations: run.session.completedIterations)
    stepper.training = training
    let divergence = run.session.divergence.map { _ in ", where training diverged," } ?? ""
    stepper.message = StepperMessage("Update \(NumberFormat.grouped(update))\(divergence) on the training's weights: "
                                     + "t returns to training, q to the lesson")
    state = stepper
}

/// `q` or Esc in a stepper on the training's weights: back to `lessonStepper`, the lesson's
/// own stepper kept aside, where the student left it, with the training kept for `t`.
func returnToLessonStepper(_ state: inout StepperState, _ lessonStepper: StepperState) {
    var lesson = lessonStepper
    var training = state.training
    training.lessonStepper = nil
    training.isVisible = false
    training.gradientCheck = nil
    training.run?.isPlaying = false
    training.run?.notice = nil
    training.stepperGeneration += 1
    lesson.training = training
    if lesson.size != state.size {
        lesson.size = state.size
        lesson.needsFullRedraw = true
    }
    let update = lesson.timeline.iterations > 1 ? " of update \(lesson.iteration)" : ""
    lesson.message = StepperMessage("Back in the lesson at step \(lesson.stepInIteration + 1)\(update): "
                                    + "t shows the training again")
    state = lesson
}

/// `c` in the stepper: the core's gradient check of the parameter whose gradient (or
/// update) is on screen, for this update; again, or elsewhere, says so.
private func toggleGradientCheck(_ state: inout StepperState) {
    guard !state.training.isVisible else { return }
    if state.training.gradientCheck != nil {
        state.training.gradientCheck = nil
        return
    }
    let step = state.step
    guard step.phase == .gradients || step.phase == .update, let parameter = step.parameter else {
        state.message = StepperMessage(
            "c checks a gradient or update step against finite differences: ] moves by phase",
            isError: true)
        return
    }
    let check = GradientCheck(trainer: state.timeline.trainer(beforeIteration: state.iteration))
    state.training.gradientCheck = GradientCheckPanel(position: state.position,
                                                      generation: state.training.stepperGeneration,
                                                      parameterIndex: parameter, check: check)
}

/// The actions that change the run while the view is on screen.
private func reduceRun(_ run: inout TrainingRun, _ action: TrainingAction) {
    switch action {
    case .playPausePressed:
        if let divergence = run.session.divergence {
            run.notice = .diverged(iteration: divergence.iteration)
        } else {
            run.isPlaying.toggle()
        }
    case .updatesRequested(let count):
        run.isPlaying = false
        if let divergence = run.session.divergence {
            run.notice = .diverged(iteration: divergence.iteration)
        } else {
            run.train(updates: count)
        }
    case .fasterPressed:
        run.speed = run.speed.faster
        run.notice = .speed(run.speed)
    case .slowerPressed:
        run.speed = run.speed.slower
        run.notice = .speed(run.speed)
    case .logScaleToggled:
        run.scale = run.scale == .linear ? .logarithmic : .linear
    case .learningRateLowered:
        let before = run.session.learningRate
        let restart = run.session.divergence?.restartIteration
        run.lowerLearningRate()
        run.notice = .learningRateLowered(from: before, to: run.session.learningRate, restartAfter: restart)
    case .ticked:
        run.tick()
    case .tickMeasured(let timing):
        run.measured(timing)
    case .unknownKeyPressed(let name):
        run.notice = .unknownKey(name)
    case .viewToggled, .leavePressed, .stepperRequested, .gradientCheckRequested:
        break
    }
}
