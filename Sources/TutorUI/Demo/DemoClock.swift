/// The one clock of a demo: what falls due next, and when, on the schedule's time line —
/// the script's events and, while the program plays, its playback ticks.
///
/// The replay (``DemoReplay``) and the terminal (`DemoRunner`) both ask it what comes next
/// and tell it what they did, so a script reaches the same step at the same moment in both.
/// Times are seconds of the schedule: the terminal maps them to the wall clock (and shifts
/// them by the time it was paused), so slow drawing never delays later ticks. A tick falls
/// due one tick interval after the program started playing, or after the tick before; a
/// tick and an event due at the same moment come tick first; ticks due by the end time are
/// delivered before the demo ends.
public struct DemoClock: Sendable {
    /// What falls due.
    public enum Due: Sendable, Hashable {
        /// The script's next event.
        case event(DemoSchedule.Event)
        /// A playback tick, at this time.
        case tick(Double)
        /// The end of the demo, at this time.
        case end(Double)

        /// When it falls due, in seconds of the schedule.
        public var time: Double {
            switch self {
            case .event(let event): event.time
            case .tick(let time), .end(let time): time
            }
        }
    }

    /// The schedule.
    public let schedule: DemoSchedule
    /// Whether the program's playback ticks by itself (else only `tick` keys tick it).
    public let playbackClock: Bool
    /// The index of the next event in the schedule.
    public private(set) var nextEvent = 0
    /// When the last tick fell due, or playing started; nil while not playing.
    private var tickBase: Double?

    /// A clock at the start of `schedule`.
    public init(schedule: DemoSchedule, playbackClock: Bool = true) {
        self.schedule = schedule
        self.playbackClock = playbackClock
    }

    /// The first event not yet delivered, if any.
    public var pendingEvent: DemoSchedule.Event? {
        nextEvent < schedule.events.count ? schedule.events[nextEvent] : nil
    }

    /// What falls due next, for a program that wants a tick `tickInterval` seconds after the
    /// last (nil: it is not playing).
    public func next(tickInterval: Double?) -> Due {
        let upcoming = pendingEvent?.time ?? schedule.endTime
        if playbackClock, let tickInterval, let tickBase, tickBase + tickInterval <= upcoming {
            return .tick(tickBase + tickInterval)
        }
        return pendingEvent.map(Due.event) ?? .end(schedule.endTime)
    }

    /// Notes that `due` was delivered, after which the program wants a tick every
    /// `tickInterval` seconds (nil: it stopped playing).
    public mutating func delivered(_ due: Due, tickInterval: Double?) {
        if case .event = due { nextEvent += 1 }
        if case .tick(let time) = due { tickBase = time }
        if tickInterval == nil { tickBase = nil } else if tickBase == nil { tickBase = due.time }
    }

    /// Notes that playing started or stopped at `time` for a reason outside the schedule.
    public mutating func playingChanged(at time: Double, tickInterval: Double?) {
        if tickInterval == nil { tickBase = nil } else if tickBase == nil { tickBase = time }
    }
}
