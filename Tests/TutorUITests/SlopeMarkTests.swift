import BackpropCore
import BackpropNotation
import Foundation
import Lessons
import Testing
@testable import TutorUI

/// The σ'(z) mark (`×σ'(z) 0.2413`) the diagram shows on the neuron whose ∂l/∂z a backward
/// step computes: at every such step of every shipped lesson, at 80x24 and 100x30, quizzes
/// on and off and in presenter mode, it is on screen once, next to its neuron's name, and
/// writes the activation's slope at that neuron's z to at least four significant digits,
/// the bar the box values meet (a student takes it from the diagram to answer a quiz).
struct SlopeMarkTests {
    /// A way of looking at the lesson: a size, quizzes on or off, presenter mode or not.
    struct Setting: CustomStringConvertible, Sendable {
        let size: TerminalSize
        let asksQuizzes: Bool
        let isPresenter: Bool
        var description: String { "\(size)\(asksQuizzes ? " quizzes" : "")\(isPresenter ? " presenter" : "")" }
    }

    static let settings: [Setting] = {
        let small = TerminalSize(columns: 80, rows: 24), projector = TerminalSize(columns: 100, rows: 30)
        return [small, projector].flatMap { size in [false, true].map { Setting(size: size, asksQuizzes: $0, isPresenter: false) } }
            + [Setting(size: projector, asksQuizzes: false, isPresenter: true)]
    }()

    static let files: [String] = (try? DiagramFigures.shippedLessonFiles()) ?? []

    /// What is wrong with the marks of `lesson` seen with `setting`, one line per step, and
    /// how many ∂l/∂z steps with a slope were looked at.
    static func problems(_ lesson: Lesson, _ setting: Setting) -> (problems: [String], checked: Int) {
        let context: RenderContext = setting.isPresenter ? .presenter(glyphs: .unicode) : .unicode
        let view = StepperView(lesson: lesson, context: context)
        let architecture = lesson.network.architecture
        let names = DiagramNames(lesson: lesson, context: context)
        var state = StepperState(lesson: lesson, size: setting.size)
        state.showsLayerView = false
        if setting.asksQuizzes { state.session = LessonSession(asksQuizzes: true) }
        var problems: [String] = [], checked = 0
        for index in 0..<state.timeline.stepsPerIteration {
            if index > 0 {
                if state.waitingQuiz != nil { reduce(&state, .lesson(.quizSkipped)) }
                reduce(&state, .nextStepPressed)
            }
            let marks = view.marks(for: state)
            guard marks.phase == .backward, case .dldz(let n) = marks.produced else { continue }
            var layer = architecture.layers.count - 1
            while architecture.neuronOffsets[layer] > n { layer -= 1 }
            let activation = architecture.layers[layer].activation
            guard activation.isElementwise, activation != .linear,
                  let z = state.known.value(.z(n)), let a = state.known.value(.a(n)) else { continue }
            checked += 1
            let slope = activation.derivative(z: z, a: a)
            let label = "×" + names.slope(layer)
            let place = "step \(index + 1) \(names.neurons[n])"
            var asked: (row: Int, column: Int)?
            if state.hiddenResult == .dldz(n) {
                // The quiz asks for this ∂l/∂z: the factor is part of its arithmetic, so the
                // mark shows `?` until the answer is in, in the place it keeps after.
                let screen = view.render(state)
                let rows = DiagramFigures.lines(in: view.regions(for: state).diagram, of: screen)
                asked = DiagramFigures.position(of: label + " ?", in: rows)
                if asked == nil { problems.append("\(place): \(label) ? not shown while the quiz waits") }
                reduce(&state, .lesson(.quizSkipped))
            }
            let screen = view.render(state)
            let words = DiagramFigures.words(in: view.regions(for: state).diagram, of: screen)
            if let asked {
                let rows = DiagramFigures.lines(in: view.regions(for: state).diagram, of: screen)
                if let shown = DiagramFigures.position(of: label + " ", in: rows), shown != asked {
                    problems.append("\(place): the mark moved from \(asked) to \(shown) once the quiz was skipped")
                }
            }
            let at = words.indices.filter { words[$0] == label }
            guard at.count == 1, let first = at.first else {
                problems.append("\(place): \(label) shown \(at.count) times")
                continue
            }
            let shown = first + 1 < words.count ? words[first + 1] : ""
            if !DiagramFigures.hasFourDigits(shown, of: slope, context: context) {
                problems.append("\(place): \(label) \(shown) for \(slope)")
            }
            let layout = view.layout(for: state, marks: marks)
            if let slot = layout.neurons.first(where: { $0.neuron == n }),
               !DiagramFigures.words(in: slot.rect, of: screen).contains(names.neurons[n]) {
                problems.append("\(place): the box lost its name")
            }
        }
        return (problems, checked)
    }

    @Test(arguments: files)
    func markShowsTheSlopeToFourDigits(_ file: String) throws {
        let lesson = try Fixtures.lesson(endingWith: file)
        for setting in Self.settings {
            let (problems, _) = Self.problems(lesson, setting)
            #expect(problems.isEmpty, "\(file) at \(setting): \(problems.joined(separator: "; "))")
        }
    }

    /// The walk reaches the steps the QA pass found: lesson 7's o1 and h1, and a sigmoid
    /// output scored by binary cross-entropy (lesson 13), whose ∂l/∂z = ∂y/∂z · ∂l/∂y
    /// the step writes before it simplifies to y − t.
    @Test func walkReachesTheStepsFound() throws {
        let setting = Self.settings[0]
        for file in ["07-worked-example.toml", "13-circle.toml"] {
            let (_, checked) = Self.problems(try Fixtures.lesson(endingWith: file), setting)
            #expect(checked >= 3, "\(file): \(checked) ∂l/∂z steps with a slope")
        }
    }
}
