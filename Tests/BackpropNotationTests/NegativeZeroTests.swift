import Testing
import BackpropCore
@testable import BackpropNotation

/// Negative zero, which IEEE arithmetic produces (0·(−1) = −0), is written 0 for people.
struct NegativeZeroTests {
    /// Lesson 9's network: h1 = relu(x₁·1 + 0), h2 = relu(x₁·(−1) − 0.5), o1 = h1 + h2 (linear).
    static let network = Network(
        inputNames: ["x1"],
        layers: [LayerShape(name: "h", size: 2, activation: .relu),
                 LayerShape(name: "o", size: 1, activation: .linear)],
        weights: [[[1], [-1]], [[1, 1]]],
        biases: [[0, -0.5], [0]])
    static let options = TrainingOptions(loss: .halfSquaredError, learningRate: 0.1)
    static let samples = [Sample(inputs: [1], targets: [2])]

    @Test(arguments: NotationStyle.allCases, [nil, 1, 3, 6])
    func negativeZeroIsWrittenAsZero(style: NotationStyle, digits: Int?) {
        let format = NumberFormat(significantDigits: digits, style: style)
        #expect(format.string(-0.0) == "0")
        #expect(format.string(0.0) == "0")
        // Only zero changes: the smallest negative numbers keep their sign.
        #expect(format.string(-0.5) == format.minus + "0.5")
        #expect(format.string(-1e-300) != format.string(1e-300))
    }

    @Test func negativeZeroNeedsNoParentheses() {
        let unicode = Notation(style: .unicode)
        #expect(unicode.render(.number(0.1) * .number(-0.0)) == "0.1·0")
        #expect(unicode.render(.number(-1) - .number(0.1) * .number(-0.0)) == "−1 − 0.1·0")
        #expect(unicode.render(.number(1) + .number(-0.0)) == "1 + 0")
        // A real negative number still gets them.
        #expect(unicode.render(.number(0.1) * .number(-2)) == "0.1·(−2)")
    }

    @Test func theDeadReLUsGradientIsShownAsZero() throws {
        let timeline = Timeline(network: Self.network, options: Self.options, samples: Self.samples, iterations: 1)
        let steps = timeline.steps(iteration: 1).steps
        // By hand: z_h2 = 1·(−1) − 0.5 = −1.5 < 0, so ∂a_h2/∂z_h2 = 0; y = 1·1 + 0·1 = 1,
        // ∂l/∂y = y − t = −1, ∂l/∂a_h2 = w₄·(−1) = −1, and ∂l/∂z_h2 = 0·(−1), which IEEE
        // arithmetic makes −0; so is ∂l/∂w₂ = x₁·∂l/∂z_h2 = 1·(−0).
        let gradient = try #require(steps.first { $0.kind == .parameterGradient && $0.parameter == 1 })
        let update = try #require(steps.first { $0.kind == .update && $0.parameter == 1 })
        #expect(gradient.result == 0 && gradient.result.sign == .minus, "the core keeps −0 (the case under test)")
        #expect(Notation(style: .unicode).line(gradient) == "∂l/∂w₂ = ∂zₕ₂/∂w₂·∂l/∂zₕ₂ = x₁·∂l/∂zₕ₂ = 1·0 = 0")
        #expect(Notation(style: .unicode).line(update) == "w₂ ← w₂ − η·∂l/∂w₂ = −1 − 0.1·0 = −1")
        #expect(Notation(style: .ascii).line(update) == "w2 <- w2 - eta * dl/dw2 = -1 - 0.1 * 0 = -1")
        #expect(Notation(style: .latex).render(update.substituted) == "-1 - 0.1 \\cdot 0")
    }
}
