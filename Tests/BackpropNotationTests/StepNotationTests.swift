import Testing
import BackpropCore
import BackpropNotation
import TestSupport

/// The worked example's steps read in the notes' notation, in all three styles.
struct StepNotationTests {
    let timeline = Timeline(network: WorkedExampleNetwork.network, options: WorkedExampleNetwork.options,
                            samples: WorkedExampleNetwork.samples, iterations: 3)

    @Test func formulasReadInTheNotesNotation() {
        let steps = timeline.steps(iteration: 1).steps
        let unicode = Notation(style: .unicode), ascii = Notation(style: .ascii), latex = Notation(style: .latex)
        #expect(unicode.line(steps[0]) == "zₕ₁ = i₁·w₁ + i₂·w₂ + b₁ = 0.05·0.15 + 0.1·0.2 + 0.35 = 0.3775")
        #expect(ascii.line(steps[14]) == "dl/dz_h1 = da_h1/dz_h1 * dl/da_h1 = s'(z_h1) * dl/da_h1 = a_h1 * (1 - a_h1) * dl/da_h1 = 0.59327 * (1 - 0.59327) * 0.0363503 = 0.00877135")
        #expect(unicode.line(steps[13]) == "∂l/∂aₕ₁ = ∂zₒ₁/∂aₕ₁·∂l/∂zₒ₁ + ∂zₒ₂/∂aₕ₁·∂l/∂zₒ₂ = w₅·∂l/∂zₒ₁ + w₇·∂l/∂zₒ₂ = 0.4·0.138499 + 0.5·(−0.0380982) = 0.0363503")
        #expect(unicode.line(steps[21]) == "∂l/∂w₅ = ∂zₒ₁/∂w₅·∂l/∂zₒ₁ = aₕ₁·∂l/∂zₒ₁ = 0.59327·0.138499 = 0.082167")
        #expect(unicode.line(steps[29]) == "w₅ ← w₅ − η·∂l/∂w₅ = 0.4 − 0.5·0.082167 = 0.358916")
        #expect(latex.render(steps[8].symbolic) == "\\frac{1}{2} \\cdot ((t_{o1} - y_{o1})^{2} + (t_{o2} - y_{o2})^{2})")
    }

    @Test func theBatchGradientIsWrittenAsTheMeanOverSamples() {
        let options = TrainingOptions(loss: .halfSquaredError, learningRate: 0.5, batch: .full, reduction: .mean)
        let samples = [Sample(inputs: [0.05, 0.10], targets: [0.01, 0.99]), Sample(inputs: [0.2, -0.1], targets: [0.5, 0.5])]
        let timeline = Timeline(network: WorkedExampleNetwork.network, options: options, samples: samples, iterations: 1)
        // Two samples of 17 steps, the batch loss, then the 12 gradients: w5's is the 5th.
        let w5 = timeline.steps(iteration: 1).steps[35 + 4]
        #expect(Notation(style: .unicode).render(w5.symbolic) == "(1/N)·Σₙ ∂l⁽ⁿ⁾/∂w₅")
        #expect(Notation(style: .unicode).render(w5.lhs) == "∂L/∂w₅")
    }
}
