import BackpropCore
import Lessons

/// The order Tab moves the selection in: the diagram's reading order, left to right.
///
/// The sample's inputs; then layer by layer the weights into the layer (θ order: neuron by
/// neuron, input by input) and the layer's biases; then the targets in the loss box; last
/// the learning rate η (on the status line while selecting). The same values as
/// ``Lesson/editableValues(sample:)``, in another order.
enum SelectionOrder {
    /// The editable values of `lesson` for sample `sample` (0-based), in reading order.
    static func values(in lesson: Lesson, sample: Int) -> [EditableValue] {
        let architecture = lesson.network.architecture
        var values = (0..<architecture.inputCount).map { EditableValue.input(sample: sample, index: $0) }
        let parameters = architecture.parameters
        for layer in architecture.layers.indices {
            values += parameters.filter { $0.layer == layer && $0.kind == .weight }.map { .parameter($0.index) }
            values += parameters.filter { $0.layer == layer && $0.kind == .bias }.map { .parameter($0.index) }
        }
        values += (0..<architecture.outputCount).map { .target(sample: sample, index: $0) }
        return values + [.learningRate]
    }

    /// The value after (`forward`) or before the one selected, wrapping around; the first
    /// (or the last) when nothing is selected.
    static func neighbour(of selected: ValueRef?, forward: Bool, in lesson: Lesson, sample: Int) -> EditableValue {
        let values = values(in: lesson, sample: sample)
        guard let selected, let index = values.firstIndex(where: { $0.ref == selected }) else {
            return forward ? values[0] : values[values.count - 1]
        }
        return values[(index + (forward ? 1 : values.count - 1)) % values.count]
    }

    /// The value `e` edits when nothing is selected: the parameter a gradient or update step
    /// is about, else the first editable value the step reads, else the first input.
    static func defaultTarget(for step: Step, in lesson: Lesson, sample: Int) -> EditableValue {
        if let p = step.parameter { return .parameter(p) }
        for ref in step.reads {
            if let value = EditableValue(ref, sample: sample), value.exists(in: lesson) { return value }
        }
        return values(in: lesson, sample: sample)[0]
    }
}
