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
                text += Golden.styledText(row: row, of: screen)
            }
        }
        try Golden.check(text, file: "diagram-\(file.replacingOccurrences(of: ".toml", with: ""))-\(size).txt")
    }
}
