import BackpropCore
import Lessons
import Testing
@testable import TutorUI

/// The diagram's layout for every allowed shape: within its bounds, nothing drawn on top of
/// anything else, the step's neuron always in view, and edges that stay in the gaps.
struct DiagramLayoutTests {
    /// A lesson with `inputs` inputs and the given layer sizes (all sigmoid), one sample.
    static func lesson(inputs: Int, layers: [Int]) throws -> Lesson {
        let names = ["h", "k", "m", "n", "p", "q", "r", "o"]
        var text = "title = \"shape\"\nloss = \"half_squared_error\"\nlearning_rate = 0.5\nseed = 1\n"
        text += "[network]\ninputs = \(inputs)\n"
        for (index, size) in layers.enumerated() {
            let name = index == layers.count - 1 ? "o" : names[index]
            text += "[[network.layers]]\nname = \"\(name)\"\nsize = \(size)\nactivation = \"sigmoid\"\n"
        }
        let xs = (0..<inputs).map { String(Double($0 + 1) / 10) }.joined(separator: ", ")
        let ys = (0..<layers.last!).map { _ in "0.5" }.joined(separator: ", ")
        text += "[[data]]\nx = [\(xs)]\ny = [\(ys)]\n"
        return try LessonLoader.parse(text, fileName: "shape.toml")
    }

    /// Shapes from the smallest to the largest allowed: 1..8 layers, 1..16 neurons, 1..16 inputs.
    static let shapes: [(inputs: Int, layers: [Int])] = [
        (1, [1]), (2, [2, 2]), (2, [4, 1]), (3, [5, 4, 2]), (16, [16, 16]), (1, [16, 1]), (16, [1]),
        (3, [4, 4, 4, 4, 4, 4, 4, 2]), (16, [16, 16, 16, 16, 16, 16, 16, 16]), (2, [1, 1, 1, 1, 1, 1, 1, 1]),
        (5, [3, 16, 3]),
    ]

    static let sizes = [TerminalSize(columns: 80, rows: 24), TerminalSize(columns: 120, rows: 40),
                        TerminalSize(columns: 200, rows: 60), TerminalSize(columns: 97, rows: 31)]

    /// The steps looked at: the first, one in each phase, and the last.
    static func positions(_ timeline: Timeline) -> [Int] {
        let steps = timeline.steps(iteration: 1)
        return ([0] + Phase.allCases.compactMap { steps.firstStep(in: $0) }
            + [steps.steps.count / 2, steps.steps.count - 1]).map { min($0, timeline.stepCount - 1) }
    }

    @Test(arguments: shapes.indices)
    func everyShapeFitsWithoutOverlapsAndKeepsTheFocusInView(shape index: Int) throws {
        let shape = Self.shapes[index]
        let lesson = try Self.lesson(inputs: shape.inputs, layers: shape.layers)
        for size in Self.sizes {
            var state = StepperState(lesson: lesson, size: size)
            let view = StepperView(lesson: lesson, context: .unicode)
            for position in Self.positions(state.timeline) {
                reduce(&state, .firstStepPressed)
                for _ in 0..<position { reduce(&state, .nextStepPressed) }
                let marks = view.marks(for: state)
                let layout = view.layout(for: state, marks: marks)
                let context = "\(shape.inputs)-\(shape.layers) at \(size), step \(position + 1)"
                try check(layout, context: context)
                if let focus = marks.focusNeuron {
                    #expect(layout.slot(ofNeuron: focus) != nil, "the step's neuron is not in view: \(context)")
                }
                let screen = view.render(state)
                #expect(screen.size == size)
            }
        }
    }

    /// The layout's invariants.
    func check(_ layout: DiagramLayout, context: String) throws {
        let bounds = layout.bounds
        var occupied: [Rect] = layout.inputs.map(\.rect) + layout.neurons.map(\.rect)
        if let loss = layout.loss { occupied.append(loss.rect) }
        occupied += layout.markers.map { Rect(row: $0.row, column: $0.column, rows: 1, columns: Screen.width(of: $0.text)) }
        for rect in occupied {
            #expect(rect.intersection(bounds) == rect, "\(rect) leaves the diagram \(bounds): \(context)")
        }
        for (i, a) in occupied.enumerated() {
            for b in occupied[(i + 1)...] {
                #expect(a.intersection(b).isEmpty, "\(a) and \(b) overlap: \(context)")
            }
        }
        for edge in layout.edges {
            for (previous, cell) in zip(edge.cells, edge.cells.dropFirst()) {
                #expect(cell.column - previous.column <= 1 && cell.column >= previous.column && abs(cell.row - previous.row) <= 1,
                        "edge \(edge.kind) jumps from \(previous) to \(cell): \(context)")
            }
            for cell in edge.cells {
                #expect(bounds.contains(row: cell.row, column: cell.column), "edge \(edge.kind) leaves the diagram: \(context)")
                #expect(!occupied.contains { $0.contains(row: cell.row, column: cell.column) },
                        "edge \(edge.kind) runs through a box at \(cell.row),\(cell.column): \(context)")
            }
            if let label = edge.label {
                #expect(!occupied.contains { !$0.intersection(label).isEmpty }, "a label covers a box: \(context)")
            }
        }
        for cell in layout.lines {
            #expect(!occupied.contains { $0.contains(row: cell.row, column: cell.column) }, "a line covers a box: \(context)")
        }
    }

    @Test func theWorkedExampleShowsEveryNeuronInFullAndLabelsEdgesWhenWide() throws {
        let lesson = try Fixtures.workedExample()
        let view = StepperView(lesson: lesson, context: .unicode)
        for (size, labelled) in [(TerminalSize(columns: 80, rows: 24), true), (TerminalSize(columns: 120, rows: 40), true)] {
            let state = StepperState(lesson: lesson, size: size)
            let layout = view.layout(for: state, marks: view.marks(for: state))
            #expect(layout.neurons.count == 4 && layout.neurons.allSatisfy { $0.detail == .full }, "at \(size)")
            #expect(layout.inputs.count == 2 && layout.loss?.targetRows?.count == 2)
            #expect(layout.edges.count == 10 && layout.alwaysDrawn.allSatisfy { $0 }, "8 weights and 2 loss edges at \(size)")
            #expect(layout.labelsAllWeights == labelled, "at \(size)")
            #expect(!layout.dependsOnFocus)
        }
    }

    @Test func aLayerTooTallForTheScreenIsAWindowAroundTheFocus() throws {
        let lesson = try Self.lesson(inputs: 2, layers: [16, 1])
        var state = StepperState(lesson: lesson, size: .minimum)
        let view = StepperView(lesson: lesson, context: .unicode)
        // Walk to the forward step of h16 (the 31st step: z then a for h1…h16).
        for _ in 0..<30 { reduce(&state, .nextStepPressed) }
        #expect(state.step.neuron == 15)
        let layout = view.layout(for: state, marks: view.marks(for: state))
        #expect(layout.dependsOnFocus)
        #expect(layout.slot(ofNeuron: 15) != nil)
        #expect(layout.slot(ofNeuron: 0) == nil)
        #expect(layout.markers.contains { $0.text.hasPrefix("⋮") && $0.text.hasSuffix("more") })
    }

    @Test func edgesSlantAsDiagonalsOrStepAsStaircases() {
        let gentle = EdgeRoute(kind: .weight(0), sourceRow: 2, targetRow: 5, firstColumn: 10, lastColumn: 19, slant: 11..<19)
        #expect(gentle.cells.first?.row == 2 && gentle.cells.last?.row == 5)
        #expect(gentle.cells.count == 10, "one cell per column when the rise fits as a diagonal")
        #expect(gentle.cells.filter { $0.piece == .diagonalDown }.count == 2, "diagonals on the rows between")
        let steep = EdgeRoute(kind: .weight(0), sourceRow: 10, targetRow: 0, firstColumn: 0, lastColumn: 5, slant: 1..<5)
        #expect(steep.cells.last?.row == 0 && steep.cells.last?.column == 5)
        #expect(steep.cells.contains { $0.piece == .vertical } && steep.cells.contains { $0.piece == .cornerLeftUp })
        let flat = EdgeRoute(kind: .weight(0), sourceRow: 3, targetRow: 3, firstColumn: 0, lastColumn: 4, slant: 1..<4)
        #expect(flat.cells.map(\.piece) == Array(repeating: .horizontal, count: 5))
    }
}

extension Rect {
    /// Whether (`row`, `column`) is inside the rectangle.
    func contains(row: Int, column: Int) -> Bool {
        row >= self.row && row < bottomRow && column >= self.column && column < rightColumn
    }
}
