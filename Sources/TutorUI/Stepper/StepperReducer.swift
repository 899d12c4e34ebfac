import BackpropCore

/// The stepper's one way to change state: apply an action.
///
/// A demo's caption and control are always taken; otherwise an open jump prompt takes its
/// own actions, an open help is closed by every action but the few that make sense behind
/// it, and the rest is dispatched by action: the stepper's own here, the instructor's,
/// training's and lesson's to their reducers.
///
/// Pure: no IO, no clock. The terminal loop and `backprop replay` feed it the same actions.
public func reduce(_ state: inout StepperState, _ action: StepperAction) {
    defer { forgetGradientCheckIfMoved(&state) }
    state.message = nil
    state.needsFullRedraw = false
    forgetEditMarksIfMoved(&state)
    if case .instructor(let action) = action, action.isFromDemo {
        reduceInstructor(&state, action)
        return
    }
    if state.jumpPrompt != nil, let promptAction = jumpPromptAction(action) {
        reduceJumpPrompt(&state, promptAction)
        return
    }
    if state.isHelpVisible, closesHelp(action) {
        state.isHelpVisible = false
        return
    }
    switch action {
    case .nextStepPressed:
        step(&state, by: 1)
    case .previousStepPressed:
        step(&state, by: -1)
    case .nextPhasePressed:
        state.move(to: nextPhaseStart(state))
    case .previousPhasePressed:
        state.move(to: previousPhaseStart(state))
    case .firstStepPressed:
        state.move(to: 0)
    case .lastStepPressed:
        state.move(to: state.timeline.stepCount - 1)
    case .nextIterationPressed:
        if state.iteration == state.timeline.lastIteration {
            state.message = StepperMessage("This is the last update (\(state.iteration) of \(state.timeline.lastIteration))")
        } else {
            state.move(to: state.timeline.index(iteration: state.iteration + 1, step: 0))
        }
    case .jumpPromptOpened:
        state.jumpPrompt = ""
        state.playback.isPlaying = false
    case .jumpPromptTyped, .jumpPromptErased, .jumpPromptSubmitted, .jumpPromptCancelled:
        break
    case .playPausePressed:
        if state.isAtEnd && !state.playback.isPlaying {
            state.message = StepperMessage("At the last step: g goes back to the start")
        } else {
            state.playback.isPlaying.toggle()
        }
    case .fasterPressed:
        state.playback.speed = min(state.playback.speed + 1, Playback.delays.count - 1)
    case .slowerPressed:
        state.playback.speed = max(state.playback.speed - 1, 0)
    case .playbackTicked:
        guard state.playback.isPlaying else { return }
        step(&state, by: 1)
        if state.isAtEnd { state.playback.isPlaying = false }
    case .helpToggled:
        state.isHelpVisible.toggle()
    case .layerViewToggled:
        state.showsLayerView.toggle()
    case .redrawPressed:
        state.needsFullRedraw = true
    case .quitPressed:
        if state.isHelpVisible {
            state.isHelpVisible = false
        } else if let lessonStepper = state.training.lessonStepper?.state {
            // In a stepper on the training's weights, q goes back to the lesson's own.
            returnToLessonStepper(&state, lessonStepper)
        } else {
            state.hasQuit = true
        }
    case .interruptPressed:
        state.hasQuit = true
    case .unknownKeyPressed(let name):
        state.message = StepperMessage("The key \(name) does nothing here: ? lists the keys", isError: true)
    case let .resized(columns, rows):
        state.size = TerminalSize(columns: columns, rows: rows)
        state.needsFullRedraw = true
    case .instructor(let action):
        reduceInstructor(&state, action)
    case .training(let action):
        reduceTraining(&state, action)
    case .lesson(let action):
        reduceLesson(&state, action)
    }
}

/// One step forward or back, with a message at either end of the lesson.
private func step(_ state: inout StepperState, by delta: Int) {
    if delta > 0 && state.isAtEnd {
        state.message = StepperMessage("End of the lesson: g goes back to the start, q quits")
    } else if delta < 0 && state.isAtStart {
        state.message = StepperMessage("Start of the lesson")
    } else {
        state.move(to: state.position + delta)
    }
}

/// The first step of the phase after the one on screen (the next update's first step after
/// the update phase), or the last step when there is none.
private func nextPhaseStart(_ state: StepperState) -> Int {
    let steps = state.current.steps
    let phase = state.step.phase
    var index = state.stepInIteration
    while index < steps.count && steps[index].phase == phase { index += 1 }
    return state.timeline.index(iteration: state.iteration, step: 0) + index
}

/// The first step of the phase on screen, or of the phase before it when already there.
private func previousPhaseStart(_ state: StepperState) -> Int {
    let steps = state.current.steps
    let base = state.timeline.index(iteration: state.iteration, step: 0)
    var index = state.stepInIteration
    let phase = steps[index].phase
    while index > 0 && steps[index - 1].phase == phase { index -= 1 }
    if index < state.stepInIteration { return base + index }
    // Already at the phase's first step: go to the start of the previous phase.
    if index == 0 { return state.iteration == state.timeline.firstIteration ? 0 : firstStepOfLastPhase(state, iteration: state.iteration - 1) }
    let previous = steps[index - 1].phase
    while index > 0 && steps[index - 1].phase == previous { index -= 1 }
    return base + index
}

/// The first step of the last phase (the updates) of an earlier update.
private func firstStepOfLastPhase(_ state: StepperState, iteration: Int) -> Int {
    let steps = state.timeline.steps(iteration: iteration).steps
    var index = steps.count - 1
    let phase = steps[index].phase
    while index > 0 && steps[index - 1].phase == phase { index -= 1 }
    return state.timeline.index(iteration: iteration, step: index)
}

/// Whether `action`, taken while the help overlay is open, only closes it: every key does
/// but the ones that make sense behind it (quit, redraw, resize, the playback clock).
private func closesHelp(_ action: StepperAction) -> Bool {
    switch action {
    case .quitPressed, .interruptPressed, .redrawPressed, .resized, .playbackTicked: return false
    case .training(let action) where action.isClock: return false
    default: return true
    }
}

/// The jump prompt's own actions, when the prompt is open; nil for actions it lets through.
private func jumpPromptAction(_ action: StepperAction) -> StepperAction? {
    switch action {
    case .jumpPromptTyped, .jumpPromptErased, .jumpPromptSubmitted, .jumpPromptCancelled: return action
    case .quitPressed: return .jumpPromptCancelled
    default: return nil
    }
}

/// Typing a step number after `:`.
private func reduceJumpPrompt(_ state: inout StepperState, _ action: StepperAction) {
    switch action {
    case .jumpPromptTyped(let character):
        if character.isASCII && character.isNumber, (state.jumpPrompt?.count ?? 0) < 9 {
            state.jumpPrompt?.append(character)
        } else {
            state.message = StepperMessage("Type a step number, 1 to \(state.timeline.stepsPerIteration)", isError: true)
        }
    case .jumpPromptErased:
        if state.jumpPrompt?.isEmpty == false { state.jumpPrompt?.removeLast() } else { state.jumpPrompt = nil }
    case .jumpPromptSubmitted:
        let typed = state.jumpPrompt ?? ""
        state.jumpPrompt = nil
        guard let number = Int(typed), (1...state.timeline.stepsPerIteration).contains(number) else {
            state.message = StepperMessage(typed.isEmpty ? "No step number typed"
                : "No step \(typed): this update has steps 1 to \(state.timeline.stepsPerIteration)", isError: true)
            return
        }
        state.move(to: state.timeline.index(iteration: state.iteration, step: number - 1))
    default:
        state.jumpPrompt = nil
    }
}
