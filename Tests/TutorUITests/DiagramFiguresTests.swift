import Foundation
import Lessons
import Testing
@testable import TutorUI

/// Issue 10's figures for every shipped lesson at 80x24 and 100x30: the boxes stay where
/// they are from the first step to the last, every neuron is on screen with its four values,
/// every weight the step reads is labelled on its edge, and nothing is written over a box's
/// border, and every number in a box has at least four significant digits once known (at
/// 80x24 lessons 11, a chain of six layers, and 13, 2-6-1, give up digits only on their
/// edges' labels, said on the status line). Presenter mode, which plans its own layout, is
/// held to the same at 100x30, the projector's size.
struct DiagramFiguresTests {
    static let sizes = [TerminalSize(columns: 80, rows: 24), TerminalSize(columns: 100, rows: 30)]

    static let cases: [String] = {
        let files = (try? DiagramFigures.shippedLessonFiles()) ?? []
        return sizes.flatMap { size in files.map { "\($0)@\(size)" } }
    }()

    /// The cases at 100x30, the projector's size, where presenter mode is used.
    static let presenterCases = cases.filter { $0.hasSuffix("@\(TerminalSize(columns: 100, rows: 30))") }

    static func measure(_ name: String, asksQuizzes: Bool = false, context: RenderContext = .unicode) throws
        -> (file: String, size: TerminalSize, figures: DiagramFigures) {
        let parts = name.split(separator: "@")
        let size = sizes.first { "\($0)" == parts[1] }!
        let file = String(parts[0])
        let lesson = try Fixtures.lesson(endingWith: file)
        return (file, size, DiagramFigures.measure(lesson, size: size, context: context, asksQuizzes: asksQuizzes))
    }

    /// With quizzes off and on (a waiting quiz's result is `?`, and the panel may take
    /// rows the diagram can spare: lesson 8, 2-4-1, at 80x24 draws its hidden layer as
    /// bands and still keeps nine columns per value, −0.004491).
    @Test(arguments: cases, [false, true])
    func boxesStayPutAndShowEveryNeuronInFull(_ name: String, asksQuizzes: Bool) throws {
        try Self.check(name, asksQuizzes: asksQuizzes, context: .unicode)
    }

    /// The same in presenter mode at 100x30, quizzes off and on.
    @Test(arguments: presenterCases, [false, true])
    func boxesStayPutAndShowEveryNeuronInFullInPresenterMode(_ name: String, asksQuizzes: Bool) throws {
        try Self.check(name, asksQuizzes: asksQuizzes, context: .presenter(glyphs: .unicode))
    }

    /// Checks every figure of `name` seen in `context`, quizzes off or on.
    static func check(_ name: String, asksQuizzes: Bool, context: RenderContext) throws {
        let (_, _, figures) = try measure(name, asksQuizzes: asksQuizzes, context: context)
        let why = figures.firstFailures.map { "\($0.key): \($0.value)" }.joined(separator: "; ")
        #expect(figures.cornersStay == figures.frames, "boxes moved: \(why)")
        #expect(figures.everyNeuron == figures.frames, "neurons missing: \(why)")
        #expect(figures.fourRows == figures.frames, "values missing: \(why)")
        #expect(figures.weightsLabelled == figures.frames, "weights unlabelled: \(why)")
        #expect(figures.brokenBorders == 0, "a border overwritten: \(why)")
        #expect(figures.fourDigits == figures.frames, "fewer than four digits: \(why)")
    }

    /// Writes the figures of every lesson to the file `BACKPROP_DIAGRAM_FIGURES` names (for
    /// the issue's before-and-after table), and checks they cover every step.
    @Test func figuresOfEveryShippedLesson() throws {
        var total = DiagramFigures()
        var report = ""
        for name in Self.cases {
            let (file, size, figures) = try Self.measure(name)
            report += "\(size) \(file): \(figures.summary)\n"
            for (key, why) in figures.firstFailures.sorted(by: { $0.key < $1.key }) { report += "    \(key): \(why)\n" }
            total.add(figures)
        }
        report += "all: \(total.summary)\n"
        if let path = ProcessInfo.processInfo.environment["BACKPROP_DIAGRAM_FIGURES"] {
            try report.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let steps = try DiagramFigures.shippedLessonFiles().reduce(0) { sum, file in
            sum + StepperState(lesson: try Fixtures.lesson(endingWith: file), size: .minimum).timeline.stepsPerIteration
        }
        #expect(steps > 0)
        #expect(total.frames == Self.sizes.count * steps, "every step of every shipped lesson's first update at both sizes")
    }
}
