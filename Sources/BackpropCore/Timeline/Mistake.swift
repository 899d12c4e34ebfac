/// A common mistake at a step, with the answer it gives, computed from the step's numbers.
///
/// A quiz compares a wrong answer with these and, when one matches, names the mistake
/// in its hint instead of repeating the formula.
public struct Mistake: Sendable, Hashable {
    /// What went wrong, with the symbols a hint names.
    public enum Kind: Sendable, Hashable {
        /// ∂l/∂a (or ∂l/∂y) typed as ∂l/∂z: the activation's slope left out.
        case forgotSlope(gradient: Expression, slope: Expression)
        /// The activation a = σ(z) used where its slope σ'(z) belongs.
        case activationForSlope(activation: Expression, slope: Expression)
        /// z itself used where the slope σ'(z) belongs.
        case sumForSlope(sum: Expression, slope: Expression)
        /// The sign flipped: t − y for y − t, or the loss without its minus.
        case flippedSign(right: Expression)
        /// θ + η·g: the gradient added instead of subtracted.
        case addedStep(gradient: Expression)
        /// θ − g: the learning rate left out.
        case forgotLearningRate
        /// The samples' terms summed where the batch averages them over N samples.
        case summedBatch(samples: Int)
        /// The samples' terms averaged where the batch sums them.
        case averagedBatch(samples: Int)
        /// The weights after the update used where the forward pass's belong.
        case updatedWeights
        /// One term of Σₖ wₖ·∂l/∂zₖ left out.
        case missingTerm(Expression)
        /// The weights into the neuron used instead of those out of it.
        case weightsIntoNeuron(neuron: String)
        /// Another edge's input used as ∂z/∂w.
        case wrongEdgeInput(used: Expression, right: Expression)
        /// ∂l/∂z alone: the factor ∂z/∂w (the value on the edge) left out.
        case forgotEdgeInput(right: Expression)
        /// The weight itself used as ∂z/∂w instead of the value on its edge.
        case weightForEdgeInput(weight: Expression, right: Expression)
        /// The ½ of the half squared error left out.
        case forgotHalf
        /// The 2 from differentiating the square kept, though the ½ cancels it.
        case keptTwo
        /// The bias left out of z.
        case forgotBias(Expression)
        /// z typed as the activation: the function not applied.
        case skippedActivation(function: Expression)
        /// σ(−z): the minus of e^(−z) lost.
        case flippedExponent
        /// e^(zᵢ) not divided by the layer's sum.
        case unnormalized
    }

    /// What went wrong.
    public let kind: Kind
    /// The answer the mistake gives, from the core's numbers.
    public let value: Double

    /// Creates a mistake.
    public init(kind: Kind, value: Double) {
        self.kind = kind
        self.value = value
    }
}

extension Timeline {
    /// The common mistakes at step `index` (0-based) and the answers they give, each
    /// different from the step's result; none when the step has no typical slip.
    public func mistakes(atStep index: Int) -> [Mistake] {
        let position = position(of: index)
        let steps = steps(iteration: position.iteration)
        return builder.mistakes(for: steps.steps[position.step], trace: steps.trace)
    }
}
