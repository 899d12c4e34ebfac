import BackpropCore

/// Where training stopped being finite: the update, and the first value in it that was
/// NaN or infinite, in the order the update computes them.
public struct Divergence: Sendable, Hashable {
    /// The 1-based number of the update in which the first non-finite value appeared.
    public let iteration: Int
    /// That update's loss L(θ₀), which may still be finite (if only the gradient or θ₁ overflowed).
    public let loss: Double
    /// The first non-finite value of the update.
    public let firstNonFinite: NonFiniteValue
    /// The learning rate η the update used.
    public let learningRate: Double
    /// θ₀ of that update: finite, but possibly so large that its loss is already infinite.
    public let parametersBefore: [Double]
    /// θ₀ of the last update whose every value was finite, where a restart begins: the
    /// update before the diverging one (or, if the very first update diverged, its θ₀).
    public let restartParameters: [Double]
    /// How many updates had been made at ``restartParameters``.
    public let restartIteration: Int

    /// Creates a record.
    public init(iteration: Int, loss: Double, firstNonFinite: NonFiniteValue, learningRate: Double,
                parametersBefore: [Double], restartParameters: [Double], restartIteration: Int) {
        self.iteration = iteration
        self.loss = loss
        self.firstNonFinite = firstNonFinite
        self.learningRate = learningRate
        self.parametersBefore = parametersBefore
        self.restartParameters = restartParameters
        self.restartIteration = restartIteration
    }
}

/// One value of an update that was NaN or infinite, named as the notes name it.
public enum NonFiniteValue: Sendable, Hashable, CustomStringConvertible {
    /// A neuron's z, a, ∂l/∂a or ∂l/∂z in the pass of a sample (0-based index into the data).
    case neuron(sample: Int, neuron: String, quantity: NeuronQuantity, value: Double)
    /// A sample's loss l.
    case sampleLoss(sample: Int, value: Double)
    /// A sample's gradient ∂l/∂θ of a parameter (`w5`).
    case sampleGradient(sample: Int, parameter: String, value: Double)
    /// The update's gradient ∂L/∂θ of a parameter.
    case gradient(parameter: String, value: Double)
    /// The updated value θ₁ of a parameter.
    case updatedParameter(parameter: String, value: Double)

    /// The value itself (NaN or ±∞).
    public var value: Double {
        switch self {
        case .neuron(_, _, _, let value), .sampleLoss(_, let value), .sampleGradient(_, _, let value),
             .gradient(_, let value), .updatedParameter(_, let value):
            return value
        }
    }

    /// A short description: `z of h2 = inf (sample 3)`, `∂L/∂w5 = nan`.
    public var description: String {
        let number = value.isNaN ? "NaN" : (value < 0 ? "−∞" : "∞")
        switch self {
        case .neuron(let sample, let neuron, let quantity, _):
            return "\(quantity.symbol) of \(neuron) = \(number) (sample \(sample + 1))"
        case .sampleLoss(let sample, _):
            return "l = \(number) (sample \(sample + 1))"
        case .sampleGradient(let sample, let parameter, _):
            return "∂l/∂\(parameter) = \(number) (sample \(sample + 1))"
        case .gradient(let parameter, _):
            return "∂L/∂\(parameter) = \(number)"
        case .updatedParameter(let parameter, _):
            return "new \(parameter) = \(number)"
        }
    }

    /// The first non-finite value of a trace in the order the update computes them, or nil.
    ///
    /// Per sample: the forward pass (z then a, neuron by neuron, layer by layer), the loss,
    /// the backward pass (∂l/∂a then ∂l/∂z, from the output layer down), the sample's
    /// gradients; then the update's ∇L and θ₁.
    public static func first(in trace: IterationTrace, architecture: Architecture) -> NonFiniteValue? {
        // Called after every traced update, where all is almost always finite: names are
        // made only for the value returned.
        let names = NameLookup(architecture: architecture)
        let ids = names
        for sample in trace.samples {
            let s = sample.sample
            for n in 0..<names.neuronCount {
                if !sample.z(n).isFinite { return .neuron(sample: s, neuron: names.neuron(n), quantity: .z, value: sample.z(n)) }
                if !sample.a(n).isFinite { return .neuron(sample: s, neuron: names.neuron(n), quantity: .a, value: sample.a(n)) }
            }
            if !sample.loss.isFinite { return .sampleLoss(sample: s, value: sample.loss) }
            for layer in architecture.layers.indices.reversed() {
                for j in 0..<architecture.layers[layer].size {
                    let n = architecture.neuronIndex(layer: layer, neuron: j)
                    if !sample.dlda(n).isFinite {
                        return .neuron(sample: s, neuron: names.neuron(n), quantity: .dlda, value: sample.dlda(n))
                    }
                    if !sample.dldz(n).isFinite {
                        return .neuron(sample: s, neuron: names.neuron(n), quantity: .dldz, value: sample.dldz(n))
                    }
                }
            }
            for p in 0..<ids.parameterCount where !sample.gradient(p).isFinite {
                return .sampleGradient(sample: s, parameter: ids.parameter(p), value: sample.gradient(p))
            }
        }
        for p in 0..<ids.parameterCount where !trace.gradient(p).isFinite {
            return .gradient(parameter: ids.parameter(p), value: trace.gradient(p))
        }
        for p in 0..<ids.parameterCount where !trace.after(p).isFinite {
            return .updatedParameter(parameter: ids.parameter(p), value: trace.after(p))
        }
        return nil
    }
}

/// Neuron names and parameter ids by flat index, made on demand.
private struct NameLookup {
    let architecture: Architecture

    var neuronCount: Int { architecture.neuronCount }
    var parameterCount: Int { architecture.parameterCount }

    /// The name of neuron `n` (`h1`).
    func neuron(_ n: Int) -> String { architecture.neuronNames[n] }

    /// The id of parameter `p` (`w5`).
    func parameter(_ p: Int) -> String { architecture.parameter(at: p).id }
}

/// The four values a pass keeps per neuron.
public enum NeuronQuantity: String, Sendable, Hashable {
    /// The weighted sum z.
    case z
    /// The activation a = σ(z).
    case a
    /// ∂l/∂a.
    case dlda
    /// ∂l/∂z.
    case dldz

    /// The quantity as the notes write it: `z`, `a`, `∂l/∂a`, `∂l/∂z`.
    public var symbol: String {
        switch self {
        case .z: return "z"
        case .a: return "a"
        case .dlda: return "∂l/∂a"
        case .dldz: return "∂l/∂z"
        }
    }
}
