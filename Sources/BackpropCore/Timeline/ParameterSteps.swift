/// The gradient of each parameter, ∂l/∂w = ∂z/∂w · ∂l/∂z, and its update θ₁ = θ₀ − η·∂L/∂θ.
extension StepBuilder {
    /// ∂l/∂w = ∂z/∂w · ∂l/∂z, where ∂z/∂w is the value on the weight's edge (∂z/∂b = 1);
    /// for a full batch, ∂L/∂w = (1/N) Σₙ ∂lⁿ/∂w (or the plain sum).
    func gradientStep(parameter p: Int, trace: IterationTrace) -> Step {
        let parameter = architecture.parameter(at: p)
        let id = Quantity.parameter(parameter.id)
        let n = architecture.neuronIndex(layer: parameter.layer, neuron: parameter.neuron)
        let z = Quantity.z(name(n))
        let edge = parameter.input.map { source(layer: parameter.layer, input: $0) }
        let reads: [ValueRef] = (edge.map { [$0.ref] } ?? []) + [.dldz(n)]
        func step(sample: Int?, symbolic: Expression, expanded: [Expression], substituted: Expression) -> Step {
            Step(kind: .parameterGradient, phase: .gradients, iteration: trace.iteration, sample: sample,
                 neuron: n, parameter: p, produces: .gradient(p), reads: reads,
                 lhs: .q(.partial(options.gradientLoss, id)), symbolic: symbolic, expanded: expanded,
                 substituted: substituted, result: trace.gradient(p))
        }
        // One sample's term ∂z/∂θ · ∂l/∂z, in symbols (for sample `number`, nil = the only one) and in numbers.
        func term(_ sample: SampleTrace, number: Int?) -> (symbolic: Expression, value: Expression) {
            let loss = number.map { Quantity.ofSample(.loss, $0) } ?? .loss
            let delta = Expression.q(.partial(loss, z))
            guard let edge, let input = parameter.input else {
                return (number == nil ? .integer(1) * delta : delta, .number(sample.dldz(n)))
            }
            let x = number.map { Quantity.ofSample(edge.quantity, $0) } ?? edge.quantity
            let value = sourceValue(layer: parameter.layer, input: input, sample: sample)
            return (.q(x) * delta, .number(value) * .number(sample.dldz(n)))
        }
        if options.batch == .sample {
            let sample = trace.samples[0]
            let written = term(sample, number: nil)
            return step(sample: sample.sample, symbolic: .q(.partial(z, id)) * .q(.partial(.loss, z)),
                        expanded: [written.symbolic], substituted: written.value)
        }
        let terms = trace.samples.map { term($0, number: $0.sample + 1) }
        let isMean = options.reduction == .mean
        func scaled(_ e: Expression) -> Expression { isMean ? .fraction(1, trace.samples.count) * e : e }
        let perSample = Expression.sumOverSamples(.q(.partial(.ofSample(.loss, nil), id)))
        return step(sample: nil,
                    symbolic: isMean ? .quotient(.integer(1), .q(.sampleCount)) * perSample : perSample,
                    expanded: [scaled(.sum(Self.abbreviated(terms.map(\.symbolic))))],
                    substituted: scaled(.sum(Self.abbreviated(terms.map(\.value)))))
    }

    /// θ₁ = θ₀ − η · ∂L/∂θ for one parameter, written w₅ ← w₅ − η·∂l/∂w₅.
    func updateStep(parameter p: Int, trace: IterationTrace) -> Step {
        let id = Quantity.parameter(parameterID(p))
        return Step(kind: .update, phase: .update, iteration: trace.iteration, sample: nil,
                    neuron: nil, parameter: p, produces: .updated(p),
                    reads: [.parameter(p), .learningRate, .gradient(p)], lhs: .q(id), isAssignment: true,
                    symbolic: .q(id) - .q(.learningRate) * .q(.partial(options.gradientLoss, id)),
                    substituted: .number(trace.before(p)) - .number(options.learningRate) * .number(trace.gradient(p)),
                    result: trace.after(p))
    }
}
