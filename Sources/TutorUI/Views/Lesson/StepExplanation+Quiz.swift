extension StepExplanation {
    /// The explanation with its result written `?`: what the panel shows while a quiz
    /// waits for the student's prediction. A quiz that asks for the value hides the
    /// substituted numbers too (they are its first hint; the quiz lists the values they use
    /// that no box shows, see ``QuizText/given``); a multiple choice keeps the numbers.
    func hidingResult(arithmetic: Bool) -> StepExplanation {
        var hidden = self
        if arithmetic {
            hidden.parts = partsWithoutArithmetic
        } else if hidden.parts.count >= 2 {
            hidden.parts[hidden.parts.count - 1] = "?"
        }
        hidden.result = 0
        return hidden
    }
}
