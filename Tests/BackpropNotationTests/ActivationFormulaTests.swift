import Testing
import BackpropCore
import BackpropNotation

/// Each activation's steps are written as that activation is, in all three notations:
/// a = σ(z) only for the sigmoid (and softmax), tanh(z), max(0, z), max(0.01·z, z), and
/// just z for a linear neuron; ∂l/∂z with that activation's ∂a/∂z.
///
/// Every case runs x₁ = 1 through x₁ → h1 → o1, both neurons with the activation under
/// test, half squared error, and checks h1's and o1's activation and ∂l/∂z steps. The
/// numbers in each case are worked out by hand in its comment.
struct ActivationFormulaTests {
    /// The four steps under test: h1's and o1's activation and ∂l/∂z.
    struct Lines {
        let hidden: Step, output: Step, hiddenGradient: Step, outputGradient: Step

        /// All four, for checks that hold for each.
        var all: [Step] { [hidden, output, hiddenGradient, outputGradient] }
    }

    /// The steps of update 1 for z_h1 = w₁ + b₁, z_o1 = w₂·a_h1 + b₂ and target t.
    func lines(_ activation: Activation, w1: Double, b1: Double, w2: Double, b2: Double,
               target: Double) throws -> Lines {
        let network = Network(inputNames: ["x1"],
                              layers: [LayerShape(name: "h", size: 1, activation: activation),
                                       LayerShape(name: "o", size: 1, activation: activation)],
                              weights: [[[w1]], [[w2]]], biases: [[b1], [b2]])
        let timeline = Timeline(network: network, options: TrainingOptions(loss: .halfSquaredError, learningRate: 0.1),
                                samples: [Sample(inputs: [1], targets: [target])], iterations: 1)
        let steps = timeline.steps(iteration: 1).steps
        func step(_ kind: StepKind, _ neuron: Int) throws -> Step {
            try #require(steps.first { $0.kind == kind && $0.neuron == neuron })
        }
        return Lines(hidden: try step(.activation, 0), output: try step(.activation, 1),
                     hiddenGradient: try step(.sumGradient, 0), outputGradient: try step(.sumGradient, 1))
    }

    let unicode = Notation(style: .unicode), ascii = Notation(style: .ascii), latex = Notation(style: .latex)

    /// Checks that no step writes the sigmoid's σ, in any notation.
    func expectNoSigma(_ lines: Lines, sourceLocation: SourceLocation = #_sourceLocation) {
        for step in lines.all {
            let written = [unicode.line(step), ascii.line(step), latex.line(step)]
            let sigma = written[0].contains("σ") || written[1].contains("s(") || written[1].contains("s'(")
                || written[2].contains("\\sigma")
            #expect(!sigma, "\(written[0])", sourceLocation: sourceLocation)
        }
    }

    @Test func linearIsJustZAndPassesTheGradientOn() throws {
        // z_h1 = 0.5 + 0 = 0.5 = a_h1; z_o1 = 2·0.5 − 0.5 = 0.5 = y; ∂l/∂y = y − t = 0.5;
        // ∂y/∂z = 1: ∂l/∂z_o1 = 0.5; ∂l/∂a_h1 = w₂·0.5 = 1; ∂l/∂z_h1 = 1·1 = 1.
        let lines = try lines(.linear, w1: 0.5, b1: 0, w2: 2, b2: -0.5, target: 0)
        #expect(unicode.line(lines.hidden) == "aₕ₁ = zₕ₁ = 0.5")
        #expect(unicode.line(lines.output) == "yₒ₁ = zₒ₁ = 0.5")
        #expect(unicode.line(lines.outputGradient) == "∂l/∂zₒ₁ = ∂yₒ₁/∂zₒ₁·∂l/∂yₒ₁ = 1·∂l/∂yₒ₁ = 1·0.5 = 0.5")
        #expect(unicode.line(lines.hiddenGradient) == "∂l/∂zₕ₁ = ∂aₕ₁/∂zₕ₁·∂l/∂aₕ₁ = 1·∂l/∂aₕ₁ = 1·1 = 1")
        #expect(ascii.line(lines.hidden) == "a_h1 = z_h1 = 0.5")
        #expect(ascii.line(lines.hiddenGradient) == "dl/dz_h1 = da_h1/dz_h1 * dl/da_h1 = 1 * dl/da_h1 = 1 * 1 = 1")
        #expect(latex.line(lines.output) == "y_{o1} = z_{o1} = 0.5")
        #expect(latex.line(lines.hiddenGradient) == "\\frac{\\partial l}{\\partial z_{h1}} = "
            + "\\frac{\\partial a_{h1}}{\\partial z_{h1}} \\cdot \\frac{\\partial l}{\\partial a_{h1}} = "
            + "1 \\cdot \\frac{\\partial l}{\\partial a_{h1}} = 1 \\cdot 1 = 1")
        expectNoSigma(lines)
    }

    @Test func aNegativeLinearValueIsParenthesizedInAProduct() {
        // y = z written as z: −0.5 times 2 needs its parentheses, as the number itself would.
        let product = Expression.integer(2) * .call(.activation(.linear), .number(-0.5))
        #expect(unicode.render(product) == "2·(−0.5)")
        // A negative factor is in parentheses wherever it stands, so a sum never reads "+ −1·0.25".
        let sum = Expression.number(2) * .number(0.5) + .number(-1) * .number(0.25)
        #expect(unicode.render(sum) == "2·0.5 + (−1)·0.25")
        #expect(unicode.render(Expression.number(-1) * .number(0.25)) == "(−1)·0.25")
        #expect(latex.render(.call(.activation(.linear), .q(.z("h1")))) == "z_{h1}")
    }

    @Test func reluIsMaxAndItsSlopeIsOneOrZeroBySign() throws {
        // z_h1 = −1 + 0.5 = −0.5 < 0: a_h1 = max(0, −0.5) = 0; z_o1 = 1·0 + 1 = 1 > 0: y = 1;
        // ∂l/∂y = 1 − 3 = −2; ∂l/∂z_o1 = 1·(−2) = −2; ∂l/∂a_h1 = w₂·(−2) = −2; ∂l/∂z_h1 = 0·(−2) = 0.
        let lines = try lines(.relu, w1: -1, b1: 0.5, w2: 1, b2: 1, target: 3)
        #expect(unicode.line(lines.hidden) == "aₕ₁ = relu(zₕ₁) = max(0, zₕ₁) = max(0, −0.5) = 0")
        #expect(unicode.line(lines.output) == "yₒ₁ = relu(zₒ₁) = max(0, zₒ₁) = max(0, 1) = 1")
        #expect(unicode.line(lines.outputGradient) == "∂l/∂zₒ₁ = ∂yₒ₁/∂zₒ₁·∂l/∂yₒ₁ = relu'(zₒ₁)·∂l/∂yₒ₁ = 1·(−2) = −2")
        #expect(unicode.line(lines.hiddenGradient) == "∂l/∂zₕ₁ = ∂aₕ₁/∂zₕ₁·∂l/∂aₕ₁ = relu'(zₕ₁)·∂l/∂aₕ₁ = 0·(−2) = 0")
        #expect(ascii.line(lines.hidden) == "a_h1 = relu(z_h1) = max(0, z_h1) = max(0, -0.5) = 0")
        #expect(ascii.line(lines.hiddenGradient) == "dl/dz_h1 = da_h1/dz_h1 * dl/da_h1 = relu'(z_h1) * dl/da_h1 = 0 * (-2) = 0")
        #expect(latex.line(lines.hidden) == "a_{h1} = \\mathrm{relu}(z_{h1}) = \\max(0, z_{h1}) = \\max(0, -0.5) = 0")
        #expect(latex.line(lines.hiddenGradient) == "\\frac{\\partial l}{\\partial z_{h1}} = "
            + "\\frac{\\partial a_{h1}}{\\partial z_{h1}} \\cdot \\frac{\\partial l}{\\partial a_{h1}} = "
            + "\\mathrm{relu}'(z_{h1}) \\cdot \\frac{\\partial l}{\\partial a_{h1}} = 0 \\cdot (-2) = 0")
        expectNoSigma(lines)
    }

    @Test func leakyReLUKeepsAHundredthOfNegativeZ() throws {
        // z_h1 = −0.5: a_h1 = max(0.01·(−0.5), −0.5) = −0.005; z_o1 = −0.005 + 1 = 0.995 = y;
        // ∂l/∂y = 0.995 − 3 = −2.005; ∂l/∂z_o1 = 1·(−2.005); ∂l/∂a_h1 = 1·(−2.005);
        // ∂l/∂z_h1 = 0.01·(−2.005) = −0.02005.
        let lines = try lines(.leakyReLU, w1: -1, b1: 0.5, w2: 1, b2: 1, target: 3)
        #expect(unicode.line(lines.hidden) == "aₕ₁ = leaky_relu(zₕ₁) = max(0.01·zₕ₁, zₕ₁) = max(0.01·(−0.5), −0.5) = −0.005")
        #expect(unicode.line(lines.output) == "yₒ₁ = leaky_relu(zₒ₁) = max(0.01·zₒ₁, zₒ₁) = max(0.01·0.995, 0.995) = 0.995")
        #expect(unicode.line(lines.outputGradient) == "∂l/∂zₒ₁ = ∂yₒ₁/∂zₒ₁·∂l/∂yₒ₁ = leaky_relu'(zₒ₁)·∂l/∂yₒ₁ = 1·(−2.005) = −2.005")
        #expect(unicode.line(lines.hiddenGradient)
            == "∂l/∂zₕ₁ = ∂aₕ₁/∂zₕ₁·∂l/∂aₕ₁ = leaky_relu'(zₕ₁)·∂l/∂aₕ₁ = 0.01·(−2.005) = −0.02005")
        #expect(ascii.line(lines.hidden) == "a_h1 = leaky_relu(z_h1) = max(0.01 * z_h1, z_h1) = max(0.01 * (-0.5), -0.5) = -0.005")
        #expect(ascii.line(lines.hiddenGradient)
            == "dl/dz_h1 = da_h1/dz_h1 * dl/da_h1 = leaky_relu'(z_h1) * dl/da_h1 = 0.01 * (-2.005) = -0.02005")
        #expect(latex.line(lines.hidden)
            == "a_{h1} = \\mathrm{leaky\\_relu}(z_{h1}) = \\max(0.01 \\cdot z_{h1}, z_{h1}) = \\max(0.01 \\cdot (-0.5), -0.5) = -0.005")
        #expect(latex.render(lines.hiddenGradient.substituted) == "0.01 \\cdot (-2.005)")
        expectNoSigma(lines)
    }

    @Test func tanhIsWrittenTanhAndItsSlopeIsOneMinusASquared() throws {
        // tanh(ln 2) = (4 − 1)/(4 + 1) = 0.6 and tanh(ln 3) = (9 − 1)/(9 + 1) = 0.8, so with
        // w₁ = ln 2 and b₂ = ln 3 − 0.6: a_h1 = 0.6, z_o1 = ln 3 ≈ 1.09861, y = 0.8;
        // ∂l/∂y = 0.8 − 1 = −0.2; ∂l/∂z_o1 = (1 − 0.64)·(−0.2) = −0.072 = ∂l/∂a_h1 (w₂ = 1);
        // ∂l/∂z_h1 = (1 − 0.36)·(−0.072) = −0.04608.
        let ln2 = 0.6931471805599453, ln3 = 1.0986122886681098
        let lines = try lines(.tanh, w1: ln2, b1: 0, w2: 1, b2: ln3 - 0.6, target: 1)
        #expect(unicode.line(lines.hidden) == "aₕ₁ = tanh(zₕ₁) = tanh(0.693147) = 0.6")
        #expect(unicode.line(lines.output) == "yₒ₁ = tanh(zₒ₁) = tanh(1.09861) = 0.8")
        #expect(unicode.line(lines.outputGradient)
            == "∂l/∂zₒ₁ = ∂yₒ₁/∂zₒ₁·∂l/∂yₒ₁ = tanh'(zₒ₁)·∂l/∂yₒ₁ = (1 − yₒ₁²)·∂l/∂yₒ₁ = (1 − 0.8²)·(−0.2) = −0.072")
        #expect(unicode.line(lines.hiddenGradient)
            == "∂l/∂zₕ₁ = ∂aₕ₁/∂zₕ₁·∂l/∂aₕ₁ = tanh'(zₕ₁)·∂l/∂aₕ₁ = (1 − aₕ₁²)·∂l/∂aₕ₁ = (1 − 0.6²)·(−0.072) = −0.04608")
        #expect(ascii.line(lines.hidden) == "a_h1 = tanh(z_h1) = tanh(0.693147) = 0.6")
        #expect(ascii.line(lines.hiddenGradient)
            == "dl/dz_h1 = da_h1/dz_h1 * dl/da_h1 = tanh'(z_h1) * dl/da_h1 = (1 - a_h1^2) * dl/da_h1 = (1 - 0.6^2) * (-0.072) = -0.04608")
        #expect(latex.line(lines.hidden) == "a_{h1} = \\tanh(z_{h1}) = \\tanh(0.693147) = 0.6")
        #expect(latex.render(lines.hiddenGradient.expanded[1])
            == "(1 - a_{h1}^{2}) \\cdot \\frac{\\partial l}{\\partial a_{h1}}")
        expectNoSigma(lines)
    }

    @Test func theSigmoidIsStillWrittenSigma() throws {
        // σ(ln 3) = 1/(1 + 1/3) = 0.75, σ' = 0.75·0.25 = 0.1875; z_o1 = 4·0.75 − 3 = 0: y = 0.5;
        // ∂l/∂y = 0.5 − 1 = −0.5; ∂l/∂z_o1 = 0.25·(−0.5) = −0.125; ∂l/∂a_h1 = 4·(−0.125) = −0.5;
        // ∂l/∂z_h1 = 0.1875·(−0.5) = −0.09375.
        let lines = try lines(.sigmoid, w1: 1.0986122886681098, b1: 0, w2: 4, b2: -3, target: 1)
        #expect(unicode.line(lines.hidden) == "aₕ₁ = σ(zₕ₁) = 1/(1 + e^(−zₕ₁)) = 1/(1 + e^(−1.09861)) = 0.75")
        #expect(unicode.line(lines.hiddenGradient) == "∂l/∂zₕ₁ = ∂aₕ₁/∂zₕ₁·∂l/∂aₕ₁ = σ'(zₕ₁)·∂l/∂aₕ₁ = "
            + "aₕ₁·(1 − aₕ₁)·∂l/∂aₕ₁ = 0.75·(1 − 0.75)·(−0.5) = −0.09375")
        #expect(unicode.line(lines.outputGradient) == "∂l/∂zₒ₁ = ∂yₒ₁/∂zₒ₁·∂l/∂yₒ₁ = σ'(zₒ₁)·∂l/∂yₒ₁ = "
            + "yₒ₁·(1 − yₒ₁)·∂l/∂yₒ₁ = 0.5·(1 − 0.5)·(−0.5) = −0.125")
        #expect(ascii.line(lines.hidden) == "a_h1 = s(z_h1) = 1/(1 + exp(-z_h1)) = 1/(1 + exp(-1.09861)) = 0.75")
        #expect(latex.render(lines.hiddenGradient.expanded[0])
            == "\\sigma'(z_{h1}) \\cdot \\frac{\\partial l}{\\partial a_{h1}}")
    }

    @Test func softmaxIsWrittenByNameAndItsGradientAsTheSumOverOutputs() throws {
        // z = (0, 0): y = e⁰/(e⁰ + e⁰) = 0.5 each; t = (1, 0): ∂l/∂y = −t/y = (−2, 0); with
        // cross-entropy ∂l/∂z_o1 = Σₖ yₖ(δₖ₁ − y₁)·∂l/∂yₖ = 0.5·0.5·(−2) + 0.5·(−0.5)·0 = −0.5 = y − t.
        let network = Network(inputNames: ["x1"], layers: [LayerShape(name: "o", size: 2, activation: .softmax)],
                              weights: [[[0], [0]]], biases: [[0, 0]])
        let timeline = Timeline(network: network, options: TrainingOptions(loss: .crossEntropy, learningRate: 0.1),
                                samples: [Sample(inputs: [1], targets: [1, 0])], iterations: 1)
        let steps = timeline.steps(iteration: 1).steps
        let output = try #require(steps.first { $0.kind == .activation && $0.neuron == 0 })
        #expect(unicode.line(output) == "yₒ₁ = softmax(z)ₒ₁ = e^(zₒ₁)/(e^(zₒ₁) + e^(zₒ₂)) = e^(0)/(e^(0) + e^(0)) = 0.5")
        #expect(ascii.line(output) == "y_o1 = softmax(z)_o1 = exp(z_o1)/(exp(z_o1) + exp(z_o2)) = exp(0)/(exp(0) + exp(0)) = 0.5")
        let gradient = try #require(steps.first { $0.kind == .sumGradient && $0.neuron == 0 })
        #expect(unicode.line(gradient) == "∂l/∂zₒ₁ = ∂yₒ₁/∂zₒ₁·∂l/∂yₒ₁ + ∂yₒ₂/∂zₒ₁·∂l/∂yₒ₂ "
            + "= yₒ₁·(1 − yₒ₁)·∂l/∂yₒ₁ + yₒ₂·(0 − yₒ₁)·∂l/∂yₒ₂ = 0.5·(1 − 0.5)·(−2) + 0.5·(0 − 0.5)·0 = −0.5")
        let remark = try #require(gradient.remark)
        #expect(unicode.render(remark).hasSuffix("simplifies to yₒ₁ − tₒ₁, as the targets add up to 1"))
        // The remark's words stay as written; its formula is written in the notation asked for.
        #expect(ascii.render(remark).hasSuffix("simplifies to y_o1 - t_o1, as the targets add up to 1"))
    }

    @Test func theFunctionsNameTheirActivation() {
        let z = Expression.q(.z("h1"))
        let written = Activation.allCases.map { unicode.render(.call(.activation($0), z)) }
        // σ for the sigmoid only; softmax(z)ᵢ names the layer's softmax, component i.
        #expect(written == ["σ(zₕ₁)", "tanh(zₕ₁)", "relu(zₕ₁)", "leaky_relu(zₕ₁)", "zₕ₁", "softmax(z)ₕ₁"])
        let derivatives = Activation.allCases.map { latex.render(.call(.activationDerivative($0), z)) }
        #expect(derivatives == ["\\sigma'(z_{h1})", "\\tanh'(z_{h1})", "\\mathrm{relu}'(z_{h1})",
                                "\\mathrm{leaky\\_relu}'(z_{h1})", "1", "\\mathrm{softmax}'(z_{h1})"])
    }

    @Test func aSubstitutedFormThatIsJustTheResultIsNotRepeated() throws {
        // A bias's gradient is ∂l/∂z itself: 1·∂l/∂z = −0.5 once, not = −0.5 = −0.5.
        let lines = try lines(.linear, w1: 0.5, b1: 0, w2: 2, b2: -0.5, target: 0)
        #expect(unicode.parts(of: lines.hidden) == ["aₕ₁", "zₕ₁", "0.5"])
        let network = Network(inputNames: ["x1"], layers: [LayerShape(name: "o", size: 1, activation: .linear)],
                              weights: [[[1]]], biases: [[0]])
        let timeline = Timeline(network: network, options: TrainingOptions(loss: .halfSquaredError, learningRate: 0.1),
                                samples: [Sample(inputs: [1], targets: [1.5])], iterations: 1)
        let bias = try #require(timeline.steps(iteration: 1).steps.first { $0.kind == .parameterGradient && $0.parameter == 1 })
        // y = 1, ∂l/∂y = 1 − 1.5 = −0.5 = ∂l/∂z = ∂l/∂b.
        #expect(unicode.line(bias) == "∂l/∂b₁ = ∂zₒ₁/∂b₁·∂l/∂zₒ₁ = 1·∂l/∂zₒ₁ = −0.5")
    }
}
