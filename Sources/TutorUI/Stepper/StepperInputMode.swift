import Lessons

/// What the stepper is in, as far as keys go: the one place that decides which key map
/// applies, so the precedence between the training view, the prompts, the selection, the
/// help, the quizzes and the stepper is written once, in the order of the cases.
///
/// ``StepperKeyMap`` asks for the mode and lets it pick exactly one map; a map may fall back
/// to the stepping keys, but only where the mode says so.
enum StepperInputMode: Sendable, Hashable {
    /// The terminal is smaller than 80x24: only the quit keys act, so nothing moves unseen.
    case terminalTooSmall
    /// The help over the training view: any key means what it does in the stepper (and so
    /// closes the help); the clock keeps training.
    case helpOverTraining
    /// The training view (``TrainingKeyMap``).
    case trainingView
    /// The jump prompt after `:`: characters are typed into it.
    case jumpPrompt
    /// The edit prompt for a value (``InstructorKeyMap/promptAction(for:)``).
    case editPrompt
    /// A value is selected: its keys (↓ ↑ Esc q e u) first, then those of the mode below.
    indirect case valueSelected(over: StepperInputMode)
    /// The help overlay over the stepper: the stepping keys, which close it; no quiz keys.
    case help
    /// The end-of-lesson card (``LessonKeyMap/finishCardAction(for:)``).
    case finishCard
    /// A quiz waits for an answer typed (a value) or picked (a choice).
    case quizWaiting(asksForValue: Bool, hasTyped: Bool)
    /// The last step of a lesson: the next-step keys open the end-of-lesson card.
    case lastStep
    /// Stepping through the lesson: the instructor's keys, then the stepper's own.
    case stepping

    /// The mode `state` is in: the first case above that applies.
    init(_ state: StepperState) {
        if !state.fitsScreen {
            self = .terminalTooSmall
        } else if state.training.isVisible {
            self = state.isHelpVisible ? .helpOverTraining : .trainingView
        } else if state.jumpPrompt != nil {
            self = .jumpPrompt
        } else if state.instructor.prompt != nil {
            self = .editPrompt
        } else if state.selection != nil {
            self = .valueSelected(over: Self(belowSelection: state))
        } else {
            self = Self(belowSelection: state)
        }
    }

    /// The mode under a selected value: the help, the lesson's card and quizzes, stepping.
    private init(belowSelection state: StepperState) {
        let session = state.session
        if state.isHelpVisible {
            self = .help
        } else if let session, session.isFinishCardVisible {
            self = .finishCard
        } else if let session, let quiz = state.waitingQuiz {
            self = .quizWaiting(asksForValue: quiz.asksForValue,
                                hasTyped: !session.answer.isEmpty || session.choice != nil)
        } else if session != nil, state.isAtEnd {
            self = .lastStep
        } else {
            self = .stepping
        }
    }
}
