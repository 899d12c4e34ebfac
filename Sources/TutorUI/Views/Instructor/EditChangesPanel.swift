import BackpropCore
import BackpropNotation
import Lessons

/// The lines under the explanation panel after a what-if edit, at the step it was made at:
/// what was set, and every value on screen it changed, old → new.
///
///     What if w₅ = 0.9 (was 0.4): zₒ₁ 1.10591 → 1.30591, yₒ₁ 0.751365 → 0.786826,
///     l 0.298371 → 0.335934, … and 6 more
///
/// The explanation panel gives up as many rows at its bottom as these lines take (at most
/// ``maximumRows``, and never so many that fewer than ``formulaRows`` are left to it).
struct EditChangesPanel {
    let state: StepperState
    let context: RenderContext

    /// The most rows the changes take.
    static let maximumRows = 3
    /// The rows always left to the explanation panel (its heading and some formula).
    static let formulaRows = 5

    /// The last edit's changes, when they are to be shown here.
    var changes: EditChanges? { state.instructor.changes(at: state.position) }

    /// The rectangle left to the explanation panel within `panel`.
    static func explanationRect(_ panel: Rect, state: StepperState, context: RenderContext) -> Rect {
        let rows = EditChangesPanel(state: state, context: context).rows(in: panel)
        return Rect(row: panel.row, column: panel.column, rows: panel.rows - rows, columns: panel.columns)
    }

    /// How many rows the changes take at the bottom of `panel`.
    func rows(in panel: Rect) -> Int {
        guard changes != nil else { return 0 }
        let room = min(Self.maximumRows, panel.rows - Self.formulaRows)
        guard room > 0 else { return 0 }
        return lines(width: panel.columns - 2 * ExplanationPanelView.indent, rows: room).count
    }

    /// Draws the lines at the bottom of `panel`.
    func draw(in panel: Rect, into screen: inout Screen) {
        let count = rows(in: panel)
        guard count > 0 else { return }
        let width = panel.columns - 2 * ExplanationPanelView.indent
        var row = panel.bottomRow - count
        for line in lines(width: width, rows: count) {
            screen.fill(Rect(row: row, column: panel.column, rows: 1, columns: panel.columns), style: .normal)
            var column = panel.column + ExplanationPanelView.indent
            for span in line { column += screen.put(span.text, row: row, column: column, style: span.style) }
            row += 1
        }
    }

    /// The text as lines of at most `width` columns and `rows` lines: the edit in the accent
    /// style, then the changed values, never split within one; what does not fit is counted.
    func lines(width: Int, rows: Int) -> [[ExplanationPanelView.Span]] {
        guard let changes, width > 10, rows > 0 else { return [] }
        let names = ValueNames(lesson: state.lesson, context: context)
        let number = context.notation.number
        let symbol = names.symbol(changes.target.ref)
        let head = changes.isUndo
            ? "Undone: \(symbol) = \(number(changes.new)) again (was \(number(changes.old))):"
            : "What if \(symbol) = \(number(changes.new)) (was \(number(changes.old))):"
        let arrow = " " + context.glyphs.arrowRight + " "
        let items = changes.visibleChanges(in: context.notation.numbers)
            .filter { $0.ref != changes.target.ref }
            .map { change in
                names.symbol(change.ref) + ": " + (change.old.map(number) ?? "?") + arrow + (change.new.map(number) ?? "?")
            }
        guard !items.isEmpty else {
            let rest = " nothing on screen is computed from it yet."
            return TextWrapping.lines(of: head + rest, width: width).prefix(rows).enumerated().map { index, text in
                index == 0 && text.hasPrefix(head)
                    ? [.init(text: head, style: .accent), .init(text: String(text.dropFirst(head.count)), style: .normal)]
                    : [.init(text: text, style: .normal)]
            }
        }
        // Items per line, the first line starting with the head.
        var wrapped: [[String]] = [[]]
        var used = Screen.width(of: head)
        for (index, item) in items.enumerated() {
            let text = item + (index == items.count - 1 ? "" : ",")
            let width1 = Screen.width(of: text)
            // A new line, unless this one is a fresh line already (an item wider than a line).
            if used + 1 + width1 > width, !(wrapped.count > 1 && wrapped[wrapped.count - 1].isEmpty) {
                wrapped.append([])
                used = -1
            }
            wrapped[wrapped.count - 1].append(text)
            used += 1 + width1
        }
        var more = 0
        if wrapped.count > rows {
            wrapped = Array(wrapped.prefix(rows))
            more = items.count - wrapped.reduce(0) { $0 + $1.count }
            func lastWidth() -> Int {
                let last = wrapped[rows - 1]
                return (rows == 1 ? Screen.width(of: head) : -1) + last.reduce(0) { $0 + 1 + Screen.width(of: $1) }
            }
            while !wrapped[rows - 1].isEmpty,
                  lastWidth() + Screen.width(of: " \(context.glyphs.ellipsis) and \(more) more") > width {
                wrapped[rows - 1].removeLast()
                more += 1
            }
        }
        return wrapped.enumerated().map { index, texts in
            var spans: [ExplanationPanelView.Span] = index == 0 ? [.init(text: head, style: .accent)] : []
            let joined = texts.joined(separator: " ")
            if !joined.isEmpty { spans.append(.init(text: (index == 0 ? " " : "") + joined, style: .normal)) }
            if more > 0, index == wrapped.count - 1 {
                spans.append(.init(text: " \(context.glyphs.ellipsis) and \(more) more", style: .dim))
            }
            return spans
        }
    }
}

/// What a ``StepperRenderer``'s caches depend on besides the step: the lesson's revision
/// (every edit and undo makes one), whether an edit's changes are on screen, and which
/// stepper the training view last switched to (`s` opens one, `q` goes back).
struct InstructorRenderKey: Hashable {
    /// ``InstructorState/revision``.
    let revision: Int
    /// Whether the last edit's changes show at this step.
    let showsChanges: Bool
    /// ``TrainingViewState/stepperGeneration``.
    let stepperGeneration: Int

    /// The key for `state`.
    init(_ state: StepperState) {
        revision = state.instructor.revision
        showsChanges = state.instructor.changes(at: state.position) != nil
        stepperGeneration = state.training.stepperGeneration
    }
}
