import Lessons
import Testing
@testable import TutorUI

/// Replaying the training view from a key script: `t`, digits and `tick` keys give the same
/// frames every time, with a fixed number of updates per tick and no clock on screen.
struct TrainingReplayTests {
    /// A sink that keeps the frames.
    struct Frames: FrameSink {
        var frames: [ReplayFrame] = []
        mutating func write(_ frame: ReplayFrame) { frames.append(frame) }
    }

    func replay(_ keys: String, lesson: Lesson, size: TerminalSize = .minimum) throws -> [ReplayFrame] {
        var program = StepperProgram(lesson: lesson, size: size, context: .unicode)
        var sink = Frames()
        Replay.run(&program, keys: try KeyScript(parsing: keys).keys, frames: .all, into: &sink)
        return sink.frames
    }

    @Test func ticksPlayAFixedNumberOfUpdatesAndTheFramesRepeat() throws {
        let lesson = try Fixtures.xor()
        let keys = "t 4 tick p tick tick + tick s t q"
        let frames = try replay(keys, lesson: lesson)
        let texts = frames.map { $0.screen.plainText() }
        #expect(texts[1].contains("update 0 │"))
        #expect(texts[2].contains("update 1,000 │") && texts[2].contains("paused"))
        #expect(texts[3].contains("update 1,000 │"), "a tick while paused made updates")
        #expect(texts[5].contains("update 1,100 │") && texts[5].contains("playing 100/frame"))
        #expect(texts[6].contains("update 1,200 │"))
        #expect(texts[8].contains("update 2,200 │") && texts[8].contains("1,000 updates/frame"))
        // No rate on a replayed screen: nothing measured it.
        #expect(!texts.contains { $0.contains("updates/s") })
        // s: the stepper at update 2,201; t: back to the training where it was; q: the stepper.
        #expect(texts[9].contains("update 2,201") && texts[9].contains("forward pass"))
        #expect(texts[10].contains("update 2,200 │") && texts[10].contains("paused"))
        #expect(texts[11].contains("update 2,201") && !texts[11].contains("Decision boundary"))
        #expect(try replay(keys, lesson: lesson) == frames)
    }
}
