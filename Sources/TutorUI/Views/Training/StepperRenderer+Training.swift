extension StepperRenderer {
    /// The training view's screen when it is open, else nil (the stepper's screen follows).
    func renderTraining(_ state: StepperState) -> Screen? {
        guard state.training.isVisible else { return nil }
        return TrainingView(context: view.context).render(state)
    }
}
