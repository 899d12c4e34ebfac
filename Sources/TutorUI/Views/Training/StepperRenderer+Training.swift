extension StepperRenderer {
    /// The training view's screen when it is open, else nil (the stepper's screen follows).
    ///
    /// When the training view has opened a new stepper since the caches were filled (`s`),
    /// they belong to a timeline that is gone, so the renderer starts afresh first.
    mutating func renderTraining(_ state: StepperState) -> Screen? {
        if trainingGeneration != state.training.stepperGeneration {
            self = StepperRenderer(lesson: state.lesson, context: view.context)
            trainingGeneration = state.training.stepperGeneration
        }
        guard state.training.isVisible else { return nil }
        return TrainingView(context: view.context).render(state)
    }
}
