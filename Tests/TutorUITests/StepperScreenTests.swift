import BackpropCore
import Lessons
import Testing
@testable import TutorUI

/// The stepper's screens as `Screen` values: the diagram fills in step by step, the step's
/// focus and reads are highlighted, the panel shows the formula with the worked example's
/// numbers, the ASCII form, and the size notice.
///
/// The numbers are checked against Matt Mazur's published worked example ("A Step by Step
/// Backpropagation Example"), which this lesson reproduces: net_h1 = 0.3775,
/// out_h1 = 0.593269992, out_o1 = 0.75136507, ∂E/∂net_o1 = 0.138498562,
/// ∂E/∂out_h1 = 0.036350306, ∂E/∂w5 = 0.082167041, w5⁺ = 0.35891648, shown to 6 digits.
struct StepperScreenTests {
    let lesson: Lesson

    init() throws {
        lesson = try Fixtures.workedExample()
    }

    /// The state and screen after `keys`, at `size`, drawn with `context`.
    func screen(after keys: String, size: TerminalSize = .minimum, context: RenderContext = .unicode,
                lesson: Lesson? = nil) throws -> (state: StepperState, screen: Screen) {
        var program = try Fixtures.program(lesson ?? self.lesson, after: keys, size: size, context: context)
        return (program.state, program.render())
    }

    /// `count` presses of l.
    func next(_ count: Int) -> String { Array(repeating: "l", count: count).joined(separator: " ") }

    /// The layout the screen of `state` was drawn with.
    func layout(_ state: StepperState, context: RenderContext = .unicode) -> DiagramLayout {
        let view = StepperView(lesson: state.lesson, context: context)
        return view.layout(for: state, marks: view.marks(for: state))
    }

    /// The text inside a neuron's box, one string per row, borders left out and trailing spaces trimmed.
    func box(_ name: String, _ state: StepperState, _ screen: Screen) throws -> [String] {
        let neuron = try #require(state.lesson.network.architecture.neuronNames.firstIndex(of: name))
        let rect = try #require(layout(state).slot(ofNeuron: neuron)).rect
        return (rect.row + 1..<rect.bottomRow - 1).map { row in
            var text = String((rect.column + 1..<rect.rightColumn - 1).map { screen[row, $0].character })
            while text.last == " " { text.removeLast() }
            return text
        }
    }

    /// The cells of a weight's edge that no other edge, highlighted now, also runs through
    /// (edges from one input share their first cells).
    func ownCells(_ id: String, _ state: StepperState, highlighted: [String]) throws -> [EdgeRoute.Cell] {
        let shared = Set(try highlighted.flatMap { try edgeCells($0, state) }.map { [$0.row, $0.column] })
        return try edgeCells(id, state).filter { !shared.contains([$0.row, $0.column]) }
    }

    /// The cells of a weight's edge that show its line (not those under a weight's label).
    func edgeCells(_ id: String, _ state: StepperState) throws -> [EdgeRoute.Cell] {
        let p = try #require(state.lesson.network.architecture.parameter(id: id)).index
        let layout = layout(state)
        let labels = layout.edges.compactMap(\.label)
        return try #require(layout.edges.first { $0.kind == .weight(p) }).cells.filter { cell in
            !labels.contains { $0.contains(row: cell.row, column: cell.column) }
        }
    }

    @Test func theDiagramFillsInAsTheStudentSteps() throws {
        var (state, screen) = try screen(after: "")
        #expect(try box("h1", state, screen) == ["z     0.3775", "a", "∂l/∂a", "∂l/∂z"])
        #expect(try box("o1", state, screen) == ["z", "y", "∂l/∂y", "∂l/∂z"])
        (state, screen) = try self.screen(after: next(1))
        #expect(try box("h1", state, screen) == ["z     0.3775", "a     0.59327", "∂l/∂a", "∂l/∂z"])
        (state, screen) = try self.screen(after: next(5))
        #expect(try box("o1", state, screen) == ["z     1.10591", "y     0.751365", "∂l/∂y", "∂l/∂z"])
        // Backward: ∂l/∂z of o1 after step 11, ∂l/∂a and ∂l/∂z of h1 after steps 14 and 15.
        (state, screen) = try self.screen(after: next(10))
        #expect(try box("o1", state, screen) == ["z     1.10591", "y     0.751365", "∂l/∂y 0.741365", "∂l/∂z 0.138499"])
        #expect(try box("h1", state, screen) == ["z     0.3775", "a     0.59327", "∂l/∂a", "∂l/∂z"])
        (state, screen) = try self.screen(after: next(13))
        #expect(try box("h1", state, screen) == ["z     0.3775", "a     0.59327", "∂l/∂a 0.0363503", "∂l/∂z"])
        (state, screen) = try self.screen(after: next(14))
        // 0.00877135 to the five significant digits an 80-column box has room for.
        #expect(try box("h1", state, screen) == ["z     0.3775", "a     0.59327", "∂l/∂a 0.0363503", "∂l/∂z 0.0087714"])
        // Stepping back hides again what the step computed.
        (state, screen) = try self.screen(after: next(14) + " h")
        #expect(try box("h1", state, screen).last == "∂l/∂z")
    }

    @Test func theLossBoxShowsTheTargetsAndTheLossOnceComputed() throws {
        let before = try screen(after: next(7)).screen.plainText()
        #expect(before.contains("tₒ₁ 0.01") && before.contains("tₒ₂ 0.99"))
        #expect(!before.contains("0.298371"))
        // E_total = 0.298371109 (Mazur).
        let after = try screen(after: next(8)).screen.plainText()
        // 0.298371109 to the five significant digits the loss box has room for at 80x24.
        #expect(after.contains("l   0.29837"))
    }

    @Test func aForwardStepHighlightsItsNeuronItsIncomingEdgesAndInputs() throws {
        let (state, screen) = try screen(after: "")
        let h1 = try #require(layout(state).slot(ofNeuron: 0)).rect
        #expect(screen[h1.row, h1.column].character == "┏", "the neuron computed has a heavy box")
        let o1 = try #require(layout(state).slot(ofNeuron: 2)).rect
        #expect(screen[o1.row, o1.column].character == "┌")
        // The z row is what the step produces.
        #expect(screen[h1.row + 1, h1.column + 1].style == .highlight)
        for id in ["w1", "w2"] {
            let cells = try edgeCells(id, state)
            #expect(cells.allSatisfy { screen[$0.row, $0.column].style.role == .forward }, "edge \(id)")
            let end = try #require(cells.last)
            #expect(screen[end.row, end.column].character == "►", "edge \(id) points into h1")
        }
        for id in ["w3", "w5"] {
            let cells = try ownCells(id, state, highlighted: ["w1", "w2"])
            #expect(!cells.isEmpty && cells.allSatisfy { screen[$0.row, $0.column].style == .dim }, "edge \(id)")
        }
        let inputs = layout(state).inputs
        #expect(inputs.allSatisfy { screen[$0.rect.row, $0.rect.column].style.effectiveAttributes.contains(.underline) })
    }

    @Test func aBackwardStepHighlightsTheOutgoingEdgesAndTheDerivativesItReads() throws {
        // Step 14: ∂l/∂a of h1 = w5·∂l/∂z_o1 + w7·∂l/∂z_o2.
        let (state, screen) = try screen(after: next(13))
        #expect(state.step.kind == .activationGradient)
        for id in ["w5", "w7"] {
            let cells = try edgeCells(id, state)
            #expect(cells.allSatisfy { screen[$0.row, $0.column].style.role == .backward }, "edge \(id)")
            let start = try #require(cells.first)
            #expect(screen[start.row, start.column].character == "◄", "edge \(id) points back into h1")
        }
        let w6 = try ownCells("w6", state, highlighted: ["w5", "w7"])
        #expect(!w6.isEmpty && w6.allSatisfy { screen[$0.row, $0.column].style == .dim })
        for neuron in [2, 3] {
            let rect = try #require(layout(state).slot(ofNeuron: neuron)).rect
            let dldz = screen[rect.row + 4, rect.column + 1]
            #expect(dldz.style.effectiveAttributes.contains(.underline), "∂l/∂z of neuron \(neuron) is read")
        }
    }

    @Test func gradientAndUpdateStepsHighlightTheirOneEdge() throws {
        for (keys, kind) in [(next(21), StepKind.parameterGradient), (next(29), .update)] {
            let (state, screen) = try screen(after: keys)
            #expect(state.step.kind == kind && state.step.parameter == 4, "w5")
            #expect(try edgeCells("w5", state).allSatisfy { screen[$0.row, $0.column].style == .accent })
            for id in ["w1", "w6", "w7", "w8"] {
                let cells = try ownCells(id, state, highlighted: ["w5"])
                #expect(!cells.isEmpty && cells.allSatisfy { screen[$0.row, $0.column].style == .dim }, "edge \(id)")
            }
        }
    }

    @Test func thePanelShowsTheFormulaSymbolicallyThenWithNumbersThenTheResult() throws {
        let forward = try screen(after: "").screen.plainText()
        #expect(forward.contains("zₕ₁ = i₁·w₁ + i₂·w₂ + b₁\n      = 0.05·0.15 + 0.1·0.2 + 0.35\n      = 0.3775"))
        // The weights are on their edges, so the panel does not list them.
        #expect(forward.contains("w₁ 0.15") && forward.contains("w₂ 0.2") && !forward.contains("Weights:"))
        let backward = try screen(after: next(10)).screen.plainText()
        #expect(backward.contains("∂l/∂zₒ₁ = ∂yₒ₁/∂zₒ₁·∂l/∂yₒ₁"))
        #expect(backward.contains("= yₒ₁·(1 − yₒ₁)·∂l/∂yₒ₁"))
        #expect(backward.contains("= 0.751365·(1 − 0.751365)·0.741365"))
        #expect(backward.contains("= 0.138499"))
        let gradient = try screen(after: next(21)).screen.plainText()
        #expect(gradient.contains("∂l/∂w₅ = ∂zₒ₁/∂w₅·∂l/∂zₒ₁"))
        #expect(gradient.contains("= 0.59327·0.138499"))
        #expect(gradient.contains("= 0.082167"))
        let update = try screen(after: next(29)).screen.plainText()
        #expect(update.contains("w₅ ← w₅ − η·∂l/∂w₅\n     = 0.4 − 0.5·0.082167\n     = 0.358916"))
        #expect(update.contains("Update · w₅ (h1 → o1)"))
    }

    @Test func theStatusLineSaysWhereTheStudentIs() throws {
        let start = try screen(after: "").screen.plainText()
        #expect(start.contains("A full worked example"))
        #expect(start.contains("forward pass │ step 1 of 33 │ paused"))
        let xor = try screen(after: "i p", size: TerminalSize(columns: 120, rows: 40), lesson: Fixtures.xor()).screen.plainText()
        #expect(xor.contains("Learning XOR"))
        #expect(xor.contains("forward pass │ step 1 of 55 │ update 2 of 10000 │ sample 2 of 4 │ playing, 1 step/s"))
    }

    @Test func theJumpPromptAndMessagesAppearAtTheBottom() throws {
        let prompt = try screen(after: ": 1 4").screen.plainText()
        #expect(prompt.contains("Jump to step (1 to 33 of this update): 14_"))
        let error = try screen(after: ": 9 9 enter").screen.plainText()
        #expect(error.hasSuffix("No step 99: this update has steps 1 to 33"))
    }

    @Test func theHelpListsTheKeys() throws {
        let help = try screen(after: "?").screen.plainText()
        for text in ["Keys", "→  l  space  Enter", "next step", "jump to that step", "Ctrl-L", "quit at once"] {
            #expect(help.contains(text), "the help lacks \(text)")
        }
    }

    @Test func theASCIIFormUsesNoOtherCharacters() throws {
        for keys in ["", next(10), next(13), next(21), next(29), "?", ": 1"] {
            let text = try screen(after: keys, context: .ascii).screen.plainText()
            let others = text.unicodeScalars.filter { !$0.isASCII }
            #expect(others.isEmpty, "after \(keys): \(others)")
        }
        let backward = try screen(after: next(10), context: .ascii).screen.plainText()
        #expect(backward.contains("dl/dz_o1 = dy_o1/dz_o1 * dl/dy_o1"))
        #expect(backward.contains("dl/dz 0.138499"))
    }

    @Test func belowTheMinimumSizeTheScreenSaysSo() throws {
        for size in [TerminalSize(columns: 79, rows: 24), TerminalSize(columns: 80, rows: 23), TerminalSize(columns: 40, rows: 10)] {
            let screen = try screen(after: "", size: size).screen
            #expect(screen == Screen.terminalTooSmall(size: size))
            #expect(screen.plainText().contains("need 80x24, have \(size)"))
        }
    }

    @Test func valuesNotYetComputedAreNeverDrawn() throws {
        // At every step, each neuron value on screen is one the student has walked past.
        var program = StepperProgram(lesson: lesson, size: TerminalSize(columns: 120, rows: 40), context: .unicode)
        for _ in 0..<33 {
            let state = program.state
            let screen = program.render()
            let known = state.known
            for name in ["h1", "h2", "o1", "o2"] {
                let rows = try box(name, state, screen)
                let n = try #require(state.lesson.network.architecture.neuronNames.firstIndex(of: name))
                let values = [known.z[n], known.a[n], known.dlda[n], known.dldz[n]]
                for (row, value) in zip(rows, values) {
                    #expect((row.split(separator: " ").count > 1) == (value != nil), "\(name) at step \(state.position + 1): \(row)")
                }
            }
            program.handle(.character("l"))
        }
    }

    @Test func aSelectedValueIsDrawnInTheSelectionStyle() throws {
        var state = StepperState(lesson: lesson, size: .minimum)
        reduce(&state, .nextStepPressed)
        state.selection = .a(0)
        let view = StepperView(lesson: lesson, context: .unicode)
        let screen = view.render(state)
        let h1 = try #require(layout(state).slot(ofNeuron: 0)).rect
        #expect(screen[h1.row + 2, h1.column + 1].style == .selection, "h1's a row")
        #expect(screen[h1.row + 1, h1.column + 1].style != .selection, "h1's z row")
    }
}
