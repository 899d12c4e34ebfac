import BackpropCore

/// A value what-if edits changed: which one, its number in the lesson as written, and its
/// number after the edits — what a handout lists so that it says it was made with `--set`.
public struct EditedValue: Sendable, Hashable {
    /// The value edited.
    public var target: EditableValue
    /// Its number in the lesson as written.
    public var old: Double
    /// Its number after the edits (the last edit of it, when it was edited more than once).
    public var new: Double

    /// Creates an edited value.
    public init(target: EditableValue, old: Double, new: Double) {
        self.target = target
        self.old = old
        self.new = new
    }
}

extension Lesson {
    /// The values `edits` change in this lesson, one per value in the order of its first
    /// edit, each with the number of its last edit (a later edit of the same value wins).
    ///
    /// A value edited back to its own number is still listed: it was edited. Edits of values
    /// the lesson does not have are left out (``applying(_:)`` refuses them).
    public func editedValues(by edits: [ValueEdit]) -> [EditedValue] {
        var order: [EditableValue] = []
        var last: [EditableValue: Double] = [:]
        for edit in edits where edit.target.exists(in: self) {
            if last.updateValue(edit.value, forKey: edit.target) == nil { order.append(edit.target) }
        }
        return order.map { EditedValue(target: $0, old: $0.value(in: self), new: last[$0]!) }
    }
}

extension EditableValue {
    /// The value as a symbol of the notes' notation: w₅, η, i₁, t_o1; an input or target
    /// is marked with its sample (i₁ of sample 2 as i₁⁽²⁾) when the lesson has more than one.
    ///
    /// The value must exist in `lesson`.
    public func quantity(in lesson: Lesson) -> Quantity {
        let architecture = lesson.network.architecture
        let base: Quantity
        switch self {
        case .parameter(let p): return .parameter(architecture.parameter(at: p).id)
        case .learningRate: return .learningRate
        case .input(_, let i): base = .input(architecture.inputNames[i])
        case .target(_, let j): base = .t(architecture.neuronName(layer: architecture.outputLayer, neuron: j))
        }
        guard lesson.samples.count > 1, let sample else { return base }
        return .ofSample(base, sample + 1)
    }
}
