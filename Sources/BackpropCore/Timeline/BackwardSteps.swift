/// The backward pass: ∂l/∂z for every neuron, from the output layer down.
///
/// At the output ∂l/∂y comes from the loss and ∂l/∂z = ∂y/∂z · ∂l/∂y. In a hidden layer
/// ∂l/∂a = Σₖ ∂zₖ/∂a · ∂l/∂zₖ = Σₖ wₖ · ∂l/∂zₖ over the neurons it feeds, then
/// ∂l/∂z = ∂a/∂z · ∂l/∂a, with ∂a/∂z written as the activation writes its slope
/// (``Activation/slopeForms(z:a:)``); the loss's ∂l/∂y as the loss writes it.
extension StepBuilder {
    /// Appends every backward step of one sample: output layer first, then each hidden layer.
    func appendBackward(_ sample: SampleTrace, trace: IterationTrace, to steps: inout [Step]) {
        let output = architecture.outputLayer
        let outputs = architecture.outputOffset..<(architecture.outputOffset + architecture.outputCount)
        if architecture.layers[output].activation == .softmax {
            // Softmax mixes the outputs: every ∂l/∂y is needed before any ∂l/∂z.
            for n in outputs { steps.append(outputGradientStep(n, sample: sample, trace: trace)) }
            for n in outputs { steps.append(outputSumGradientStep(n, sample: sample, trace: trace)) }
        } else {
            for n in outputs {
                steps.append(outputGradientStep(n, sample: sample, trace: trace))
                steps.append(outputSumGradientStep(n, sample: sample, trace: trace))
            }
        }
        for layer in stride(from: output - 1, through: 0, by: -1) {
            for j in 0..<architecture.layers[layer].size {
                let n = architecture.neuronIndex(layer: layer, neuron: j)
                steps.append(activationGradientStep(layer: layer, neuron: j, sample: sample, trace: trace))
                steps.append(hiddenSumGradientStep(n, layer: layer, sample: sample, trace: trace))
            }
        }
    }

    /// ∂l/∂y for an output neuron, from the loss function.
    func outputGradientStep(_ n: Int, sample: SampleTrace, trace: IterationTrace) -> Step {
        let j = n - architecture.outputOffset
        let count = architecture.outputCount
        let symbolic = options.loss.derivativeWritten(y: .q(.y(name(n))), t: .q(.t(name(n))), outputCount: count)
        let substituted = options.loss.derivativeWritten(y: .number(sample.a(n)),
                                                         t: .number(samples[sample.sample].targets[j]),
                                                         outputCount: count)
        return Step(kind: .outputGradient, phase: .backward, iteration: trace.iteration, sample: sample.sample,
                    neuron: n, parameter: nil, produces: .dlda(n), reads: [.a(n), .target(j)],
                    lhs: .q(.partial(.loss, .y(name(n)))), symbolic: symbolic, substituted: substituted,
                    result: sample.dlda(n))
    }

    /// ∂l/∂z = ∂y/∂z · ∂l/∂y for an output neuron (y − t where the loss and activation combine).
    func outputSumGradientStep(_ n: Int, sample: SampleTrace, trace: IterationTrace) -> Step {
        let j = n - architecture.outputOffset
        let activation = architecture.layers[architecture.outputLayer].activation
        let y = Quantity.y(name(n)), z = Quantity.z(name(n))
        let chain = Expression.q(.partial(y, z)) * .q(.partial(.loss, y))
        let lhs = Expression.q(.partial(.loss, z))
        func step(reads: [ValueRef], symbolic: Expression, expanded: [Expression] = [],
                  substituted: Expression, remark: Remark?) -> Step {
            Step(kind: .sumGradient, phase: .backward, iteration: trace.iteration, sample: sample.sample,
                 neuron: n, parameter: nil, produces: .dldz(n), reads: reads, lhs: lhs, symbolic: symbolic,
                 expanded: expanded, substituted: substituted, result: sample.dldz(n), remark: remark)
        }
        if options.loss.combinesWithOutput(activation) {
            let t = Expression.q(.t(name(n)))
            let numbers = Expression.number(sample.a(n)) - .number(samples[sample.sample].targets[j])
            guard activation == .softmax else {
                return step(reads: [.a(n), .target(j)], symbolic: chain, expanded: [.q(y) - t], substituted: numbers,
                            remark: "sigmoid with binary cross-entropy: y(1 − y) · (y − t)/(y(1 − y)) simplifies to y − t")
            }
            return softmaxCrossEntropyStep(n, sample: sample, simplified: .q(y) - t, step: step)
        }
        if activation == .softmax {
            // ∂l/∂zᵢ = Σₖ ∂yₖ/∂zᵢ · ∂l/∂yₖ = yᵢ (∂l/∂yᵢ − Σₖ yₖ ∂l/∂yₖ).
            let outputs = architecture.outputOffset..<(architecture.outputOffset + architecture.outputCount)
            let symbolic = Expression.q(y) * (.q(.partial(.loss, y)) - .sum(outputs.map {
                .q(.y(name($0))) * .q(.partial(.loss, .y(name($0))))
            }))
            let substituted = Expression.number(sample.a(n)) * (.number(sample.dlda(n)) - .sum(outputs.map {
                .number(sample.a($0)) * .number(sample.dlda($0))
            }))
            return step(reads: outputs.flatMap { [ValueRef.a($0), .dlda($0)] }, symbolic: symbolic,
                        substituted: substituted, remark: nil)
        }
        let dl = Expression.q(.partial(.loss, y))
        let dadz = slope(activation, n: n, a: .q(y), sample: sample)
        return step(reads: [.z(n), .a(n), .dlda(n)], symbolic: chain, expanded: dadz.forms.map { $0 * dl },
                    substituted: dadz.substituted * .number(sample.dlda(n)), remark: nil)
    }

    /// ∂l/∂zᵢ at a softmax output scored by cross-entropy, written as the full sum over the
    /// outputs Σₖ ∂yₖ/∂zᵢ · ∂l/∂yₖ with ∂yₖ/∂zᵢ = yₖ(δₖᵢ − yᵢ), in symbols and with the
    /// numbers just computed; the remark gives its simplification yᵢ − tᵢ in symbols (a
    /// quiz on the step hides the numbers, not the remark).
    func softmaxCrossEntropyStep(_ n: Int, sample: SampleTrace, simplified: Expression,
                                 step: (_ reads: [ValueRef], _ symbolic: Expression, _ expanded: [Expression],
                                        _ substituted: Expression, _ remark: Remark?) -> Step) -> Step {
        let outputs = architecture.outputOffset..<(architecture.outputOffset + architecture.outputCount)
        let y = Quantity.y(name(n)), z = Quantity.z(name(n))
        func delta(_ k: Int) -> Expression { .integer(k == n ? 1 : 0) }
        let chain = Expression.sum(outputs.map { .q(.partial(.y(name($0)), z)) * .q(.partial(.loss, .y(name($0)))) })
        let written = Expression.sum(outputs.map {
            .q(.y(name($0))) * (delta($0) - .q(y)) * .q(.partial(.loss, .y(name($0))))
        })
        let substituted = Expression.sum(outputs.map {
            .number(sample.a($0)) * (delta($0) - .number(sample.a(n))) * .number(sample.dlda($0))
        })
        let remark = Remark([.text("with ∂yₖ/∂zᵢ = yₖ(δₖᵢ − yᵢ) and ∂l/∂yₖ = −tₖ/yₖ the sum simplifies to "),
                             .formula(simplified), .text(", as the targets add up to 1")])
        return step(outputs.flatMap { [ValueRef.a($0), .dlda($0)] } + [.target(n - architecture.outputOffset)],
                    chain, [written], substituted, remark)
    }

    /// ∂l/∂a = Σₖ wₖ · ∂l/∂zₖ for a hidden neuron, over the neurons of the next layer.
    func activationGradientStep(layer: Int, neuron j: Int, sample: SampleTrace, trace: IterationTrace) -> Step {
        let n = architecture.neuronIndex(layer: layer, neuron: j)
        let a = Quantity.a(name(n))
        var chain: [Expression] = [], weighted: [Expression] = [], substituted: [Expression] = []
        var reads: [ValueRef] = []
        for k in 0..<architecture.layers[layer + 1].size {
            let next = architecture.neuronIndex(layer: layer + 1, neuron: k)
            let w = architecture.weightIndex(layer: layer + 1, neuron: k, input: j)
            let dz = Quantity.partial(.loss, .z(name(next)))
            chain.append(.q(.partial(.z(name(next)), a)) * .q(dz))
            weighted.append(.q(.parameter(parameterID(w))) * .q(dz))
            substituted.append(.number(trace.before(w)) * .number(sample.dldz(next)))
            reads += [.parameter(w), .dldz(next)]
        }
        return Step(kind: .activationGradient, phase: .backward, iteration: trace.iteration, sample: sample.sample,
                    neuron: n, parameter: nil, produces: .dlda(n), reads: reads, lhs: .q(.partial(.loss, a)),
                    symbolic: .sum(chain), expanded: [.sum(weighted)], substituted: .sum(substituted),
                    result: sample.dlda(n))
    }

    /// ∂l/∂z = ∂a/∂z · ∂l/∂a for a hidden neuron.
    func hiddenSumGradientStep(_ n: Int, layer: Int, sample: SampleTrace, trace: IterationTrace) -> Step {
        let activation = architecture.layers[layer].activation
        let a = Quantity.a(name(n)), z = Quantity.z(name(n))
        let dl = Expression.q(.partial(.loss, a))
        let dadz = slope(activation, n: n, a: .q(a), sample: sample)
        return Step(kind: .sumGradient, phase: .backward, iteration: trace.iteration, sample: sample.sample,
                    neuron: n, parameter: nil, produces: .dldz(n), reads: [.z(n), .a(n), .dlda(n)],
                    lhs: .q(.partial(.loss, z)), symbolic: .q(.partial(a, z)) * dl,
                    expanded: dadz.forms.map { $0 * dl }, substituted: dadz.substituted * .number(sample.dlda(n)),
                    result: sample.dldz(n))
    }

    /// ∂a/∂z of an elementwise activation at neuron `n`, written with `a` (its symbol, a or y)
    /// as the activation writes it, and with the sample's numbers.
    func slope(_ activation: Activation, n: Int, a: Expression,
               sample: SampleTrace) -> (forms: [Expression], substituted: Expression) {
        (activation.slopeForms(z: .q(.z(name(n))), a: a), activation.slopeSubstituted(z: sample.z(n), a: sample.a(n)))
    }
}
