import BackpropCore
import BackpropNotation
import Foundation
import Lessons
import ProgressStorage
import Testing
@testable import TutorUI

/// A practice exercise worked to its end adds its score to its shape's saved record.
struct PracticeProgressTests {
    typealias Tutor = TutorProgramTests.Tutor

    /// A practice exercise of 1-1 (one sigmoid output neuron, seed 4) in a tutor saving to `folder`.
    func program(_ folder: String) throws -> Tutor {
        let spec = try PracticeSpec(shape: [1, 1], activation: .sigmoid, loss: .halfSquaredError, seed: 4)
        let lesson = try PracticeGenerator.exercise(spec).lesson
        let launch = LessonLaunch(lesson: lesson, id: "practice-1-1", restarts: true, practiceShape: "1-1")
        return Tutor(TutorProgramTests.effects(in: folder)) { progress, _ in
            TutorProgram(launch: launch, entries: [], progress: progress, size: .minimum, context: .unicode)
        }
    }

    /// Answers every quiz of the open exercise with the core's value (or skips the one at
    /// `skipping`), moving on after each, and opens the end-of-lesson card.
    func work(_ program: inout Tutor, skipping: Int? = nil) throws {
        let quizzes = try #require(program.stepper?.lesson.quizzes)
        for quiz in quizzes.sorted(by: { $0.stepIndex < $1.stepIndex }) {
            let answer = NumberFormat(significantDigits: 8, style: .ascii).string(quiz.step.result)
            let keys = quiz.number == skipping ? "s" : "type:\(answer) enter"
            for key in try KeyScript(parsing: keys + " l").keys { program.handle(key) }
        }
    }

    @Test func finishingAddsTheScoreAndTheStreak() throws {
        let folder = try TutorProgramTests.scratchFolder()
        var first = try program(folder)
        try work(&first)
        // 1-1: z, y, l, ∂l/∂y, ∂l/∂z, two gradients and two updates: 9 quizzes, all right first time.
        var record = try #require(TutorProgramTests.saved(in: folder).practice?["1-1"])
        #expect(record == PracticeRecord(exercises: 1, bestPoints: 9, bestOf: 9, streak: 1, longestStreak: 1))
        #expect(first.render().plainText().contains("Practice 1-1: best 9/9, 1 exercise finished."))
        // A second exercise with one skipped: the best stays, the streak ends.
        var second = try program(folder)
        try work(&second, skipping: 3)
        record = try #require(TutorProgramTests.saved(in: folder).practice?["1-1"])
        #expect(record == PracticeRecord(exercises: 2, bestPoints: 9, bestOf: 9, streak: 0, longestStreak: 1))
    }

    @Test func theRecordReadsBackFromTheFile() throws {
        let folder = try TutorProgramTests.scratchFolder()
        var progress = StudentProgress()
        progress.practice = ["2-2-1": PracticeRecord(exercises: 3, bestPoints: 27.5, bestOf: 31, streak: 2, longestStreak: 2)]
        try ProgressStore(directory: folder).update { $0 = progress }
        let loaded = ProgressStore(directory: folder).load()
        #expect(loaded.warnings.isEmpty && loaded.progress.practice == progress.practice)
        #expect(loaded.progress.practice?["2-2-1"]?.best.description == "27.5/31")
    }
}

/// The menu's practice: `p` opens an exercise of the shape on offer, `P` changes the shape,
/// and the status line shows the shape's best score.
struct MenuPracticeTests {
    @Test func pOpensAnExerciseAndTheMenuShowsItsBestScoreAfter() throws {
        let folder = try TutorProgramTests.scratchFolder()
        var program = TutorProgramTests.Tutor(TutorProgramTests.effects(in: folder)) { progress, _ in
            TutorProgram(menuOf: TutorProgramTests.entries(), progress: progress, size: .minimum, context: .unicode)
        }
        #expect(program.render().plainText().contains("p practice 2-2-1, P shape"))
        for key in try KeyScript(parsing: "P").keys { program.handle(key) }
        #expect(program.render().plainText().contains("p practises the shape 1-1 now"))
        for key in try KeyScript(parsing: "p").keys { program.handle(key) }
        // The first exercise of a shape from the menu is seed 1.
        #expect(program.stepper?.lesson.title == "Practice 1-1, sigmoid, seed 1")
        try PracticeProgressTests().work(&program)
        for key in try KeyScript(parsing: "q").keys { program.handle(key) }
        #expect(program.stepper == nil)
        #expect(program.render().plainText().contains("p practice 1-1, best 9/9, P shape"))
        // The next exercise of that shape is seed 2.
        for key in try KeyScript(parsing: "p").keys { program.handle(key) }
        #expect(program.stepper?.lesson.title == "Practice 1-1, sigmoid, seed 2")
    }
}
