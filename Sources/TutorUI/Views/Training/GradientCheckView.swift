import BackpropCore
import BackpropNotation
import Lessons

/// The gradient check in the stepper's panel (`c` on a gradient or update step): the
/// gradient backpropagation computed beside the central finite difference
/// (l(θ + ε) − l(θ − ε)) / 2ε for the same parameter, their relative difference and the
/// verdict, and what each way costs in passes. Every number is the core's ``GradientCheck``.
///
/// It goes below the step's formula when there is room, in a shorter form when there is
/// less, and over the panel's last rows when there is none.
struct GradientCheckView {
    let panel: GradientCheckPanel
    let step: Step
    let architecture: Architecture
    /// The loss the lesson's gradients are of (``TrainingOptions/gradientLoss``).
    let gradientLoss: Quantity
    let context: RenderContext

    /// The view for `state`'s gradient check, or nil when there is none on this step.
    init?(state: StepperState, context: RenderContext) {
        guard let panel = state.training.gradientCheck, panel.position == state.position,
              panel.generation == state.training.stepperGeneration else { return nil }
        self.panel = panel
        step = state.step
        architecture = state.lesson.network.architecture
        gradientLoss = state.lesson.options.gradientLoss
        self.context = context
    }

    private var notation: Notation { context.notation }
    private var minus: String { context.isUnicode ? "−" : "-" }
    private var epsilon: String { context.isUnicode ? "ε" : "eps" }

    /// The parameter as the notes write it: w₅.
    var parameterName: String { notation.render(Quantity.parameter(panel.result.parameter.id)) }
    /// l for one sample's update, L for a full batch's, as the step's formula writes it.
    var lossSymbol: String { notation.render(gradientLoss) }

    /// `number` with `digits` significant digits.
    private func number(_ value: Double, _ digits: Int) -> String {
        NumberFormat(significantDigits: digits, style: notation.style).string(value)
    }

    /// The verdict in words.
    var verdict: String {
        let tolerance = number(GradientCheck.tolerance, 1)
        switch panel.result.verdict {
        case .ok: return "they agree (the check passes at \(context.isUnicode ? "≤" : "<=") \(tolerance))"
        case .fail: return "they DISAGREE (more than \(tolerance)): the gradient is wrong"
        case .kink: return "a ReLU kink lies within \(epsilon): the finite difference averages two slopes"
        }
    }

    /// What the two ways cost, from the check's pass counts.
    var cost: String {
        let check = panel.check
        let samples = check.sampleIndices.count
        let perSample = samples > 1 ? " per sample" : ""
        return "finite differences: 2 forward passes per parameter\(perSample), "
            + "\(NumberFormat.grouped(check.finiteDifferenceForwardPasses)) for all \(check.parameterCount); "
            + "backpropagation: \(check.backpropagationForwardPasses) forward and "
            + "\(check.backpropagationBackwardPasses) backward pass\(check.backpropagationBackwardPasses == 1 ? "" : "es") "
            + "for all \(check.parameterCount)"
    }

    /// The long form: a label and a value per line (values wrap under themselves).
    var detailed: [(label: String, value: String)] {
        let result = panel.result
        let d = context.isUnicode ? "∂" : "d"
        let p = parameterName, l = lossSymbol
        return [
            ("backpropagation", "\(d)\(l)/\(d)\(p) = \(number(result.backpropagation, 10))"),
            ("finite difference", "(\(l)(\(p) + \(epsilon)) \(minus) \(l)(\(p) \(minus) \(epsilon))) / 2\(epsilon) = "
                + "\(number(result.finiteDifference, 10)),  \(epsilon) = \(number(result.epsilon, 2))"),
            ("relative difference", "\(number(result.relativeDifference, 2)): \(verdict)"),
            ("passes", cost),
        ]
    }

    /// The short form, for little room: one paragraph after a bold "Check".
    var compact: String {
        let result = panel.result
        let check = panel.check
        let agreement = result.verdict == .ok ? "they agree" : result.verdict == .fail ? "they DISAGREE" : "a kink lies within \(epsilon)"
        return "backprop \(number(result.backpropagation, 8)), finite difference \(number(result.finiteDifference, 8)), "
            + "relative difference \(number(result.relativeDifference, 2)): \(agreement). "
            + "Passes: \(NumberFormat.grouped(check.finiteDifferenceForwardPasses)) forward (2 per parameter) vs "
            + "\(check.backpropagationForwardPasses) forward + \(check.backpropagationBackwardPasses) backward, "
            + "for all \(check.parameterCount)."
    }

    /// Draws the check in `rect` (the explanation panel) below the formula, whose last row
    /// is `formulaEnd`: the long form under a title when it fits, else the short form right
    /// under the formula, else the short form over the panel's last rows.
    func draw(in rect: Rect, below formulaEnd: Int, into screen: inout Screen) {
        let left = rect.column + ExplanationPanelView.indent
        let width = rect.columns - 2 * ExplanationPanelView.indent
        let labelWidth = detailed.map { Screen.width(of: $0.label) }.max() ?? 0
        // (label, text, style): the two gradients stand out, the rest is plain.
        var long: [(String, String, Style)] = []
        for (entry, (label, value)) in detailed.enumerated() {
            for (index, line) in TextWrapping.lines(of: value, width: width - labelWidth - 2).enumerated() {
                long.append((index == 0 ? label : "", line, entry < 2 ? .accent : .normal))
            }
        }
        if formulaEnd + 2 + long.count < rect.bottomRow {
            let top = formulaEnd + 2
            TrainingPanelTitle.draw(["Gradient check", parameterName, "backpropagation beside a central finite difference"],
                                    row: top, from: rect.column, width: rect.columns, into: &screen, context: context)
            for (index, line) in long.enumerated() {
                screen.put(line.0, row: top + 1 + index, column: left, style: Style(.hint, .bold))
                screen.put(line.1, row: top + 1 + index, column: left + labelWidth + 2, style: line.2)
            }
            return
        }
        let label = "Check \(parameterName)"
        let indent = Screen.width(of: label) + 2
        let short = TextWrapping.lines(of: compact, width: width - indent)
        let top = min(formulaEnd + 1, max(rect.row + 1, rect.bottomRow - short.count))
        screen.fill(Rect(row: top, column: rect.column, rows: rect.bottomRow - top, columns: rect.columns))
        screen.put(label, row: top, column: left, style: Style(.hint, .bold))
        for (index, line) in short.enumerated() where top + index < rect.bottomRow {
            screen.put(line, row: top + index, column: left + indent, style: .accent)
        }
    }
}
