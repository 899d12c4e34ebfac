/// A ``TerminalProgram`` a demo can caption: the stepper shows captions on its status line.
public protocol DemoProgram: TerminalProgram {
    /// Shows `caption` on the status line (nil takes it away).
    mutating func showCaption(_ caption: String?)
    /// Says whether a demo plays unattended in the terminal (nil: it ended or was taken over).
    mutating func showDemoControl(_ control: DemoControl?)
}

/// One frame of a demo replay: the screen and the moment it appears.
public struct DemoFrame: Sendable, Hashable {
    /// The 1-based frame number.
    public let number: Int
    /// Seconds from the start of the demo.
    public let time: Double
    /// What led to it: `start`, `line 4: l`, `key 2 of 5: l`, `tick`.
    public let label: String
    /// What the screen shows.
    public let screen: Screen

    /// The separator line before the frame in text output: `=== frame 3 (line 4: l) ====…`,
    /// longer than the screen is wide (as ``TextFrameSink/separator(for:)`` writes them).
    public var separator: String {
        let head = "=== frame \(number) (\(label)) "
        let length = max(screen.columns + 4, Screen.width(of: head) + 3)
        return head + String(repeating: "=", count: length - Screen.width(of: head))
    }
}

/// Where demo frames go: text, full-screen ANSI redraws, an asciicast recording.
public protocol DemoFrameSink {
    /// Takes the next frame.
    mutating func write(_ frame: DemoFrame)
    /// The demo ended at `time` (seconds), after the last frame; a recording holds the last
    /// frame until then.
    mutating func finish(at time: Double)
}

/// Runs a demo's schedule on a program without a terminal, handing each frame to a sink:
/// what `backprop replay --script` and `--keys` do.
///
/// The first frame is the screen at time 0; then one frame follows each key and each
/// caption, at its time, until the program ends (a quit key gives no frame; later events
/// are not replayed). With `playbackClock`, the program's playback ticks too: while it plays
/// (its ``TerminalProgram/tickInterval``), a `.tick` falls due one interval after it started
/// playing or after the last tick, keys or not, as in the terminal — so `p` then `wait 3`
/// plays three steps at the default speed. Without it, only `tick` keys tick (the
/// `--keys` behaviour). No clock is read: every time comes from the schedule, through the
/// ``DemoClock`` the terminal's demo runner follows too.
public enum DemoReplay {
    /// How a demo replay ended.
    public struct Outcome: Sendable, Hashable {
        /// How many frames were produced (including any not handed to the sink).
        public var frameCount: Int
        /// How many events came after the program ended and were not replayed.
        public var eventsIgnored: Int
        /// The first event not replayed, if any.
        public var firstIgnored: DemoSchedule.Event?
    }

    /// Replays `schedule` on `program`, handing the frames `selection` asks for to `sink` and
    /// carrying out the effects the program asks for with `effects` (by default none).
    @discardableResult
    public static func run<Program: DemoProgram, Sink: DemoFrameSink>(
        _ program: inout Program, schedule: DemoSchedule, frames selection: FrameSelection, playbackClock: Bool,
        into sink: inout Sink, effects: ProgressEffects = .none
    ) -> Outcome {
        var count = 1
        var last = DemoFrame(number: 1, time: 0, label: "start", screen: program.render())
        if selection == .all { sink.write(last) }
        var clock = DemoClock(schedule: schedule, playbackClock: playbackClock)
        while true {
            let due = clock.next(tickInterval: program.tickInterval.map(TickTiming.seconds))
            let label: String
            switch due {
            case .end:
                return finish(sink: &sink, last: last, selection: selection, at: schedule.endTime,
                              outcome: Outcome(frameCount: count, eventsIgnored: 0, firstIgnored: nil))
            case .tick:
                program.handle(.tick, effects: effects)
                label = "tick"
            case .event(let event):
                switch event.kind {
                case .key(let key): program.handle(key, effects: effects)
                case .caption(let text): program.showCaption(text)
                }
                label = event.label
            }
            clock.delivered(due, tickInterval: program.tickInterval.map(TickTiming.seconds))
            if program.isFinished {
                let ignored = schedule.events.count - clock.nextEvent
                return finish(sink: &sink, last: last, selection: selection, at: schedule.endTime,
                              outcome: Outcome(frameCount: count, eventsIgnored: ignored, firstIgnored: clock.pendingEvent))
            }
            count += 1
            last = DemoFrame(number: count, time: due.time, label: label, screen: program.render())
            if selection == .all { sink.write(last) }
        }
    }

    private static func finish<Sink: DemoFrameSink>(sink: inout Sink, last: DemoFrame, selection: FrameSelection,
                                                    at endTime: Double, outcome: Outcome) -> Outcome {
        if selection == .last { sink.write(last) }
        sink.finish(at: max(endTime, last.time))
        return outcome
    }
}

extension StepperProgram: DemoProgram {}
