import BackpropCore
import Lessons

/// Draws stepper screens like ``StepperView/render(_:)``, keeping between frames what does
/// not change with every key: the diagram's layout (per size, and per focus only when
/// something is left out) and its lines, the numbers written out (per update and sample), and each step's
/// explanation panel (per update and size).
///
/// The screens are exactly those of ``StepperView``; only the work is saved. Keep one
/// renderer per lesson (the names and widths it measured belong to that lesson).
public struct StepperRenderer: Sendable {
    /// The view that does the drawing.
    public let view: StepperView
    private var layoutKey: (diagram: Rect, focus: DiagramFocus)?
    private var layout: DiagramLayout?
    /// A blank screen with the layout's lines drawn, the start of every frame that shows it.
    private var background: Screen?
    private var texts: ValueTexts?
    private var panelsKey: (iteration: Int, size: TerminalSize)?
    private var panels: [Panel?] = []
    private var instructorKey: InstructorRenderKey?
    private var keptRegions: (size: TerminalSize, asks: Bool, regions: StepperView.Regions)?

    /// A step's explanation and notes, and its panel as last laid out (with what it was
    /// laid out for).
    private struct Panel {
        let explanation: StepExplanation
        let notes: ExplanationSection?
        var laidOut: (panel: ExplanationPanelView, listsWeights: Bool, additions: ExplanationAdditions, rect: Rect)?
    }

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
        let additions = view.additions(for: state, notes: entry(for: state).notes)
        let regions = regions(for: state, additions: additions)
        let layout = layout(for: state, marks: marks, in: regions.diagram)
        if texts?.iteration != state.iteration || texts?.sample != known.sample {
            texts = view.texts(for: state, known: known)
        }
        if background?.size != state.size {
            var screen = Screen(size: state.size)
            DiagramView.drawLines(of: layout, into: &screen)
            background = screen
        }
        return view.render(state, parts: .init(regions: regions, marks: marks, known: known, layout: layout, texts: texts!,
                                               panel: panel(for: state, layout: layout, additions: additions,
                                                            in: EditChangesPanel.explanationRect(
                                                                regions.panel, state: state, context: view.context)),
                                               background: background))
    }

    /// Forgets everything kept when a what-if edit changed the lesson, its changes appear or
    /// go (they take rows from the panel), or the training view switched steppers (the
    /// caches belong to a timeline that is gone): names, widths, layout, numbers and panels.
    /// One key and one reset, so the next frame finds the caches it just filled.
    private mutating func startAfreshIfEdited(_ state: StepperState) {
        let key = InstructorRenderKey(state)
        guard key != instructorKey else { return }
        // A renderer is made for the lesson as the stepper started; a first frame after an
        // edit or on another stepper needs one made for the lesson on screen too.
        if instructorKey != nil || key.revision != 0 || key.stepperGeneration != 0 {
            self = StepperRenderer(lesson: state.lesson, context: view.context)
        }
        instructorKey = key
    }

    /// The regions of the screen, the same at every step: the panel as tall as the lesson's
    /// tallest quiz needs, worked out once per size.
    private mutating func regions(for state: StepperState, additions: ExplanationAdditions) -> StepperView.Regions {
        let asks = state.session?.asksQuizzes == true
        if let kept = keptRegions, kept.size == state.size, kept.asks == asks { return kept.regions }
        let regions = view.regions(for: state.size, panelRows: view.quizPanelRows(for: state))
        keptRegions = (state.size, asks, regions)
        return regions
    }

    /// The layout, planned again only when the diagram's rectangle changes, or the focus does
    /// and the layout left something out to keep the old focus in view.
    private mutating func layout(for state: StepperState, marks: DiagramMarks, in rect: Rect) -> DiagramLayout {
        let focus = marks.focus(in: state.lesson.network.architecture)
        if let layout, let key = layoutKey, key.diagram == rect, !layout.dependsOnFocus || key.focus == focus {
            return layout
        }
        let planned = view.planner.plan(in: rect, focus: focus)
        layout = planned
        background = nil
        layoutKey = (rect, focus)
        return planned
    }

    /// The step's cache entry, made once per step of the update on screen at this size.
    private mutating func entry(for state: StepperState) -> Panel {
        if panelsKey?.iteration != state.iteration || panelsKey?.size != state.size {
            panelsKey = (state.iteration, state.size)
            panels = Array(repeating: nil, count: state.timeline.stepsPerIteration)
        }
        if let kept = panels[state.stepInIteration] { return kept }
        let entry = Panel(explanation: view.explanation(for: state), notes: view.notesSection(for: state))
        panels[state.stepInIteration] = entry
        return entry
    }

    /// The step's panel, laid out again only when the layout's weights, the lesson's
    /// additions or the panel's rectangle change.
    private mutating func panel(for state: StepperState, layout: DiagramLayout, additions: ExplanationAdditions,
                                in rect: Rect) -> ExplanationPanelView {
        var entry = entry(for: state)
        let listsWeights = !layout.labelsAllWeights
        if let kept = entry.laidOut, kept.listsWeights == listsWeights, kept.additions == additions, kept.rect == rect {
            return kept.panel
        }
        let panel = ExplanationPanelView(explanation: entry.explanation, in: rect,
                                         phaseStyle: StepperView.style(of: state.step.phase),
                                         listsWeights: listsWeights, additions: additions, context: view.context)
        entry.laidOut = (panel, listsWeights, additions, rect)
        panels[state.stepInIteration] = entry
        return panel
    }
}
