import BackpropCore
import Lessons
import Testing
@testable import TutorUI

/// Every weight from an input is drawn connected to that input and to no other, at 80x24
/// and 100x30 in every shipped lesson, at every step of its first update.
///
/// Read from the screen as a student would: from the cell left of the weight's label, the
/// line is followed leftwards through the input gap (a tee or corner turns it, ┼ lets it
/// cross straight on) until it reaches the inputs. The input reached must be the one core
/// says the weight multiplies (`Architecture.weightIndex(layer: 0, neuron:, input:)`), and
/// it must be the only one.
struct InputEdgeTraceTests {
    static let sizes = DiagramGoldenTests.sizes
    static let cases = DiagramGoldenTests.cases

    @Test(arguments: cases)
    func everyInputWeightLeadsBackToItsOwnInput(_ name: String) throws {
        let (lesson, view, first) = try Self.start(name)
        var state = first
        let architecture = lesson.network.architecture
        let context = view.context
        var traced = 0
        for index in 0..<state.timeline.stepsPerIteration {
            if index > 0 { reduce(&state, .nextStepPressed) }
            let screen = view.render(state)
            let layout = view.layout(for: state, marks: view.marks(for: state))
            guard let gapStart = layout.inputs.first?.rect.rightColumn else { continue }
            for j in 0..<architecture.layers[0].size {
                for input in 0..<architecture.inputCount {
                    let p = architecture.weightIndex(layer: 0, neuron: j, input: input)
                    guard let edge = layout.edges.first(where: { $0.kind == .weight(p) }), let label = edge.label else { continue }
                    let weight = context.notation.render(Quantity.parameter(architecture.parameter(at: p).id))
                    let reached = Self.inputsReached(from: label, name: weight, gapStart: gapStart, layout: layout, screen: screen)
                    #expect(reached == [input], "step \(index + 1): \(weight) leads to inputs \(reached), not \(input)")
                    traced += 1
                }
            }
        }
        if architecture.inputCount >= 2 && architecture.layers[0].size >= 2 {
            #expect(traced > 0, "no input weight was labelled to trace")
        }
    }

    /// The lesson of a case (`file@size`), its view in `context` (Unicode unless told), and
    /// its state at the first step in the node view (also for a lesson that opens in the
    /// layer view).
    static func start(_ name: String, context: RenderContext = .unicode) throws
        -> (lesson: Lesson, view: StepperView, state: StepperState) {
        let parts = name.split(separator: "@")
        let size = sizes.first { "\($0)" == parts[1] }!
        let lesson = try Fixtures.lesson(endingWith: String(parts[0]))
        var state = StepperState(lesson: lesson, size: size)
        state.showsLayerView = false
        return (lesson, StepperView(lesson: lesson, context: context), state)
    }

    /// A step from a cell to a neighbour: rows down and columns right, each −1, 0 or 1.
    struct Step: Hashable {
        var rows: Int
        var columns: Int
        var reversed: Step { Step(rows: -rows, columns: -columns) }
        var isDiagonal: Bool { rows != 0 && columns != 0 }
    }

    /// The inputs whose line the edge labelled `name` in `label` leads back to on `screen`.
    static func inputsReached(from label: Rect, name: String, gapStart: Int, layout: DiagramLayout,
                              screen: Screen) -> Set<Int> {
        let sources = layout.inputs.map { (index: $0.index, rows: $0.rect.row..<($0.rect.row + 1)) }
        return sourcesReached(from: label, name: name, gapStart: gapStart, sources: sources, layout: layout, screen: screen)
    }

    /// The sources (each with the rows where a line reaches it at `gapStart`) whose line the
    /// edge labelled `name` in `label` leads back to on `screen`.
    /// A label next to its target (`besideTarget`) that is not on its line is read with the
    /// line cell nearest the target below or above it, else with the one nearest its name.
    static func sourcesReached(from label: Rect, name: String, gapStart: Int, sources: [(index: Int, rows: Range<Int>)],
                               layout: DiagramLayout, screen: Screen, besideTarget: Bool = false) -> Set<Int> {
        let row = label.row
        let text = (label.column..<label.rightColumn).map { String(screen[row, $0].character) }.joined()
        guard let found = text.range(of: name) else { return [] }
        let nameColumn = label.column + text.distance(from: text.startIndex, to: found.lowerBound)
        var column = nameColumn - 1
        while column >= gapStart, screen[row, column].character == " " { column -= 1 }
        // On its edge the label has the edge's line on its left; next to it, its line runs
        // just below or above the label, and is followed both ways from there.
        var start: (row: Int, entry: Step)
        if column >= gapStart, let entry = ends(of: screen[row, column].character).first(where: { $0.columns == 1 }) {
            start = (row, entry)
        } else if let beside = [row + 1, row - 1].lazy.filter({ $0 >= 0 && $0 < screen.rows }).compactMap({ r in
            let columns = besideTarget ? Array((nameColumn..<label.rightColumn).reversed()) : Array(nameColumn..<label.rightColumn)
            return columns.first { !ends(of: screen[r, $0].character).isEmpty }.map { (r, $0) }
        }).first {
            column = beside.1
            start = (beside.0, Step(rows: 0, columns: 0))
        } else {
            return []
        }
        // Follow the line from (row, column), entered by its end `entry`, away from the label
        // and within the input gap (not into a label or a box).
        var seen: Set<[Int]> = []
        var queue: [(row: Int, column: Int, entry: Step)] = [(start.row, column, start.entry)]
        var reached: Set<Int> = []
        while let (r, c, entry) = queue.popLast() {
            guard seen.insert([r, c, entry.rows, entry.columns]).inserted else { continue }
            let here = ends(of: screen[r, c].character)
            // A crossing goes straight on; anything else goes on by every other end it has.
            let onward = here.count == 4 ? [entry.reversed] : here.filter { $0 != entry }
            for exit in onward {
                if exit.columns == -1 && c == gapStart {
                    if let source = sources.first(where: { $0.rows.contains(r + exit.rows) || $0.rows.contains(r) }) {
                        reached.insert(source.index)
                    }
                    continue
                }
                for (next, nextEntry) in neighbours(row: r, column: c, exit: exit, screen: screen)
                where next.row >= layout.bounds.row && next.row < layout.bounds.bottomRow
                    && next.column >= gapStart && next.column <= column {
                    queue.append((next.row, next.column, nextEntry))
                }
            }
        }
        return reached
    }

    /// The cells a line leaving (`row`, `column`) by `exit` runs on into, each with the end it
    /// enters by. Straight lines meet end to end; a diagonal meets a straight line in the
    /// column beside it, on its own row or the row it slants to.
    static func neighbours(row: Int, column: Int, exit: Step, screen: Screen) -> [((row: Int, column: Int), Step)] {
        func reach(_ row: Int, _ column: Int, _ end: Step) -> [[Int]] {
            var cells = [[row + end.rows, column + end.columns]]
            if end.isDiagonal { cells.append([row, column + end.columns]) }
            if end.rows == 0 { cells += [[row - 1, column + end.columns], [row + 1, column + end.columns]] }
            return cells
        }
        var found: [((row: Int, column: Int), Step)] = []
        for cell in reach(row, column, exit) {
            let (r, c) = (cell[0], cell[1])
            guard r >= 0, r < screen.rows, c >= 0, c < screen.columns else { continue }
            for end in ends(of: screen[r, c].character) {
                // Two diagonals meet only end to end (side by side they cross or part).
                let meets = exit.isDiagonal != end.isDiagonal
                    ? reach(r, c, end).contains([row, column])
                    : end == exit.reversed && [r, c] == [row + exit.rows, column + exit.columns]
                if meets { found.append(((r, c), end)) }
            }
        }
        return found
    }

    /// The ends a line character leaves its cell by, light or heavy, arrow heads as lines.
    static func ends(of character: Character) -> [Step] {
        let up = Step(rows: -1, columns: 0), down = Step(rows: 1, columns: 0)
        let left = Step(rows: 0, columns: -1), right = Step(rows: 0, columns: 1)
        switch character {
        case "─", "━", "►", "◄": return [left, right]
        case "│", "┃": return [up, down]
        case "╮", "┐", "┓": return [left, down]
        case "╯", "┘", "┛": return [left, up]
        case "╰", "└", "┗": return [up, right]
        case "╭", "┌", "┏": return [down, right]
        case "├", "┣": return [up, down, right]
        case "┤", "┫": return [up, down, left]
        case "┬", "┳": return [left, right, down]
        case "┴", "┻": return [left, right, up]
        case "┼", "╋": return [up, left, down, right]
        case "╱": return [Step(rows: 1, columns: -1), Step(rows: -1, columns: 1)]
        case "╲": return [Step(rows: -1, columns: -1), Step(rows: 1, columns: 1)]
        case "╳": return [Step(rows: 1, columns: -1), Step(rows: -1, columns: -1), Step(rows: -1, columns: 1), Step(rows: 1, columns: 1)]
        default: return []
        }
    }
}
