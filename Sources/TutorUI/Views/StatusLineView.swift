import BackpropCore
import BackpropNotation
import Lessons

/// Draws the status line: the lesson's title, then the phase, step k of n in this update,
/// update i of N, the sample, and whether playback runs; or the jump prompt while it is open.
struct StatusLineView {
    let state: StepperState
    let context: RenderContext
    /// What the diagram gave up to fit the screen (``DiagramShortfall``), said last.
    var diagramShortfalls: [DiagramShortfall] = []

    /// The name of a phase as the status line writes it.
    static func name(of phase: Phase) -> String {
        switch phase {
        case .forward: "forward pass"
        case .loss: "loss"
        case .backward: "backward pass"
        case .gradients: "gradients"
        case .update: "update"
        }
    }

    /// The sample the step on screen belongs to (nil for a step of a whole batch).
    var sample: Int? {
        state.step.sample ?? (state.lesson.options.batch == .sample ? state.current.trace.samples[0].sample : nil)
    }

    /// Playback in words: "paused", or "playing, 1 step/s".
    var playbackText: String {
        guard state.playback.isPlaying else { return "paused" }
        let rate = state.playback.stepsPerSecond
        let text = NumberFormat(significantDigits: rate >= 1 ? 2 : 1).string(rate)
        return "playing, \(text) step\(rate == 1 ? "" : "s")/s"
    }

    /// The segments right of the title, most important first; `compact` writes counts as
    /// 3/33. The update and the sample are left out when the lesson has only one of each.
    func segments(compact: Bool) -> [String] {
        func count(_ noun: String, _ k: Int, _ n: Int) -> String { compact ? "\(noun) \(k)/\(n)" : "\(noun) \(k) of \(n)" }
        var segments = [StatusLineView.name(of: state.step.phase),
                        count("step", state.stepInIteration + 1, state.timeline.stepsPerIteration)]
        if state.timeline.firstIteration > 1 {
            segments.append("update \(NumberFormat.grouped(state.iteration))")  // a stepper opened from training
        } else if state.timeline.iterations > 1 { segments.append(count("update", state.iteration, state.timeline.iterations)) }
        let samples = state.lesson.samples.count
        if samples > 1 {
            segments.append(sample.map { count("sample", $0 + 1, samples) } ?? "all \(samples) samples")
        }
        segments.append(playbackText)
        if !diagramShortfalls.isEmpty {
            segments.append((compact ? "" : "diagram: ") + diagramShortfalls.map(\.words).joined(separator: ", "))
        }
        return segments
    }

    func draw(row: Int, into screen: inout Screen) {
        let width = screen.columns
        screen.fill(Rect(row: row, column: 0, rows: 1, columns: width), style: .status)
        if let typed = state.jumpPrompt {
            let prompt = " Jump to step (1 to \(state.timeline.stepsPerIteration) of this update): "
            let used = screen.put(prompt, row: row, column: 0, style: .status)
            screen.put(typed, row: row, column: used, style: Style(.status, .bold))
            screen.put("_", row: row, column: used + Screen.width(of: typed), style: Style(.status, .bold))
            let help = "Enter jumps\(context.separator)Esc cancels "
            screen.put(help, row: row, column: width - Screen.width(of: help), style: .status)
            return
        }
        if InstructorStatusLine(state: state, context: context).draw(row: row, into: &screen) { return }
        let separator = context.isUnicode ? " │ " : " | "
        var segments = segments(compact: false)
        var right = segments.joined(separator: separator) + " "
        if width - Screen.width(of: right) < 24 {
            segments = self.segments(compact: true)
            right = segments.joined(separator: separator) + " "
        }
        if Screen.width(of: right) > width { right.removeLast() }
        let rightWidth = Screen.width(of: right)
        let titleRoom = width - rightWidth - 3
        if titleRoom >= 8 {
            let title = TextShortening.shortened(context.lessonText(state.lesson.title), to: titleRoom,
                                                 ellipsis: context.glyphs.ellipsis)
            screen.put(title, row: row, column: 1, style: Style(.status, .bold))
        }
        let start = max(0, width - rightWidth)
        screen.put(right, row: row, column: start, style: .status)
        // The phase in bold, so it stands out without colour.
        screen.put(segments[0], row: row, column: start, style: Style(.status, .bold))
    }
}
