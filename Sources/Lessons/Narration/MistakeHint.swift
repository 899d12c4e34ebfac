import BackpropCore
import BackpropNotation

/// The words a hint uses to name a common mistake: what the answer given looks like, and
/// what the step wants instead, never the right answer itself.
public enum MistakeHint {
    /// One or two sentences naming `mistake`, in `notation`.
    public static func sentence(_ mistake: Mistake, in notation: Notation) -> String {
        let r: (Expression) -> String = notation.render
        let eta = notation.render(Quantity.learningRate)
        switch mistake.kind {
        case let .forgotSlope(gradient, slope):
            return "That is \(r(gradient)) alone: you left out the activation's slope \(r(slope)), the factor the neuron applies on the way back."
        case let .activationForSlope(activation, slope):
            return "That used the activation \(r(activation)) where its slope \(r(slope)) belongs."
        case let .sumForSlope(sum, slope):
            return "That used \(r(sum)) itself where the slope \(r(slope)) belongs."
        case .flippedSign(let right):
            return "The sign is flipped: the step computes \(r(right)), check which term comes first and every minus."
        case .addedStep(let gradient):
            return "That added \(eta)·\(r(gradient)): gradient descent subtracts it, stepping against the slope."
        case .forgotLearningRate:
            return "That subtracted the whole gradient: the step is \(eta) times the gradient."
        case .summedBatch(let count):
            return "That is the sum over the \(count) samples: this batch averages them, so divide by N = \(count)."
        case .averagedBatch(let count):
            return "That is the mean over the \(count) samples: this batch adds them up without dividing."
        case .updatedWeights:
            return "That used the weights after the update: the backward pass uses the weights of the forward pass."
        case .missingTerm(let term):
            return "That leaves out the term \(r(term)): the sum has a term for every neuron this one feeds."
        case .weightsIntoNeuron(let neuron):
            return "That used the weights into \(neuron): ∂l/∂a takes the weights out of it, on the edges to the neurons it feeds."
        case let .wrongEdgeInput(used, right):
            return "That multiplied by \(r(used)), the input of another edge: ∂z/∂w is \(r(right)), the value on this weight's own edge."
        case .forgotEdgeInput(let right):
            return "That is ∂l/∂z alone: the gradient also takes ∂z/∂w = \(r(right)), the value on the weight's edge."
        case let .weightForEdgeInput(weight, right):
            return "That multiplied by the weight \(r(weight)) itself: ∂z/∂w is \(r(right)), the value the edge carries."
        case .forgotHalf:
            return "That leaves out the ½ of the squared error, l = ½Σ(t − y)²."
        case .keptTwo:
            return "That kept the 2 from differentiating the square: the ½ in l = ½(t − y)² cancels it."
        case .forgotBias(let bias):
            return "That leaves out the bias \(r(bias)): z adds it after the weighted inputs."
        case .skippedActivation(let function):
            return "That is z itself: the activation, \(r(function)), is still to be applied."
        case .flippedExponent:
            return "That is σ(−z): the sigmoid is 1/(1 + e^(−z)), with a minus in the exponent."
        case .unnormalized:
            return "That is e^(z) alone: softmax divides it by the sum of e^(zₖ) over the whole layer."
        }
    }
}
