import BackpropCore

/// Draws the bottom line: the most useful keys, as many as fit, or the reducer's message
/// (an error in the error style) for the one frame after the action that caused it.
struct KeyHintsView {
    let state: StepperState
    let context: RenderContext

    /// The hints as (keys, what they do), in the order they are shown; the last two (help,
    /// quit) are always kept.
    var hints: [(keys: String, action: String)] {
        if let demo = state.instructor.demoControl { return demo.hints }
        if let hints = InstructorKeyHints(state: state, context: context).hints { return hints }
        if let lessonHints = LessonHints.hints(for: state, context: context) { return lessonHints }
        let glyphs = context.glyphs
        // The gradient check and the training view right after the moves: at 80 columns the
        // hints that fit are the first ones, and c and t are what a student would not guess.
        var hints: [(String, String)] = [("\(glyphs.arrowRight)/l", "next"), ("\(glyphs.arrowLeft)/h", "back")]
        hints += TrainingKeyHints.stepperHints(for: state)
        hints += [("]/[", "phase"), ("g/G", "first/last")]
        if state.timeline.iterations > 1 { hints.append(("i", "next update")) }
        hints.append((":", "jump"))
        hints.append(("p", state.playback.isPlaying ? "pause" : "play"))
        if state.playback.isPlaying { hints.append(("+/-", "speed")) }
        hints += [("?", "help"), ("q", state.training.lessonStepper == nil ? "quit" : "lesson")]
        return hints
    }

    /// Draws the message, or the hints that fit, into `row` of `screen`.
    func draw(row: Int, into screen: inout Screen) {
        if let message = state.message {
            KeyHintsLine.drawMessage(message.text, isError: message.isError, row: row, into: &screen, context: context)
            return
        }
        KeyHintsLine(hints: hints).draw(row: row, into: &screen)
    }
}
