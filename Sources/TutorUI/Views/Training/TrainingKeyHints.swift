import BackpropCore

/// The stepper's hints and help lines for the keys issue 6 adds to it: `c` (the gradient
/// check, on gradient and update steps) and `t` (the training view).
enum TrainingKeyHints {
    /// The key hints for the stepper's bottom line: `c` where it works, then `t`.
    static func stepperHints(for state: StepperState) -> [(String, String)] {
        let phase = state.step.phase
        let checks = phase == .gradients || phase == .update
        return (checks ? [("c", state.training.gradientCheck == nil ? "check gradient" : "hide check")] : [])
            + [("t", "training")]
    }

    /// The lines for the stepper's help overlay.
    static let stepperHelp: [(keys: String, action: String)] = [
        ("c", "gradient step: check by finite differences"),
        ("t", "training view: many updates (t comes back)"),
    ]
}
