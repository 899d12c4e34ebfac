import BackpropCore
import Lessons
import Testing
@testable import TutorUI

/// The panel's heading and formula name each neuron's own activation: σ only for the sigmoid.
struct ActivationPanelTests {
    /// The screen text of `lesson` after `presses` presses of l, drawn with `context`.
    func text(_ lesson: String, after presses: Int, context: RenderContext = .unicode) throws -> String {
        let keys = Array(repeating: "l", count: presses).joined(separator: " ")
        var program = try Fixtures.program(Fixtures.lesson(endingWith: lesson), after: keys, context: context)
        return program.render().plainText()
    }

    @Test func aLinearOutputIsYEqualsZ() throws {
        // Lesson 1: z = x₁·w₁ + b₁ = 1·(−1) + 0 = −1, and a linear neuron's y is z.
        let unicode = try text("01-gradient-descent.toml", after: 1)
        #expect(unicode.contains("→ Forward pass · o1 · output y = z (linear activation) "))
        #expect(unicode.contains("  yₒ₁ = zₒ₁\n      = −1\n"))
        #expect(!unicode.contains("σ"))
        let ascii = try text("01-gradient-descent.toml", after: 1, context: .ascii)
        #expect(ascii.contains("-> Forward pass - o1 - output y = z (linear activation) "))
        #expect(ascii.contains("  y_o1 = z_o1\n       = -1\n"))
    }

    @Test func aLinearOutputPassesTheGradientOn() throws {
        // Lesson 1, step 5: ∂l/∂y = y − t = −1 − 1 = −2 and ∂y/∂z = 1, so ∂l/∂z = 1·(−2) = −2.
        let unicode = try text("01-gradient-descent.toml", after: 4)
        #expect(unicode.contains("∂l/∂zₒ₁ = ∂yₒ₁/∂zₒ₁·∂l/∂yₒ₁\n          = 1·∂l/∂yₒ₁\n          = 1·(−2)\n          = −2"))
        #expect(!unicode.contains("σ"))
    }

    @Test func reluTanhAndSigmoidHeadingsNameTheirFunction() throws {
        // Lesson 9: z_h1 = 1·1 + 0 = 1, a_h1 = relu(1) = max(0, 1) = 1.
        let relu = try text("09-relu-dead-neuron.toml", after: 1)
        #expect(relu.contains("→ Forward pass · h1 · activation a = relu(z) "))
        #expect(relu.contains("  aₕ₁ = relu(zₕ₁)\n      = max(0, zₕ₁)\n      = max(0, 1)\n      = 1\n"))
        let tanh = try text("13-circle.toml", after: 1)
        #expect(tanh.contains("→ Forward pass · h1 · activation a = tanh(z) "))
        #expect(tanh.contains("  aₕ₁ = tanh(zₕ₁)\n"))
        let sigmoid = try text("07-worked-example.toml", after: 1)
        #expect(sigmoid.contains("→ Forward pass · h1 · activation a = σ(z) "))
        let sigmoidOutput = try text("07-worked-example.toml", after: 5)
        #expect(sigmoidOutput.contains("→ Forward pass · o1 · output y = σ(z), the activation "))
    }

    @Test func aDeadReLUsSlopeIsZero() throws {
        // Lesson 9, h2: z_h2 = 1·(−1) − 0.5 = −1.5 < 0, so ∂a/∂z = 0 and ∂l/∂a_h2 = w₄·(−1) = −1:
        // ∂l/∂z_h2 = 0·(−1) = 0 (step 13: z, a for h1, h2, o1; loss; ∂l/∂y, ∂l/∂z o1; h1's two; h2's two).
        let unicode = try text("09-relu-dead-neuron.toml", after: 12)
        #expect(unicode.contains("∂l/∂zₕ₂ = ∂aₕ₂/∂zₕ₂·∂l/∂aₕ₂\n          = relu'(zₕ₂)·∂l/∂aₕ₂\n          = 0·(−1)\n          = 0\n"))
        let ascii = try text("09-relu-dead-neuron.toml", after: 12, context: .ascii)
        #expect(ascii.contains("dl/dz_h2 = da_h2/dz_h2 * dl/da_h2\n           = relu'(z_h2) * dl/da_h2\n           = 0 * (-1)\n           = 0\n"))
    }
}
