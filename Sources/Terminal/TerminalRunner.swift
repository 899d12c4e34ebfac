import TutorUI

/// Runs a ``TerminalProgram`` in a ``TerminalSession``: draw, wait for a key (or for the next
/// playback tick), hand it to the program, draw again, until the program ends.
///
/// Ticks keep their rhythm while keys arrive: the next tick is due one interval after the
/// last, not after the last key. A resize is handed over at once with the new size; Ctrl-L
/// (the program's `wantsFullRepaint`) repaints everything. After each tick's frame is drawn,
/// the program gets what the tick cost (``TickTiming``): the only clock readings it sees.
public enum TerminalRunner {
    /// Runs `program` until it ends (its first frame already drawn by ``drawFirstFrame(_:in:)``
    /// or not), carrying out the effects it asks for with `effects`.
    public static func run<Program: TerminalProgram>(_ program: inout Program, in session: TerminalSession,
                                                     effects: ProgressEffects) {
        let clock = ContinuousClock()
        drawFirstFrame(&program, in: session)
        var lastTick = clock.now
        var wasTicking = false
        // The start of the previous tick while ticks keep coming, for the program's measurements.
        var previousTick: ContinuousClock.Instant?
        while !program.isFinished {
            var timeout: Duration?
            if let interval = program.tickInterval {
                if !wasTicking { lastTick = clock.now }
                timeout = max(.zero, lastTick + interval - clock.now)
            } else {
                previousTick = nil
            }
            wasTicking = program.tickInterval != nil
            let key = session.readKey(timeout: timeout)
            var tickStart: ContinuousClock.Instant?
            switch key {
            case nil:
                lastTick = clock.now
                tickStart = lastTick
                program.handle(.tick, effects: effects)
            case .resize?:
                program.resize(to: session.size)
            case let key?:
                program.handle(key, effects: effects)
            }
            if program.isFinished { break }
            drawFrame(&program, in: session, tickStart: tickStart, previousTick: &previousTick)
        }
    }

    /// Draws `program`'s screen (everything again when it asks for a full repaint) and, for
    /// a frame that follows a tick begun at `tickStart`, hands the program what the tick cost;
    /// `previousTick` is the start of the tick before, updated here.
    static func drawFrame<Program: TerminalProgram>(_ program: inout Program, in session: TerminalSession,
                                                    tickStart: ContinuousClock.Instant?,
                                                    previousTick: inout ContinuousClock.Instant?) {
        let clock = ContinuousClock()
        let drawStart = clock.now
        session.draw(program.render())
        if program.wantsFullRepaint { session.repaint() }
        guard let tickStart else { return }
        program.tickMeasured(TickTiming(sincePreviousTick: previousTick.map { tickStart - $0 },
                                        handling: drawStart - tickStart, drawing: clock.now - drawStart))
        previousTick = tickStart
    }

    /// Lays `program` out for the session's size and draws its screen.
    public static func drawFirstFrame<Program: TerminalProgram>(_ program: inout Program, in session: TerminalSession) {
        if program.size != session.size { program.resize(to: session.size) }
        session.draw(program.render())
    }
}
