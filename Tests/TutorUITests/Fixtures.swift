import Foundation
import Lessons
@testable import TutorUI

/// Lessons the UI tests run on, read from the repository's `lessons/` folder.
enum Fixtures {
    /// The repository's `lessons/` folder.
    static let lessonsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("lessons")

    /// The shipped lesson whose file name ends with `suffix` (`worked-example.toml`).
    static func lesson(endingWith suffix: String) throws -> Lesson {
        let names = try FileManager.default.contentsOfDirectory(atPath: lessonsFolder.path)
        guard let name = names.sorted().first(where: { $0.hasSuffix(suffix) }) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: suffix])
        }
        return try LessonLoader.load(path: lessonsFolder.appendingPathComponent(name).path)
    }

    /// A stepper program on `lesson` at `size`, drawn with `context`, after the key script `keys`.
    static func program(_ lesson: Lesson, after keys: String, size: TerminalSize = .minimum,
                        context: RenderContext = .unicode) throws -> StepperProgram {
        var program = StepperProgram(lesson: lesson, size: size, context: context)
        for key in try KeyScript(parsing: keys).keys { program.handle(key) }
        return program
    }

    /// Presses `keys` (a key script) on `state` through the key map, as the terminal would.
    static func press(_ keys: String, on state: inout StepperState) throws {
        for key in try KeyScript(parsing: keys).keys {
            if let action = StepperKeyMap.action(for: key, in: state) { reduce(&state, action) }
        }
    }

    /// The 2-2-2 worked example.
    static func workedExample() throws -> Lesson { try lesson(endingWith: "worked-example.toml") }

    /// The XOR lesson (many updates).
    static func xor() throws -> Lesson { try lesson(endingWith: "xor.toml") }

    /// A small linear 2-1-1 lesson whose numbers are easy by hand, with a note using markup
    /// and two quizzes at its first steps:
    ///
    /// - step 1 computes zₕ₁ = x₁·w₁ + x₂·w₂ + b₁ = 1·0.5 + 2·(−0.25) + 0.125 = 0.125, and
    ///   quiz 1 asks for it (the standard tolerance: within 5·10⁻⁴);
    /// - step 3 computes zₒ₁ = aₕ₁·w₃ + b₂ = 0.125·2 + 0 = 0.25, and quiz 2 asks, with three
    ///   choices, what o1 does with h1's output (1: it doubles it).
    static let quizLessonText = """
title = "Quiz fixture"
summary = "A linear 2-1-1 network whose numbers are easy by hand."
loss = "half_squared_error"
learning_rate = 0.5

[network]
inputs = ["x1", "x2"]

[[network.layers]]
name = "h"
size = 1
activation = "linear"
weights = [[0.5, -0.25]]
biases = [0.125]

[[network.layers]]
name = "o"
size = 1
activation = "linear"
weights = [[2.0]]
biases = [0.0]

[[data]]
x = [1.0, 2.0]
y = [1.0]

[[notes]]
at = "forward h1"
text = "The `z` of h1 is a *weighted* sum of x₁ and x₂."

[[quiz]]
at = "forward h1"
answer = "z h1"

[[quiz]]
at = "forward o1"
question = "What does o1 do with *h1's* output?"
choices = ["Doubles it", "Halves it", "Ignores it"]
correct = 1
"""

    /// The quiz fixture lesson.
    static func quizLesson() throws -> Lesson { try LessonLoader.parse(quizLessonText, fileName: "quiz-fixture.toml") }
}
