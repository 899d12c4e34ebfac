/// A full-screen program that keys drive and screens show: what the terminal loop (in the
/// `Terminal` target) and ``Replay`` both run.
///
/// The stepper is one; the lesson menu and the training view can be others, or a program
/// that switches between them. A program never does IO: it takes keys and sizes and gives
/// screens, and asks for file IO as ``ProgramEffect``s that its runner carries out.
public protocol TerminalProgram {
    /// The size the program lays its screens out for.
    var size: TerminalSize { get }
    /// Whether the program has ended (the loop stops and gives the terminal back).
    var isFinished: Bool { get }
    /// How long after the last tick the program wants the next `.tick`, or nil while it
    /// needs none (nothing is playing).
    var tickInterval: Duration? { get }
    /// Whether the next frame should be painted from scratch, not only where it changed.
    var wantsFullRepaint: Bool { get }

    /// Takes one key (or a `.tick`).
    mutating func handle(_ key: KeyEvent)
    /// Takes what the terminal loop measured about the last tick (the only wall time a
    /// program sees; a replay sends none). Programs that need none take the default.
    mutating func tickMeasured(_ timing: TickTiming)
    /// Takes the effects asked for since the last call, for the runner to carry out.
    mutating func takeEffects() -> [ProgramEffect]
    /// Takes what came of an effect the program asked for.
    mutating func effectFinished(_ outcome: EffectOutcome)
    /// Takes the terminal's new size.
    mutating func resize(to size: TerminalSize)
    /// The screen to show now, `size` large.
    mutating func render() -> Screen
}

extension TerminalProgram {
    /// Ignores the measurement.
    public mutating func tickMeasured(_ timing: TickTiming) {}
    /// Asks for nothing.
    public mutating func takeEffects() -> [ProgramEffect] { [] }
    /// Expects nothing.
    public mutating func effectFinished(_ outcome: EffectOutcome) {}

    /// Hands `key` to the program, then carries out the effects it asked for with `effects`
    /// and hands back what came of each: what every runner does with a key or a tick.
    public mutating func handle(_ key: KeyEvent, effects: ProgressEffects) {
        handle(key)
        for effect in takeEffects() { effectFinished(effects.perform(effect)) }
    }
}
