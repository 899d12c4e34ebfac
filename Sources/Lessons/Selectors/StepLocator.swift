import BackpropCore

/// Resolves step and value selectors against the steps of a timeline.
///
/// Every update has the same steps in the same order; only the sample of a
/// `batch = "sample"` update changes. The locator keeps the steps of update 1 as a template
/// and finds a selector's steps there, then shifts them to the update it names, so locating
/// never replays training.
public struct StepLocator: Sendable {
    /// The network's shape.
    public let architecture: Architecture
    /// Loss, η and batching.
    public let options: TrainingOptions
    /// How many samples the data has.
    public let sampleCount: Int
    /// How many updates the timeline has.
    public let iterations: Int
    /// How many steps every update has.
    public let stepsPerIteration: Int
    /// The steps of update 1.
    let template: [Step]

    /// A locator for the timeline of `iterations` updates of this setup, without training
    /// through them: only update 1 is computed, for its steps' layout.
    public init(network: Network, options: TrainingOptions, samples: [Sample], iterations: Int) {
        let first = Timeline(network: network, options: options, samples: samples, iterations: 1)
        architecture = network.architecture
        self.options = options
        sampleCount = samples.count
        self.iterations = iterations
        stepsPerIteration = first.stepsPerIteration
        template = first.steps(iteration: 1).steps
    }

    /// The total number of steps.
    public var stepCount: Int { iterations * stepsPerIteration }

    /// The 0-based sample that update `iteration` (1-based) starts with.
    public func firstSample(ofIteration iteration: Int) -> Int {
        options.sampleIndex(forIteration: iteration, sampleCount: sampleCount)
    }

    /// Parses and resolves a step selector.
    public func locate(_ text: String) throws(SelectorError) -> StepSelection {
        try locate(StepSelector(parsing: text))
    }

    /// The steps a selector names, or why it names none.
    public func locate(_ selector: StepSelector) throws(SelectorError) -> StepSelection {
        let text = selector.description
        let (iteration, sample) = try place(of: selector)
        let base = (iteration - 1) * stepsPerIteration
        let isFull = options.batch == .full
        func ofSample(_ step: Step) -> Bool { !isFull || step.sample == sample }
        let matches: (Step) -> Bool
        switch selector.target {
        case .start:
            return StepSelection(selector: selector, iteration: iteration, sample: nil, indices: [base])
        case .end:
            return StepSelection(selector: selector, iteration: iteration, sample: nil,
                                 indices: [base + stepsPerIteration - 1])
        case .loss:
            matches = { $0.kind == .loss && ofSample($0) }
        case .totalLoss:
            guard isFull else {
                throw .noStep(text, "only a full batch (batch = \"full\") has a total loss L; write \"loss\" for l")
            }
            matches = { $0.kind == .totalLoss }
        case .forward(let name), .backward(let name):
            let phase: Phase
            if case .forward = selector.target { phase = .forward } else { phase = .backward }
            if let name {
                guard let n = architecture.neuronFlatIndex(named: name) else {
                    throw .noStep(text, "the network has neurons \(architecture.neuronList)")
                }
                matches = { $0.phase == phase && $0.neuron == n && ofSample($0) }
            } else {
                matches = { $0.phase == phase && ofSample($0) }
            }
        case .value(let value):
            let ref: ValueRef
            switch value.resolve(in: architecture) {
            case .success(let found): ref = found
            case .failure(let reason): throw .noStep(text, reason.text)
            }
            if case .totalLoss = ref, !isFull {
                throw .noStep(text, "only a full batch (batch = \"full\") has a total loss L; write \"loss\" for l")
            }
            if case .gradient(let p) = ref { _ = try updatedParameter(architecture.parameter(at: p).id, in: text) }
            if case .updated(let p) = ref { _ = try updatedParameter(architecture.parameter(at: p).id, in: text) }
            matches = { $0.produces == ref && ($0.sample == nil || ofSample($0)) }
        case .gradient(let id), .update(let id):
            let kind: StepKind
            if case .gradient = selector.target { kind = .parameterGradient } else { kind = .update }
            if let id {
                let p = try updatedParameter(id, in: text)
                matches = { $0.kind == kind && $0.parameter == p }
            } else {
                matches = { $0.kind == kind }
            }
        }
        let indices = template.indices.filter { matches(template[$0]) }.map { base + $0 }
        guard !indices.isEmpty else { throw .noStep(text, "no step of this lesson matches") }
        let owner: Int?
        switch selector.target {
        case .loss, .forward, .backward: owner = sample
        case .value(let value) where value.kind.namesNeuron: owner = sample
        default: owner = isFull ? nil : sample
        }
        return StepSelection(selector: selector, iteration: iteration, sample: owner, indices: indices)
    }

    /// The global index of the step within `selection` that computes `ref`, or why none does.
    public func step(producing ref: ValueRef, within selection: StepSelection) throws(SelectorError) -> Int {
        let named = ValueSelector.naming(ref, in: architecture)?.description ?? "\(ref)"
        if let index = selection.indices.first(where: { template[$0 % stepsPerIteration].produces == ref }) {
            return index
        }
        let computed = selection.indices.map { valueName(ofStep: $0) }
        let list = computed.count > 6 ? computed.prefix(5).joined(separator: ", ") + ", …"
            : computed.joined(separator: ", ")
        var reason = "\"\(selection.selector)\" computes \(list)"
        if template.allSatisfy({ $0.produces != ref }) {
            reason = "no step of this lesson computes it"
            if case .gradient(let p) = ref, p >= architecture.weightCount, !options.updateBiases {
                reason += " (the biases are not updated, so they have no gradient step)"
            } else if case .updated(let p) = ref, p >= architecture.weightCount, !options.updateBiases {
                reason += " (the biases are not updated)"
            }
        }
        throw SelectorError("\"\(named)\" is not computed at \"\(selection.selector)\": \(reason)")
    }

    /// What step `index` (global) computes, as a value selector writes it: `z h1`, `new w5`.
    public func valueName(ofStep index: Int) -> String {
        let ref = template[index % stepsPerIteration].produces
        return ValueSelector.naming(ref, in: architecture)?.description ?? "\(ref)"
    }

    /// The update and sample (0-based) a selector names, checked against the timeline.
    func place(of selector: StepSelector) throws(SelectorError) -> (iteration: Int, sample: Int) {
        let text = selector.description
        let plural = { (count: Int, noun: String) in "\(count) \(noun)\(count == 1 ? "" : "s")" }
        if let iteration = selector.iteration, iteration > iterations {
            throw .noStep(text, "there \(iterations == 1 ? "is" : "are") only \(plural(iterations, "iteration"))")
        }
        if let sample = selector.sample, sample > sampleCount {
            throw .noStep(text, "there \(sampleCount == 1 ? "is" : "are") only \(plural(sampleCount, "sample"))")
        }
        if case .end = selector.target, selector.iteration == nil {
            return (iterations, firstSample(ofIteration: iterations))
        }
        guard let sample = selector.sample else {
            let iteration = selector.iteration ?? 1
            return (iteration, firstSample(ofIteration: iteration))
        }
        if options.batch == .full { return (selector.iteration ?? 1, sample - 1) }
        // One sample per update: update k uses sample ((k − 1) mod count) + 1.
        if let iteration = selector.iteration {
            let used = firstSample(ofIteration: iteration) + 1
            guard used == sample else {
                throw .noStep(text, "iteration \(iteration) uses sample \(used) (with batch = \"sample\" update k "
                              + "uses sample ((k − 1) mod \(sampleCount)) + 1)")
            }
            return (iteration, sample - 1)
        }
        guard sample <= iterations else {
            throw .noStep(text, "sample \(sample) is first used by iteration \(sample), but there "
                          + "\(iterations == 1 ? "is" : "are") only \(plural(iterations, "iteration"))")
        }
        return (sample, sample - 1)
    }

    /// The index in θ of parameter `id`, which must have gradient and update steps.
    func updatedParameter(_ id: String, in text: String) throws(SelectorError) -> Int {
        let updatesBiases = options.updateBiases
        guard let parameter = architecture.parameter(id: id) else {
            throw .noStep(text, "the network has parameters " + architecture.parameterList(includingBiases: true))
        }
        if parameter.kind == .bias && !updatesBiases {
            throw .noStep(text, "the biases are not updated in this lesson (update_biases = false), so only "
                          + architecture.parameterList(includingBiases: false) + " have gradient and update steps")
        }
        return parameter.index
    }
}
