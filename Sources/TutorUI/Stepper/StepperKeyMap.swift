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
/// While the jump prompt is open, every character is typed into it (the reducer refuses
/// what is not a digit), Backspace erases, Enter jumps, and Esc or q cancels. While the
/// terminal is too small to show the stepper, only the quit keys act, so nothing moves
/// unseen. A resize is no key: the loop that knows the new size sends `.resized`.
public enum StepperKeyMap {
    /// The action for `key` in `state`, or nil for a key that does nothing (a resize, or
    /// any key but quit while the terminal is too small).
    public static func action(for key: KeyEvent, in state: StepperState) -> StepperAction? {
        if key == .control("c") { return .interruptPressed }
        if key == .resize { return nil }
        if !state.fitsScreen {
            return key == .character("q") || key == .escape ? .quitPressed : nil
        }
        if let action = TrainingKeyMap.action(for: key, in: state) { return action }
        if state.jumpPrompt != nil, let action = jumpPromptAction(for: key) { return action }
        // An open edit prompt takes every key, and a selected value its keys (e edits it, u
        // undoes); then a waiting quiz (its answer may hold `e`); then the instructor's keys.
        if state.instructor.prompt != nil || state.selection != nil,
           let action = InstructorKeyMap.action(for: key, in: state) { return action }
        if let action = LessonKeyMap.action(for: key, in: state) { return action }
        if let action = InstructorKeyMap.action(for: key, in: state) { return action }
        return stepperAction(for: key)
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

    /// The stepper's meaning of `key` outside the jump prompt.
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
