extension StepperView {
    /// What the lesson adds to the panel at the step on screen: notes, the quiz, the result
    /// hidden while the quiz waits (nothing for a step without them).
    func additions(for state: StepperState) -> ExplanationAdditions {
        guard state.session != nil || !state.lesson.notes.isEmpty else { return .none }
        return LessonAdditions(state: state, context: context).additions
    }

    /// The rows the panel would like at `size` to show `explanation` and `additions` whole
    /// (counting the weights line, which the narrow diagrams that need it leave unlabelled).
    func wantedPanelRows(_ explanation: StepExplanation, additions: ExplanationAdditions, size: TerminalSize) -> Int {
        ExplanationPanelView.wantedRows(additions.hidesResult ? explanation.hidingResult() : explanation,
                                        additions: additions, columns: size.columns, listsWeights: true, context: context)
    }
}
