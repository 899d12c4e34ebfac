import BackpropCore
import BackpropNotation
import Foundation
import Lessons
@testable import TutorUI

/// The figures issue 10 measures the diagram by, over every step of a lesson's first update
/// at one size: on how many frames the boxes stay where they were at the first step, every
/// neuron is on screen, every box shows its four values (z; a or y; ∂l/∂a or ∂l/∂y; ∂l/∂z)
/// to at least four significant digits once known, and every weight the step reads is
/// labelled with its name in the diagram.
///
/// Read from the screen where it can be (labels and numbers are found as words in the box's
/// cells), and from the layout for where the boxes are.
struct DiagramFigures {
    /// Frames measured.
    var frames = 0
    /// Frames whose boxes are where they were at the first step.
    var cornersStay = 0
    /// Frames with every neuron on screen.
    var everyNeuron = 0
    /// Frames where every box shows all four values' labels.
    var fourRows = 0
    /// Frames where every known value in a box has at least four significant digits.
    var fourDigits = 0
    /// Frames where every weight the step reads is labelled on its edge.
    var weightsLabelled = 0
    /// Frames where something is drawn over a box's border (a border cell that is not a line).
    var brokenBorders = 0
    /// What failed first, for each figure, to say where to look.
    var firstFailures: [String: String] = [:]

    /// The percentage of frames for `count`.
    func percent(_ count: Int) -> String { String(format: "%3.0f%%", 100 * Double(count) / Double(max(1, frames))) }

    /// One line of figures.
    var summary: String {
        "corners \(percent(cornersStay)) · neurons \(percent(everyNeuron)) · four rows \(percent(fourRows))"
            + " · 4 digits \(percent(fourDigits)) · weights labelled \(percent(weightsLabelled))"
            + " · borders overwritten \(brokenBorders) · frames \(frames)"
    }

    /// Adds `other`'s frames.
    mutating func add(_ other: DiagramFigures) {
        frames += other.frames
        cornersStay += other.cornersStay
        everyNeuron += other.everyNeuron
        fourRows += other.fourRows
        fourDigits += other.fourDigits
        weightsLabelled += other.weightsLabelled
        brokenBorders += other.brokenBorders
        for (key, value) in other.firstFailures where firstFailures[key] == nil { firstFailures[key] = value }
    }

    /// Every shipped lesson's file name.
    static func shippedLessonFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: Fixtures.lessonsFolder.path)
            .filter { $0.hasSuffix(".toml") }.sorted()
    }

    /// The figures of `lesson` at `size`, over every step of its first update.
    /// With `asksQuizzes` each quiz is measured while it waits (its result `?`), then skipped.
    static func measure(_ lesson: Lesson, size: TerminalSize, context: RenderContext = .unicode,
                        asksQuizzes: Bool = false) -> DiagramFigures {
        var figures = DiagramFigures()
        let view = StepperView(lesson: lesson, context: context)
        let architecture = lesson.network.architecture
        var state = StepperState(lesson: lesson, size: size)
        // The node view's diagram, also for a lesson that opens in the layer view (12b).
        state.showsLayerView = false
        if asksQuizzes { state.session = LessonSession(asksQuizzes: true) }
        var firstRects: [Int: Rect]?
        var cornersStay = 0, everyNeuron = 0, fourRows = 0, fourDigits = 0, weightsLabelled = 0
        for index in 0..<state.timeline.stepsPerIteration {
            if index > 0 {
                if state.waitingQuiz != nil { reduce(&state, .lesson(.quizSkipped)) }
                reduce(&state, .nextStepPressed)
            }
            let screen = view.render(state)
            let marks = view.marks(for: state)
            let layout = view.layout(for: state, marks: marks)
            let place = "step \(index + 1)"
            figures.frames += 1
            var rects: [Int: Rect] = [:]
            for slot in layout.neurons { rects[slot.neuron] = slot.rect }
            if firstRects == nil { firstRects = rects }
            var failures = figures.firstFailures
            func count(_ ok: Bool, _ key: String, _ counter: inout Int, _ why: @autoclosure () -> String) {
                if ok { counter += 1 } else if failures[key] == nil { failures[key] = "\(place): \(why())" }
            }
            defer { figures.firstFailures = failures }
            count(rects == firstRects, "corners", &cornersStay, "boxes moved")
            let missing = (0..<architecture.neuronCount).filter { rects[$0] == nil }
            count(missing.isEmpty, "neurons", &everyNeuron, "neurons \(missing) not drawn")
            var allRows = true, allDigits = true, broken = false
            var rowProblem = "", digitProblem = ""
            for slot in layout.neurons {
                let words = Self.words(in: slot.rect, of: screen)
                let isOutput = slot.layer == architecture.outputLayer
                let labels = [context.symbol(.z), context.symbol(isOutput ? .y : .a),
                              context.symbol(isOutput ? .dldy : .dlda), context.symbol(.dldz)]
                let refs: [ValueRef] = [.z(slot.neuron), .a(slot.neuron), .dlda(slot.neuron), .dldz(slot.neuron)]
                for (label, ref) in zip(labels, refs) {
                    guard let at = words.firstIndex(of: label) else {
                        allRows = false
                        rowProblem = "\(architecture.neuronNames[slot.neuron]) has no \(label)"
                        continue
                    }
                    guard let value = state.known.value(ref) else { continue }
                    let shown = at + 1 < words.count ? words[at + 1] : ""
                    if !Self.hasFourDigits(shown, of: value, context: context) {
                        allDigits = false
                        digitProblem = "\(architecture.neuronNames[slot.neuron]) \(label) \(shown) for \(value)"
                    }
                }
                if slot.detail != .chip && !Self.bordersIntact(slot.rect, of: screen) { broken = true }
            }
            count(allRows, "rows", &fourRows, rowProblem)
            count(allDigits, "digits", &fourDigits, digitProblem)
            if broken {
                figures.brokenBorders += 1
                if failures["borders"] == nil { failures["borders"] = "\(place): a box's border has text on it" }
            }
            let diagramText = Self.words(in: view.regions(for: state).diagram, of: screen)
            var unlabelled: [String] = []
            for case .weight(let p) in marks.edges {
                let name = context.notation.render(Quantity.parameter(architecture.parameter(at: p).id))
                let edge = layout.edges.first { $0.kind == .weight(p) }
                if edge?.label == nil || !diagramText.contains(name) { unlabelled.append(name) }
            }
            count(unlabelled.isEmpty, "weights", &weightsLabelled, "\(unlabelled) not labelled")
        }
        (figures.cornersStay, figures.everyNeuron, figures.fourRows) = (cornersStay, everyNeuron, fourRows)
        (figures.fourDigits, figures.weightsLabelled) = (fourDigits, weightsLabelled)
        return figures
    }

    /// The words (split at spaces and line pieces) of the cells in `rect`, row by row.
    static func words(in rect: Rect, of screen: Screen) -> [String] {
        var words: [String] = []
        let separators = Set(" │┃─━┌┐└┘┏┓┗┛├┤┣┫┬┴┼╋╲╱╳╭╮╯╰►◄·|+-")
        for row in rect.row..<min(screen.rows, rect.row + rect.rows) {
            var word = ""
            for column in max(0, rect.column)..<min(screen.columns, rect.column + rect.columns) {
                let character = screen[row, column].character
                if separators.contains(character) && !(character == "-" && word.isEmpty == false && word.last == "e") {
                    if !word.isEmpty { words.append(word) }
                    word = ""
                } else {
                    word.append(character)
                }
            }
            if !word.isEmpty { words.append(word) }
        }
        return words
    }

    /// The text of each row of the cells in `rect`.
    static func lines(in rect: Rect, of screen: Screen) -> [String] {
        (rect.row..<min(screen.rows, rect.row + rect.rows)).map { row in
            String((max(0, rect.column)..<min(screen.columns, rect.column + rect.columns)).map { screen[row, $0].character })
        }
    }

    /// The row and the character offset where `text` first starts in `rows`, if anywhere.
    static func position(of text: String, in rows: [String]) -> (row: Int, column: Int)? {
        for (row, line) in rows.enumerated() {
            if let range = line.firstRange(of: text) { return (row, line.distance(from: line.startIndex, to: range.lowerBound)) }
        }
        return nil
    }

    /// Whether `text` writes `value` to at least four significant digits (or exactly, when
    /// fewer digits say it all), as the notation writes numbers.
    static func hasFourDigits(_ text: String, of value: Double, context: RenderContext) -> Bool {
        if text == "?" { return true }
        for digits in 4...17 {
            if NumberFormat(significantDigits: digits, style: context.notation.style).string(value) == text { return true }
        }
        return false
    }

    /// Whether every cell of `rect`'s border is a piece of line (nothing written over it but
    /// its title on the top row).
    static func bordersIntact(_ rect: Rect, of screen: Screen) -> Bool {
        let lines = Set("│┃┤┫├┣┌┐└┘┏┓┗┛─━┬┴┼╋|+◄►<>-")
        for row in rect.row..<(rect.row + rect.rows) where row >= 0 && row < screen.rows {
            for column in [rect.column, rect.column + rect.columns - 1] where column >= 0 && column < screen.columns {
                if !lines.contains(screen[row, column].character) { return false }
            }
        }
        return true
    }
}
