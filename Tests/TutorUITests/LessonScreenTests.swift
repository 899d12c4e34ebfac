import BackpropCore
import BackpropNotation
import Foundation
import Lessons
import ProgressStorage
import Testing
@testable import TutorUI

/// What a student sees of notes and quizzes: the result behind `?` in the panel and the
/// diagram until the quiz is answered, the quiz's words, notes with their markup, the
/// end-of-lesson card, and every shipped lesson's notes and quizzes laid out at 80x24 and
/// 120x40.
///
/// Numbers come from Matt Mazur's worked example, which lesson 7 reproduces:
/// net_h1 = 0.05·0.15 + 0.1·0.2 + 0.35 = 0.3775, E_total = 0.298371109,
/// w5⁺ = 0.4 − 0.5·0.082167041 = 0.35891648 (0.358916 to 6 digits).
struct LessonScreenTests {
    /// A student's stepper on `lesson` with quizzes asked, `answered` settled already.
    func program(_ lesson: Lesson, size: TerminalSize = .minimum, context: RenderContext = .unicode,
                 answered: [Int] = [], next: NextLesson? = nil, asksQuizzes: Bool = true) -> StepperProgram {
        var saved = LessonProgress()
        for number in answered { saved.record(.firstTry, forQuiz: number) }
        return StepperProgram(launch: LessonLaunch(lesson: lesson, id: "test", asksQuizzes: asksQuizzes, next: next),
                              saved: saved, size: size, context: context)
    }

    /// `program` after `keys`, and its screen as text lines.
    func lines(_ program: inout StepperProgram, after keys: String = "") throws -> [String] {
        for key in try KeyScript(parsing: keys).keys { program.handle(key) }
        return program.render().plainText().components(separatedBy: "\n")
    }

    /// The text inside neuron `name`'s box, row by row, trimmed.
    func box(_ name: String, _ program: inout StepperProgram) throws -> [String] {
        let state = program.state
        let screen = program.render()
        let view = StepperView(lesson: state.lesson, context: .unicode)
        let neuron = try #require(state.lesson.network.architecture.neuronNames.firstIndex(of: name))
        let rect = try #require(view.layout(for: state, marks: view.marks(for: state)).slot(ofNeuron: neuron)).rect
        return (rect.row + 1..<rect.bottomRow - 1).map { row in
            String((rect.column + 1..<rect.rightColumn - 1).map { screen[row, $0].character })
                .trimmingCharacters(in: .whitespaces)
        }
    }

    // MARK: - The result behind ?

    @Test func theResultIsHiddenInThePanelAndTheDiagramUntilAnswered() throws {
        var program = program(try Fixtures.workedExample())
        var text = try lines(&program)
        #expect(!text.joined().contains("0.3775"), "z of h1 shows before the student answers")
        // Predict, then reveal: the substituted numbers are the first hint, not on screen yet.
        #expect(!text.contains { $0.contains("0.05·0.15") }, "the substitution shows before the student answers")
        #expect(text.contains("      = ?"))
        #expect(try box("h1", &program).first == "z     ?")

        text = try lines(&program, after: "type:0.3775 enter")
        #expect(text.contains { $0.hasPrefix("      = 0.05·0.15 + 0.1·0.2 + 0.35") }, "the numbers show once answered")
        #expect(text.contains("      = 0.3775"))
        #expect(try box("h1", &program).first == "z     0.3775")
        #expect(text.contains { $0.contains("Right! zₕ₁ = 0.3775") })
    }

    @Test(arguments: ["01-gradient-descent.toml", "01b-learning-rate-too-large.toml", "02-one-neuron-forward.toml",
                      "03-dz-dw-is-the-input.toml", "04-backward-one-neuron.toml", "05-neuron-feeding-two.toml",
                      "06-output-layer.toml", "07-worked-example.toml", "08-xor.toml", "09-relu-dead-neuron.toml",
                      "09b-leaky-relu.toml", "09c-tanh-binary-cross-entropy.toml", "10-softmax-cross-entropy.toml",
                      "11-vanishing-gradients.toml", "12-batch-gradient.toml", "13-circle.toml"])
    func noValueQuizFindsItsAnswerOnScreenAt80x24(_ file: String) throws {
        let lesson = try Fixtures.lesson(endingWith: file)
        let numbers = Notation(style: .unicode)
        for quiz in lesson.quizzes where quiz.asksForValue {
            // Every other quiz answered, so moving to the end stops at this one.
            var program = program(lesson, answered: lesson.quizzes.map(\.number).filter { $0 != quiz.number })
            let text = try lines(&program, after: "G").joined(separator: "\n")
            #expect(program.state.waitingQuiz?.number == quiz.number, "\(file): quiz \(quiz.number) not reached")
            for digits in [4, 6] {
                let answer = NumberFormat(significantDigits: digits).string(quiz.step.result)
                guard answer.filter(\.isNumber).count >= 3 else { continue }
                #expect(!text.contains(answer), "\(file): quiz \(quiz.number)'s answer \(answer) is on screen")
            }
            let substitution = numbers.render(quiz.step.substituted)
            #expect(!text.contains(substitution), "\(file): quiz \(quiz.number) shows its arithmetic \(substitution)")
        }
    }

    @Test func anUpdateHidesTheNewWeightOnItsEdge() throws {
        // Every quiz but 7 (w5's update, step 30) answered; at 120x40 the edges carry labels.
        var program = program(try Fixtures.workedExample(), size: TerminalSize(columns: 120, rows: 40),
                              answered: [1, 2, 3, 4, 5, 6, 8])
        var text = try lines(&program, after: ": 3 0 enter").joined(separator: "\n")
        #expect(program.state.waitingQuiz?.number == 7)
        #expect(text.contains("w₅ ?"))
        #expect(!text.contains("0.358916"))
        #expect(text.contains("What is the new w₅ ← w₅ − η·∂l/∂w₅?"))
        // The values the formula needs that no box shows, named but not placed in it.
        #expect(text.contains("Given: w₅ = 0.4, η = 0.5, ∂l/∂w₅ = 0.082167"))
        #expect(!text.contains("0.4 − 0.5·0.082167"))
        text = try lines(&program, after: "type:0.3589 enter").joined(separator: "\n")
        #expect(!text.contains("Given:"))
        #expect(text.contains("w₅ 0.358916"))
        #expect(text.contains("= 0.358916"))
    }

    @Test func theLossBoxHidesTheLossWhileItsQuizWaits() throws {
        var program = program(try Fixtures.workedExample(), answered: [1, 2])
        var text = try lines(&program, after: ": 9 enter").joined(separator: "\n")
        #expect(program.state.waitingQuiz?.number == 3)
        #expect(text.contains("l   ?"))
        #expect(!text.contains("0.298371"))
        text = try lines(&program, after: "s").joined(separator: "\n")
        // 0.298371 to the five digits the loss box has room for at 80x24.
        #expect(text.contains("l   0.29837"))
        #expect(text.contains("Skipped. The answer: l = 0.298371"))
    }

    @Test func aWrongAnswerShowsTheHintWithTheNumbersButNeverTheResult() throws {
        var program = program(try Fixtures.workedExample())
        let text = try lines(&program, after: "type:0.5 enter")
        let hint = try #require(text.first { $0.contains("Hint:") })
        #expect(hint.contains("Not 0.5."))
        #expect(hint.contains("Hint: zₕ₁ = 0.05·0.15 + 0.1·0.2 + 0.35"))
        #expect(!text.joined().contains("0.3775"))
        #expect(text.contains { $0.hasPrefix("  Second try: _") })
    }

    @Test func theQuestionDefaultsToTheStepsFormula() throws {
        var program = program(try Fixtures.quizLesson())
        let text = try lines(&program)
        #expect(text.contains { $0.contains("Quiz 1 of 2: What is zₕ₁ = x₁·w₁ + x₂·w₂ + b₁?") })
        #expect(text.contains { $0.contains("Your answer: _") && $0.contains("Enter checks · s skips") })
        // The key hints say how to answer.
        #expect(text.last?.contains("Enter check") == true && text.last?.contains("s skip") == true)
    }

    @Test func notANumberIsSaidInPlaceAndTheTextStays() throws {
        var program = program(try Fixtures.quizLesson())
        let text = try lines(&program, after: "type:1.2.3 enter")
        #expect(text.contains { $0.contains("Your answer: 1.2.3_") })
        #expect(text.contains { $0.contains("\"1.2.3\" is not a number; type a decimal number such as 0.25") })
    }

    @Test func multipleChoiceShowsTheChoicesAndThePickedOne() throws {
        var program = program(try Fixtures.quizLesson(), answered: [1])
        var text = try lines(&program, after: "l l")
        #expect(text.contains("  Quiz 2 of 2: What does o1 do with h1's output?"))
        for choice in [" 1  Doubles it", " 2  Halves it", " 3  Ignores it"] {
            #expect(text.contains("  " + choice), "\(choice)")
        }
        text = try lines(&program, after: "2")
        let row = try #require(text.firstIndex { $0.contains("2  Halves it") })
        let screen = program.render()
        let column = try #require(text[row].range(of: "Halves")).lowerBound.utf16Offset(in: text[row])
        #expect(screen[row, column].style == .selection, "the picked choice is drawn selected")
        text = try lines(&program, after: "enter 3 enter")
        #expect(text.contains { $0.contains("Not choice 3 either. The answer: choice 1, Doubles it") })
    }

    @Test func withQuizzesOffTheResultShowsAtOnce() throws {
        var program = StepperProgram(launch: LessonLaunch(lesson: try Fixtures.workedExample(), id: "t", asksQuizzes: false),
                                     saved: LessonProgress(), size: .minimum, context: .unicode)
        let text = try lines(&program)
        #expect(text.contains { $0.hasSuffix("= 0.3775") })
        #expect(!text.joined().contains("Quiz 1"))
    }

    // MARK: - Notes

    @Test func notesShowTheirMarkupInStyles() throws {
        var program = program(try Fixtures.quizLesson())
        let text = try lines(&program)
        let screen = program.render()
        let row = try #require(text.firstIndex { $0.contains("The z of h1 is a weighted sum of x₁ and x₂.") },
                               "the note without its marks")
        func column(of word: String) throws -> Int {
            let line = text[row]
            return Screen.width(of: String(line[..<(try #require(line.range(of: word))).lowerBound]))
        }
        let code = try column(of: "z of")
        #expect(screen[row, code].style == Style(.hint, .bold), "`z` is code")
        let emphasis = try column(of: "weighted")
        for offset in 0..<"weighted".count {
            #expect(screen[row, emphasis + offset].style.effectiveAttributes.contains(.underline), "*weighted*")
        }
        #expect(screen[row, try column(of: "sum")].style == .normal)
    }

    @Test func aNoteShowsOnTheStepItIsAttachedToOnly() throws {
        var program = program(try Fixtures.workedExample(), answered: [1, 2, 3, 4, 5, 6, 7, 8])
        // The worked example's note at "a h2" (step 4), and none at step 5.
        let note = "As for h1, where aₕ₁ = σ(0.3775)"
        #expect(try lines(&program, after: "l l l").joined(separator: " ").contains(note))
        #expect(!(try lines(&program, after: "l").joined(separator: " ").contains(note)))
        #expect(try lines(&program, after: "h").joined(separator: " ").contains(note))
    }

    @Test func everyShippedLessonsStepsAreAllASCIIInASCIIMode() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.lessonsFolder.path)
            .filter { $0.hasSuffix(".toml") }.sorted()
        for name in names {
            let lesson = try Fixtures.lesson(endingWith: name)
            var state = StepperState(lesson: lesson, size: TerminalSize(columns: 120, rows: 40))
            state.session = LessonSession(asksQuizzes: false)
            let view = StepperView(lesson: lesson, context: .ascii)
            for step in 0..<state.timeline.stepsPerIteration {
                state.move(to: step)
                let text = view.render(state).plainText()
                let foreign = text.unicodeScalars.filter { !$0.isASCII }
                #expect(foreign.isEmpty, "\(name), step \(step + 1): \(String(String.UnicodeScalarView(foreign.prefix(8))))")
            }
        }
    }

    @Test func everyShippedNoteAndQuizIsShownWholeAt120x40AndTheQuizAt80x24() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.lessonsFolder.path)
            .filter { $0.hasSuffix(".toml") }.sorted()
        #expect(names.count >= 11)
        for name in names {
            let lesson = try Fixtures.lesson(endingWith: name)
            let steps = Set(lesson.notes.map(\.stepIndex) + lesson.quizzes.map(\.stepIndex)).sorted()
            for size in [TerminalSize(columns: 120, rows: 40), .minimum] {
                for step in steps {
                    var state = StepperState(lesson: lesson, size: size)
                    state.move(to: step)
                    var session = LessonSession(asksQuizzes: true)
                    for quiz in lesson.quizzes where quiz.stepIndex != step { session.outcomes[quiz.number] = .firstTry }
                    state.session = session
                    let text = StepperView(lesson: lesson, context: .unicode).render(state).plainText()
                    let joined = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                        .joined(separator: " ")
                    if let quiz = lesson.quiz(atStep: step) {
                        #expect(joined.contains(quiz.asksForValue ? "Your answer: _" : "to choose   Enter checks"),
                                "\(name) at \(size): the quiz at step \(step + 1) is not shown whole")
                        #expect(joined.contains("= ?"), "\(name) at \(size): the result of step \(step + 1) shows")
                    }
                    if size.columns == 120 {
                        for note in lesson.notes(atStep: step) {
                            let words = LessonMarkup.spans(note.text)
                                .map { $0.style == .code ? $0.text : NarrationSubscripts.applied(to: $0.text) }.joined()
                                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
                            #expect(joined.contains(words), "\(name) at \(size): note \(note.number) is cut")
                        }
                    }
                }
            }
        }
    }

    // MARK: - The end of the lesson

    @Test func theCardSaysTheScoreAndWhatIsNext() throws {
        let next = NextLesson(label: "2", title: "One neuron, forward", path: "/l/02-one.toml", shownPath: "lessons/02-one.toml")
        var program = program(try Fixtures.quizLesson(), next: next)
        let text = try lines(&program, after: "type:0.5 enter type:0.125 enter G 1 enter G l").joined(separator: "\n")
        #expect(text.contains("Lesson done"))
        #expect(text.contains("You have finished “Quiz fixture”."))
        // One right first time (1 point), one right after a hint (½ point), of two.
        #expect(text.contains("Quiz score: 1.5/2 (1 right first time, 1 after a hint)"))
        #expect(text.contains("Next: lesson 2, “One neuron, forward”."))
        #expect(text.contains("backprop open lessons/02-one.toml"))
    }

    @Test func withQuizzesOffTheCardSaysSoAndHowToTakeThem() throws {
        var program = program(try Fixtures.quizLesson(), asksQuizzes: false)
        var text = try lines(&program, after: "G l").joined(separator: "\n")
        #expect(text.contains("Lesson done"))
        #expect(text.contains("Quizzes were off, so its 2 quizzes were not asked."))
        #expect(text.contains("To take them, open the lesson again without --no-quiz or --set."))
        #expect(!text.contains("Quiz score"), "no score of 0/2 for quizzes never asked")
        #expect(!text.contains("from before"))

        // Quiz 1 answered right first time in an earlier session: 1 point of 2.
        program = self.program(try Fixtures.quizLesson(), answered: [1], asksQuizzes: false)
        text = try lines(&program, after: "G l").joined(separator: "\n")
        #expect(text.contains("Quizzes were off, so its 2 quizzes were not asked."))
        #expect(text.contains("Your score from before: 1/2 (1 right first time, 1 not asked)."))
    }

    @Test func theCardsHintsOfferEnterOnlyWhenThereIsANextLesson() throws {
        let next = NextLesson(label: "2", title: "One neuron, forward", path: "/l/02-one.toml")
        var withNext = program(try Fixtures.quizLesson(), next: next, asksQuizzes: false)
        #expect(try lines(&withNext, after: "G l").last?.hasPrefix(" Enter next lesson  g first step") == true)
        var last = program(try Fixtures.quizLesson(), asksQuizzes: false)
        let hints = try #require(try lines(&last, after: "G l").last)
        #expect(hints.hasPrefix(" g first step  ? help  q leave"), "\(hints)")
        #expect(!hints.contains("Enter") && !hints.contains("nothing"))
    }

    // MARK: - ASCII

    @Test func notesAndQuizzesInASCIIUseOnlyASCII() throws {
        for answered in [[Int](), [1, 2, 3, 4, 5, 6, 7, 8]] {
            var program = program(try Fixtures.workedExample(), context: .ascii, answered: answered)
            for keys in ["", "type:0.5 enter", "s l", "G l"] {
                let text = try lines(&program, after: keys).joined(separator: "\n")
                let isASCII = text.unicodeScalars.allSatisfy { $0.isASCII }
                #expect(isASCII, "after \(keys): \(text)")
            }
        }
    }
}
