import BackpropCore

/// Issue 6's part of the stepper's state: the training view (its run, once opened, and
/// whether it is on screen) and the gradient check shown in the stepper's panel.
///
/// It lives in ``StepperState/training`` and only ``reduceTraining(_:_:)`` changes it. When
/// `s` opens a new stepper on the training's weights, this value moves into the new
/// ``StepperState``, so `t` returns to the training view where it was.
public struct TrainingViewState: Sendable {
    /// The training run, from the first time the view is opened.
    public internal(set) var run: TrainingRun?
    /// Whether the training view is on screen (instead of the stepper).
    public internal(set) var isVisible = false
    /// The gradient check shown in the stepper's panel, if `c` asked for one on this step.
    public internal(set) var gradientCheck: GradientCheckPanel?
    /// How many steppers `s` has opened on the training's weights: a new number tells a
    /// renderer that the stepper it kept things for is gone.
    public internal(set) var stepperGeneration = 0
    /// The lesson's own stepper, kept while `s` shows one on the training's weights: its
    /// place and quiz answers are what progress saves, and `q` goes back to it.
    public internal(set) var lessonStepper: KeptStepper?

    /// Nothing opened yet.
    public init() {}
}

/// A stepper kept aside (the lesson's own, while a stepper on the training's weights is on
/// screen): indirect, since a stepper's state holds its training view's state.
public indirect enum KeptStepper: Sendable {
    /// The stepper as it was left.
    case kept(StepperState)

    /// The stepper's state.
    public var state: StepperState {
        switch self { case .kept(let state): state }
    }
}

/// A gradient check of one parameter, shown in the stepper's panel below the step's formula
/// until the step changes.
public struct GradientCheckPanel: Sendable {
    /// The global step (``StepperState/position``) it was asked for on.
    public let position: Int
    /// The ``TrainingViewState/stepperGeneration`` of the stepper it belongs to.
    public let generation: Int
    /// The index into θ of the parameter checked.
    public let parameterIndex: Int
    /// The core's check of every parameter for the update on screen (for the pass counts),
    /// of which the panel shows ``parameterIndex``.
    public let check: GradientCheck

    /// The checked parameter's result.
    public var result: ParameterGradientCheck { check.parameters[parameterIndex] }
}
