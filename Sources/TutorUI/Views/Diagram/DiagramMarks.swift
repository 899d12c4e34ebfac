import BackpropCore

/// What the diagram highlights for one step: the neuron computed, the value it produces,
/// the values and edges its formula reads, and which way the values flow.
///
/// Built from ``Step/reads`` and ``Step/produces`` only: forward steps read incoming edges
/// and inputs, backward steps outgoing edges and the ∂l/∂z of the neurons fed, gradient and
/// update steps their one parameter's edge.
struct DiagramMarks: Sendable, Hashable {
    /// Which way a highlighted edge's value travels.
    enum Flow: Sendable, Hashable {
        /// Values flow from inputs to outputs (forward pass, loss).
        case forward
        /// Derivatives flow from the loss back (backward pass).
        case backward
        /// No direction (gradients, updates).
        case none
    }

    /// The step's phase.
    let phase: Phase
    /// The neuron the step is about (for a parameter, the neuron it feeds).
    let focusNeuron: Int?
    /// The value the step computes.
    let produced: ValueRef
    /// The parameter the step is about (its gradient or update), if any.
    let parameter: Int?
    /// The values the step's formula reads.
    let reads: Set<ValueRef>
    /// The edges to highlight.
    let edges: Set<EdgeRoute.Kind>
    /// Which way highlighted edges point.
    let flow: Flow
    /// A value picked out by the student (what-if editing), drawn as selected.
    var selected: ValueRef?

    /// The marks of `step` in a network of `architecture`.
    init(step: Step, architecture: Architecture) {
        phase = step.phase
        produced = step.produces
        parameter = step.parameter
        reads = Set(step.reads)
        var edges: Set<EdgeRoute.Kind> = []
        var parameters = step.reads.compactMap { ref -> Int? in
            if case .parameter(let p) = ref { return p }
            return nil
        }
        if let p = step.parameter { parameters.append(p) }
        for p in parameters where p < architecture.weightCount { edges.insert(.weight(p)) }
        for case .target(let j) in step.reads { edges.insert(.loss(j)) }
        self.edges = edges
        if let neuron = step.neuron {
            focusNeuron = neuron
        } else if let p = step.parameter {
            let parameter = architecture.parameter(at: p)
            focusNeuron = architecture.neuronIndex(layer: parameter.layer, neuron: parameter.neuron)
        } else {
            focusNeuron = nil
        }
        switch step.phase {
        case .forward, .loss: flow = .forward
        case .backward: flow = .backward
        case .gradients, .update: flow = .none
        }
    }

    /// The neurons and inputs that must stay in view for this step.
    func focus(in architecture: Architecture) -> DiagramFocus {
        var focus = DiagramFocus()
        if let focusNeuron { focus.neurons.append(focusNeuron) }
        for case .weight(let p) in edges {
            let parameter = architecture.parameter(at: p)
            guard let input = parameter.input else { continue }
            if parameter.layer == 0 {
                focus.inputs.append(input)
            } else if edges.count == 1 {
                focus.neurons.append(architecture.neuronIndex(layer: parameter.layer - 1, neuron: input))
            }
        }
        return focus
    }

    /// Whether the step reads `ref`.
    func isRead(_ ref: ValueRef) -> Bool { reads.contains(ref) }
}
