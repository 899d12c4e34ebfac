import BackpropNotation
import Lessons
import TrainingModels

/// The training view's status line: the lesson's title, then the update count, the loss
/// L(θ) over every sample now (labelled so, beside the loss panel's last update's l), η, whether it plays (and how fast), and the updates per
/// second the terminal loop measured (left out in a replay, which measures nothing).
struct TrainingStatusLineView {
    let state: StepperState
    let run: TrainingRun
    let context: RenderContext

    /// The segments right of the title, most important first; `compact` writes the speed
    /// and the rate shorter (`playing 100/frame`, `2,940/s`).
    func segments(compact: Bool) -> [String] {
        let session = run.session
        var segments = ["update \(NumberFormat.grouped(session.completedIterations))",
                        "\(context.symbol(.totalLoss))\(compact ? " all" : " over all samples") \(TrainingText.number(run.totalLoss, context: context))",
                        "\(TrainingText.eta(context)) \(TrainingText.number(session.learningRate, digits: 6, context: context))"]
        if let divergence = session.divergence {
            segments.append("diverged in update \(NumberFormat.grouped(divergence.iteration))")
        } else {
            let speed = compact ? TrainingText.speed(run.speed).replacing(" updates", with: "")
                .replacing(" update", with: "") : TrainingText.speed(run.speed)
            segments.append(run.isPlaying ? "playing\(compact ? "" : ",") \(speed)" : "paused")
        }
        if run.isPlaying, let rate = run.updatesPerSecond {
            segments.append(TrainingText.rate(rate) + (compact ? "/s" : " updates/s"))
        }
        return segments
    }

    func draw(row: Int, into screen: inout Screen) {
        let width = screen.columns
        screen.fill(Rect(row: row, column: 0, rows: 1, columns: width), style: .status)
        let separator = context.isUnicode ? " │ " : " | "
        var segments = self.segments(compact: false)
        var right = segments.joined(separator: separator) + " "
        if width - Screen.width(of: right) < 16 {
            segments = self.segments(compact: true)
            right = segments.joined(separator: separator) + " "
        }
        while Screen.width(of: right) > width - 2 && segments.count > 1 {
            segments.removeLast()
            right = segments.joined(separator: separator) + " "
        }
        let rightWidth = Screen.width(of: right)
        let titleRoom = width - rightWidth - 3
        if titleRoom >= 8 {
            let title = TextShortening.shortened(run.lesson.title, to: titleRoom, ellipsis: context.glyphs.ellipsis)
            screen.put(title, row: row, column: 1, style: Style(.status, .bold))
        }
        let start = max(0, width - rightWidth)
        screen.put(right, row: row, column: start, style: .status)
        screen.put(segments[0], row: row, column: start, style: Style(.status, .bold))
    }
}

/// The training view's bottom line: its keys, as many as fit, or the message of the last
/// key (the run's notice, or the stepper's message).
struct TrainingKeyHintsView {
    let state: StepperState
    let run: TrainingRun
    let context: RenderContext

    /// The hints as (keys, what they do); the last two (help, back) are always kept.
    var hints: [(keys: String, action: String)] {
        var hints: [(String, String)] = []
        if run.session.isPaused {
            hints += [("r", "\(TrainingText.eta(context))÷10, restart"), ("s", "step into it")]
        } else {
            hints += [("space", run.isPlaying ? "pause" : "play"), ("1-4", "1/10/100/1k updates"), ("s", "stepper")]
            if run.isPlaying { hints.append(("+/-", "speed")) }
            hints += [("L", run.scale == .linear ? "log" : "linear"), ("r", "\(TrainingText.eta(context))÷10")]
        }
        if !context.isUnicode { hints = hints.map { ($0.0, $0.1.replacing("÷", with: "/")) } }
        return hints + [("?", "help"), ("t", "back")]
    }

    /// Draws the notice or message, or the hints that fit, into `row` of `screen`.
    func draw(row: Int, into screen: inout Screen) {
        if let notice = run.notice {
            KeyHintsLine.drawMessage(TrainingText.notice(notice, context: context), isError: notice.isError,
                                     row: row, into: &screen, context: context)
            return
        }
        if let message = state.message {
            KeyHintsLine.drawMessage(message.text, isError: message.isError, row: row, into: &screen, context: context)
            return
        }
        KeyHintsLine(hints: hints).draw(row: row, into: &screen)
    }
}
