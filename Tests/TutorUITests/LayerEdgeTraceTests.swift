import BackpropCore
import Lessons
import Testing
@testable import TutorUI

/// Every weight between two layers is drawn connected to its own source neuron and to no
/// other, at 80x24 and 100x30 in every shipped lesson, at every step of its first update,
/// with quizzes off and on, and in presenter mode at 100x30 (its own layout).
///
/// Read from the screen as a student would, with ``InputEdgeTraceTests``'s tracer: from the
/// cell left of the weight's label the line is followed leftwards through the gap between
/// the layers until it reaches the boxes of the layer before. The neuron reached must be
/// the one core says the weight comes from (`Architecture.weightIndex(layer:neuron:input:)`),
/// and it must be the only one: edges that join a shared line, or a crossing drawn as a
/// lone ╳ between straight lines, lead elsewhere.
struct LayerEdgeTraceTests {
    static let cases = InputEdgeTraceTests.cases

    /// The cases at 100x30, the projector's size, where presenter mode is used.
    static let presenterCases = cases.filter { $0.hasSuffix("@\(TerminalSize(columns: 100, rows: 30))") }

    @Test(arguments: cases, [false, true])
    func everyLayerWeightLeadsBackToItsOwnNeuron(_ name: String, asksQuizzes: Bool) throws {
        try Self.trace(name, asksQuizzes: asksQuizzes, context: .unicode)
    }

    @Test(arguments: presenterCases, [false, true])
    func everyLayerWeightLeadsBackToItsOwnNeuronInPresenterMode(_ name: String, asksQuizzes: Bool) throws {
        try Self.trace(name, asksQuizzes: asksQuizzes, context: .presenter(glyphs: .unicode))
    }

    /// Traces every labelled weight between layers at every step of `name`'s first update.
    static func trace(_ name: String, asksQuizzes: Bool, context: RenderContext) throws {
        let (lesson, view, first) = try InputEdgeTraceTests.start(name, context: context)
        var state = first
        let architecture = lesson.network.architecture
        if asksQuizzes { state.session = LessonSession(asksQuizzes: true) }
        var traced = 0
        for index in 0..<state.timeline.stepsPerIteration {
            if index > 0 {
                if state.waitingQuiz != nil { reduce(&state, .lesson(.quizSkipped)) }
                reduce(&state, .nextStepPressed)
            }
            let screen = view.render(state)
            let layout = view.layout(for: state, marks: view.marks(for: state))
            for layer in architecture.layers.indices.dropFirst() {
                let boxes = layout.neurons.filter { $0.layer == layer - 1 }
                // A chain's layers stack downwards (lesson 11): one source each, nothing to confuse.
                guard let gapStart = boxes.map(\.rect.rightColumn).max(),
                      layout.neurons.contains(where: { $0.layer == layer && $0.rect.column >= gapStart }) else { continue }
                let sources = boxes.map { (index: $0.neuron - architecture.neuronOffsets[layer - 1], rows: $0.rect.row..<$0.rect.bottomRow) }
                let gapEnd = layout.neurons.filter { $0.layer == layer }.map(\.rect.column).min()!
                for crossing in loneCrossings(in: gapStart..<gapEnd, of: layout, screen: screen) {
                    Issue.record("step \(index + 1): the ╳ at row \(crossing.row), column \(crossing.column) has no diagonal on each arm")
                }
                for j in 0..<architecture.layers[layer].size {
                    for input in 0..<architecture.layers[layer - 1].size {
                        let p = architecture.weightIndex(layer: layer, neuron: j, input: input)
                        guard let edge = layout.edges.first(where: { $0.kind == .weight(p) }), let label = edge.label else { continue }
                        let weight = context.notation.render(Quantity.parameter(architecture.parameter(at: p).id))
                        let reached = InputEdgeTraceTests.sourcesReached(from: label, name: weight, gapStart: gapStart,
                                                                         sources: sources, layout: layout, screen: screen,
                                                                         besideTarget: !edge.labelAtSource)
                        #expect(reached == [input], "step \(index + 1): \(weight) leads to neurons \(reached.sorted()), not \(input)")
                        traced += 1
                    }
                }
            }
        }
        if architecture.layers.count >= 2 && architecture.layers.dropLast().contains(where: { $0.size >= 2 }) {
            #expect(traced > 0, "no weight between layers was labelled to trace")
        }
    }

    /// The ╳ cells in `columns` of the diagram whose four arms do not each run on into a
    /// diagonal: such a crossing sits alone between straight lines and reads as two lines
    /// that do not cross.
    static func loneCrossings(in columns: Range<Int>, of layout: DiagramLayout, screen: Screen) -> [(row: Int, column: Int)] {
        var lone: [(row: Int, column: Int)] = []
        for row in layout.bounds.row..<layout.bounds.bottomRow {
            for column in columns where screen[row, column].character == "╳" {
                let arms = InputEdgeTraceTests.ends(of: "╳")
                let drawn = arms.allSatisfy { arm in
                    let (r, c) = (row + arm.rows, column + arm.columns)
                    guard r >= 0, r < screen.rows, c >= 0, c < screen.columns else { return false }
                    return InputEdgeTraceTests.ends(of: screen[r, c].character).contains(arm.reversed)
                }
                if !drawn { lone.append((row, column)) }
            }
        }
        return lone
    }
}
