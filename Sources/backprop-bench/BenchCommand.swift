import ArgumentParser
import CommandLineSupport
import BackpropCore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
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

/// `backprop-bench`: times per-sample SGD on XOR, untraced and traced, in nanoseconds per update;
/// with `--ui`, the stepper's screens instead.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backprop-bench",
        abstract: "Time training updates on XOR, untraced and traced, in nanoseconds per update.",
        discussion: """
            Per-sample SGD on a 2-4-1 sigmoid network learning XOR (half squared error, \
            η = 0.5, biases updated, fixed initial weights). Each path is warmed up, then \
            timed \(repetitions) times from the initial weights with a monotonic clock; the \
            figure is the fastest of those runs. The traced path makes a tenth as many \
            updates. Build with `swift build -c release` for meaningful figures; \
            Benchmarks/run.sh compares them with a C loop doing the same arithmetic.

            With --training, measures instead the training view's updates per second: \
            TrainingSession.run with the loss history and a 120x40 frame (decision surface, \
            loss plot, heat map, gradient bars) recomputed 30 times a second, beside a plain \
            Trainer.step() loop measured in the same run.

            With --training --view, measures the same through the training view's program \
            path: the stepper program at 120x40 in the training view at full speed, handling \
            a tick, rendering and writing the screen every 1/30 s as the terminal loop does \
            (default lesson: lessons/08-xor.toml).
            """)

    /// Sets standard output up (see ``StandardOutput/install()``), then parses the arguments
    /// and runs the benchmark.
    static func main() {
        StandardOutput.install()
        main(nil)
    }

    /// How many timed runs each path gets; the fastest is reported.
    static let repetitions = 5

    @Option(help: "Untraced updates per timed run (the traced path makes a tenth as many, at least 1).")
    var updates = 4_000_000

    @Flag(help: "Print the figures as JSON.")
    var json = false

    @Flag(help: "Measure the training view's updates per second with redraws at 30 fps, against plain steps.")
    var training = false

    @Option(help: "With --training: the lesson to train (default: the built-in XOR problem).", completion: LessonFile.completion)
    var lesson: String?

    @Flag(help: "With --training: measure through the training view's program (ticks, render() and the screen as text at 120x40).")
    var view = false

    @Option(help: "With --training: seconds per timed run (each path runs \(repetitions) times).")
    var seconds = 1.0

    @Flag(help: "Time the stepper's screens instead: replay --keys key presses on the worked example at 120x40, drawing every frame.")
    var ui = false

    @Option(help: "Key presses replayed with --ui.")
    var keys = 10_000

    func validate() throws {
        guard updates >= 1 else {
            throw ValidationError("--updates must be at least 1, got \(updates)")
        }
        guard seconds.isFinite, seconds > 0, seconds <= 600 else {
            throw ValidationError("--seconds must be more than 0 and at most 600, got \(seconds)")
        }
        if lesson != nil && !training {
            throw ValidationError("--lesson only applies with --training")
        }
        if view && !training {
            throw ValidationError("--view only applies with --training")
        }
        if training && ui {
            throw ValidationError("--training and --ui measure different things: choose one")
        }
        guard keys >= 1 else {
            throw ValidationError("--keys must be at least 1, got \(keys)")
        }
    }

    func run() throws {
        #if DEBUG
        StandardError.write("""
            warning: this is a debug build; its figures say little about the real speed. \
            Use `swift build -c release` (or `swift run -c release backprop-bench`).

            """)
        let build = "debug"
        #else
        let build = "release"
        #endif
        if training && view {
            try runTrainingView(build: build)
            return
        }
        if training {
            try runTraining(build: build)
            return
        }
        if ui {
            try runUI(build: build)
            return
        }
        let tracedUpdates = max(1, updates / 10)
        let untraced = XORBenchmark.timeUntraced(updates: updates, repetitions: Self.repetitions)
        let traced = XORBenchmark.timeTraced(updates: tracedUpdates, repetitions: Self.repetitions)
        let report = BenchReport(
            build: build, repetitions: Self.repetitions, untraced: untraced, traced: traced,
            tracedMatchesUntraced: traced.finalParameters == XORBenchmark.untracedParameters(after: tracedUpdates))
        StandardOutput.write((json ? report.json : report.table) + "\n")
    }

    /// `--training`: plain steps and the session path, interleaved, best of each.
    private func runTraining(build: String) throws {
        let trainer: Trainer, problem: String
        if let lesson {
            let loaded = try LessonFile.load(lesson)
            guard DecisionSurface(columns: 1, rows: 1, samples: loaded.samples) != nil else {
                StandardError.write("\(lesson): the training benchmark needs a lesson with 2 inputs\n")
                throw LessonFile.badInput
            }
            trainer = loaded.trainer
            problem = "\(lesson) (\(PrintableText.escaped(loaded.title)))"
        } else {
            trainer = XORBenchmark.freshTrainer()
            problem = "XOR, 2-4-1 sigmoid network, per-sample SGD, η = 0.5"
        }
        let benchmark = TrainingBenchmark(start: trainer, duration: runDuration)
        let (steps, best) = bestOfInterleaved(steps: benchmark.measureSteps, run: benchmark.measureSession,
                                              rate: \.updatesPerSecond)
        guard let session = best else { return }
        var plain = trainer
        plain.train(iterations: session.session.completedIterations - trainer.completedIterations)
        let setup = TrainingBenchSetup(build: build, problem: problem, seconds: seconds, repetitions: Self.repetitions,
                                       stepsPerSecond: steps)
        let report = TrainingBenchReport(
            setup: setup, session: session,
            sessionMatchesSteps: plain.network.parameters == session.session.trainer.network.parameters)
        StandardOutput.write((json ? report.json : report.table) + "\n")
    }

    /// `--training --view`: plain steps and the training view's program path, interleaved, best of each.
    private func runTrainingView(build: String) throws {
        let path: String
        if let lesson {
            path = lesson
        } else if let xor = LessonFile.builtIn(endingWith: "-xor.toml") {
            path = xor
        } else {
            StandardError.write("error: no lessons/ folder with the XOR lesson found beside the program; give --lesson\n")
            throw ExitCode.failure
        }
        let loaded = try LessonFile.load(path)
        let steps = TrainingBenchmark(start: loaded.trainer, duration: runDuration)
        let program = TrainingViewBenchmark(lesson: loaded, duration: runDuration)
        let (stepRate, best) = bestOfInterleaved(steps: steps.measureSteps, run: program.measureView,
                                                 rate: \.updatesPerSecond)
        guard let view = best else { return }
        let setup = TrainingBenchSetup(build: build, problem: "\(path) (\(PrintableText.escaped(loaded.title)))", seconds: seconds,
                                       repetitions: Self.repetitions, stepsPerSecond: stepRate)
        let report = TrainingViewBenchReport(setup: setup, view: view)
        StandardOutput.write((json ? report.json : report.table) + "\n")
    }

    /// How long each timed run of `--training` lasts: `--seconds`, to the millisecond.
    private var runDuration: Duration { .milliseconds(Int64((seconds * 1000).rounded())) }

    /// Runs `steps` and then `run`, ``repetitions`` times interleaved, and keeps the best
    /// step rate and the run with the best `rate` (nil only with no repetitions).
    private func bestOfInterleaved<Run>(steps: () -> Double, run: () -> Run,
                                        rate: (Run) -> Double) -> (stepsPerSecond: Double, best: Run?) {
        var stepsPerSecond = 0.0
        var best: Run?
        for _ in 0..<Self.repetitions {
            stepsPerSecond = max(stepsPerSecond, steps())
            let next = run()
            if best.map({ rate(next) > rate($0) }) ?? true { best = next }
        }
        return (stepsPerSecond, best)
    }

    /// The stepper benchmark: the time to replay the keys drawing every frame, per frame and
    /// in total, against the 1-second target for 10,000 keys and the blank-screen floor.
    private func runUI(build: String) throws {
        guard let path = LessonFile.builtIn(endingWith: "worked-example.toml") else {
            StandardError.write("error: no lessons/ folder with the worked example found beside the program\n")
            throw ExitCode.failure
        }
        let benchmark = UIBenchmark(lesson: try LessonFile.load(path), keyCount: keys,
                                    size: TerminalSize(columns: 120, rows: 40))
        let figures = benchmark.run(repetitions: Self.repetitions)
        let perFrame = figures.render / Double(keys) * 1e6
        let target = Double(keys) / 10_000
        func seconds(_ value: Double) -> String { BenchReport.decimal(value, places: 3) + " s" }
        if json {
            StandardOutput.write("""
                {
                  "build": "\(build)",
                  "keys": \(keys),
                  "render_seconds": \(figures.render),
                  "render_and_text_seconds": \(figures.renderAndText),
                  "blank_screen_seconds": \(figures.floor),
                  "render_microseconds_per_frame": \(perFrame),
                  "checksum": \(figures.checksum)
                }

                """)
            return
        }
        StandardOutput.write("""
            stepper screens at 120x40, worked example, \(keys) keys, fastest of \(Self.repetitions) (\(build) build)
              replay + draw every frame     \(seconds(figures.render))   \(BenchReport.decimal(perFrame, places: 1)) µs/frame   target < \(seconds(target)): \(figures.render < target ? "met" : "NOT MET")
              ... and write it as text      \(seconds(figures.renderAndText))
              blank screen per frame        \(seconds(figures.floor))   (floor; drawing costs \(BenchReport.decimal(figures.render / max(figures.floor, 1e-9), places: 1))x it)

            """)
    }
}
