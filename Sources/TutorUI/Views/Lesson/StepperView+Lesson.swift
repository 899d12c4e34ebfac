import Lessons

extension StepperView {
    /// What the lesson adds to the panel at the step on screen: notes, the quiz, the result
    /// hidden while the quiz waits (nothing for a step without them).
    func additions(for state: StepperState) -> ExplanationAdditions {
        guard state.session != nil || !state.lesson.notes.isEmpty else { return .none }
        return LessonAdditions(state: state, context: context).additions
    }

    /// The additions for the step on screen with its notes section (from ``notesSection(for:)``) made already.
    func additions(for state: StepperState, notes: ExplanationSection?) -> ExplanationAdditions {
        guard state.session != nil || notes != nil else { return .none }
        return LessonAdditions(state: state, context: context).additions(notes: notes)
    }

    /// The notes of the step on screen as a panel section, if it has any.
    func notesSection(for state: StepperState) -> ExplanationSection? {
        state.lesson.notes.isEmpty ? nil : LessonAdditions(state: state, context: context).notesSection
    }

    /// The rows the panel would like at `size` to show `explanation` and `additions` whole
    /// (counting the weights line, which the narrow diagrams that need it leave unlabelled).
    func wantedPanelRows(_ explanation: StepExplanation, additions: ExplanationAdditions, size: TerminalSize) -> Int {
        ExplanationPanelView.wantedRows(additions.hidesResult ? explanation.hidingResult(arithmetic: additions.hidesArithmetic) : explanation,
                                        additions: additions, columns: size.columns, listsWeights: true, context: context)
    }
}
