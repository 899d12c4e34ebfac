import BackpropCore
import BackpropNotation

/// `backprop check --gradients`: a ``GradientCheck`` as a readable table with the pass counts.
public struct GradientCheckReport: Sendable {
    /// Significant digits of the gradients (enough to see where they part).
    static let gradientDigits = 12
    /// Significant digits of the relative differences.
    static let differenceDigits = 2

    /// The check.
    public let check: GradientCheck
    /// The network's shape, for the parameters' edges.
    public let architecture: Architecture
    /// How many samples the lesson has, for "sample 2 of 4".
    public let sampleCount: Int

    /// Creates a report.
    public init(check: GradientCheck, architecture: Architecture, sampleCount: Int) {
        self.check = check
        self.architecture = architecture
        self.sampleCount = sampleCount
    }

    /// The report: what was checked, one row per parameter, the pass counts and a summary.
    public func text(style: NotationStyle = .unicode) -> String {
        let numbers = NumberFormat(significantDigits: Self.gradientDigits, style: style)
        let small = NumberFormat(significantDigits: Self.differenceDigits, style: style)
        let unicode = style == .unicode
        let arrow = unicode ? "→" : "->"
        let samples = check.sampleIndices.count == 1 ? "sample \(check.sampleIndices[0] + 1) of \(sampleCount)"
            : "all \(sampleCount) samples"
        var out = "update \(check.iteration) (\(samples)), L = \(numbers.string(check.loss))\n"
        // The rule as the core applies it: its step and tolerance, not copies of them.
        let step = small.string(GradientCheck.relativeStep), floor = small.string(check.floor)
        let tolerance = small.string(GradientCheck.tolerance)
        out += unicode
            ? "ε = \(step) · max(1, |θ|); relative difference = |g − fd| / max(|g|, |fd|, \(floor)); ok at ≤ \(tolerance)\n"
            : "eps = \(step) * max(1, |theta|); relative difference = |g - fd| / max(|g|, |fd|, \(floor)); ok at <= \(tolerance)\n"
        var table = TextTable(headers: ["parameter", "edge", unicode ? "backprop ∂L/∂θ" : "backprop dL/dtheta",
                                        "finite difference", "relative difference", "check"], textColumns: 2)
        for result in check.parameters {
            let parameter = result.parameter
            let edge = (architecture.sourceName(of: parameter) ?? "bias") + " \(arrow) " + architecture.targetName(of: parameter)
            table.add([parameter.id, edge, numbers.string(result.backpropagation), numbers.string(result.finiteDifference),
                       small.string(result.relativeDifference), result.verdict.rawValue])
        }
        out += table.render(indent: 2)
        let p = check.parameterCount, n = check.sampleIndices.count
        let times = unicode ? "×" : "x"
        out += "forward passes: finite differences 2 \(times) \(p) parameter\(p == 1 ? "" : "s") \(times) \(n) "
            + "sample\(n == 1 ? "" : "s") = \(check.finiteDifferenceForwardPasses); backpropagation "
            + "\(check.backpropagationForwardPasses) forward + \(check.backpropagationBackwardPasses) backward "
            + "for all \(p) gradients\n"
        let counts = [GradientVerdict.ok, .kink, .fail].map { verdict in
            "\(check.parameters.filter { $0.verdict == verdict }.count) \(verdict.rawValue)"
        }
        out += counts.joined(separator: ", ") + "\n"
        return out
    }
}
