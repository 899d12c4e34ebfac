/// The training view's keys (issue 6), the map of ``StepperInputMode/trainingView``:
///
/// - play / pause: space p; make 1 / 10 / 100 / 1,000 updates now: 1 2 3 4;
/// - updates per frame while playing: + (or =) / -; the loss curve's log scale: L;
/// - the stepper on the current weights and the next sample: s;
/// - lower η tenfold (after a divergence, restart from the last finite weights): r;
/// - back to the stepper: t q Esc; help: ?; redraw: Ctrl-L.
///
/// In the stepper, `t` opens the view and `c` checks the gradient of the step on screen;
/// those two are cases of the stepper's own map.
public enum TrainingKeyMap {
    /// The action for `key` while the training view is on screen (with no help over it).
    static func action(for key: KeyEvent) -> StepperAction {
        switch key {
        case .character(" "), .character("p"): return .training(.playPausePressed)
        case .character("1"): return .training(.updatesRequested(1))
        case .character("2"): return .training(.updatesRequested(10))
        case .character("3"): return .training(.updatesRequested(100))
        case .character("4"): return .training(.updatesRequested(1_000))
        case .character("+"), .character("="): return .training(.fasterPressed)
        case .character("-"): return .training(.slowerPressed)
        case .character("L"): return .training(.logScaleToggled)
        case .character("s"): return .training(.stepperRequested)
        case .character("r"): return .training(.learningRateLowered)
        case .character("t"): return .training(.viewToggled)
        case .character("q"), .escape: return .training(.leavePressed)
        case .character("?"): return .helpToggled
        case .control("l"): return .redrawPressed
        case .tick: return .training(.ticked)
        default: return .training(.unknownKeyPressed(key.scriptName))
        }
    }
}
