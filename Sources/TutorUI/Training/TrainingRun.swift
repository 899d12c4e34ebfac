import BackpropCore
import Lessons
import TrainingModels

/// A lesson being trained in the training view: the ``TrainingSession`` (fast updates, the
/// loss history, gradient sizes, divergence) and how the student watches it.
///
/// Nothing here reads a clock. Frames come as ticks; how fast the updates went is measured
/// by the terminal loop and handed in (``measured(_:)``), so a replay, which measures
/// nothing, makes the same updates and draws the same screens every time.
public struct TrainingRun: Sendable {
    /// Frames per second while playing: the terminal loop ticks this often.
    public static let framesPerSecond = 30
    /// Updates per frame at full speed until the terminal loop has measured anything (and
    /// always in a replay, which measures nothing).
    public static let unmeasuredFullSpeedUpdates = 10_000
    /// The bounds of the measured full-speed updates per frame.
    static let fullSpeedRange = 100...50_000_000
    /// The most updates a stepper opened on the training's weights walks through.
    static let stepperUpdateLimit = 1_000

    /// The lesson trained: its names, title and data, and θ₀ where the run started.
    public let lesson: Lesson
    /// The training itself.
    public internal(set) var session: TrainingSession
    /// Whether updates run by themselves, a batch each frame.
    public internal(set) var isPlaying = false
    /// How many updates a frame makes while playing.
    public internal(set) var speed = TrainingSpeed.initial
    /// How the loss curve's y axis is scaled.
    public internal(set) var scale = PlotScale.linear
    /// Updates per frame at full speed, adjusted from the terminal loop's measurements.
    public internal(set) var fullSpeedUpdatesPerTick = TrainingRun.unmeasuredFullSpeedUpdates
    /// Updates per second as the terminal loop measured them, smoothed; nil until measured
    /// (and always in a replay).
    public internal(set) var updatesPerSecond: Double?
    /// Updates made by the last frame, and by the one before it.
    private(set) var tickUpdates = (last: 0, previous: 0)
    /// L(θ) over every sample at the current parameters (from the core's ``Trainer/totalLoss()``).
    public private(set) var totalLoss: Double
    /// A message for the key-hint line that, unlike ``StepperState/message``, lasts through
    /// frame ticks until the next key.
    public internal(set) var notice: TrainingNotice?

    /// A run of `lesson` from its θ₀, paused.
    public init(lesson: Lesson) {
        self.lesson = lesson
        session = TrainingSession(trainer: lesson.trainer)
        var probe = lesson.trainer
        totalLoss = probe.totalLoss()
    }

    /// Updates per frame at the current speed.
    public var updatesPerTick: Int {
        switch speed {
        case .perFrame(let count): count
        case .fullSpeed: fullSpeedUpdatesPerTick
        }
    }

    /// Makes up to `count` updates (fewer if training diverges, none while it is paused by
    /// a divergence), then stops playing if it diverged; returns how many were made.
    @discardableResult
    mutating func train(updates count: Int) -> Int {
        // Trace the last updates the bars average over, so they show consecutive samples.
        let made = session.run(updates: count, tracingLast: session.magnitudes.window)
        if made > 0 { refreshTotalLoss() }
        if session.isPaused { isPlaying = false }
        return made
    }

    /// Recomputes ``totalLoss`` for the current parameters.
    mutating func refreshTotalLoss() {
        var probe = session.trainer
        totalLoss = probe.totalLoss()
    }

    /// One frame's updates while playing.
    mutating func tick() {
        guard isPlaying else { return }
        let made = train(updates: updatesPerTick)
        tickUpdates = (made, tickUpdates.last)
    }

    /// Divides η by 10 (``TrainingSession/lowerLearningRate()``): after a divergence,
    /// training restarts from the last finite parameters.
    mutating func lowerLearningRate() {
        session.lowerLearningRate()
        refreshTotalLoss()
    }

    /// Takes what the terminal loop measured about the last frame: the updates per second
    /// (the previous frame's updates over the time between the two frames' starts, smoothed),
    /// and, at full speed, how many updates fill about half of the next frame.
    mutating func measured(_ timing: TickTiming) {
        guard isPlaying else { return }
        if let interval = timing.sincePreviousTick, interval > .zero, tickUpdates.previous > 0 {
            let sample = Double(tickUpdates.previous) / TickTiming.seconds(interval)
            updatesPerSecond = updatesPerSecond.map { 0.7 * $0 + 0.3 * sample } ?? sample
        }
        guard speed == .fullSpeed, tickUpdates.last > 0, timing.handling > .zero else { return }
        fullSpeedUpdatesPerTick = Self.nextFullSpeedUpdates(last: tickUpdates.last, handling: timing.handling,
                                                            drawing: timing.drawing)
    }

    /// The updates for the next full-speed frame: as many as the last frame's rate fits in
    /// its share of a frame (half of it, less if drawing takes long, never under a quarter),
    /// at most 4 times and at least a quarter of the last count.
    static func nextFullSpeedUpdates(last: Int, handling: Duration, drawing: Duration) -> Int {
        let frame = 1 / Double(framesPerSecond)
        let budget = max(0.25 * frame, min(0.5 * frame, 0.85 * frame - TickTiming.seconds(drawing)))
        let perUpdate = TickTiming.seconds(handling) / Double(last)
        let wanted = budget / perUpdate
        let bounded = min(max(wanted, Double(last) / 4), Double(last) * 4)
        return Int(clamping: bounded, to: fullSpeedRange)
    }

    /// The lesson a stepper on the training's current weights walks: θ and η now, one pass
    /// over the data from the next sample (one update for a full batch), and no notes or
    /// quizzes (they belong to the lesson's own steps).
    func stepperLesson() -> Lesson {
        var stepper = lesson
        stepper.network = session.trainer.network
        stepper.options = session.trainer.options
        stepper.iterations = session.trainer.options.batch == .full ? 1
            : min(lesson.samples.count, Self.stepperUpdateLimit)
        stepper.notes = []
        stepper.quizzes = []
        return stepper
    }
}

extension TrainingRun {
    /// The time between frames while playing.
    public static var frameInterval: Duration { .seconds(1) / framesPerSecond }
}
