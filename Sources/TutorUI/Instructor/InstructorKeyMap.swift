/// The instructor's keys (issue 5), asked first by ``StepperKeyMap/action(for:in:)``.
///
/// - Tab / Shift-Tab select the next / previous editable value (weights, biases, inputs,
///   targets, η) in reading order; while a value is selected, ↓ / ↑ do the same and Esc or
///   q stop selecting;
/// - e opens the edit prompt for the selected value; u undoes the last edit;
/// - while the edit prompt is open, every character is typed into it (the number is checked
///   on Enter), Backspace erases, Enter applies, Esc cancels; other keys do nothing but say so.
///
/// Returns nil for keys it leaves to the stepper, and for every key while the jump prompt is open.
enum InstructorKeyMap {
    /// The instructor's action for `key` in `state`, or nil to let the stepper decide.
    static func action(for key: KeyEvent, in state: StepperState) -> StepperAction? {
        guard state.jumpPrompt == nil else { return nil }
        if state.instructor.prompt != nil { return promptAction(for: key).map(StepperAction.instructor) }
        let selecting = state.selection != nil
        switch key {
        case .tab: return .instructor(.selectNextPressed)
        case .backTab: return .instructor(.selectPreviousPressed)
        case .down where selecting: return .instructor(.selectNextPressed)
        case .up where selecting: return .instructor(.selectPreviousPressed)
        case .escape where selecting, .character("q") where selecting: return .instructor(.selectionDismissed)
        case .character("e"): return .instructor(.editPressed)
        case .character("u"): return .instructor(.undoPressed)
        default: return nil
        }
    }

    /// The edit prompt's meaning of `key`; nil for what the stepper still does (the playback
    /// clock, Ctrl-L, a resize).
    static func promptAction(for key: KeyEvent) -> InstructorAction? {
        switch key {
        case .character(let character): .editTyped(character)
        case .backspace: .editErased
        case .enter: .editSubmitted
        case .escape: .editCancelled
        case .tick, .resize, .control("l"): nil
        default: .editKeyIgnored(key.scriptName)
        }
    }
}
