import Foundation
import Testing

/// `backprop export --format markdown` writes each step with its neuron's own activation, in LaTeX.
struct ActivationExportTests {
    /// The handout of `lesson`, after checking that the export succeeded.
    func handout(_ lesson: String) throws -> String {
        let result = try BackpropProcess.run(["export", lesson, "--format", "markdown"])
        #expect(result.status == 0, "\(result.standardError)")
        return result.standardOutput
    }

    /// The lines inside the handout's `$$` display-math blocks: the steps' formulas.
    func formulas(_ handout: String) -> [Substring] {
        var inside = false, lines: [Substring] = []
        for line in handout.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "$$" { inside.toggle() } else if inside { lines.append(line) }
        }
        return lines
    }

    @Test func aLinearNeuronIsYEqualsZ() throws {
        // Lesson 1, update 1: y = z = 1·(−1) + 0 = −1; ∂l/∂y = −1 − 1 = −2 and ∂y/∂z = 1.
        let text = try handout("1")
        let lines = formulas(text)
        #expect(lines.contains("y_{o1} = z_{o1} = -1"))
        #expect(lines.contains("\\frac{\\partial l}{\\partial z_{o1}} = \\frac{\\partial y_{o1}}{\\partial z_{o1}} "
            + "\\cdot \\frac{\\partial l}{\\partial y_{o1}} = 1 \\cdot \\frac{\\partial l}{\\partial y_{o1}} = 1 \\cdot (-2) = -2"))
        #expect(!lines.isEmpty && lines.allSatisfy { !$0.contains("\\sigma") })
    }

    @Test func aReLUIsMaxAndItsSlopeFollowsTheSignOfZ() throws {
        // Lesson 9, update 1: z_h2 = 1·(−1) − 0.5 = −1.5, a_h2 = max(0, −1.5) = 0, slope 0;
        // ∂l/∂a_h2 = w₄·∂l/∂z_o1 = 1·(−1), so ∂l/∂z_h2 = 0·(−1) = 0.
        let lines = formulas(try handout("9"))
        #expect(lines.contains("a_{h2} = \\mathrm{relu}(z_{h2}) = \\max(0, z_{h2}) = \\max(0, -1.5) = 0"))
        #expect(lines.contains("\\frac{\\partial l}{\\partial z_{h2}} = \\frac{\\partial a_{h2}}{\\partial z_{h2}} "
            + "\\cdot \\frac{\\partial l}{\\partial a_{h2}} = \\mathrm{relu}'(z_{h2}) \\cdot \\frac{\\partial l}{\\partial a_{h2}} = 0 \\cdot (-1) = 0"))
        #expect(!lines.isEmpty && lines.allSatisfy { !$0.contains("\\sigma") })
    }

    @Test func tanhIsWrittenTanh() throws {
        let lines = formulas(try handout("13"))
        #expect(lines.contains { $0.hasPrefix("a_{h1} = \\tanh(z_{h1}) = \\tanh(") })
        #expect(lines.contains { $0.contains("= (1 - a_{h1}^{2}) \\cdot \\frac{\\partial l}{\\partial a_{h1}} = ") })
        // The sigmoid output keeps σ.
        #expect(lines.contains { $0.hasPrefix("y_{o1} = \\sigma(z_{o1}) = \\frac{1}{1 + e^{-z_{o1}}} = ") })
        #expect(!lines.contains { $0.hasPrefix("a_{h1} = \\sigma") || $0.contains("\\sigma'(z_{h1})") })
    }
}
