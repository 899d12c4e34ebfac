import BackpropCore

/// A name for one value a step computes, as a quiz's answer writes it: `dl_dz h1`, `new w5`.
///
/// ```
/// value := z NEURON | a NEURON | y NEURON          weighted sum, activation (y: output neurons)
///        | dl_da NEURON | dl_dy NEURON | dl_dz NEURON
///        | dl_dw WEIGHT | dl_db BIAS | grad PARAMETER   ∂l/∂θ (∂L/∂θ for a full batch)
///        | new PARAMETER                               θ₁, the value after the update
///        | loss | total loss                           l of the sample, L of the batch
/// ```
///
/// `y` and `dl_dy` are the notes' names at the output layer and only name output neurons;
/// `a` and `dl_da` name any neuron. A selector says which value, not for which update or
/// sample: a quiz's step selector says that, and ``StepLocator/step(producing:within:)``
/// finds the step within it that computes the value.
public struct ValueSelector: Sendable, Hashable, CustomStringConvertible {
    /// Which kind of value, by the word a selector starts with.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// `z NEURON`: the weighted sum.
        case z
        /// `a NEURON`: the activation of any neuron.
        case a
        /// `y NEURON`: the output of an output neuron (its activation).
        case y
        /// `dl_da NEURON`: ∂l/∂a of any neuron.
        case dlda = "dl_da"
        /// `dl_dy NEURON`: ∂l/∂y of an output neuron.
        case dldy = "dl_dy"
        /// `dl_dz NEURON`: ∂l/∂z.
        case dldz = "dl_dz"
        /// `dl_dw WEIGHT`: a weight's gradient.
        case dldw = "dl_dw"
        /// `dl_db BIAS`: a bias's gradient.
        case dldb = "dl_db"
        /// `grad PARAMETER`: any parameter's gradient.
        case grad
        /// `new PARAMETER`: the value after the update.
        case new
        /// `loss`: the sample's loss l.
        case loss
        /// `total loss`: the batch loss L.
        case totalLoss = "total loss"

        /// Whether the kind names a neuron (the others but the losses name a parameter).
        var namesNeuron: Bool { [.z, .a, .y, .dlda, .dldy, .dldz].contains(self) }
    }

    /// The kind of value.
    public var kind: Kind
    /// The neuron or parameter it belongs to; nil for the losses.
    public var name: String?

    /// Creates a selector from its parts.
    public init(kind: Kind, name: String?) {
        self.kind = kind
        self.name = name
    }

    /// Reads a selector such as `dl_dz h1`; throws a message quoting the text.
    public init(parsing text: String) throws(SelectorError) {
        self = try SelectorGrammar.parse(
            text, empty: "the value selector is empty; write a value such as \"dl_dz h1\" or \"new w5\""
        ) { grammar throws(SelectorReason) in try grammar.valueSelector() }
    }

    /// The selector in its canonical form: `dl_dz h1`.
    public var description: String { kind.rawValue + (name.map { " " + $0 } ?? "") }

    /// The value this selector names in a network of this shape.
    public func valueRef(in architecture: Architecture) throws(SelectorError) -> ValueRef {
        switch resolve(in: architecture) {
        case .success(let ref): return ref
        case .failure(let reason): throw .noValue(description, reason.text)
        }
    }

    /// The value this selector names, or why it names none.
    func resolve(in architecture: Architecture) -> Result<ValueRef, SelectorReason> {
        switch kind {
        case .loss: return .success(.loss)
        case .totalLoss: return .success(.totalLoss)
        case .z, .a, .y, .dlda, .dldy, .dldz:
            guard let name, let n = architecture.neuronFlatIndex(named: name) else {
                return .failure(SelectorReason("the network has neurons \(architecture.neuronList)"))
            }
            if (kind == .y || kind == .dldy) && n < architecture.outputOffset {
                let output = architecture.neuronNames[architecture.outputOffset...].joined(separator: ", ")
                let word = kind == .y ? "a" : "dl_da"
                return .failure(SelectorReason("\(name) is a hidden neuron; write \"\(word) \(name)\" "
                                               + "(\(kind.rawValue) is for output neurons: \(output))"))
            }
            switch kind {
            case .z: return .success(.z(n))
            case .a, .y: return .success(.a(n))
            case .dlda, .dldy: return .success(.dlda(n))
            default: return .success(.dldz(n))
            }
        case .dldw, .dldb, .grad, .new:
            guard let name, let parameter = architecture.parameter(id: name) else {
                return .failure(SelectorReason("the network has parameters "
                                               + architecture.parameterList(includingBiases: true)))
            }
            if kind == .dldw && parameter.kind == .bias {
                return .failure(SelectorReason("\(name) is a bias; write \"dl_db \(name)\" or \"grad \(name)\""))
            }
            if kind == .dldb && parameter.kind == .weight {
                return .failure(SelectorReason("\(name) is a weight; write \"dl_dw \(name)\" or \"grad \(name)\""))
            }
            return .success(kind == .new ? .updated(parameter.index) : .gradient(parameter.index))
        }
    }

    /// The selector that names `ref` in a network of this shape, if a selector can name it
    /// (inputs, targets, θ₀ and η are read by steps, never computed).
    public static func naming(_ ref: ValueRef, in architecture: Architecture) -> ValueSelector? {
        let names = architecture.neuronNames
        let isOutput = { (n: Int) in n >= architecture.outputOffset }
        switch ref {
        case .z(let n): return ValueSelector(kind: .z, name: names[n])
        case .a(let n): return ValueSelector(kind: isOutput(n) ? .y : .a, name: names[n])
        case .dlda(let n): return ValueSelector(kind: isOutput(n) ? .dldy : .dlda, name: names[n])
        case .dldz(let n): return ValueSelector(kind: .dldz, name: names[n])
        case .loss: return ValueSelector(kind: .loss, name: nil)
        case .totalLoss: return ValueSelector(kind: .totalLoss, name: nil)
        case .gradient(let p):
            let parameter = architecture.parameter(at: p)
            return ValueSelector(kind: parameter.kind == .weight ? .dldw : .dldb, name: parameter.id)
        case .updated(let p): return ValueSelector(kind: .new, name: architecture.parameter(at: p).id)
        case .input, .target, .parameter, .learningRate: return nil
        }
    }
}
