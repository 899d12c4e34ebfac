import BackpropCore
import BackpropNotation
import Lessons

/// The names and symbols the diagram writes, rendered once per lesson in the notation:
/// input names (i₁), neuron names (h1), target symbols (tₒ₁), weight ids (w₅) and the
/// value labels (z, a, y, ∂l/∂a, ∂l/∂y, ∂l/∂z, l, L).
struct DiagramNames: Sendable, Hashable {
    /// Each input's name (i₁).
    let inputs: [String]
    /// Each neuron's name, in flat order (h1).
    let neurons: [String]
    /// Each output's target symbol (tₒ₁).
    let targets: [String]
    /// Each weight's id (w₅).
    let weights: [String]
    /// Each parameter's id, weights then biases (w₅, b₁).
    let parameters: [String]
    /// Each layer's activation slope as a factor's name: σ'(z), tanh'(z), relu'(z).
    let slopes: [String]
    /// The value labels of a box: z, a, y.
    let z: String, a: String, y: String
    /// The derivative labels of a box: ∂l/∂a, ∂l/∂y, ∂l/∂z.
    let dlda: String, dldy: String, dldz: String
    /// The loss box's labels: l and L.
    let loss: String, totalLoss: String

    /// The name of layer `layer`'s slope σ'(z).
    func slope(_ layer: Int) -> String { slopes[layer] }

    /// The names of `lesson`'s network as `context` writes them.
    init(lesson: Lesson, context: RenderContext) {
        let architecture = lesson.network.architecture
        let notation = context.notation
        inputs = architecture.inputNames.map { notation.render(Quantity.input($0)) }
        neurons = architecture.neuronNames
        targets = (0..<architecture.outputCount).map {
            notation.render(Quantity.t(architecture.neuronName(layer: architecture.outputLayer, neuron: $0)))
        }
        parameters = (0..<architecture.parameterCount).map { notation.render(Quantity.parameter(architecture.parameter(at: $0).id)) }
        weights = Array(parameters.prefix(architecture.weightCount))
        slopes = architecture.layers.map {
            notation.render(Expression.call(.activationDerivative($0.activation), .q(GenericSymbol.z.quantity)))
        }
        z = context.symbol(.z)
        a = context.symbol(.a)
        y = context.symbol(.y)
        dlda = context.symbol(.dlda)
        dldy = context.symbol(.dldy)
        dldz = context.symbol(.dldz)
        loss = context.symbol(.loss)
        totalLoss = context.symbol(.totalLoss)
    }
}
