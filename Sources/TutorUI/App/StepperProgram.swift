import Lessons

/// The stepper as a ``TerminalProgram``: keys go through ``StepperKeyMap`` to
/// ``reduce(_:_:)``, screens come from a ``StepperRenderer``.
public struct StepperProgram: TerminalProgram {
    /// The stepper's state.
    public internal(set) var state: StepperState
    private var renderer: StepperRenderer

    /// A stepper at the first step of `lesson`, laid out for `size`, drawn with `context`.
    public init(lesson: Lesson, size: TerminalSize, context: RenderContext) {
        state = StepperState(lesson: lesson, size: size)
        renderer = StepperRenderer(lesson: lesson, context: context)
    }

    /// The size the stepper is laid out for.
    public var size: TerminalSize { state.size }
    /// Whether the student has quit.
    public var isFinished: Bool { state.hasQuit }
    /// The playback delay while playing; nil while paused.
    public var tickInterval: Duration? {
        if state.training.isVisible { return state.training.run?.isPlaying == true ? TrainingRun.frameInterval : nil }
        return state.playback.isPlaying ? .milliseconds(state.playback.delay) : nil
    }
    /// Whether Ctrl-L asked for a full repaint.
    public var wantsFullRepaint: Bool { state.needsFullRedraw }

    /// Maps the key to its action (if any) and reduces.
    public mutating func handle(_ key: KeyEvent) {
        if let action = StepperKeyMap.action(for: key, in: state) { reduce(&state, action) }
    }

    /// Hands the terminal loop's measurement of a tick to the training view.
    public mutating func tickMeasured(_ timing: TickTiming) {
        reduce(&state, .training(.tickMeasured(timing)))
    }

    /// Lays the stepper out for the new size.
    public mutating func resize(to size: TerminalSize) {
        reduce(&state, .resized(columns: size.columns, rows: size.rows))
    }

    /// The screen for the state now.
    public mutating func render() -> Screen { renderer.render(state) }

    /// Shows a demo's caption on the status line (nil takes it away).
    public mutating func showCaption(_ caption: String?) { reduce(&state, .instructor(.captionChanged(caption))) }

    /// Says whether a demo plays unattended, for the hints line.
    public mutating func showDemoControl(_ control: DemoControl?) {
        reduce(&state, .instructor(.demoControlChanged(control)))
    }
}
