import Foundation
import Lessons
import Testing
@testable import TutorUI

/// One clock for a demo: the terminal's runner and the replay follow the same ``DemoClock``,
/// so the shipped demo reaches the same step at the same moment live and replayed, however
/// late the terminal wakes up or long it is paused.
struct DemoClockTests {
    /// Collects the frames of a demo.
    struct Frames: DemoFrameSink {
        var frames: [DemoFrame] = []
        mutating func write(_ frame: DemoFrame) { frames.append(frame) }
        mutating func finish(at time: Double) {}
    }

    /// The shipped demo of the worked example.
    func shippedSchedule() throws -> DemoSchedule {
        let file = Fixtures.lessonsFolder.deletingLastPathComponent().appendingPathComponent("demos/worked-example.demo")
        return DemoSchedule(script: try DemoScript(parsing: try String(contentsOf: file, encoding: .utf8)))
    }

    func program() throws -> StepperProgram {
        StepperProgram(lesson: try Fixtures.workedExample(), size: TerminalSize(columns: 100, rows: 30),
                       context: .presenter(glyphs: .unicode))
    }

    /// What the terminal's runner does, on a simulated wall clock: wait until the next due
    /// moment (waking `late(n)` seconds after it), deliver it, spend `drawing` seconds on the
    /// frame; a pause of `pause.seconds` at the wall-clock moment `pause.at` moves the
    /// schedule's start. Returns each delivered moment's schedule time and the step after it.
    func live(_ schedule: DemoSchedule, late: (Int) -> Double, drawing: Double,
              pause: (at: Double, seconds: Double)?) throws -> [(time: Double, position: Int)] {
        var program = try program()
        var clock = DemoClock(schedule: schedule)
        var start = 0.0, now = 0.0, count = 0
        var paused = false
        var result: [(Double, Int)] = []
        while true {
            let due = clock.next(tickInterval: program.tickInterval.map(TickTiming.seconds))
            let deadline = start + due.time
            if let pause, !paused, deadline >= pause.at {
                paused = true
                now = max(now, pause.at) + pause.seconds
                start += pause.seconds
                continue
            }
            now = max(now, deadline) + late(count)
            count += 1
            switch due {
            case .end: return result
            case .tick: program.handle(.tick)
            case .event(let event):
                switch event.kind {
                case .key(let key): program.handle(key)
                case .caption(let text): program.showCaption(text)
                }
            }
            clock.delivered(due, tickInterval: program.tickInterval.map(TickTiming.seconds))
            result.append((due.time, program.state.position))
            now += drawing
        }
    }

    @Test(arguments: [0.0, 0.03, 0.2])
    func liveAndReplayReachTheSameStepAtTheSameMoment(lateness: Double) throws {
        let schedule = try shippedSchedule()
        var replayed = try program()
        var sink = Frames()
        var positions: [Int] = []
        DemoReplay.run(&replayed, schedule: schedule, frames: .all, playbackClock: true, into: &sink)
        let replay = sink.frames.dropFirst().map(\.time)
        let live = try live(schedule, late: { Double($0 % 3) * lateness }, drawing: lateness,
                            pause: (at: 20, seconds: 7.5))
        #expect(live.map(\.time) == Array(replay), "the moments differ")
        // The step after each moment: replay the schedule again, stopping after each frame.
        var stepper = try program()
        var clock = DemoClock(schedule: schedule)
        while true {
            let due = clock.next(tickInterval: stepper.tickInterval.map(TickTiming.seconds))
            switch due {
            case .end: break
            case .tick: stepper.handle(.tick)
            case .event(let event):
                switch event.kind {
                case .key(let key): stepper.handle(key)
                case .caption(let text): stepper.showCaption(text)
                }
            }
            if case .end = due { break }
            clock.delivered(due, tickInterval: stepper.tickInterval.map(TickTiming.seconds))
            positions.append(stepper.state.position)
        }
        #expect(live.map(\.position) == positions)
        #expect(replayed.state.position == positions.last)
        // The demo presses p at step 10 (∂l/∂y of o1), waits 6.5 s and presses p one key
        // interval (0.5 s) later, 7 s after: the seventh tick falls due at that same moment and
        // comes first, so playing stops at step 17 — live as replayed (live used to stop at 16).
        let ticks = live.indices.filter { index in
            index > 0 && replay.count > index && sink.frames[index + 1].label == "tick"
        }
        #expect(ticks.count == 7)
        #expect(ticks.last.map { live[$0].position } == 16, "step 17 (0-based 16) when playing stops")
    }
}
