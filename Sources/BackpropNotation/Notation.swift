import BackpropCore

/// Writes quantities, formulas and steps in the notes' notation, as Unicode, ASCII or LaTeX.
///
/// Unicode: `∂l/∂zₕ₁ = σ'(zₕ₁)·∂l/∂aₕ₁`; ASCII: `dl/dz_h1 = s'(z_h1) * dl/da_h1`;
/// LaTeX: `\frac{\partial l}{\partial z_{h1}} = \sigma'(z_{h1}) \cdot \frac{\partial l}{\partial a_{h1}}`.
public struct Notation: Sendable, Hashable {
    /// Unicode, ASCII or LaTeX.
    public var style: NotationStyle
    /// How numbers are written.
    public var numbers: NumberFormat

    /// Creates a notation with `significantDigits` digits per number (nil: shortest exact text).
    public init(style: NotationStyle, significantDigits: Int? = 6) {
        self.style = style
        numbers = NumberFormat(significantDigits: significantDigits, style: style)
    }

    /// A number as text.
    public func number(_ x: Double) -> String { numbers.string(x) }

    /// The parts of a step, in reading order: lhs, symbolic form, expanded forms, the
    /// substituted numbers, and the result. The substituted form is left out when it reads
    /// exactly as the result, so no line repeats the one before: a linear neuron's
    /// `yₒ₁ = zₒ₁ = 0.3`, not `= 0.3 = 0.3`.
    public func parts(of step: Step) -> [String] {
        let substituted = render(step.substituted), result = number(step.result)
        return [render(step.lhs), render(step.symbolic)] + step.expanded.map(render)
            + (substituted == result ? [] : [substituted]) + [result]
    }

    /// The relation between a step's left-hand side and the rest: `=`, or `←` for an update.
    public func relation(of step: Step) -> String {
        guard step.isAssignment else { return "=" }
        switch style {
        case .unicode: return "←"
        case .ascii: return "<-"
        case .latex: return "\\leftarrow"
        }
    }

    /// A whole step on one line: `zₕ₁ = iₕ₁·w₁ + … = 0.05·0.15 + … = 0.3775`.
    public func line(_ step: Step) -> String {
        let parts = parts(of: step)
        return parts[0] + " " + relation(of: step) + " " + parts.dropFirst().joined(separator: " = ")
    }
}
