import BackpropCore
import BackpropNotation
import Lessons

/// The status line while the instructor's tools use it: the edit prompt, a demo's caption,
/// or the selected value named in words with η beside the counts (so η can be selected).
///
/// ``StatusLineView`` asks it first; it draws nothing (and returns false) when none applies.
struct InstructorStatusLine {
    let state: StepperState
    let context: RenderContext

    private var names: ValueNames { ValueNames(lesson: state.lesson, context: context) }

    /// Draws the prompt, the caption or the selection on `row`; false when there is none.
    func draw(row: Int, into screen: inout Screen) -> Bool {
        if let prompt = state.instructor.prompt {
            drawPrompt(prompt, row: row, into: &screen)
        } else if let caption = state.instructor.caption {
            drawLeft(caption, style: Style(.status, .bold), extra: nil, row: row, into: &screen)
        } else if let selection = state.selection {
            let value = shownValue(of: selection)
            let text = value.map { names.described(selection, value: $0, sample: state.known.sample) }
                ?? names.symbol(selection)
            drawLeft(text, style: .selection, extra: learningRateSegment, row: row, into: &screen)
        } else {
            return false
        }
        return true
    }

    /// The value the screen shows for `ref`: weights as on the diagram (this update's θ,
    /// or θ₁ once updated), inputs and targets of the sample on screen, η.
    func shownValue(of ref: ValueRef) -> Double? {
        let known = state.known
        switch ref {
        case .parameter(let p): return known.updated[p] ?? state.current.trace.before(p)
        case .learningRate: return state.lesson.options.learningRate
        case .input(let i): return state.lesson.samples[known.sample].inputs[i]
        case .target(let j): return state.lesson.samples[known.sample].targets[j]
        default: return known.value(ref)
        }
    }

    /// `η 0.5`, the learning rate among the counts while selecting.
    private var learningRateSegment: String {
        names.symbol(.learningRate) + " " + context.notation.number(state.lesson.options.learningRate)
    }

    /// `text` at the left in `style`, the stepper's counts (and `extra` before the playback)
    /// at the right, as many as leave room for the text.
    private func drawLeft(_ text: String, style: Style, extra: String?, row: Int, into screen: inout Screen) {
        let width = screen.columns
        screen.fill(Rect(row: row, column: 0, rows: 1, columns: width), style: .status)
        let separator = context.isUnicode ? " │ " : " | "
        let line = StatusLineView(state: state, context: context)
        var choices: [[String]] = []
        for compact in [false, true] {
            var segments = line.segments(compact: compact)
            if let extra { segments.insert(extra, at: segments.count - 1) }
            choices.append(segments)
        }
        // Fewer counts when the text needs the room: the phase and the step, then the step alone.
        let shortest = choices[1]
        choices.append(Array(shortest.prefix(2)) + (extra.map { [$0] } ?? []))
        choices.append([shortest[1]] + (extra.map { [$0] } ?? []))
        let textWidth = Screen.width(of: text)
        let segments = choices.first { width - Screen.width(of: $0.joined(separator: separator) + " ") - 3 >= textWidth }
            ?? choices[choices.count - 1]
        let right = segments.joined(separator: separator) + " "
        let start = max(0, width - Screen.width(of: right))
        let room = max(0, start - 3)
        screen.put(TextShortening.shortened(text, to: room, ellipsis: context.glyphs.ellipsis), row: row, column: 1, style: style)
        var column = start
        for (index, segment) in segments.enumerated() {
            let isLearningRate = segment == extra
            let selected = isLearningRate && state.selection == .learningRate
            column += screen.put(segment, row: row, column: column,
                                 style: selected ? .selection : index == 0 && segments.count > 2 ? Style(.status, .bold) : .status)
            if index < segments.count - 1 { column += screen.put(separator, row: row, column: column, style: .status) }
        }
    }

    /// ` Edit w₅ (h1 → o1), now 0.4: 0.9_ … Enter applies · Esc cancels `.
    private func drawPrompt(_ prompt: EditPrompt, row: Int, into screen: inout Screen) {
        let width = screen.columns
        screen.fill(Rect(row: row, column: 0, rows: 1, columns: width), style: .status)
        let ref = prompt.target.ref
        var label = "Edit " + names.symbol(ref)
        if let place = names.place(of: ref, sample: prompt.target.sample ?? 0) { label += " (" + place + ")" }
        let now = prompt.target.value(in: state.lesson)
        label += ", now " + context.notation.number(now)
        if case .parameter = ref, state.iteration > 1 { label += " before update 1" }
        label += ": "
        let help = "Enter applies\(context.separator)Esc cancels "
        // The label whole comes before the help, which the hints line below repeats.
        let typedRoom = max(12, Screen.width(of: prompt.text) + 1)
        let showsHelp = 1 + Screen.width(of: label) + typedRoom + 1 + Screen.width(of: help) <= width
        let labelRoom = max(8, width - 1 - typedRoom)
        let shownLabel = TextShortening.shortened(label, to: labelRoom, ellipsis: context.glyphs.ellipsis)
        var column = 1 + screen.put(shownLabel, row: row, column: 1, style: .status)
        column += screen.put(prompt.text, row: row, column: column, style: Style(.status, .bold))
        screen.put("_", row: row, column: column, style: Style(.status, .bold))
        if showsHelp && column + 2 + Screen.width(of: help) <= width {
            screen.put(help, row: row, column: width - Screen.width(of: help), style: .status)
        }
    }
}
