extension StepExplanation {
    /// The explanation with its result written `?`: what the panel shows while a quiz
    /// waits for the student's prediction. A quiz that asks for the value hides the
    /// substituted numbers too (they are its first hint); a multiple choice keeps them.
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
