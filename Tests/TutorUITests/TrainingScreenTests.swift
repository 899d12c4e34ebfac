import BackpropCore
import BackpropNotation
import Foundation
import Lessons
import Testing
import TrainingModels
@testable import TutorUI

/// What the training view and the gradient check look like, as Screen values: golden frames
/// (XOR at 80x24 and 120x40 after 3,000 updates, the circle's heat map, lesson 11's bars, a
/// diverging lesson's pause, the help, ASCII, the gradient check on the worked example)
/// and facts about them checked on their own.
///
/// `BACKPROP_RECORD_GOLDEN=1 swift test` records the golden files again; review the diff.
struct TrainingScreenTests {
    typealias F = TrainingFixtures

    /// One golden frame: the lesson, the keys, the size and the glyphs.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let lesson: String
        let keys: String
        let size: TerminalSize
        var ascii = false

        var testDescription: String { fileName }
        var fileName: String { "training-\(name)-\(size)\(ascii ? "-ascii" : "").txt" }
    }

    static let large = TerminalSize(columns: 120, rows: 40)

    static let cases: [Case] = [
        Case(name: "xor-3000", lesson: "xor.toml", keys: "t 4 4 4", size: .minimum),
        Case(name: "xor-3000", lesson: "xor.toml", keys: "t 4 4 4", size: large),
        Case(name: "xor-3000", lesson: "xor.toml", keys: "t 4 4 4", size: .minimum, ascii: true),
        Case(name: "xor-start", lesson: "xor.toml", keys: "t", size: .minimum),
        Case(name: "xor-help", lesson: "xor.toml", keys: "t ?", size: .minimum),
        Case(name: "xor-log-playing", lesson: "xor.toml", keys: "t 4 L p tick", size: large),
        Case(name: "circle-5000", lesson: "circle.toml", keys: "t 4 4 4 4 4", size: large),
        Case(name: "vanishing-10", lesson: "vanishing-gradients.toml", keys: "t 2", size: large),
        Case(name: "vanishing-10", lesson: "vanishing-gradients.toml", keys: "t 2", size: .minimum),
        Case(name: "diverging", lesson: "diverging", keys: "t 3", size: .minimum),
        Case(name: "learning-rate-too-large", lesson: "learning-rate-too-large.toml", keys: "t 4", size: large),
        Case(name: "xor-stepper-from-training", lesson: "xor.toml", keys: "t 4 3 s", size: large),
        Case(name: "worked-example-check-w5", lesson: "worked-example.toml", keys: ": 2 2 enter c", size: .minimum),
        Case(name: "worked-example-check-w5", lesson: "worked-example.toml", keys: ": 2 2 enter c", size: large),
        Case(name: "worked-example-check-w1", lesson: "worked-example.toml", keys: ": 2 6 enter c", size: .minimum,
             ascii: true),
    ]

    static func lesson(_ name: String) throws -> Lesson {
        name == "diverging" ? try F.diverging() : try Fixtures.lesson(endingWith: name)
    }

    /// The screen after `keys`, drawn by the program the terminal runs.
    static func screen(_ lesson: Lesson, keys: String, size: TerminalSize, context: RenderContext = .unicode) throws -> Screen {
        var program = try Fixtures.program(lesson, after: keys, size: size, context: context)
        return program.render()
    }

    @Test(arguments: cases)
    func frameMatchesItsGoldenFile(_ golden: Case) throws {
        let screen = try Self.screen(try Self.lesson(golden.lesson), keys: golden.keys, size: golden.size,
                                     context: golden.ascii ? .ascii : .unicode)
        try Golden.check(screen: screen, file: golden.fileName)
    }

    /// The screen's rows as text.
    static func rows(_ screen: Screen) -> [String] {
        screen.plainText().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func xorAfter3000UpdatesShowsItsNumbersPanelsAndPoints() throws {
        let lesson = try Fixtures.xor()
        for size in [TerminalSize.minimum, Self.large] {
            let screen = try Self.screen(lesson, keys: "t 4 4 4", size: size)
            let text = screen.plainText()
            var trainer = lesson.trainer
            trainer.train(iterations: 3_000)
            let loss = NumberFormat(significantDigits: 4).string(trainer.totalLoss())
            // The status line's L is over all samples, the loss panel's l the last update's.
            #expect(text.contains("update 3,000 │ L over all samples \(loss) │ η 1 │ paused")
                    || text.contains("update 3,000 │ L all \(loss) │ η 1 │ paused"), "at \(size)")
            #expect(text.contains("Loss l · last ") && text.contains("Decision boundary"))
            // 3,000 updates over a plot of fewer dot columns: each dot is a mean, and says so.
            #expect(text.contains("avg ") && text.contains("/dot"))
            #expect(text.contains("Gradient size per layer"))
            // Two points of each class, marked by glyph: ● for target 1, ○ for target 0.
            #expect(text.filter { $0 == "●" }.count == 2 + 1, "two points and the legend's mark")
            #expect(text.filter { $0 == "○" }.count == 2 + 1)
            #expect(screen.size == size)
            #expect(Self.rows(screen).count == size.rows)
        }
    }

    @Test func theHeatMapShowsTheNetworksOutputAtTheCurrentWeights() throws {
        // The circle lesson after 5,000 updates: each map cell's shade is the core's output at
        // the cell's centre, computed here with a fresh trainer.
        let lesson = try Fixtures.lesson(endingWith: "circle.toml")
        var state = F.trainingView(lesson, size: Self.large)
        try Fixtures.press("4 4 4 4 4", on: &state)
        let run = F.run(state)
        let layout = TrainingLayout(size: Self.large, layerCount: 2, hasSurface: true)
        let panel = try #require(SurfacePanelView(run: run, rect: layout.side, context: .unicode))
        var trainer = lesson.trainer
        trainer.train(iterations: 5_000)
        let surface = panel.surface
        let screen = TrainingView(context: .unicode).render(state)
        var checked = 0
        for row in stride(from: 0, to: surface.rows, by: 5) {
            for column in stride(from: 0, to: surface.columns, by: 7) {
                let center = surface.center(column: column, row: row)
                let y = trainer.outputs(for: [center.x1, center.x2])[0]
                #expect(surface.value(column: column, row: row) == y)
                let cell = screen[layout.side.row + 1 + row, layout.side.column + SurfacePanelView.gutter + column]
                if !surface.points.contains(where: { $0.column == column && $0.row == row }) {
                    let level = HeatMap.level(of: y, in: 0...1, levels: 5)!
                    #expect(cell.character == Character(HeatMap.unicodeShades[level]))
                    checked += 1
                }
            }
        }
        #expect(checked > 20)
        // The disc's points (target 1) and the ring's (target 0) are both on the map.
        let text = screen.plainText()
        #expect(text.filter { $0 == "●" }.count > 20 && text.filter { $0 == "○" }.count > 20)
    }

    /// The partial blocks of a bar, one to seven eighths.
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// The length of a bar in eighths of a character.
    static func barLength(_ row: String, label: String) -> Int {
        guard let start = row.range(of: label)?.upperBound else { return -1 }
        var eighths = 0
        for character in row[start...].dropFirst() {
            if character == "█" { eighths += 8 } else if let index = Self.eighths.firstIndex(of: character) {
                eighths += index + 1
            } else { break }
        }
        return eighths
    }

    @Test func lesson11sFirstLayerBarIsClearlyShorter() throws {
        let lesson = try Fixtures.lesson(endingWith: "vanishing-gradients.toml")
        for size in [TerminalSize.minimum, Self.large] {
            let rows = Self.rows(try Self.screen(lesson, keys: "t 2", size: size))
            let first = try #require(rows.first { $0.contains("h ∂l/∂w") })
            let last = try #require(rows.first { $0.contains("o ∂l/∂w") })
            let h = Self.barLength(first, label: "h ∂l/∂z"), o = Self.barLength(last, label: "o ∂l/∂z")
            #expect(h > 0 && o > 0)
            // Each sigmoid layer multiplies ∂l/∂z by σ'(z)·w ≤ 0.25 going back: 5 of them are
            // over 3 decades, half the 6-decade scale.
            #expect(Double(h) < 0.6 * Double(o), "h's bar (\(h)/8) is not clearly shorter than o's (\(o)/8) at \(size)")
            let hw = Self.barLength(first, label: "h ∂l/∂w"), ow = Self.barLength(last, label: "o ∂l/∂w")
            #expect(Double(hw) < 0.6 * Double(ow))
        }
    }

    @Test func aDivergingLessonPausesWithWhereAndWhatToDo() throws {
        let lesson = try F.diverging()
        let expected = F.firstInfiniteLossUpdate(w: 1, x: 10, t: 0, eta: 1)
        let screen = try Self.screen(lesson, keys: "t 3", size: .minimum)
        let text = screen.plainText(), joined = Self.rows(screen).joined(separator: " ")
        #expect(text.contains("Training diverged"))
        #expect(joined.contains("update \(expected)"))
        #expect(text.contains("update \(expected - 1) │"), "the status line's count is not just before the divergence")
        #expect(text.contains("diverged in update \(expected)"))
        #expect(text.contains("r  lowers η to 0.1 and restarts"))
        #expect(text.contains("s  steps through update \(expected)"))
        // The loss curve marks the non-finite loss with !.
        #expect(text.contains("!"))
        // r then resumes: the box is gone and the hint line says what happened.
        let after = try Self.screen(lesson, keys: "t 3 r", size: .minimum).plainText()
        #expect(!after.contains("Training diverged"))
        #expect(after.contains("η lowered from 1 to 0.1"))
    }

    @Test func asciiDrawsOnlyASCII() throws {
        for (lesson, keys) in [("xor.toml", "t 4 4"), ("vanishing-gradients.toml", "t 2 ?"), ("diverging", "t 3"),
                               ("worked-example.toml", ": 2 2 enter c")] {
            let text = try Self.screen(try Self.lesson(lesson), keys: keys, size: Self.large, context: .ascii).plainText()
            let isASCII = text.unicodeScalars.allSatisfy { $0.isASCII }
            #expect(isASCII, "\(lesson) after \(keys)")
        }
    }

    @Test func tooSmallShowsTheSizeNoticeAndTicksDoNothing() throws {
        var program = StepperProgram(lesson: try Fixtures.xor(), size: .minimum, context: .unicode)
        for key in try KeyScript(parsing: "t p").keys { program.handle(key) }
        program.resize(to: TerminalSize(columns: 79, rows: 30))
        #expect(program.render().plainText().contains("need 80x24, have 79x30"))
        program.handle(.tick)
        #expect(program.state.training.run?.session.completedIterations == 0)
        program.resize(to: .minimum)
        program.handle(.tick)
        #expect(program.state.training.run?.session.completedIterations == 100)
    }

    @Test func theGradientCheckPanelShowsTheCoresNumbers() throws {
        let lesson = try Fixtures.workedExample()
        var state = StepperState(lesson: lesson, size: Self.large)
        try Fixtures.press(": 2 2 enter c", on: &state)
        let result = try #require(state.training.gradientCheck).result
        let text = StepperView(lesson: lesson, context: .unicode).render(state).plainText()
        let format = NumberFormat(significantDigits: 10)
        #expect(text.contains("∂l/∂w₅ = \(format.string(result.backpropagation))"))
        #expect(text.contains("(l(w₅ + ε) − l(w₅ − ε)) / 2ε = \(format.string(result.finiteDifference))"))
        #expect(text.contains("relative difference  \(NumberFormat(significantDigits: 2).string(result.relativeDifference))"))
        #expect(text.contains("they agree"))
        #expect(text.contains("2 forward passes per parameter, 24 for all 12"))
        #expect(text.contains("1 forward") && text.contains("1 backward pass for all 12"))
        // The numbers agree to 1e-6, and both to Mazur's ∂E/∂w5 = 0.082167041.
        #expect(abs(result.backpropagation - result.finiteDifference) <= 1e-6 * abs(result.backpropagation))
        #expect(abs(result.finiteDifference - 0.082167041) < 1e-9)
        // The formula stays in view above it.
        #expect(text.contains("= 0.59327·0.138499"))
    }

    @Test func theRendererMatchesTheViewAcrossTheTrainingViewAndItsSteppers() throws {
        // 1b diverges at 875; s opens update 875; after r and one update, s opens update 875
        // again on other weights: the renderer must not show the first stepper's cached texts.
        let lesson = try Fixtures.lesson(endingWith: "learning-rate-too-large.toml")
        let keys = try KeyScript(parsing: "l t 4 s l l t r 1 s l l ] c l t L ? ? t").keys
        for size in [TerminalSize.minimum, Self.large] {
            var program = StepperProgram(lesson: lesson, size: size, context: .unicode)
            let view = StepperView(lesson: lesson, context: .unicode)
            for key in keys {
                program.handle(key)
                #expect(program.render() == view.render(program.state), "at \(size) after \(key.scriptName)")
            }
        }
    }
}
