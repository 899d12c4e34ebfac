import BackpropCore
import Lessons
import ProgressStorage

/// Draws the whole stepper for a state: the network diagram on top, the explanation panel
/// below it, the status line and the key hints at the bottom, and the help overlay when it
/// is open; below 80x24, the size notice instead.
///
/// A pure function of the state and the render context: the same state gives the same
/// screen. ``StepperRenderer`` gives the same screens faster by keeping what does not
/// change between steps.
public struct StepperView: Sendable {
    /// Glyphs and notation.
    public let context: RenderContext
    let metrics: DiagramMetrics
    let names: DiagramNames
    let planner: DiagramPlanner

    /// Creates the view for `lesson` (its names are written and measured once).
    public init(lesson: Lesson, context: RenderContext) {
        self.context = context
        metrics = DiagramMetrics(lesson: lesson, context: context)
        names = DiagramNames(lesson: lesson, context: context)
        planner = DiagramPlanner(architecture: lesson.network.architecture, metrics: metrics,
                                 glyphs: DiagramGlyphs(context.glyphs))
    }

    /// Where the parts of the screen go at one size.
    struct Regions: Hashable {
        /// The diagram, at the top.
        let diagram: Rect
        /// The explanation panel, below the diagram.
        let panel: Rect
        /// The status line's row.
        let statusRow: Int
        /// The key hints' row (the last).
        let hintsRow: Int
    }

    /// The regions of a screen of `size`: the diagram gets the rows it would like (up to two
    /// more), leaving the panel at least 8 rows or a third of the screen; a lesson whose
    /// quizzes want a taller panel (`panelRows`) gets the rows the diagram can spare while it
    /// still shows every neuron, value and weight label, and the diagram keeps at least 10
    /// rows or two fifths of the screen.
    ///
    /// The rows depend only on the lesson and the size, never on the step, so the diagram
    /// stays put from step to step (issue 10); notes longer than the panel are cut by it.
    func regions(for size: TerminalSize, panelRows wanted: Int = 0) -> Regions {
        let usable = size.rows - 2
        let usualPanel = max(8, usable / 3)
        var diagramRows = max(3, min(planner.preferredRows(columns: size.columns) + 2, usable - usualPanel))
        let lowest = max(3, usable - max(usualPanel, min(wanted, usable - max(10, usable * 2 / 5))))
        if lowest < diagramRows {
            if planner.showsEverything(rows: diagramRows, columns: size.columns) {
                while diagramRows > lowest && planner.showsEverything(rows: diagramRows - 1, columns: size.columns) {
                    diagramRows -= 1
                }
            } else {
                diagramRows = lowest
            }
        }
        return Regions(diagram: Rect(row: 0, column: 0, rows: diagramRows, columns: size.columns),
                       panel: Rect(row: diagramRows, column: 0, rows: usable - diagramRows, columns: size.columns),
                       statusRow: size.rows - 2, hintsRow: size.rows - 1)
    }

    /// The regions for `state`: the same at every step of its lesson at its size, with the
    /// panel as tall as the lesson's tallest quiz needs (``quizPanelRows(for:)``).
    func regions(for state: StepperState) -> Regions {
        regions(for: state.size, panelRows: quizPanelRows(for: state))
    }

    /// The rows the tallest of the lesson's quizzes wants in the panel while it waits for an
    /// answer, at the state's size; 0 when no quiz is asked. Worked out once per lesson and
    /// size by ``StepperRenderer``.
    func quizPanelRows(for state: StepperState) -> Int {
        guard let session = state.session, session.asksQuizzes, !state.lesson.quizzes.isEmpty else { return 0 }
        var rows = 0
        for quiz in state.lesson.quizzes where quiz.stepIndex < state.timeline.stepCount {
            var asking = state
            var waiting = session
            for other in state.lesson.quizzes where other.number != quiz.number { waiting.outcomes[other.number] = .firstTry }
            waiting.outcomes[quiz.number] = nil
            asking.session = waiting
            asking.move(to: quiz.stepIndex)
            let additions = additions(for: asking)
            rows = max(rows, wantedPanelRows(explanation(for: asking), additions: additions, size: state.size))
        }
        return rows
    }

    /// The marks of the step on screen.
    func marks(for state: StepperState) -> DiagramMarks {
        var marks = DiagramMarks(step: state.step, architecture: state.lesson.network.architecture)
        marks.selected = state.selection
        return marks
    }

    /// The diagram's layout for `state` (depends only on the size and the step's focus).
    func layout(for state: StepperState, marks: DiagramMarks) -> DiagramLayout {
        layout(for: state, marks: marks, in: regions(for: state))
    }

    /// The diagram's layout for `state` in `regions` worked out already.
    func layout(for state: StepperState, marks: DiagramMarks, in regions: Regions) -> DiagramLayout {
        planner.plan(in: regions.diagram, focus: marks.focus(in: state.lesson.network.architecture))
    }

    /// The parts a screen is drawn from, each of which ``StepperRenderer`` can keep between
    /// frames: the screen's regions, the marks and known values of the step, the diagram's
    /// layout, the numbers written out, and the explanation panel.
    struct Parts {
        let regions: Regions
        let marks: DiagramMarks
        let known: KnownValues
        let layout: DiagramLayout
        let texts: ValueTexts
        let panel: ExplanationPanelView
        /// A blank screen of the state's size with the layout's lines drawn
        /// (``DiagramView/drawLines(of:into:)``), to start the frame from; nil to draw them.
        var background: Screen?
    }

    /// The screen for `state`.
    public func render(_ state: StepperState) -> Screen {
        guard state.fitsScreen else { return .terminalTooSmall(size: state.size) }
        if state.training.isVisible { return TrainingView(context: context).render(state) }
        let regions = regions(for: state)
        let marks = marks(for: state)
        let known = state.known
        let layout = layout(for: state, marks: marks, in: regions)
        return render(state, parts: Parts(regions: regions, marks: marks, known: known, layout: layout,
                                          texts: texts(for: state, known: known),
                                          panel: panel(for: state, explanation: explanation(for: state), layout: layout,
                                                       in: regions)))
    }

    /// The numbers of the update and sample on screen, written out.
    func texts(for state: StepperState, known: KnownValues) -> ValueTexts {
        ValueTexts(trace: state.current.trace, sample: known.sample, lesson: state.lesson, notation: context.notation)
    }

    /// The explanation of the step on screen.
    func explanation(for state: StepperState) -> StepExplanation {
        StepExplanation(step: state.step, lesson: state.lesson, trace: state.current.trace, context: context)
    }

    /// The explanation panel laid out in `regions`; it lists the weights a step reads when
    /// `layout` does not label every edge.
    func panel(for state: StepperState, explanation: StepExplanation, layout: DiagramLayout,
               in regions: Regions) -> ExplanationPanelView {
        ExplanationPanelView(explanation: explanation,
                             in: EditChangesPanel.explanationRect(regions.panel, state: state, context: context),
                             phaseStyle: Self.style(of: state.step.phase), listsWeights: !layout.labelsAllWeights,
                             additions: additions(for: state), context: context)
    }

    /// The style of a phase: forward and backward in their colours, the rest as accents.
    static func style(of phase: Phase) -> Style {
        switch phase {
        case .forward, .loss: Style(.forward, .bold)
        case .backward: Style(.backward, .bold)
        case .gradients, .update: .accent
        }
    }

    /// The screen for `state` from parts already worked out.
    func render(_ state: StepperState, parts: Parts) -> Screen {
        let background = parts.background.flatMap { !state.showsLayerView && $0.size == state.size ? $0 : nil }
        var screen = background ?? Screen(size: state.size)
        let regions = parts.regions
        var cutsDigits = false
        if state.showsLayerView {
            // The diagram takes every column; the matrices keep a column's margin each side.
            let area = regions.diagram
            LayerView(state: state, context: context)
                .draw(in: Rect(row: area.row, column: area.column + 1, rows: area.rows, columns: area.columns - 2),
                      into: &screen)
        } else {
            cutsDigits = DiagramView(architecture: state.lesson.network.architecture, layout: parts.layout,
                        values: DiagramValues(state: state, known: parts.known, texts: parts.texts), marks: parts.marks,
                        context: context, glyphs: planner.glyphs, metrics: metrics, names: names)
                .draw(into: &screen, linesDrawn: background != nil)
        }
        parts.panel.draw(into: &screen)
        let panelRect = regions.panel
        EditChangesPanel(state: state, context: context).draw(in: panelRect, into: &screen)
        GradientCheckView(state: state, context: context)?.draw(in: panelRect, below: parts.panel.lines.last?.row ?? panelRect.row,
                                                                into: &screen)
        // Digits are said given up only on a frame that writes a number short of them.
        let shortfalls = parts.layout.givenUp.filter { $0 != .digits } + (cutsDigits ? [.digits] : [])
        StatusLineView(state: state, context: context, diagramShortfalls: shortfalls.sorted())
            .draw(row: regions.statusRow, into: &screen)
        KeyHintsView(state: state, context: context).draw(row: regions.hintsRow, into: &screen)
        if state.session?.isFinishCardVisible == true { FinishCardView(state: state, context: context).draw(into: &screen) }
        if state.isHelpVisible { HelpOverlayView(context: context).draw(into: &screen) }
        return screen
    }
}
