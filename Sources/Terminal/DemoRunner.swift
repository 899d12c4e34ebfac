import TutorUI

/// Runs a demo in a ``TerminalSession``: the script's keys and captions at their moments in
/// real time, while the program's playback ticks as in ``TerminalRunner``.
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
        var start = clock.now
        var caption: String?
        var pausedAt: ContinuousClock.Instant?
        var lastTick = clock.now
        var wasTicking = false
        // The start of the previous tick while ticks keep coming, for the program's measurements.
        var previousTick: ContinuousClock.Instant?
        var tickStart: ContinuousClock.Instant?
        var next = 0
        func draw() {
            TerminalRunner.drawFrame(&program, in: session, tickStart: tickStart, previousTick: &previousTick)
            tickStart = nil
        }
        while !program.isFinished {
            let now = clock.now
            if pausedAt == nil, next == schedule.events.count, now >= start + .seconds(schedule.endTime) {
                return .finished
            }
            // The next moment something is due: the next event (or the end), or a playback tick.
            var deadline: ContinuousClock.Instant?
            if pausedAt == nil {
                let eventTime = next < schedule.events.count ? schedule.events[next].time : schedule.endTime
                deadline = start + .seconds(eventTime)
                if let interval = program.tickInterval {
                    if !wasTicking { lastTick = now }
                    deadline = min(deadline!, lastTick + interval)
                }
                wasTicking = program.tickInterval != nil
                if !wasTicking { previousTick = nil }
            }
            let key = session.readKey(timeout: deadline.map { max(.zero, $0 - clock.now) })
            switch key {
            case nil:
                guard pausedAt == nil else { continue }
                let now = clock.now
                if next < schedule.events.count, now >= start + .seconds(schedule.events[next].time) {
                    let event = schedule.events[next]
                    next += 1
                    switch event.kind {
                    case .key(let key): program.handle(key, effects: effects)
                    case .caption(let text):
                        caption = text
                        program.showCaption(text)
                    }
                } else if program.tickInterval != nil, now >= lastTick + program.tickInterval! {
                    lastTick = now
                    tickStart = now
                    program.handle(.tick, effects: effects)
                } else {
                    continue
                }
            case .resize?:
                program.resize(to: session.size)
            case .control("c")?, .escape?, .character("q")?:
                return .quit
            case .character(" ")?:
                if let paused = pausedAt {
                    start = start + (clock.now - paused)
                    pausedAt = nil
                    wasTicking = false
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
