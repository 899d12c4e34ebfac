import Lessons

/// The quiz and end-of-lesson keys, for the key hints line and the help overlay.
enum LessonHints {
    /// The hints while a quiz waits or at the last step, or nil for the stepper's own.
    static func hints(for state: StepperState, context: RenderContext) -> [(keys: String, action: String)]? {
        guard let session = state.session, !state.isHelpVisible, state.jumpPrompt == nil else { return nil }
        let glyphs = context.glyphs
        if session.isFinishCardVisible {
            // After the last lesson Enter opens nothing, so it is left out.
            let enter: [(keys: String, action: String)] = session.next == nil ? [] : [("Enter", "next lesson")]
            return enter + [("g", "first step"), ("?", "help"), ("q", "leave")]
        }
        if let quiz = state.waitingQuiz {
            let typing: (String, String) = quiz.asksForValue ? ("0-9 . - e", "type") : ("1-9", "choose")
            return [typing, ("Enter", "check"), ("s", "skip"), ("\(glyphs.arrowLeft)/h", "back"), ("?", "help"),
                    ("q", "quit")]
        }
        if state.isAtEnd {
            return [("\(glyphs.arrowRight)/l", "finish"), ("\(glyphs.arrowLeft)/h", "back"), ("g", "first"),
                    ("?", "help"), ("q", "quit")]
        }
        return nil
    }

    /// The help overlay's block of quiz keys, after a blank row.
    static func helpKeys(context: RenderContext) -> [(keys: String, action: String)] {
        [
            ("", ""),
            ("0-9  .  -  e  Backspace", "type your prediction while a quiz waits"),
            ("Enter  /  s", "check it / skip the quiz (shows the answer)"),
            ("1-9  then  Enter", "pick a choice and answer with it"),
            ("\(context.glyphs.arrowRight) at the last step", "your score and the next lesson"),
        ]
    }
}
