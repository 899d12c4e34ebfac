import BackpropCore
import BackpropNotation
import Lessons
import TrainingModels
import TutorUI

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `backprop-bench --training --view`: the training view's updates per second through the
/// program the terminal runs, not the models alone.
///
/// A ``StepperProgram`` at 120x40 is put in the training view at full speed and playing
/// (keys `t + + + p`); then, as ``TerminalRunner`` does, every 1/30 s it handles a tick
/// (the updates), renders the screen, and hears how long that took (``TickTiming``, which
/// sets the next tick's number of updates). The frame is also written as ANSI text, a full
/// repaint: more than the terminal loop writes, which sends only changed cells. A plain
/// ``Trainer/step()`` loop on the same lesson is measured in the same run.
struct TrainingViewBenchmark {
    /// The screen size.
    static let size = TerminalSize(columns: 120, rows: 40)
    /// The keys that open the training view at full speed, playing.
    static let keys: [KeyEvent] = [.character("t"), .character("+"), .character("+"), .character("+"), .character("p")]

    /// The lesson trained.
    let lesson: Lesson
    /// How long each timed run lasts.
    let duration: Duration

    /// What one timed run of the program measured.
    struct ViewRun {
        /// Updates per second over the run.
        var updatesPerSecond: Double
        /// Frames drawn.
        var frames: Int
        /// Seconds the run lasted.
        var seconds: Double
        /// Mean milliseconds per frame spent in the tick (the updates).
        var tickMilliseconds: Double
        /// Mean milliseconds per frame spent rendering and writing the screen as text.
        var drawMilliseconds: Double
        /// The longest render and write of one frame, in milliseconds.
        var worstDrawMilliseconds: Double
        /// Updates the last tick made.
        var updatesPerTick: Int
    }

    /// Updates a program's training has made so far.
    static func updates(_ program: StepperProgram) -> Int {
        program.state.training.run?.session.completedIterations ?? 0
    }

    /// One timed run of the program path.
    func measureView() -> ViewRun {
        var program = StepperProgram(lesson: lesson, size: Self.size, context: .unicode)
        for key in Self.keys { program.handle(key) }
        precondition(program.state.training.run?.isPlaying == true && program.state.training.run?.speed == .fullSpeed,
                     "the keys did not start the training view at full speed")
        let clock = ContinuousClock()
        let interval = TrainingRun.frameInterval
        let first = Self.updates(program)
        var frames = 0, checksum = 0
        var ticking = Duration.zero, drawing = Duration.zero, worst = Duration.zero
        var previous: ContinuousClock.Instant?
        let begin = clock.now
        var due = begin
        while clock.now - begin < duration {
            Self.sleep(until: due, clock: clock)
            let start = clock.now
            program.handle(.tick)
            let handled = clock.now
            checksum &+= program.render().ansiText(theme: .dark).utf8.count
            let drawn = clock.now
            program.tickMeasured(TickTiming(sincePreviousTick: previous.map { start - $0 }, handling: handled - start,
                                            drawing: drawn - handled))
            previous = start
            due = start + interval
            frames += 1
            ticking += handled - start
            drawing += drawn - handled
            worst = max(worst, drawn - handled)
        }
        precondition(checksum > 0)
        let seconds = TickTiming.seconds(clock.now - begin)
        let perFrame = 1000 / Double(max(1, frames))
        return ViewRun(updatesPerSecond: Double(Self.updates(program) - first) / seconds, frames: frames,
                       seconds: seconds, tickMilliseconds: TickTiming.seconds(ticking) * perFrame,
                       drawMilliseconds: TickTiming.seconds(drawing) * perFrame,
                       worstDrawMilliseconds: TickTiming.seconds(worst) * 1000,
                       updatesPerTick: program.state.training.run?.updatesPerTick ?? 0)
    }

    /// Waits until `instant` (at once if it has passed).
    static func sleep(until instant: ContinuousClock.Instant, clock: ContinuousClock) {
        let wait = instant - clock.now
        guard wait > .zero else { return }
        let (seconds, attoseconds) = wait.components
        var request = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
        _ = nanosleep(&request, nil)
    }
}

/// The figures `backprop-bench --training --view` measured, as text or JSON.
struct TrainingViewBenchReport {
    /// The build, the problem, the runs and the plain step loop's rate.
    let setup: TrainingBenchSetup
    /// The best run of the program path.
    let view: TrainingViewBenchmark.ViewRun

    /// View rate over step rate.
    var ratio: Double { view.updatesPerSecond / setup.stepsPerSecond }
    /// Frames per second the program path drew.
    var framesPerSecond: Double { Double(view.frames) / view.seconds }
    /// Whether the issue's target is met: 100,000 updates a second with 30 frames a second
    /// (29.5, allowing for the last frame of a run).
    var targetMet: Bool { view.updatesPerSecond >= TrainingBenchReport.target && framesPerSecond >= 29.5 }

    /// The figures as text.
    var table: String {
        let rates = BenchReport.rateTable([("Trainer.step() loop", setup.stepsPerSecond),
                                            ("training view: tick + render() + ANSI text", view.updatesPerSecond)])
        return """
            backprop-bench --training --view (\(setup.build) build): \(setup.problem)
            The training view as the terminal runs it: StepperProgram at 120x40, keys t + + + p (full
            speed, playing), then every 1/30 s a tick (the updates), render() and the screen written as
            ANSI text (a full repaint, more than the terminal loop sends), the tick's timing handed back.
            Each path runs \(setup.runsLine)

            \(rates)

            view / steps: \(BenchReport.decimal(ratio, places: 3))
            frames: \(view.frames) in \(BenchReport.decimal(view.seconds, places: 2)) s \
            (\(BenchReport.decimal(framesPerSecond, places: 1)) per second); per frame \
            \(BenchReport.decimal(view.tickMilliseconds, places: 2)) ms of updates \
            (\(NumberFormat.grouped(view.updatesPerTick)) at the end), \
            \(BenchReport.decimal(view.drawMilliseconds, places: 2)) ms render + text \
            (longest \(BenchReport.decimal(view.worstDrawMilliseconds, places: 2)) ms)
            target ≥ 100,000 updates/s while redrawing at 30 fps at 120x40: \(targetMet ? "met" : "NOT MET")
            """
    }

    /// The figures as one JSON object.
    var json: String {
        let fields: [(String, String)] = setup.jsonFields + [
            ("view_updates_per_second", BenchReport.number(view.updatesPerSecond)),
            ("view_over_steps", BenchReport.number(ratio)),
            ("frames", String(view.frames)),
            ("frames_per_second", BenchReport.number(framesPerSecond)),
            ("tick_milliseconds_per_frame", BenchReport.number(view.tickMilliseconds)),
            ("render_milliseconds_per_frame", BenchReport.number(view.drawMilliseconds)),
            ("longest_render_milliseconds", BenchReport.number(view.worstDrawMilliseconds)),
            ("updates_per_tick", String(view.updatesPerTick)),
            ("target_met", String(targetMet)),
        ]
        return BenchReport.jsonObject(fields)
    }
}
