import BackpropCore
import TrainingModels
import TutorUI

/// `backprop-bench --training`: the training view's work, measured against plain updates.
///
/// Two paths on the same problem, each run for a fixed time, interleaved `repetitions`
/// times, keeping each path's best rate:
/// - **steps**: `Trainer.step()` in a loop, nothing else;
/// - **session**: `TrainingSession.run(updates:)` in calls of ``updatesPerCall`` updates
///   (the loss history appended at every update, one traced update per call for the
///   gradient bars), and 30 times a second everything the view recomputes for a frame at
///   120×40: a decision surface of 120×40 cells (4800 forward passes), the loss plot at
///   120×40, the heat map's rows and the gradient bars. That is more than one 120×40
///   screen holds (a real layout splits it), so the figure is a lower bound.
struct TrainingBenchmark {
    /// The screen size a frame is drawn for.
    static let columns = 120, rows = 40
    /// Frames per second.
    static let framesPerSecond = 30
    /// Updates per `run(updates:)` call between looks at the clock.
    static let updatesPerCall = 1024

    /// The trainer every run starts from.
    let start: Trainer
    /// How long each timed run lasts.
    let duration: Duration

    /// Updates per second of the plain `step()` loop over one timed run.
    func measureSteps() -> Double {
        let clock = ContinuousClock()
        var trainer = start
        var updates = 0
        let begin = clock.now
        var elapsed = Duration.zero
        while elapsed < duration {
            for _ in 0..<Self.updatesPerCall { trainer.step() }
            updates += Self.updatesPerCall
            elapsed = clock.now - begin
        }
        // Read the result so the loop cannot be dropped.
        precondition(trainer.completedIterations == updates)
        return Double(updates) / TickTiming.seconds(elapsed)
    }

    /// What one timed run of the session path measured.
    struct SessionRun {
        /// Updates per second, frames included.
        var updatesPerSecond: Double
        /// Frames drawn.
        var frames: Int
        /// Seconds the run lasted.
        var seconds: Double
        /// Mean seconds spent redrawing one frame.
        var secondsPerFrame: Double
        /// The session at the end, for the correctness check.
        var session: TrainingSession
    }

    /// One timed run of the session path with a frame every 1/30 s.
    func measureSession() -> SessionRun {
        let clock = ContinuousClock()
        var session = TrainingSession(trainer: start)
        var surface = DecisionSurface(columns: Self.columns, rows: Self.rows, samples: start.samples)
        let interval = Duration.seconds(1) / Self.framesPerSecond
        var frames = 0
        var drawing = Duration.zero
        var checksum = 0
        let begin = clock.now
        var nextFrame = begin
        var now = begin
        while now - begin < duration && !session.isPaused {
            session.run(updates: Self.updatesPerCall)
            now = clock.now
            if now >= nextFrame {
                checksum &+= Self.drawFrame(&session, surface: &surface)
                frames += 1
                let after = clock.now
                drawing += after - now
                now = after
                nextFrame += interval
                if nextFrame < now { nextFrame = now + interval }
            }
        }
        precondition(checksum != 0 || frames == 0)
        let seconds = TickTiming.seconds(now - begin)
        return SessionRun(updatesPerSecond: Double(session.completedIterations - start.completedIterations) / seconds,
                          frames: frames, seconds: seconds,
                          secondsPerFrame: frames > 0 ? TickTiming.seconds(drawing) / Double(frames) : 0, session: session)
    }

    /// Everything the view recomputes for one frame; returns the number of characters drawn.
    static func drawFrame(_ session: inout TrainingSession, surface: inout DecisionSurface?) -> Int {
        var characters = 0
        if var grid = surface {
            session.refresh(&grid)
            characters += HeatMap.rows(surface: grid, glyphs: .unicode).reduce(0) { $0 + $1.count }
            surface = grid
        }
        let plot = LossPlot.render(history: session.history, width: columns, height: rows, scale: .logarithmic)
        characters += plot.reduce(0) { $0 + $1.count }
        let bars = HorizontalBars.rows(for: session.magnitudes.layers, width: columns / 3)
        characters += bars.reduce(0) { $0 + $1.count }
        return characters
    }
}
