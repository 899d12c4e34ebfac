import BackpropCore
import BackpropNotation
import Foundation
import Lessons
import ProgressStorage
import Testing
@testable import TutorUI

/// The layer (matrix) view, `m`: the step's update a layer at a time, with the node step's
/// value highlighted as one entry of its matrix.
///
/// Numbers from Matt Mazur's worked example (lesson 7): ∂l/∂z_o1 = 0.138498562 and
/// σ'(z_o1) = y(1 − y) = 0.751365070·0.248634930 = 0.186815602; and from lesson 12's batch,
/// worked by hand: Δ = [−0.5, 1], ∂L/∂W = (1/2)(1·(−0.5) + 2·1) = 0.75.
struct LayerViewTests {
    /// The shipped lesson files.
    static let shippedLessons: [String] = {
        ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.lessonsFolder.path)) ?? [])
            .filter { $0.hasSuffix(".toml") }.sorted()
    }()

    /// The rows of the screen above the explanation panel: where the layer view draws.
    static func layerRows(_ state: StepperState, context: RenderContext) -> Range<Int> {
        let regions = StepperView(lesson: state.lesson, context: context).regions(for: state)
        return regions.diagram.row..<regions.diagram.bottomRow
    }

    /// The texts drawn in the produced entry's style (reversed highlight) in `rows`.
    static func highlightedTexts(_ screen: Screen, rows: Range<Int>) -> [String] {
        var runs: [String] = []
        for row in rows {
            var run = ""
            for column in 0..<screen.size.columns {
                let cell = screen[row, column]
                if cell.style.role == .highlight && cell.style.attributes.contains(.reverse) {
                    run.append(cell.character)
                } else if !run.isEmpty {
                    runs.append(run.trimmingCharacters(in: .whitespaces))
                    run = ""
                }
            }
            if !run.isEmpty { runs.append(run.trimmingCharacters(in: .whitespaces)) }
        }
        return runs
    }

    /// The text of `rows` of `screen`.
    static func text(_ screen: Screen, rows: Range<Int>) -> String {
        let lines = screen.plainText().components(separatedBy: "\n")
        return rows.map { lines[$0] }.joined(separator: "\n")
    }

    @Test func mTogglesTheLayerViewAtTheSameStep() throws {
        var program = try Fixtures.program(Fixtures.workedExample(), after: ": 1 1 enter")
        let node = program.render()
        program.handle(.character("m"))
        #expect(program.state.showsLayerView && program.state.position == 10)
        let layer = program.render()
        #expect(layer.plainText() != node.plainText())
        #expect(layer.plainText().contains("δ⁽²⁾ = ∂l/∂z⁽²⁾ = σ'(z⁽²⁾) ⊙ ∂l/∂y"))
        // Stepping keeps the layer view; m comes back to the node view at the same step.
        program.handle(.right)
        program.handle(.left)
        #expect(program.state.showsLayerView)
        program.handle(.character("m"))
        #expect(!program.state.showsLayerView && program.state.position == 10)
        #expect(program.render().plainText() == node.plainText())
    }

    @Test func theOutputDeltaStepOfTheWorkedExample() throws {
        var program = try Fixtures.program(Fixtures.workedExample(), after: "m : 1 1 enter")
        let screen = program.render()
        let rows = Self.layerRows(program.state, context: .unicode)
        // The node step ∂l/∂z_o1 is the one highlighted entry: 0.138498562 to 6 digits.
        #expect(Self.highlightedTexts(screen, rows: rows) == ["0.138499"])
        let text = Self.text(screen, rows: rows)
        #expect(text.contains("⎡ 0.138499 ⎤ = ⎡ 0.186816 ⎤ ⊙ ⎡ 0.741365 ⎤"))
        // ∂l/∂z_o2 and ∂l/∂y_o2 are not computed yet at this step.
        #expect(text.contains("⎣        · ⎦   ⎣  0.17551 ⎦   ⎣        · ⎦"))
        #expect(text.contains("node step: ∂l/∂zₒ₁ is entry 1 of δ⁽²⁾"))
        try Golden.check(screen: screen, file: "layer-view-worked-example-dldz-80x24.txt")
        var ascii = try Fixtures.program(Fixtures.workedExample(), after: "m : 1 1 enter", context: .ascii)
        try Golden.check(screen: ascii.render(), file: "layer-view-worked-example-dldz-80x24-ascii.txt")
    }

    @Test(arguments: shippedLessons)
    func everyStepHighlightsTheNodeStepsValueAsOneEntry(file: String) throws {
        let lesson = try Fixtures.lesson(endingWith: file)
        for context in [RenderContext.unicode, .ascii] {
            var state = StepperState(lesson: lesson, size: .minimum)
            state.showsLayerView = true
            let view = StepperView(lesson: lesson, context: context)
            for index in 0..<state.timeline.stepsPerIteration {
                if index > 0 { reduce(&state, .nextStepPressed) }
                #expect(state.stepInIteration == index)
                let screen = view.render(state)
                let rows = Self.layerRows(state, context: context)
                let highlighted = Self.highlightedTexts(screen, rows: rows)
                // The core's result, with as many digits as the view found room for.
                let written = LayerView.digitChoices(for: context).map {
                    NumberFormat(significantDigits: $0, style: context.notation.style).string(state.step.result)
                }
                #expect(highlighted.count == 1 && written.contains(highlighted.first ?? ""),
                        "\(file) step \(index + 1) (\(context.isUnicode ? "Unicode" : "ASCII")): \(highlighted), core \(written)")
                if !context.isUnicode {
                    let text = Self.text(screen, rows: rows)
                    let isASCII = text.unicodeScalars.allSatisfy { $0.isASCII }
                    #expect(isASCII, "\(file) step \(index + 1): \(text)")
                }
            }
        }
    }

    @Test func aWaitingQuizHidesItsAnswerInTheMatrix() throws {
        let lesson = try Fixtures.workedExample()
        var saved = LessonProgress()
        for number in [1, 2, 3] { saved.record(.firstTry, forQuiz: number) }
        var program = StepperProgram(launch: LessonLaunch(lesson: lesson, id: "test", asksQuizzes: true, next: nil),
                                     saved: saved, size: .minimum, context: .unicode)
        for key in try KeyScript(parsing: "m : 1 1 enter").keys { program.handle(key) }
        #expect(program.state.waitingQuiz != nil && program.state.position == 10)
        let screen = program.render()
        #expect(Self.highlightedTexts(screen, rows: Self.layerRows(program.state, context: .unicode)) == ["?"])
        // ∂l/∂z_o1 = 0.138499 shows nowhere, in the matrices or the panel.
        #expect(!screen.plainText().contains("0.138499"))
        #expect(!screen.plainText().contains("0.1385"))
    }

    @Test func aBatchHasOneColumnPerSample() throws {
        let lesson = try Fixtures.lesson(endingWith: "batch-gradient.toml")
        var program = try Fixtures.program(lesson, after: "m : 1 2 enter")
        #expect(program.state.step.kind == .parameterGradient)
        let screen = program.render()
        let rows = Self.layerRows(program.state, context: .unicode)
        let text = Self.text(screen, rows: rows)
        #expect(text.contains("∂L/∂W⁽¹⁾ = (1/N)Δ⁽¹⁾Xᵀ"))
        #expect(text.contains("[ 0.75 ] = (1/N) [ −0.5  1 ] ⎡ 1 ⎤"))
        #expect(Self.highlightedTexts(screen, rows: rows) == ["0.75"])
        // The forward pass of sample 2 fills the second column: z = 2·0.5 = 1.
        program = try Fixtures.program(lesson, after: "m : 6 enter")
        let forward = Self.text(program.render(), rows: Self.layerRows(program.state, context: .unicode))
        #expect(forward.contains("Z⁽¹⁾ = W⁽¹⁾X + b⁽¹⁾1ᵀ"))
        #expect(forward.contains("[ 0.5  1 ] = [ 0.5 ] [ 1  2 ] + [ 0 ]"))
        #expect(forward.contains("row 1, column 2 (sample 2) of Z⁽¹⁾"))
    }

    /// A 2-16-16-1 network: layers too large for 80x24.
    static let wideLesson = """
        title = "Wide"
        loss = "half_squared_error"
        learning_rate = 0.1
        seed = 5
        [network]
        inputs = ["x1", "x2"]
        [[network.layers]]
        name = "h"
        size = 16
        activation = "tanh"
        [[network.layers]]
        name = "g"
        size = 16
        activation = "tanh"
        [[network.layers]]
        name = "o"
        size = 1
        activation = "linear"
        [[data]]
        x = [0.5, -1]
        y = [1]
        """

    @Test func largeLayersScrollWithTheHighlightedEntryInView() throws {
        let lesson = try LessonLoader.parse(Self.wideLesson, fileName: "wide.toml")
        var state = StepperState(lesson: lesson, size: .minimum)
        try Fixtures.press("m", on: &state)
        let view = StepperView(lesson: lesson, context: .unicode)
        // z of g16, the last neuron of the second layer: W⁽²⁾ is 16x16.
        let target = state.current.steps.firstIndex { $0.kind == .weightedSum && $0.neuron == 31 }!
        for _ in 0..<target { reduce(&state, .nextStepPressed) }
        let screen = view.render(state)
        let rows = Self.layerRows(state, context: .unicode)
        let text = Self.text(screen, rows: rows)
        #expect(Self.highlightedTexts(screen, rows: rows).count == 1)
        // Rows above the window are counted (↑), and columns left out are marked (…).
        #expect(text.contains("↑"))
        #expect(text.contains("…"))
        #expect(text.contains("node step: z_g16 is entry 16 of z⁽²⁾"))
        for line in screen.plainText().components(separatedBy: "\n") { #expect(Screen.width(of: line) <= 80) }
    }

    @Test func lesson12bOpensInTheLayerView() throws {
        var program = try Fixtures.program(Fixtures.lesson(endingWith: "12b-same-computation-in-matrices.toml"), after: "")
        #expect(program.state.showsLayerView)
        let text = program.render().plainText()
        #expect(text.contains("z⁽¹⁾ = W⁽¹⁾x + b⁽¹⁾"))
        program.handle(.character("m"))
        #expect(!program.state.showsLayerView)
        #expect(program.render().plainText().contains("┏ h1"))
    }

    @Test func presenterModeWritesFourDigitsAsEverywhereElse() throws {
        var program = try Fixtures.program(Fixtures.workedExample(), after: "m : 1 1 enter", size: TerminalSize(columns: 100, rows: 30),
                                           context: .presenter(glyphs: .unicode))
        let screen = program.render()
        #expect(Self.highlightedTexts(screen, rows: Self.layerRows(program.state, context: .presenter(glyphs: .unicode)))
                == ["0.1385"])
        #expect(screen.plainText().contains("⎡ 0.1385 ⎤ = ⎡ 0.1868 ⎤ ⊙ ⎡ 0.7414 ⎤"))
    }
}

/// Lesson text in the layer notation, on an ASCII screen.
struct LayerNotationASCIITests {
    @Test func layerMarksAreSpelledAsTheASCIINotationWritesThem() {
        #expect(ASCIIText.transliterate("z⁽ˡ⁾ = W⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾") == "z^(l) = W^(l)a^(l-1) + b^(l)")
        #expect(ASCIIText.transliterate("δ⁽¹⁾ = σ'(z⁽¹⁾) ⊙ (W⁽²⁾)ᵀδ⁽²⁾") == "delta^(1) = sigma'(z^(1)) (*) (W^(2))^Tdelta^(2)")
    }

    @Test func lesson12bsNotesAndQuizzesHaveNoUnspellableCharacter() throws {
        let lesson = try Fixtures.lesson(endingWith: "12b-same-computation-in-matrices.toml")
        var texts = lesson.notes.map(\.text) + [lesson.title, lesson.summary ?? ""]
        for quiz in lesson.quizzes {
            texts += [quiz.authoredQuestion, quiz.authoredHint].compactMap { $0 }
            if case .choice(let choice) = quiz.answer { texts += choice.choices }
        }
        for text in texts {
            let ascii = ASCIIText.transliterate(text)
            // Every ? in the ASCII text is one the lesson wrote, not a character without a spelling.
            #expect(ascii.filter { $0 == "?" }.count == text.filter { $0 == "?" }.count, "\(ascii)")
        }
    }
}
