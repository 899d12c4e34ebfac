extension StepExplanation {
    /// The explanation with its result written `?`: what the panel shows while a quiz
    /// waits for the student's prediction.
    func hidingResult() -> StepExplanation {
        var hidden = self
        if hidden.parts.count >= 2 { hidden.parts[hidden.parts.count - 1] = "?" }
        hidden.result = 0
        return hidden
    }
}
