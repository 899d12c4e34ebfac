import BackpropCore
import Lessons

/// Draws stepper screens like ``StepperView/render(_:)``, keeping between frames what does
/// not change with every key: the diagram's layout (per size, and per focus only when
/// something is left out), the numbers written out (per update and sample), and each step's
/// explanation panel (per update and size).
///
/// The screens are exactly those of ``StepperView``; only the work is saved. Keep one
/// renderer per lesson (the names and widths it measured belong to that lesson).
public struct StepperRenderer: Sendable {
    /// The view that does the drawing.
    public let view: StepperView
    private var layoutKey: (size: TerminalSize, focus: DiagramFocus)?
    private var layout: DiagramLayout?
    private var texts: ValueTexts?
    private var panelsKey: (iteration: Int, size: TerminalSize)?
    private var panels: [(panel: ExplanationPanelView, listsWeights: Bool)?] = []
    private var instructorKey: InstructorRenderKey?
    /// The stepper the caches belong to, as the training view counts the steppers it opens (issue 6).
    var trainingGeneration = 0

    /// A renderer for `lesson`, drawing with `context`.
    public init(lesson: Lesson, context: RenderContext) {
        view = StepperView(lesson: lesson, context: context)
    }

    /// The screen for `state`.
    public mutating func render(_ state: StepperState) -> Screen {
        guard state.fitsScreen else { return .terminalTooSmall(size: state.size) }
        startAfreshIfEdited(state)
        if let screen = renderTraining(state) { return screen }
        let marks = view.marks(for: state)
        let known = state.known
        let layout = layout(for: state, marks: marks)
        if texts?.iteration != state.iteration || texts?.sample != known.sample {
            texts = view.texts(for: state, known: known)
        }
        return view.render(state, parts: .init(marks: marks, known: known, layout: layout, texts: texts!,
                                               panel: panel(for: state, layout: layout)))
    }

    /// Forgets everything kept when a what-if edit changed the lesson, or its changes appear
    /// or go (they take rows from the panel): names, widths, layout, numbers and panels.
    private mutating func startAfreshIfEdited(_ state: StepperState) {
        let key = InstructorRenderKey(state)
        guard key != instructorKey else { return }
        if instructorKey != nil || key.revision != 0 { self = StepperRenderer(lesson: state.lesson, context: view.context) }
        instructorKey = key
    }

    /// The layout, planned again only when the size changes, or the focus does and the
    /// layout left something out to keep the old focus in view.
    private mutating func layout(for state: StepperState, marks: DiagramMarks) -> DiagramLayout {
        let focus = marks.focus(in: state.lesson.network.architecture)
        if let layout, let key = layoutKey, key.size == state.size, !layout.dependsOnFocus || key.focus == focus {
            return layout
        }
        let planned = view.layout(for: state, marks: marks)
        layout = planned
        layoutKey = (state.size, focus)
        return planned
    }

    /// The step's panel, laid out once per step of the update on screen at this size.
    private mutating func panel(for state: StepperState, layout: DiagramLayout) -> ExplanationPanelView {
        if panelsKey?.iteration != state.iteration || panelsKey?.size != state.size {
            panelsKey = (state.iteration, state.size)
            panels = Array(repeating: nil, count: state.timeline.stepsPerIteration)
        }
        let listsWeights = !layout.labelsAllWeights
        if let kept = panels[state.stepInIteration], kept.listsWeights == listsWeights { return kept.panel }
        let panel = view.panel(for: state, explanation: view.explanation(for: state), layout: layout)
        panels[state.stepInIteration] = (panel, listsWeights)
        return panel
    }
}
