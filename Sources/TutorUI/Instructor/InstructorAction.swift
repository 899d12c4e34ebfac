/// Something the instructor did (or a demo script did): move the selection over the
/// editable values, edit one, undo, or change the caption. Wrapped in
/// ``StepperAction/instructor(_:)`` and reduced by ``reduceInstructor(_:_:)``.
public enum InstructorAction: Sendable, Hashable {
    /// Tab (↓ while selecting): select the next editable value in reading order.
    case selectNextPressed
    /// Shift-Tab (↑ while selecting): select the previous editable value.
    case selectPreviousPressed
    /// Esc or q while selecting: stop selecting.
    case selectionDismissed
    /// e: open the edit prompt for the selected value (or the step's own value).
    case editPressed
    /// A character typed into the edit prompt.
    case editTyped(Character)
    /// Backspace in the edit prompt.
    case editErased
    /// Enter in the edit prompt: apply the number typed.
    case editSubmitted
    /// Esc in the edit prompt: close it, changing nothing.
    case editCancelled
    /// A key the edit prompt has no use for, by its key-script name.
    case editKeyIgnored(String)
    /// u: take back the last edit.
    case undoPressed
    /// A demo script shows a caption (nil: `caption off`).
    case captionChanged(String?)
    /// A demo running in the terminal started, paused, resumed, or ended (nil).
    case demoControlChanged(DemoControl?)

    /// Whether a demo script sent the action (a caption, the demo's control) rather than a
    /// key: the reducer takes it behind the help and the prompts.
    var isFromDemo: Bool {
        switch self {
        case .captionChanged, .demoControlChanged: true
        default: false
        }
    }
}
