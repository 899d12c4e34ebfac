/// Which action a key stands for in the stepper: the one place keys become actions, shared
/// by the terminal loop and `backprop replay`.
///
/// - next step: → l space Enter; previous step: ← h Backspace;
/// - next / previous phase: ] n / [ N; first / last step: g Home / G End;
/// - next update: i; jump prompt: `:` then digits, Backspace, Enter, Esc;
/// - play / pause: p; faster / slower: + (or =) / -;
/// - the layer (matrix) view and back: m;
/// - redraw: Ctrl-L; help: ?; quit: q Esc, and Ctrl-C at once from anywhere.
///
/// Which map a key goes through is the ``StepperInputMode``'s choice, one mode at a time:
/// while the jump prompt is open, every character is typed into it (the reducer refuses
/// what is not a digit), Backspace erases, Enter jumps, and Esc or q cancels; while the
/// terminal is too small to show the stepper, only the quit keys act, so nothing moves
/// unseen. A resize is no key: the loop that knows the new size sends `.resized`.
public enum StepperKeyMap {
    /// The action for `key` in `state`, or nil for a key that does nothing (a resize, or
    /// any key but quit while the terminal is too small).
    public static func action(for key: KeyEvent, in state: StepperState) -> StepperAction? {
        if key == .control("c") { return .interruptPressed }
        if key == .resize { return nil }
        return action(for: key, in: StepperInputMode(state))
    }

    /// The action for `key` in `mode`: the mode's own map, falling back to the stepping keys
    /// (or the stepper's own keys) where the mode lets a key keep its meaning.
    static func action(for key: KeyEvent, in mode: StepperInputMode) -> StepperAction? {
        switch mode {
        case .terminalTooSmall:
            key == .character("q") || key == .escape ? .quitPressed : nil
        case .helpOverTraining:
            key == .tick ? .training(.ticked) : stepperAction(for: key)
        case .trainingView:
            TrainingKeyMap.action(for: key)
        case .jumpPrompt:
            jumpPromptAction(for: key) ?? stepperAction(for: key)
        case .editPrompt:
            InstructorKeyMap.promptAction(for: key).map(StepperAction.instructor) ?? stepperAction(for: key)
        case .valueSelected(let below):
            InstructorKeyMap.selectionAction(for: key).map(StepperAction.instructor) ?? action(for: key, in: below)
        case .help, .stepping:
            steppingAction(for: key)
        case .finishCard:
            LessonKeyMap.finishCardAction(for: key) ?? steppingAction(for: key)
        case let .quizWaiting(asksForValue, hasTyped):
            LessonKeyMap.quizAction(for: key, asksForValue: asksForValue, hasTyped: hasTyped).map(StepperAction.lesson)
                ?? steppingAction(for: key)
        case .lastStep:
            LessonKeyMap.isNextStepKey(key) ? .lesson(.finishCardOpened) : steppingAction(for: key)
        }
    }

    /// The keys while stepping: the instructor's (Tab, Shift-Tab, e, u), then the stepper's own.
    static func steppingAction(for key: KeyEvent) -> StepperAction? {
        InstructorKeyMap.action(for: key).map(StepperAction.instructor) ?? stepperAction(for: key)
    }

    /// The jump prompt's meaning of `key`, or nil when the key means what it always does.
    static func jumpPromptAction(for key: KeyEvent) -> StepperAction? {
        switch key {
        case .character("q"), .escape: .jumpPromptCancelled
        case .character(let character): .jumpPromptTyped(character)
        case .backspace: .jumpPromptErased
        case .enter: .jumpPromptSubmitted
        default: nil
        }
    }

    /// The stepper's own meaning of `key`, without the instructor's keys.
    static func stepperAction(for key: KeyEvent) -> StepperAction? {
        switch key {
        case .right, .enter, .character("l"), .character(" "): .nextStepPressed
        case .left, .backspace, .character("h"): .previousStepPressed
        case .character("]"), .character("n"): .nextPhasePressed
        case .character("["), .character("N"): .previousPhasePressed
        case .home, .character("g"): .firstStepPressed
        case .end, .character("G"): .lastStepPressed
        case .character("i"): .nextIterationPressed
        case .character(":"): .jumpPromptOpened
        case .character("p"): .playPausePressed
        case .character("+"), .character("="): .fasterPressed
        case .character("-"): .slowerPressed
        case .control("l"): .redrawPressed
        case .character("?"): .helpToggled
        case .character("m"): .layerViewToggled
        case .character("q"), .escape: .quitPressed
        case .character("t"): .training(.viewToggled)
        case .character("c"): .training(.gradientCheckRequested)
        case .tick: .playbackTicked
        case .resize: nil
        default: .unknownKeyPressed(key.scriptName)
        }
    }
}
