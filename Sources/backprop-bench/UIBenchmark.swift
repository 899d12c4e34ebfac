import Lessons
import TutorUI

/// Times the stepper's screens: replaying many key presses on a lesson and drawing every
/// frame, against a floor measured in the same run (making a blank screen of the same size
/// per frame, which any renderer must at least do).
struct UIBenchmark {
    /// The lesson replayed.
    let lesson: Lesson
    /// How many keys are pressed.
    let keyCount: Int
    /// The screen size.
    let size: TerminalSize

    /// The keys pressed, in a fixed mix a student might use: mostly next, some back, phase
    /// jumps, first and last, and the help opened and closed.
    static func keys(count: Int) -> [KeyEvent] {
        let pattern: [KeyEvent] = Array(repeating: .character("l"), count: 12)
            + [.character("h"), .character("h"), .character("]"), .character("["), .right, .left,
               .character("?"), .character("?"), .character("G"), .character("g")]
        return (0..<count).map { pattern[$0 % pattern.count] }
    }

    /// The fastest of `repetitions` runs of each measurement, in seconds.
    struct Figures {
        /// Replaying the keys and drawing every frame.
        let render: Double
        /// The same, then writing every frame as plain text (what `replay` prints).
        let renderAndText: Double
        /// Making a blank screen per frame.
        let floor: Double
        /// A checksum of the screens, so nothing is optimised away.
        let checksum: Int
    }

    func run(repetitions: Int) -> Figures {
        let keys = Self.keys(count: keyCount)
        var render = Double.infinity, text = Double.infinity, floor = Double.infinity
        var checksum = 0
        for _ in 0..<repetitions {
            var sum = 0
            render = min(render, Self.time {
                var program = StepperProgram(lesson: lesson, size: size, context: .unicode)
                for key in keys {
                    program.handle(key)
                    let screen = program.render()
                    sum &+= screen[screen.rows / 2, screen.columns / 2].character.hashValue & 1
                }
            })
            text = min(text, Self.time {
                var program = StepperProgram(lesson: lesson, size: size, context: .unicode)
                for key in keys {
                    program.handle(key)
                    sum &+= program.render().plainText().utf8.count
                }
            })
            floor = min(floor, Self.time {
                for _ in keys {
                    var screen = Screen(size: size)
                    screen.put("x", row: 0, column: 0)
                    sum &+= screen[0, 0].character == "x" ? 1 : 0
                }
            })
            checksum = sum
        }
        return Figures(render: render, renderAndText: text, floor: floor, checksum: checksum)
    }

    /// Seconds `body` takes on a monotonic clock.
    static func time(_ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        body()
        return TickTiming.seconds(clock.now - start)
    }
}
