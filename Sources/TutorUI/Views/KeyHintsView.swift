/// Draws the bottom line: the most useful keys, as many as fit, or the reducer's message
/// (an error in the error style) for the one frame after the action that caused it.
struct KeyHintsView {
    let state: StepperState
    let context: RenderContext

    /// The hints as (keys, what they do), in the order they are shown; the last two (help,
    /// quit) are always kept.
    var hints: [(keys: String, action: String)] {
        if let hints = InstructorKeyHints(state: state, context: context).hints { return hints }
        if let lessonHints = LessonHints.hints(for: state, context: context) { return lessonHints }
        let glyphs = context.glyphs
        var hints: [(String, String)] = [
            ("\(glyphs.arrowRight)/l", "next"), ("\(glyphs.arrowLeft)/h", "back"), ("]/[", "phase"),
            ("g/G", "first/last"),
        ]
        if state.timeline.iterations > 1 { hints.append(("i", "next update")) }
        hints.append((":", "jump"))
        hints.append(("p", state.playback.isPlaying ? "pause" : "play"))
        if state.playback.isPlaying { hints.append(("+/-", "speed")) }
        hints += TrainingKeyHints.stepperHints(for: state)
        hints += [("?", "help"), ("q", "quit")]
        return hints
    }

    func draw(row: Int, into screen: inout Screen) {
        if let message = state.message {
            screen.put(" " + message.text, row: row, column: 0, style: message.isError ? .error : .accent)
            return
        }
        let hints = self.hints
        let kept = hints.suffix(2)
        let keptWidth = kept.reduce(0) { $0 + width(of: $1) }
        var chosen: [(keys: String, action: String)] = []
        var used = 1 + keptWidth
        for hint in hints.dropLast(2) where used + width(of: hint) <= screen.columns {
            chosen.append(hint)
            used += width(of: hint)
        }
        var column = 1
        for hint in chosen + kept {
            column += screen.put(hint.keys, row: row, column: column, style: Style(.hint, .bold)) + 1
            column += screen.put(hint.action, row: row, column: column, style: .hint) + 2
        }
    }

    private func width(of hint: (keys: String, action: String)) -> Int {
        Screen.width(of: hint.keys) + 1 + Screen.width(of: hint.action) + 2
    }
}
