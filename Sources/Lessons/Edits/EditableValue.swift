import BackpropCore

/// A value of a lesson an instructor can change for a what-if: a parameter, the learning
/// rate, or an input or target of one sample.
///
/// Everything else on the screen (z, a, ∂l/∂z, gradients, new values) is computed from
/// these, so an edit changes one of them and the Timeline is rebuilt from the edited lesson.
public enum EditableValue: Sendable, Hashable {
    /// The parameter at this index of θ (weights first, then biases): `w5`, `b1`.
    case parameter(Int)
    /// The learning rate η: `eta`, `η` or `learning_rate`.
    case learningRate
    /// Input `index` (0-based) of sample `sample` (0-based): `i1`, `i1@2`.
    case input(sample: Int, index: Int)
    /// The target of output neuron `index` (0-based) of sample `sample` (0-based): `t_o1`, `t_o1@2`.
    case target(sample: Int, index: Int)

    /// The editable value a diagram value stands for, for the sample on screen; nil for
    /// values the core computes (z, a, gradients, ...), which cannot be edited directly.
    public init?(_ ref: ValueRef, sample: Int) {
        switch ref {
        case .parameter(let p): self = .parameter(p)
        case .learningRate: self = .learningRate
        case .input(let i): self = .input(sample: sample, index: i)
        case .target(let j): self = .target(sample: sample, index: j)
        case .z, .a, .dlda, .dldz, .loss, .totalLoss, .gradient, .updated: return nil
        }
    }

    /// The diagram value this stands for (`ValueRef` says which value, not for which sample).
    public var ref: ValueRef {
        switch self {
        case .parameter(let p): return .parameter(p)
        case .learningRate: return .learningRate
        case .input(_, let i): return .input(i)
        case .target(_, let j): return .target(j)
        }
    }

    /// The 0-based sample an input or target belongs to; nil for parameters and η.
    public var sample: Int? {
        switch self {
        case .parameter, .learningRate: return nil
        case .input(let sample, _), .target(let sample, _): return sample
        }
    }

    /// Whether the value exists in `lesson` (the index and sample are in range).
    public func exists(in lesson: Lesson) -> Bool {
        let architecture = lesson.network.architecture
        switch self {
        case .parameter(let p): return p >= 0 && p < architecture.parameterCount
        case .learningRate: return true
        case let .input(sample, i): return lesson.samples.indices.contains(sample) && i >= 0 && i < architecture.inputCount
        case let .target(sample, j): return lesson.samples.indices.contains(sample) && j >= 0 && j < architecture.outputCount
        }
    }

    /// The name an edit uses for it: `w5`, `eta`, `i1` (sample 1), `i1@2`, `t_o1@2`.
    ///
    /// The value must exist in `lesson`.
    public func name(in lesson: Lesson) -> String {
        let architecture = lesson.network.architecture
        func ofSample(_ name: String, _ sample: Int) -> String { sample == 0 ? name : name + "@\(sample + 1)" }
        switch self {
        case .parameter(let p): return architecture.parameter(at: p).id
        case .learningRate: return "eta"
        case let .input(sample, i): return ofSample(architecture.inputNames[i], sample)
        case let .target(sample, j):
            return ofSample(Self.targetPrefix + architecture.neuronName(layer: architecture.outputLayer, neuron: j), sample)
        }
    }

    /// The value's current value in `lesson`, which it must exist in.
    public func value(in lesson: Lesson) -> Double {
        switch self {
        case .parameter(let p): return lesson.network.parameters[p]
        case .learningRate: return lesson.options.learningRate
        case let .input(sample, i): return lesson.samples[sample].inputs[i]
        case let .target(sample, j): return lesson.samples[sample].targets[j]
        }
    }

    /// Sets the value in `lesson`, which it must exist in; no other check.
    func set(_ value: Double, in lesson: inout Lesson) {
        switch self {
        case .parameter(let p): lesson.network.parameters[p] = value
        case .learningRate: lesson.options.learningRate = value
        case let .input(sample, i): lesson.samples[sample].inputs[i] = value
        case let .target(sample, j): lesson.samples[sample].targets[j] = value
        }
    }

    /// What a target's name starts with: `t_` then the output neuron's name.
    static let targetPrefix = "t_"

    /// The names the learning rate answers to.
    static let learningRateNames = ["eta", "η", "learning_rate"]
}

extension Lesson {
    /// Every value an instructor can edit while looking at sample `sample` (0-based), in the
    /// order a selection moves over them: that sample's inputs, its targets, every weight
    /// and bias in θ order, then η.
    public func editableValues(sample: Int) -> [EditableValue] {
        let architecture = network.architecture
        guard samples.indices.contains(sample) else { return [] }
        return (0..<architecture.inputCount).map { .input(sample: sample, index: $0) }
            + (0..<architecture.outputCount).map { .target(sample: sample, index: $0) }
            + (0..<architecture.parameterCount).map { .parameter($0) }
            + [.learningRate]
    }
}
