import BackpropCore
import Foundation
import Lessons
import Testing
@testable import TutorUI

/// Live what-if edits in the stepper, key by key: selecting with Tab, editing with e,
/// refused input, Esc, undo, and what the screen shows after an edit.
///
/// Expected numbers come from the worked example worked by hand (Matt Mazur's figures:
/// out_h1 = 0.593269992, out_h2 = 0.596884378, net_o1 = 1.105905967, out_o1 = 0.75136507,
/// out_o2 = 0.772928465, w8⁺ = 0.56137012 at η = 0.5) and from σ written out here.
struct WhatIfEditTests {
    let lesson: Lesson

    init() throws {
        lesson = try Fixtures.workedExample()
    }

    /// The stepper after `keys`.
    func program(_ keys: String, size: TerminalSize = .minimum, context: RenderContext = .unicode,
                 lesson: Lesson? = nil) throws -> StepperProgram {
        try Fixtures.program(lesson ?? self.lesson, after: keys, size: size, context: context)
    }

    /// `count` presses of Tab.
    func tabs(_ count: Int) -> String { Array(repeating: "tab", count: count).joined(separator: " ") }

    static func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
    static let aH1 = 0.593269992, aH2 = 0.596884378, yO1 = 0.75136507, yO2 = 0.772928465

    /// The text of the status line (the next-to-last row).
    func statusLine(_ screen: Screen) -> String {
        String(screen.plainText().split(separator: "\n", omittingEmptySubsequences: false).dropLast().last ?? "")
    }

    @Test func tabMovesOverEveryEditableValueInReadingOrderAndWraps() throws {
        var program = try program("")
        var names: [String] = []
        for _ in 0..<18 {
            program.handle(.tab)
            let selected = try #require(program.state.selection)
            names.append(try #require(EditableValue(selected, sample: 0)).name(in: lesson))
        }
        #expect(names == ["i1", "i2", "w1", "w2", "w3", "w4", "b1", "b2", "w5", "w6", "w7", "w8", "b3", "b4",
                          "t_o1", "t_o2", "eta", "i1"])
    }

    @Test func shiftTabAndTheArrowsMoveBackAndEscStopsSelecting() throws {
        var program = try program("backtab")
        #expect(program.state.selection == .learningRate)
        program.handle(.up)
        #expect(program.state.selection == .target(1))
        program.handle(.down)
        program.handle(.down)
        #expect(program.state.selection == .input(0))
        program.handle(.escape)
        #expect(program.state.selection == nil && !program.isFinished)
        // Without a selection the arrows are no editor keys, and Esc quits.
        program.handle(.down)
        #expect(program.state.selection == nil)
        #expect(program.state.message?.text.hasPrefix("The key down does nothing") == true)
        program.handle(.escape)
        #expect(program.isFinished)
    }

    @Test func theSelectionIsNamedOnTheStatusLineAndDrawnOnTheDiagram() throws {
        // The selected weight's edge is drawn selected (its label too, checked at 120x40 below).
        var program = try program(tabs(9))
        var screen = program.render()
        #expect(statusLine(screen).hasPrefix(" w₅ = 0.4 (h1 → o1)"))
        #expect(statusLine(screen).contains("η 0.5"))
        let view = StepperView(lesson: lesson, context: .unicode)
        let layout = view.layout(for: program.state, marks: view.marks(for: program.state))
        let edge = try #require(layout.edges.first { $0.kind == .weight(4) })
        // Edges leaving one source share their first cells; the last ones (before its label) are w₅'s own.
        let line = edge.cells.filter { cell in edge.label.map { !$0.contains(row: cell.row, column: cell.column) } ?? true }
        for cell in line.suffix(1) {
            #expect(screen[cell.row, cell.column].style == .selection, "w₅'s edge at \(cell.row),\(cell.column)")
        }
        // A bias: its neuron's name, and its value in the box's top border.
        program = try self.program(tabs(8))
        screen = program.render()
        #expect(statusLine(screen).hasPrefix(" b₂ = 0.35 (bias of h2)"))
        let h2 = try #require(layout.slot(ofNeuron: 1)).rect
        #expect(screen[h2.row, h2.column + 2].character == "h")
        #expect(screen[h2.row, h2.column + 2].style == .selection)
        let biasColumn = try #require((h2.column..<h2.rightColumn).first {
            screen[h2.row, $0].character == "b" && screen[h2.row, $0 + 1].character == "₂"
        })
        #expect(screen[h2.row, biasColumn].style == .selection, "b₂ is lit in h2's border")
        // η: on the status line, in the selection style.
        program = try self.program("backtab")
        screen = program.render()
        let row = screen.rows - 2
        let status = statusLine(screen)
        let column = try #require(status.range(of: "η 0.5")).lowerBound.utf16Offset(in: status)
        #expect(screen[row, column].character == "η" && screen[row, column].style == .selection)
        // At 120x40 the label on w₅'s edge is drawn selected.
        program = try self.program(tabs(9), size: TerminalSize(columns: 120, rows: 40))
        screen = program.render()
        let text = screen.plainText().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let labelRow = try #require(text.firstIndex { $0.contains("w₅ 0.4") })
        let labelColumn = try #require(text[labelRow].range(of: "w₅")).lowerBound.utf16Offset(in: text[labelRow])
        #expect(screen[labelRow, labelColumn].style == .selection)
    }

    @Test func applyingAnEditRecomputesEverythingAtTheSameStep() throws {
        let program = try program(": 5 enter " + tabs(9) + " e \"0.9\" enter")
        let state = program.state
        #expect(state.position == 4 && state.step.kind == .weightedSum)
        #expect(state.lesson.network.parameters[4] == 0.9)
        #expect(abs(state.step.result - (Self.aH1 * 0.9 + Self.aH2 * 0.45 + 0.6)) < 1e-8)
        #expect(state.instructor.prompt == nil && state.instructor.revision == 1 && state.instructor.undoStack.count == 1)
        #expect(state.message?.text == "Applied w₅ = 0.9 (was 0.4); u undoes; notes are off until it is undone")
        let change = try #require(state.instructor.lastChange)
        #expect(change.target == .parameter(4) && change.old == 0.4 && change.new == 0.9 && !change.isUndo)
        // At step 5 only θ₀ of w₅ and o1's z are visible and changed (o1's y is not computed yet).
        #expect(change.changes.map(\.ref) == [.parameter(4), .z(2)])
        let z = try #require(change.changes.last)
        #expect(abs(z.old! - 1.105905967) < 1e-8)
        #expect(abs(z.new! - 1.4025409629) < 1e-8)
    }

    @Test func theNotesWaitWhileAnEditIsInForce() throws {
        // The worked example's note at step 2 states aₕ₁ ≈ 0.593270 for the lesson as written.
        let note = "h2 goes the same way: aₕ₂ ≈ 0.596884."
        var program = try program("l")
        #expect(program.render().plainText().split(separator: "\n").joined(separator: " ").contains(note))
        for key in try KeyScript(parsing: "tab e \"0.3\" enter").keys { program.handle(key) }
        #expect(program.state.lesson.samples[0].inputs[0] == 0.3)
        #expect(!program.render().plainText().contains("h2 goes the same way"), "the note's numbers no longer hold")
        for key in try KeyScript(parsing: "u").keys { program.handle(key) }
        #expect(program.render().plainText().split(separator: "\n").joined(separator: " ").contains(note))
    }

    @Test func theChangesShowOnScreenOldToNew() throws {
        var program = try program(": 5 enter " + tabs(9) + " e \"0.9\" enter")
        let text = program.render().plainText()
        // 0.593269992·0.9 + 0.596884378·0.45 + 0.6 = 1.40254096, to 6 digits.
        #expect(text.contains("What if w₅ = 0.9 (was 0.4): zₒ₁ 1.10591 → 1.40254"))
        #expect(text.contains("z     ↑1.40254"), "o1's box marks the new z as higher")
        #expect(text.contains("= 0.59327·0.9 + 0.596884·0.45 + 0.6"), "the panel's formula has the new weight")
        // At the loss step o1's z is neither computed nor read: its mark is in the accent style.
        program = try self.program(": 9 enter " + tabs(9) + " e \"0.9\" enter")
        let screen = program.render()
        let lines = screen.plainText().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let row = try #require(lines.firstIndex { $0.contains("z     ↑1.40254") })
        let column = Array(lines[row]).firstIndex(of: "↑")!
        #expect(screen[row, column].style == .accent)
        #expect(lines.contains { $0.contains("y     ↑0.802587") }, "σ(1.40254096) = 0.80258679")
    }

    @Test func anEditOfAValueNothingShownDependsOnSaysSo() throws {
        // At step 1 nothing computed so far reads w₈.
        var program = try program(tabs(12) + " e \"2\" enter")
        let text = program.render().plainText()
        #expect(text.contains("What if w₈ = 2 (was 0.55): nothing on screen is computed from it yet."))
    }

    @Test(arguments: [("abc", "abc is not a number"), ("inf", "inf is not a finite number"),
                      ("1e999", "1e999 is not a finite number"), ("1,5", "1,5 is not a number"),
                      ("", "type a number first (Esc cancels)")])
    func refusedInputStaysInThePromptWithTheReason(typed: String, reason: String) throws {
        let keys = ": 5 enter " + tabs(9) + " e" + (typed.isEmpty ? "" : " \"\(typed)\"") + " enter"
        var program = try program(keys)
        var state = program.state
        #expect(state.instructor.prompt?.text == typed, "what was typed is kept")
        #expect(state.message?.isError == true)
        #expect(state.message?.text == "Not applied: \(reason)")
        #expect(state.lesson.network.parameters[4] == 0.4 && state.instructor.revision == 0)
        #expect(program.render().plainText().contains("Edit w₅ (h1 → o1), now 0.4: \(typed)_"))
        // Correcting it in place applies.
        for _ in typed { program.handle(.backspace) }
        for key in try KeyScript(parsing: "\"0.9\" enter").keys { program.handle(key) }
        state = program.state
        #expect(state.instructor.prompt == nil && state.lesson.network.parameters[4] == 0.9)
    }

    @Test(arguments: ["0", "-1", "−0.5"])
    func theLearningRateMustStayAboveZero(typed: String) throws {
        let program = try program("backtab e \"\(typed)\" enter")
        #expect(program.state.instructor.prompt != nil)
        #expect(program.state.message?.text.contains("the learning rate must be greater than 0") == true)
        #expect(program.state.lesson.options.learningRate == 0.5)
    }

    @Test func aTargetTheLossCannotTakeIsRefused() throws {
        let softmax = try Fixtures.lesson(endingWith: "softmax-cross-entropy.toml")
        let architecture = softmax.network.architecture
        let firstTarget = architecture.inputCount + architecture.parameterCount + 1
        let program = try program(tabs(firstTarget) + " e \"0.5\" enter", lesson: softmax)
        #expect(program.state.selection == .target(0))
        #expect(program.state.instructor.prompt?.text == "0.5")
        #expect(program.state.message?.text.contains("must sum to 1") == true)
        #expect(program.state.lesson.samples[0].targets == softmax.samples[0].targets)
    }

    @Test func escCancelsTheEditAndKeepsTheSelection() throws {
        let program = try program(tabs(9) + " e \"0.9\" esc")
        #expect(program.state.instructor.prompt == nil)
        #expect(program.state.selection == .parameter(4))
        #expect(program.state.lesson.network.parameters[4] == 0.4 && program.state.instructor.revision == 0)
        #expect(program.state.message?.text == "Edit cancelled: nothing changed")
    }

    @Test func undoRestoresTheLessonAndShowsWhatChangedBack() throws {
        var program = try program(": 5 enter " + tabs(9) + " e \"0.9\" enter tab e \"1\" enter u")
        var state = program.state
        // The second edit (w₆ = 1) is undone first.
        #expect(state.lesson.network.parameters[5] == 0.45 && state.lesson.network.parameters[4] == 0.9)
        #expect(state.message?.text == "Undid w₆ = 1: w₆ is 0.45 again")
        program.handle(.character("u"))
        state = program.state
        #expect(state.lesson.network.parameters == lesson.network.parameters)
        #expect(abs(state.step.result - 1.105905967) < 1e-8)
        let change = try #require(state.instructor.lastChange)
        #expect(change.isUndo && change.old == 0.9 && change.new == 0.4)
        #expect(state.instructor.undoStack.isEmpty && state.instructor.revision == 4)
        #expect(program.render().plainText().contains("Undone: w₅ = 0.4 again (was 0.9): zₒ₁ 1.40254 → 1.10591"))
    }

    @Test func undoWithNothingToUndoSaysSo() throws {
        let program = try program("l u")
        #expect(program.state.message == StepperMessage("Nothing to undo: no edit has been made", isError: true))
        #expect(program.state.position == 1 && program.state.instructor.revision == 0)
    }

    @Test func steppingAfterAnEditShowsTheNewNumbersAndDropsTheMarks() throws {
        var program = try program(": 5 enter " + tabs(9) + " e \"0.9\" enter l")
        let z = Self.aH1 * 0.9 + Self.aH2 * 0.45 + 0.6
        #expect(program.state.position == 5 && program.state.step.kind == .activation)
        #expect(abs(program.state.step.result - Self.sigmoid(z)) < 1e-8)
        var text = program.render().plainText()
        #expect(!text.contains("What if") && !text.contains("↑"))
        // Coming back does not bring the marks back: they belong to the moment of the edit.
        program.handle(.character("h"))
        text = program.render().plainText()
        #expect(!text.contains("What if") && !text.contains("↑"))
        #expect(program.state.instructor.lastChange == nil)
        #expect(text.contains("z     1.40254"))
    }

    @Test func editingAnInputRecomputesTheForwardPass() throws {
        var program = try program("tab e \"0.5\" enter")
        // z_h1 = 0.5·0.15 + 0.1·0.2 + 0.35 = 0.445.
        #expect(abs(program.state.step.result - 0.445) < 1e-12)
        #expect(program.state.lesson.samples[0].inputs == [0.5, 0.1])
        let text = program.render().plainText()
        #expect(text.contains("What if i₁ = 0.5 (was 0.05): zₕ₁ 0.3775 → 0.445"))
        #expect(text.contains("i₁ 0.5"))
    }

    @Test func editingATargetChangesTheLoss() throws {
        let program = try program(": 9 enter " + tabs(15) + " e \"0.5\" enter")
        #expect(program.state.step.kind == .loss)
        let expected = 0.5 * (pow(0.5 - Self.yO1, 2) + pow(0.99 - Self.yO2, 2))
        #expect(abs(program.state.step.result - expected) < 1e-8)
        #expect(program.state.instructor.lastChange?.changes.map(\.ref) == [.target(0), .loss])
    }

    @Test func editingTheLearningRateChangesTheUpdates() throws {
        // w₈⁺ = 0.56137012 at η = 0.5, so ∂l/∂w₈ = −0.02274024 and at η = 1, w₈⁺ = 0.57274024.
        let program = try program("G backtab e \"1\" enter")
        #expect(program.state.step.kind == .update && program.state.step.parameter == 7)
        #expect(abs(program.state.step.result - 0.57274024) < 1e-8)
    }

    @Test func eWithNothingSelectedEditsTheStepsOwnValueAndPausesPlayback() throws {
        let program = try program(": 2 2 enter p e")
        #expect(program.state.step.kind == .parameterGradient && program.state.step.parameter == 4)
        #expect(program.state.instructor.prompt?.target == .parameter(4))
        #expect(program.state.selection == .parameter(4))
        #expect(!program.state.playback.isPlaying)
    }

    @Test func thePromptTakesEveryCharacterAndRefusesOtherKeys() throws {
        var program = try program(tabs(9) + " e q")
        #expect(program.state.instructor.prompt?.text == "q" && !program.isFinished)
        program.handle(.right)
        #expect(program.state.position == 0)
        #expect(program.state.message?.text.hasPrefix("The key right does nothing in the edit prompt") == true)
        program.handle(.control("c"))
        #expect(program.isFinished)
    }

    @Test func theHelpAndTheJumpPromptComeFirst() throws {
        var program = try program("? tab")
        #expect(!program.state.isHelpVisible && program.state.selection == nil, "Tab only closed the help")
        program = try self.program(": tab")
        #expect(program.state.jumpPrompt == "" && program.state.selection == nil)
        program = try self.program(": e")
        #expect(program.state.instructor.prompt == nil)
    }

    @Test func theASCIIFormOfTheEditorUsesNoOtherCharacters() throws {
        var program = StepperProgram(lesson: lesson, size: .minimum, context: .ascii)
        for key in try KeyScript(parsing: ": 1 4 enter " + tabs(9) + " e \"2\" enter tab e \"x\" enter esc u backtab "
                                 + tabs(7) + " e").keys {
            program.handle(key)
            let others = program.render().plainText().unicodeScalars.filter { !$0.isASCII }
            #expect(others.isEmpty, "after \(key.scriptName): \(others)")
        }
        #expect(program.render().plainText().contains("Edit t_o2 (target of o2), now 0.99: _"))
        program.handle(.escape)
        program.handle(.backTab)
        #expect(program.render().plainText().contains("eta 0.5"))
    }

    @Test(arguments: [TerminalSize.minimum, TerminalSize(columns: 100, rows: 30), TerminalSize(columns: 120, rows: 40)])
    func theRendererDrawsWhatAFreshViewOfTheEditedLessonDraws(size: TerminalSize) throws {
        let keys = try KeyScript(parsing: ": 5 enter " + tabs(9) + " e \"0.9\" enter l h tab e \"-3\" enter "
                                 + "tab tab e \"0.123456789\" enter ] u G u u l backtab e \"2\" enter g").keys
        for context in [RenderContext.unicode, .ascii, .presenter(glyphs: .unicode)] {
            var program = StepperProgram(lesson: lesson, size: size, context: context)
            for key in keys {
                program.handle(key)
                let view = StepperView(lesson: program.state.lesson, context: context)
                #expect(program.render() == view.render(program.state), "at \(size) after \(key.scriptName)")
            }
        }
    }
}
