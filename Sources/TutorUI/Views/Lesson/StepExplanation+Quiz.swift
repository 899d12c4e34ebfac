extension StepExplanation {
    /// The explanation with its result written `?`: what the panel shows while a quiz
    /// waits for the student's prediction. A quiz that asks for the value hides the
    /// substituted numbers too (they are its first hint), and lists the values they use that
    /// the diagram does not show (`Given: w₅ = 0.4, η = 0.5, ∂l/∂w₅ = 0.082167`); a multiple
    /// choice keeps the numbers.
    func hidingResult(arithmetic: Bool) -> StepExplanation {
        var hidden = self
        if arithmetic {
            hidden.parts = partsWithoutArithmetic
            hidden.listsGivenValues = true
        } else if hidden.parts.count >= 2 {
            hidden.parts[hidden.parts.count - 1] = "?"
        }
        hidden.result = 0
        return hidden
    }
}
