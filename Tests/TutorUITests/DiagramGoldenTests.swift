import BackpropCore
import Foundation
import Lessons
import Testing
@testable import TutorUI

/// Every step of every shipped lesson's first update at 80x24 and 100x30: the diagram's
/// rows and the status line, their text and each cell's style, compared with one golden
/// file per lesson and size (`Golden/diagram-<lesson>-<size>.txt`).
///
/// Styles are part of what the diagram teaches (the value produced, the values and edges
/// read, the flow's direction), so each row is followed by its runs of styled cells:
/// `@ 12-17 forward+bold+underline`. `BACKPROP_RECORD_GOLDEN=1` records the files again.
struct DiagramGoldenTests {
    static let sizes = [TerminalSize(columns: 80, rows: 24), TerminalSize(columns: 100, rows: 30)]

    static let cases: [String] = {
        let files = (try? DiagramFigures.shippedLessonFiles()) ?? []
        return sizes.flatMap { size in files.map { "\($0)@\(size)" } }
    }()

    @Test(arguments: cases)
    func everyStepMatchesItsGoldenFile(_ name: String) throws {
        let parts = name.split(separator: "@")
        let file = String(parts[0])
        let size = Self.sizes.first { "\($0)" == parts[1] }!
        let lesson = try Fixtures.lesson(endingWith: file)
        let view = StepperView(lesson: lesson, context: .unicode)
        var state = StepperState(lesson: lesson, size: size)
        // The node view's diagram, also for a lesson that opens in the layer view (12b).
        state.showsLayerView = false
        var text = ""
        for index in 0..<state.timeline.stepsPerIteration {
            if index > 0 { reduce(&state, .nextStepPressed) }
            let screen = view.render(state)
            let regions = view.regions(for: state)
            text += "=== step \(index + 1) ===\n"
            for row in Array(regions.diagram.row..<regions.diagram.bottomRow) + [regions.statusRow] {
                text += Self.describe(row: row, of: screen)
            }
        }
        try Golden.check(text, file: "diagram-\(file.replacingOccurrences(of: ".toml", with: ""))-\(size).txt")
    }

    /// A row's text, then its runs of cells in a style other than plain.
    static func describe(row: Int, of screen: Screen) -> String {
        var line = "", runs: [String] = []
        var start = 0
        var current = screen[row, 0].style
        func close(_ end: Int) {
            if current != .normal { runs.append("\(start)-\(end - 1) \(name(of: current))") }
        }
        for column in 0..<screen.columns {
            let cell = screen[row, column]
            line.append(cell.character)
            if cell.style != current {
                close(column)
                start = column
                current = cell.style
            }
        }
        close(screen.columns)
        while line.last == " " { line.removeLast() }
        return line + "\n" + (runs.isEmpty ? "" : "@ " + runs.joined(separator: " · ") + "\n")
    }

    /// A style's role and extra attributes: `forward+bold+underline`.
    static func name(of style: Style) -> String {
        var name = "\(style.role)"
        let attributes: [(TextAttributes, String)] = [(.bold, "bold"), (.dim, "dim"), (.underline, "underline"), (.reverse, "reverse")]
        for (attribute, word) in attributes where style.attributes.contains(attribute) { name += "+" + word }
        return name
    }
}
