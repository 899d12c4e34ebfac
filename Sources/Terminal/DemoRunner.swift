import TutorUI

/// Runs a demo in a ``TerminalSession``: the script's keys and captions at their moments in
/// real time, and the program's playback ticks, all on the ``DemoClock`` that
/// ``DemoReplay`` follows, so the terminal shows what the replay shows at each moment.
///
/// The person at the keyboard can still act: q, Esc or Ctrl-C stop the demo and quit; space
/// pauses it (and the playback with it) and resumes it; Enter stops the script and hands
/// the stepper over, to go on by hand from where the demo got to. Other keys are ignored.
/// A resize lays the screen out again. When the script's last event and wait are done the
/// demo ends (``Ending/finished``).
public enum DemoRunner {
    /// How a demo ended.
    public enum Ending: Sendable, Hashable {
        /// The script ran to its end.
        case finished
        /// The program ended (a quit key in the script) or the person quit.
        case quit
        /// The person pressed Enter: the caller carries on interactively.
        case takenOver
    }

    /// The caption shown while the demo is paused.
    public static let pausedCaption = "Demo paused: space resumes, Enter takes over, q quits"

    /// Runs `schedule` on `program` in `session` (its first frame drawn here), carrying out
    /// the effects the program asks for with `effects`.
    public static func run<Program: DemoProgram>(_ program: inout Program, schedule: DemoSchedule,
                                                 in session: TerminalSession, effects: ProgressEffects) -> Ending {
        let clock = ContinuousClock()
        program.showDemoControl(.running)
        TerminalRunner.drawFirstFrame(&program, in: session)
        // The wall-clock moment of the schedule's time 0, moved on by the time spent paused.
        var start = clock.now
        var demo = DemoClock(schedule: schedule)
        var caption: String?
        var pausedAt: ContinuousClock.Instant?
        // The start of the previous tick while ticks keep coming, for the program's measurements.
        var previousTick: ContinuousClock.Instant?
        var tickStart: ContinuousClock.Instant?
        func draw() {
            TerminalRunner.drawFrame(&program, in: session, tickStart: tickStart, previousTick: &previousTick)
            tickStart = nil
        }
        while !program.isFinished {
            // The next moment something is due, as the replay has it: an event, a tick or the end.
            let due = demo.next(tickInterval: program.tickInterval.map(TickTiming.seconds))
            let deadline = pausedAt == nil ? start + .seconds(due.time) : nil
            let key = session.readKey(timeout: deadline.map { max(.zero, $0 - clock.now) })
            switch key {
            case nil:
                guard let deadline, clock.now >= deadline else { continue }
                switch due {
                case .end:
                    return .finished
                case .tick:
                    tickStart = clock.now
                    program.handle(.tick, effects: effects)
                case .event(let event):
                    switch event.kind {
                    case .key(let key): program.handle(key, effects: effects)
                    case .caption(let text):
                        caption = text
                        program.showCaption(text)
                    }
                }
                demo.delivered(due, tickInterval: program.tickInterval.map(TickTiming.seconds))
                if program.tickInterval == nil { previousTick = nil }
            case .resize?:
                program.resize(to: session.size)
            case .control("c")?, .escape?, .character("q")?:
                return .quit
            case .character(" ")?:
                if let paused = pausedAt {
                    start = start + (clock.now - paused)
                    pausedAt = nil
                    previousTick = nil
                    program.showCaption(caption)
                    program.showDemoControl(.running)
                } else {
                    pausedAt = clock.now
                    program.showCaption(pausedCaption)
                    program.showDemoControl(.paused)
                }
            case .enter?:
                program.showCaption(nil)
                program.showDemoControl(nil)
                draw()
                return .takenOver
            default:
                continue
            }
            if program.isFinished { break }
            draw()
        }
        return .quit
    }
}
