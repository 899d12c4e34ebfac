/// The answers common mistakes give at each kind of step, from the same numbers as the step.
extension StepBuilder {
    /// The mistakes worth naming at `step` of `trace`, each giving an answer other than the
    /// step's result (the first of any that give the same answer).
    func mistakes(for step: Step, trace: IterationTrace) -> [Mistake] {
        var found: [Mistake] = []
        func add(_ kind: Mistake.Kind, _ value: Double) {
            let scale = max(abs(value), abs(step.result), 1e-300)
            guard value.isFinite, abs(value - step.result) > 1e-9 * scale,
                  !found.contains(where: { abs($0.value - value) <= 1e-12 * scale }) else { return }
            found.append(Mistake(kind: kind, value: value))
        }
        let sample = step.sample.flatMap { number in trace.samples.first { $0.sample == number } }
        switch step.kind {
        case .weightedSum:
            guard let sample, let n = step.neuron else { break }
            let position = position(n)
            let b = architecture.biasIndex(layer: position.layer, neuron: position.neuron)
            add(.forgotBias(.q(.parameter(parameterID(b)))), sample.z(n) - trace.before(b))
        case .activation:
            guard let sample, let n = step.neuron else { break }
            let activation = architecture.layers[position(n).layer].activation
            for slip in activation.slips(z: sample.z(n), written: step.symbolic) { add(slip.kind, slip.value) }
        case .loss:
            for slip in options.loss.slips(loss: step.result, written: step.symbolic) { add(slip.kind, slip.value) }
        case .totalLoss:
            appendBatchMistakes(count: trace.samples.count, value: step.result, add: add)
        case .outputGradient:
            for slip in options.loss.derivativeSlips(derivative: step.result, written: step.symbolic) {
                add(slip.kind, slip.value)
            }
        case .sumGradient:
            guard let sample, let n = step.neuron else { break }
            appendSlopeMistakes(n, step: step, sample: sample, add: add)
        case .activationGradient:
            guard let sample, let n = step.neuron else { break }
            appendBackwardSumMistakes(n, step: step, sample: sample, trace: trace, add: add)
        case .parameterGradient:
            guard let p = step.parameter else { break }
            if options.batch == .full {
                appendBatchMistakes(count: trace.samples.count, value: step.result, add: add)
            } else {
                appendEdgeMistakes(p, step: step, sample: trace.samples[0], trace: trace, add: add)
            }
        case .update:
            guard let p = step.parameter else { break }
            let theta = trace.before(p), eta = options.learningRate, g = trace.gradient(p)
            add(.addedStep(gradient: .q(.partial(options.gradientLoss, .parameter(parameterID(p))))), theta + eta * g)
            add(.forgotLearningRate, theta - g)
            let count = trace.samples.count
            if options.batch == .full, count > 1 {
                options.reduction == .mean ? add(.summedBatch(samples: count), theta - eta * Double(count) * g)
                    : add(.averagedBatch(samples: count), theta - eta * g / Double(count))
            }
        }
        return found
    }

    /// A batch's sum taken for its mean (or the other way round), for a value over `count` samples.
    func appendBatchMistakes(count: Int, value: Double, add: (Mistake.Kind, Double) -> Void) {
        guard options.batch == .full, count > 1 else { return }
        if options.reduction == .mean {
            add(.summedBatch(samples: count), value * Double(count))
        } else {
            add(.averagedBatch(samples: count), value / Double(count))
        }
    }

    /// ∂l/∂z of neuron `n`: the slope left out, or a or z used for it; y − t with its sign
    /// flipped where the output combines with the loss.
    func appendSlopeMistakes(_ n: Int, step: Step, sample: SampleTrace, add: (Mistake.Kind, Double) -> Void) {
        let activation = architecture.layers[position(n).layer].activation
        let a = Expression.q(activationQuantity(n)), z = Expression.q(.z(name(n)))
        let gradient = Expression.q(.partial(.loss, activationQuantity(n)))
        if isOutput(n) && options.loss.combinesWithOutput(activation) {
            let j = n - architecture.outputOffset
            add(.flippedSign(right: a - .q(.t(name(n)))), samples[sample.sample].targets[j] - sample.a(n))
            add(.forgotSlope(gradient: gradient, slope: .q(.partial(activationQuantity(n), .z(name(n))))), sample.dlda(n))
            return
        }
        guard activation.isElementwise, let slope = activation.slopeForms(z: z, a: a).first else { return }
        let dl = sample.dlda(n)
        add(.forgotSlope(gradient: gradient, slope: slope), dl)
        if activation == .sigmoid || activation == .tanh {
            add(.activationForSlope(activation: activation.written(z), slope: slope), sample.a(n) * dl)
        }
        if activation != .linear { add(.sumForSlope(sum: z, slope: slope), sample.z(n) * dl) }
    }

    /// ∂l/∂a = Σₖ wₖ·∂l/∂zₖ of hidden neuron `n`: a term left out, the weights into the
    /// neuron used, or the weights after the update.
    func appendBackwardSumMistakes(_ n: Int, step: Step, sample: SampleTrace, trace: IterationTrace,
                                   add: (Mistake.Kind, Double) -> Void) {
        let position = position(n)
        let next = architecture.layers[position.layer + 1].size
        var terms: [(symbol: Expression, value: Double)] = []
        var into = 0.0, updated = 0.0
        for k in 0..<next {
            let target = architecture.neuronIndex(layer: position.layer + 1, neuron: k)
            let w = architecture.weightIndex(layer: position.layer + 1, neuron: k, input: position.neuron)
            let dz = sample.dldz(target)
            terms.append((.q(.parameter(parameterID(w))) * .q(.partial(.loss, .z(name(target)))), trace.before(w) * dz))
            updated += trace.after(w) * dz
            if k < architecture.fanIn(position.layer) {
                into += trace.before(architecture.weightIndex(layer: position.layer, neuron: position.neuron, input: k)) * dz
            }
        }
        if terms.count > 1 {
            for term in terms { add(.missingTerm(term.symbol), step.result - term.value) }
        }
        add(.weightsIntoNeuron(neuron: name(n)), into)
        add(.updatedWeights, updated)
    }

    /// ∂l/∂w = ∂z/∂w·∂l/∂z of one sample: the edge's input left out, another edge's input,
    /// or the weight itself used for it.
    func appendEdgeMistakes(_ p: Int, step: Step, sample: SampleTrace, trace: IterationTrace,
                            add: (Mistake.Kind, Double) -> Void) {
        let parameter = architecture.parameter(at: p)
        guard let input = parameter.input else { return }
        let n = architecture.neuronIndex(layer: parameter.layer, neuron: parameter.neuron)
        let dz = sample.dldz(n)
        let right = Expression.q(source(layer: parameter.layer, input: input).quantity)
        add(.forgotEdgeInput(right: right), dz)
        for other in 0..<architecture.fanIn(parameter.layer) where other != input {
            add(.wrongEdgeInput(used: .q(source(layer: parameter.layer, input: other).quantity), right: right),
                sourceValue(layer: parameter.layer, input: other, sample: sample) * dz)
        }
        add(.weightForEdgeInput(weight: .q(.parameter(parameter.id)), right: right), trace.before(p) * dz)
    }
}
