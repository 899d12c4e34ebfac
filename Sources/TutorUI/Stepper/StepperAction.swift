/// Something the student did in the stepper, named after the deed (Point-Free style).
///
/// Keys map to actions in ``StepperKeyMap``; the reducer never sees a key.
public enum StepperAction: Sendable, Hashable {
    /// → l space Enter: the next step.
    case nextStepPressed
    /// ← h Backspace: the previous step.
    case previousStepPressed
    /// ] n: the first step of the next phase.
    case nextPhasePressed
    /// [ N: the first step of this phase, or of the previous phase when already there.
    case previousPhasePressed
    /// g Home: the first step of the lesson.
    case firstStepPressed
    /// G End: the last step of the lesson.
    case lastStepPressed
    /// i: the first step of the next update.
    case nextIterationPressed
    /// `:` opens the jump prompt.
    case jumpPromptOpened
    /// A character typed into the jump prompt.
    case jumpPromptTyped(Character)
    /// Backspace in the jump prompt.
    case jumpPromptErased
    /// Enter in the jump prompt: jump to the step typed.
    case jumpPromptSubmitted
    /// Esc in the jump prompt.
    case jumpPromptCancelled
    /// p: play or pause.
    case playPausePressed
    /// +: play faster.
    case fasterPressed
    /// -: play slower.
    case slowerPressed
    /// The playback timer fired.
    case playbackTicked
    /// m: the layer (matrix) view instead of the diagram, or back.
    case layerViewToggled
    /// ?: show or hide the help overlay.
    case helpToggled
    /// Ctrl-L: repaint the whole screen.
    case redrawPressed
    /// q Esc: leave the stepper (or close the help or the jump prompt first).
    case quitPressed
    /// Ctrl-C: leave the stepper at once, whatever is open.
    case interruptPressed
    /// A key the stepper has no use for, by its key-script name (`x`, `f5`).
    case unknownKeyPressed(String)
    /// The terminal changed size.
    case resized(columns: Int, rows: Int)
    /// What-if editing and demo captions (issue 5), reduced by ``reduceInstructor(_:_:)``.
    case instructor(InstructorAction)
    /// The training view and the gradient check (issue 6).
    case training(TrainingAction)
    /// Answering a quiz, or the end-of-lesson card (see ``LessonAction``).
    case lesson(LessonAction)
}
