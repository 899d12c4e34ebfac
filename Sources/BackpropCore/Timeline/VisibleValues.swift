/// Every value a student can see at one position of a Timeline, in the diagram's order.
///
/// The given values (the sample's inputs and targets, θ₀, η) are always visible; the
/// computed ones (z, a, ∂l/∂a, ∂l/∂z, the losses, gradients, new values) only once the
/// step that computes them has been walked, as ``IterationSteps/known(through:)`` says.
public struct VisibleValues: Sendable, Hashable {
    /// One visible value.
    public struct Entry: Sendable, Hashable {
        /// Which value.
        public let ref: ValueRef
        /// Its value.
        public let value: Double
    }

    /// The 0-based sample whose inputs, targets and neuron values these are.
    public let sample: Int
    /// The values, in order: inputs, targets, θ₀, η, then per neuron z, a, ∂l/∂a, ∂l/∂z,
    /// then l, L, the gradients and the new values (each only when known).
    public let entries: [Entry]

    /// The values visible after walking step `index` (0-based) of `steps`, an update of `timeline`.
    public init(timeline: Timeline, steps: IterationSteps, through index: Int) {
        let known = steps.known(through: index)
        let architecture = timeline.network.architecture
        let data = timeline.samples[known.sample]
        var entries: [Entry] = []
        func add(_ ref: ValueRef, _ value: Double?) {
            if let value { entries.append(Entry(ref: ref, value: value)) }
        }
        for (i, x) in data.inputs.enumerated() { add(.input(i), x) }
        for (j, t) in data.targets.enumerated() { add(.target(j), t) }
        for p in 0..<architecture.parameterCount { add(.parameter(p), steps.trace.before(p)) }
        add(.learningRate, timeline.options.learningRate)
        for n in 0..<architecture.neuronCount {
            add(.z(n), known.z[n])
            add(.a(n), known.a[n])
            add(.dlda(n), known.dlda[n])
            add(.dldz(n), known.dldz[n])
        }
        add(.loss, known.loss)
        add(.totalLoss, known.totalLoss)
        for p in 0..<architecture.parameterCount { add(.gradient(p), known.gradient[p]) }
        for p in 0..<architecture.parameterCount { add(.updated(p), known.updated[p]) }
        sample = known.sample
        self.entries = entries
    }

    /// The value of `ref`, if it is visible.
    public func value(_ ref: ValueRef) -> Double? { entries.first { $0.ref == ref }?.value }
}
