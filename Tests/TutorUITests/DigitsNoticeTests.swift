import BackpropCore
import Lessons
import Testing
@testable import TutorUI

/// The status line says "digits cut" on a frame exactly when the diagram writes a number
/// there with fewer than four significant digits for want of room, not whenever its layout
/// could: lesson 5's values are all short and exact, lesson 13's hidden → output weights
/// at 80x24 are cut (`w₁₃ −0.04` for −0.03673).
struct DigitsNoticeTests {
    /// The status lines of every step of `file`'s first update at `size`, quizzes off.
    static func statusLines(_ file: String, size: TerminalSize) throws -> [String] {
        let lesson = try Fixtures.lesson(endingWith: file)
        let view = StepperView(lesson: lesson, context: .unicode)
        var state = StepperState(lesson: lesson, size: size)
        state.showsLayerView = false
        var lines: [String] = []
        for index in 0..<state.timeline.stepsPerIteration {
            if index > 0 { reduce(&state, .nextStepPressed) }
            let rows = view.render(state).plainText().split(separator: "\n", omittingEmptySubsequences: false)
            lines.append(String(rows[view.regions(for: state).statusRow]))
        }
        return lines
    }

    @Test func exactShortValuesSayNothingIsCut() throws {
        let lines = try Self.statusLines("05-neuron-feeding-two.toml", size: TerminalSize(columns: 80, rows: 24))
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { !$0.contains("digits cut") }, "\(lines.filter { $0.contains("digits cut") })")
    }

    @Test func cutWeightsAreSaid() throws {
        let lines = try Self.statusLines("13-circle.toml", size: TerminalSize(columns: 80, rows: 24))
        #expect(lines.allSatisfy { $0.contains("digits cut") })
    }

    @Test(arguments: [("−0.0412", 3), ("0", 0), ("0.5", 1), ("1.2×10⁻⁵", 2), ("1.25e-05", 3), ("−2.105", 4), ("0.000843", 3)])
    func significantDigits(_ text: String, _ expected: Int) {
        #expect(DiagramValues.significantDigits(in: text) == expected)
    }
}
