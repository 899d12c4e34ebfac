/// The instructor's keys (issue 5), the maps of three ``StepperInputMode``s:
///
/// - stepping: Tab / Shift-Tab select the next / previous editable value (weights, biases,
///   inputs, targets, η) in reading order; e opens the edit prompt for the selected value
///   (or the step's own); u undoes the last edit;
/// - a value selected: also ↓ / ↑ move the selection, and Esc or q stop selecting;
/// - the edit prompt: every character is typed into it (the number is checked on Enter),
///   Backspace erases, Enter applies, Esc cancels; other keys do nothing but say so.
enum InstructorKeyMap {
    /// The instructor's action for `key` while stepping, or nil for a key of the stepper's.
    static func action(for key: KeyEvent) -> InstructorAction? {
        switch key {
        case .tab: .selectNextPressed
        case .backTab: .selectPreviousPressed
        case .character("e"): .editPressed
        case .character("u"): .undoPressed
        default: nil
        }
    }

    /// The instructor's action for `key` while a value is selected, or nil for a key the
    /// mode below the selection decides.
    static func selectionAction(for key: KeyEvent) -> InstructorAction? {
        switch key {
        case .down: .selectNextPressed
        case .up: .selectPreviousPressed
        case .escape, .character("q"): .selectionDismissed
        default: action(for: key)
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
