/// Something the student did with the training view or the gradient check (issue 6), named
/// after the deed; ``StepperAction/training(_:)`` carries it to ``reduceTraining(_:_:)``.
public enum TrainingAction: Sendable, Hashable {
    /// t: open the training view from the stepper, or go back to the stepper from it.
    case viewToggled
    /// q Esc in the training view: back to the stepper.
    case leavePressed
    /// space p: play or pause the training.
    case playPausePressed
    /// 1 2 3 4: make 1, 10, 100 or 1,000 updates now (and pause).
    case updatesRequested(Int)
    /// +: more updates per frame while playing.
    case fasterPressed
    /// -: fewer updates per frame while playing.
    case slowerPressed
    /// L: the loss curve's y axis between linear and logarithmic.
    case logScaleToggled
    /// s: open the stepper on the current weights and the next sample.
    case stepperRequested
    /// r: divide η by 10 (after a divergence, restart from the last finite weights).
    case learningRateLowered
    /// A frame tick while the training view plays.
    case ticked
    /// What the terminal loop measured about the last tick.
    case tickMeasured(TickTiming)
    /// c in the stepper: check the gradient of the step on screen against finite differences.
    case gradientCheckRequested
    /// A key the training view has no use for, by its key-script name.
    case unknownKeyPressed(String)

    /// Whether the action is the frame clock rather than a key: the clock must not close
    /// the help or clear a message.
    public var isClock: Bool {
        switch self {
        case .ticked, .tickMeasured: true
        default: false
        }
    }
}
