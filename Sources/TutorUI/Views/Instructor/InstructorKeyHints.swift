/// The key hints while a value is selected or being edited: the editor's keys instead of
/// the stepper's (``KeyHintsView`` asks first). The last two are always kept.
struct InstructorKeyHints {
    let state: StepperState
    let context: RenderContext

    /// The hints, or nil when the stepper's own apply.
    var hints: [(keys: String, action: String)]? {
        if state.instructor.prompt != nil {
            return [("0-9 . -", "type a number"), ("Backspace", "erase"), ("Enter", "apply"), ("Esc", "cancel")]
        }
        guard state.selection != nil else { return nil }
        let back = context.isUnicode ? "⇧Tab" : "S-Tab"
        var hints: [(String, String)] = [("Tab/\(back)", "select"), ("e", "edit")]
        if !state.instructor.undoStack.isEmpty { hints.append(("u", "undo")) }
        hints.append(("\(context.glyphs.arrowRight)/\(context.glyphs.arrowLeft)", "step"))
        return hints + [("?", "help"), ("Esc", "done")]
    }
}
